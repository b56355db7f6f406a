"""The web app of `actions serve` without a browser (Starlette's TestClient), and the command."""

from __future__ import annotations

import io
import socket
import warnings
import zipfile

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

with warnings.catch_warnings():  # Starlette 1.x would rather have httpx2; httpx works with every version
    warnings.filterwarnings("ignore", message=".*httpx2")
    from starlette.testclient import TestClient  # noqa: E402

import actions  # noqa: E402
from actions.cli import main  # noqa: E402
from actions.export import FORMATS  # noqa: E402
from actions.web.app import create_app  # noqa: E402
from conftest import speech_text  # noqa: E402

OCTETS = {"Content-Type": "application/octet-stream"}
SPEECH = "一、全面排查隐患\n各县市区政府要在6月底前完成隐患排查整治。\n二、加强监督检查\n市安监局牵头，本月20号前组织一次全面检查。\n"


@pytest.fixture()
def client() -> TestClient:
    return TestClient(create_app(max_bytes=64 * 1024))


def open_text(client: TestClient, text: str = SPEECH, **query) -> dict:
    response = client.post("/api/open", params={"name": "讲话.txt", "date": "2012-05-10", **query}, content=text.encode("utf-8"), headers=OCTETS)
    assert response.status_code == 200, response.text
    return response.json()


def docx_bytes(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_the_page_is_self_contained_and_locked_down(client):
    response = client.get("/")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy and "unsafe-inline" not in policy
    assert 'id="open-form"' in response.text and 'id="download-xlsx"' in response.text
    assert "http://" not in response.text and "https://" not in response.text
    formats = response.text[response.text.index('id="format"') :]
    assert formats.index('value="xlsx"') < formats.index('value="csv"')  # xlsx first


def test_open_a_text_extracts_as_the_library_does(client):
    data = open_text(client)
    expected = actions.extract(SPEECH, "2012-05-10", name="讲话.txt", encoding="utf-8")
    assert data["text"] == SPEECH
    assert actions.Document.model_validate(data["document"]) == expected
    assert set(data["parts"]) == {"summary", "outline", "text", "table"}
    assert data["parts"]["table"].count("data-edit=") == len(expected.items)


def test_open_a_docx_read_in_memory(client):
    body = docx_bytes(["一、全面排查隐患", "各县市区政府要在6月底前完成隐患排查整治。"])
    response = client.post("/api/open", params={"name": "C:\\Users\\me\\讲话.docx"}, content=body, headers=OCTETS)
    assert response.status_code == 200, response.text
    document = response.json()["document"]
    assert document["source"]["name"] == "讲话.docx" and document["source"]["encoding"] == "docx"
    assert document["items"][0]["owners"][0]["name"] == "各县市区政府"


@pytest.mark.parametrize(
    "body, name, status, message",
    [
        (b"", "a.txt", 400, "a.txt: empty input"),
        (b"%PDF-1.4 ...", "a.pdf", 400, "a.pdf: binary input (a PDF file)"),
        (b"PK\x03\x04 not really", "a.docx", 400, "a.docx: binary input (a damaged zip archive)"),
        (b"\xff\xfe\x00\xd8" * 10, "a.txt", 400, "undecodable input"),
        ("要抓好落实。".encode() * 4000, "big.txt", 413, "big.txt: larger than the limit of 65536 bytes"),
    ],
)
def test_input_errors_are_the_cli_errors(client, body, name, status, message):
    response = client.post("/api/open", params={"name": name}, content=body, headers=OCTETS)
    assert response.status_code == status
    assert message in response.json()["error"]


def test_requests_that_are_not_the_apps_are_refused(client):
    assert client.post("/api/open", content=b"x", headers={"Content-Type": "multipart/form-data; boundary=x"}).status_code == 415
    assert client.post("/api/render", content=b"{}", headers={"Content-Type": "text/plain"}).status_code == 415
    assert client.post("/api/render", content=b"[1", headers={"Content-Type": "application/json"}).status_code == 400
    assert client.get("/api/open").status_code == 405
    response = client.post("/api/open", params={"date": "2012-13-01"}, content=SPEECH.encode(), headers=OCTETS)
    assert response.status_code == 400 and "is not a date" in response.json()["error"]


def test_a_name_from_the_client_is_never_a_path(client, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = open_text(client, name="../../etc/passwd")
    assert data["document"]["source"]["name"] == "passwd"
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_render_applies_corrections_and_marks_them(client):
    data = open_text(client)
    first = data["document"]["items"][0]["id"]
    body = {"text": data["text"], "document": data["document"], "actions": [
        {"action": "owners", "item": first, "owners": [{"name": "县应急管理局", "role": "lead"}]},
    ]}
    response = client.post("/api/render", json=body)
    assert response.status_code == 200, response.text
    result = response.json()
    item = result["document"]["items"][0]
    assert item["corrected"] == ["owners"] and item["owners"][0]["name"] == "县应急管理局"
    assert result["document"]["review"] == {"deleted": []}
    assert result["selected"] == first and "县应急管理局" in result["parts"]["table"]


def test_render_refuses_a_document_of_another_text(client):
    data = open_text(client)
    response = client.post("/api/render", json={"text": SPEECH + "。", "document": data["document"], "actions": []})
    assert response.status_code == 400 and "made from another text" in response.json()["error"]
    response = client.post("/api/render", json={"text": SPEECH, "document": {"items": []}, "actions": []})
    assert response.status_code == 400 and "not a Document" in response.json()["error"]
    response = client.post("/api/render", json={"text": SPEECH, "document": data["document"], "actions": [{"action": "paint"}]})
    assert response.status_code == 400 and "not a correction" in response.json()["error"]
    response = client.post("/api/render", json={"text": SPEECH, "document": data["document"], "actions": [{"action": "delete", "item": "X"}]})
    assert response.status_code == 400 and "no row 'X'" in response.json()["error"]


def test_export_xlsx_holds_the_corrected_owner(client):
    from openpyxl import load_workbook

    data = open_text(client)
    corrected = client.post("/api/render", json={"text": data["text"], "document": data["document"], "actions": [
        {"action": "owners", "item": data["document"]["items"][0]["id"], "owners": [{"name": "县应急管理局"}]},
    ]}).json()["document"]
    response = client.post("/api/export", json={"document": corrected, "format": "xlsx"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    assert "filename*=UTF-8''%E4%BB%BB%E5%8A%A1%E5%88%86%E8%A7%A3%E8%A1%A8-%E8%AE%B2%E8%AF%9D.xlsx" in response.headers["content-disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [cell.value for cell in sheet[3]]
    first = dict(zip(header, (cell.value for cell in sheet[4])))
    assert first["责任单位"] == "县应急管理局" and "隐患排查" in first["工作任务"]


def test_every_export_format_downloads(client):
    document = open_text(client)["document"]
    for format_name in FORMATS:
        response = client.post("/api/export", json={"document": document, "format": format_name, "project": "OPS"})
        assert response.status_code == 200, (format_name, response.text)
        assert response.content
    saved = client.post("/api/export", json={"document": document, "format": "json"})
    assert actions.Document.model_validate_json(saved.content).review is not None  # saved from the review
    assert client.post("/api/export", json={"document": document, "format": "jira-json"}).json()["error"].startswith("jira-json needs")
    assert client.post("/api/export", json={"document": document, "format": "pdf"}).json()["error"].startswith("unknown export format")


def test_a_saved_document_loads_back(client):
    data = open_text(client)
    second = data["document"]["items"][1]["id"]
    corrected = client.post("/api/render", json={"text": data["text"], "document": data["document"], "actions": [
        {"action": "delete", "item": second},
    ]}).json()["document"]
    saved = client.post("/api/export", json={"document": corrected, "format": "json"}).content
    import orjson

    again = client.post("/api/render", json={"text": data["text"], "document": orjson.loads(saved), "actions": []}).json()
    assert [item["id"] for item in again["document"]["items"]] == [item["id"] for item in data["document"]["items"] if item["id"] != second]
    assert [item["id"] for item in again["document"]["review"]["deleted"]] == [second]


def test_serve_refuses_a_port_in_use_in_one_line(capsys):
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    try:
        assert main(["serve", "--port", str(taken.getsockname()[1])]) == 2
    finally:
        taken.close()
    error = capsys.readouterr().err.strip()
    assert error.startswith("actions: error: cannot listen on 127.0.0.1:") and "\n" not in error


def test_seed_speech_round_trip_through_the_api(client):
    text = speech_text(1)
    response = client.post("/api/open", params={"name": "speech-1.txt"}, content=text.encode(), headers=OCTETS)
    data = response.json()
    assert len(data["document"]["items"]) == len(actions.extract(text).items)
    assert zipfile.is_zipfile(io.BytesIO(client.post("/api/export", json={"document": data["document"], "format": "xlsx"}).content))


def test_a_todoist_export_past_its_300_tasks_downloads_as_a_zip_of_imports():
    import csv
    import zipfile

    client = TestClient(create_app(max_bytes=1024 * 1024))
    lines = [f"{number}、各县市区政府要在6月底前完成第{number}批隐患点的排查整治。" for number in range(1, 351)]
    document = open_text(client, "\n".join(lines) + "\n")["document"]
    assert sum(item["kind"] == "task" for item in document["items"]) > 300
    response = client.post("/api/export", json={"document": document, "format": "todoist"})
    assert response.status_code == 200 and response.headers["content-type"] == "application/zip"
    assert ".zip" in response.headers["content-disposition"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    assert names == ["讲话.todoist-1.csv", "讲话.todoist-2.csv"]
    rows = [list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig")))) for name in names]
    tasks = [[row for row in part if row["TYPE"] == "task"] for part in rows]
    assert all(len(part) <= 300 for part in tasks) and sum(map(len, tasks)) >= 350
