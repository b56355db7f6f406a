"""`actions export` of a whole batch: JSON Lines of Documents, an --out directory, the Parquet
tables; one file out (xlsx a sheet per speech or one sheet with 来源, csv with 来源, trackers
with a source label); whatever is not a speech nor Documents is refused on one line."""

from __future__ import annotations

import json

import pytest

from actions.cli import main
from actions.export import ExportOptions, export
from actions.export.xlsx import MAX_SHEETS, SHEET_NAME_MAX
from actions.pipeline import extract
from conftest import SPEECHES_DIR
from export_support import csv_rows, csv_table, item_rows, xlsx_sheets
from test_tables import SHORT, TWO_SPEECHES

openpyxl = pytest.importorskip("openpyxl")


def run(capsysbinary, *argv: str) -> tuple[int, bytes, str]:
    code = main(list(argv))
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8")


@pytest.fixture(scope="module")
def documents():
    speeches = [extract(path.read_text(encoding="utf-8"), name=path.name) for path in sorted(SPEECHES_DIR.glob("speech-*.txt"))]
    return speeches + [extract(TWO_SPEECHES, name="两篇.txt")]


@pytest.fixture
def results(tmp_path, documents):
    """What `actions extract CORPUS > results.jsonl` writes: Documents, and an error record."""
    path = tmp_path / "results.jsonl"
    lines = [document.model_dump_json() for document in documents]
    lines.insert(2, json.dumps({"id": "bad", "line": 3, "error": "empty text"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_of_documents_is_never_read_as_a_speech(capsysbinary, results, documents):
    code, out, err = run(capsysbinary, "export", str(results), "--to", "csv")
    assert code == 0
    rows = csv_rows(out)
    assert len(rows) == sum(len(document.items) for document in documents)  # not one row per JSON fragment
    assert "1 documents of the batch failed and have no rows: bad" in err
    assert {row["来源"] for row in rows} == {"speech-1.txt", "speech-3.txt", "speech-4.txt", "speech-5.txt", "speech-2.txt",
                                            "两篇.txt 第一篇 在全市安全生产工作会议上的讲话", "两篇.txt 第二篇 在全市交通工作会议上的讲话"}
    assert csv_table(out)[0][:3] == ["序号", "来源", "类别"]


def test_the_batch_is_one_xlsx_with_a_sheet_per_speech(capsysbinary, results, documents, tmp_path):
    target = tmp_path / "batch.xlsx"
    assert run(capsysbinary, "export", str(results), "--to", "xlsx", "-o", str(target))[0] == 0
    sheets = xlsx_sheets(target.read_bytes())
    assert list(sheets)[:5] == [f"speech-{number}.txt" for number in (1, 2, 3, 4, 5)]
    assert len(sheets) == 7 and all(len(name) <= SHEET_NAME_MAX for name in sheets)
    assert sum(len(rows) for rows in sheets.values()) == sum(len(document.items) for document in documents)
    assert [len(rows) for rows in sheets.values()][-2:] == [2, 2]  # 第一篇 and 第二篇 each on their own sheet


def test_an_out_directory_and_the_parquet_tables_export_as_the_jsonl(capsysbinary, tmp_path, documents):
    pytest.importorskip("pyarrow")
    corpus = tmp_path / "speeches"
    corpus.mkdir()
    (corpus / "a").mkdir()
    for path in sorted(SPEECHES_DIR.glob("speech-*.txt")):
        (corpus / path.name).write_bytes(path.read_bytes())
    (corpus / "a" / "两篇.txt").write_text(TWO_SPEECHES, encoding="utf-8")
    out_dir, tables = tmp_path / "out", tmp_path / "tables"
    assert run(capsysbinary, "extract", str(corpus), "--out", str(out_dir), "-q", "--jobs", "1")[0] == 0
    assert run(capsysbinary, "extract", str(corpus), "--format", "parquet", "--out", str(tables), "-q", "--jobs", "1")[0] == 0
    code, from_jsonl, _ = run(capsysbinary, "extract", str(corpus), "-q", "--jobs", "1")
    jsonl = tmp_path / "documents.jsonl"
    jsonl.write_bytes(from_jsonl)
    exports = {}
    for name, source in {"jsonl": jsonl, "dir": out_dir, "parquet": tables, "items": tables / "items.parquet"}.items():
        code, out, err = run(capsysbinary, "export", str(source), "--to", "csv")
        assert code == 0, err
        exports[name] = out
    # the --out directory is read in path order, which is the batch's order for a directory batch
    assert exports["jsonl"] == exports["dir"] == exports["parquet"] == exports["items"]
    assert len(csv_rows(exports["jsonl"])) == sum(len(document.items) for document in documents)
    target = tmp_path / "from-parquet.xlsx"
    assert run(capsysbinary, "export", str(tables), "--to", "xlsx", "-o", str(target))[0] == 0
    assert sum(len(rows) for rows in xlsx_sheets(target.read_bytes()).values()) == sum(len(document.items) for document in documents)


def test_past_the_sheet_limit_one_sheet_with_a_source_column():
    many = [extract(SHORT.format(month=number % 12 + 1, count=number), name=f"常务会议第{number}次会议纪要（县人民政府办公室）.txt")
            for number in range(MAX_SHEETS + 1)]
    workbook = openpyxl.load_workbook(__import__("io").BytesIO(export(many, "xlsx", ExportOptions())))
    [sheet] = workbook.worksheets
    header = [cell.value for cell in sheet[3]]
    assert header[:3] == ["序号", "来源", "类别"]
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert len(rows) == sum(len(document.items) for document in many)
    assert {row[1] for row in rows} == {document.source.name for document in many}
    due = header.index("截止日期")
    assert all(row[due] is None or hasattr(row[due], "year") for row in rows)  # still real date cells
    few = openpyxl.load_workbook(__import__("io").BytesIO(export(many[:MAX_SHEETS], "xlsx", ExportOptions())))
    names = few.sheetnames
    assert len(names) == MAX_SHEETS and len(set(name.lower() for name in names)) == MAX_SHEETS
    assert all(len(name) <= SHEET_NAME_MAX and not set(name) & set("[]:*?/\\") for name in names)


def test_sheet_names_are_cleaned_cut_and_told_apart():
    named = [extract(SHORT.format(month=1, count=1), name=name) for name in ("a:b/c?.txt", "X" * 40, "x" * 40 + "y")]
    names = openpyxl.load_workbook(__import__("io").BytesIO(export(named, "xlsx", ExportOptions()))).sheetnames
    assert names[0] == "a b c .txt"
    assert names[1] == "X" * 31 and names[2] == "x" * 27 + " (2)"  # Excel compares sheet names ignoring case


def test_trackers_name_the_source_in_a_batch_only(documents):
    batch = json.loads(export(documents[:2], "github", ExportOptions()))
    assert {"来源:speech-1.txt", "来源:speech-2.txt"} <= {label for body in batch for label in body["labels"]}
    alone = json.loads(export(documents[:1], "github", ExportOptions()))
    assert not any(label.startswith("来源:") for body in alone for label in body["labels"])
    assert item_rows("jira-csv", export(documents[:2], "jira-csv", ExportOptions(project="AQ"))) == len(documents[0].items) + len(documents[1].items)


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        ('{"id": "a", "text": "一、要抓紧落实。"}\n{"id": "b", "text": "二、要加强领导。"}\n', "corpus.jsonl", "a corpus record"),
        ('{"id": "a", "text": "一、要抓紧落实。"}\n', "corpus.txt", "a corpus record"),
        ("[1, 2, 3]\n", "numbers.json", "not a Document JSON"),
        ('{"a": 1}\n{"b": 2}\n', "other.jsonl", "not a Document"),
        ('{"schema_version": "1.0"\n', "cut.json", "not a Document JSON"),
    ],
)
def test_json_that_holds_no_documents_is_refused(capsysbinary, tmp_path, content, name, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsysbinary, "export", str(path), "--to", "csv")
    assert code == 2 and out == b"" and message in err and err.count("\n") == 1 and "Traceback" not in err


def test_a_directory_or_parquet_file_without_documents_is_refused(capsysbinary, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = run(capsysbinary, "export", str(empty), "--to", "csv")
    assert code == 2 and "no Document JSON files" in err and err.count("\n") == 1
    (empty / "notes.json").write_text('{"title": "x"}', encoding="utf-8")
    code, out, err = run(capsysbinary, "export", str(empty), "--to", "csv")
    assert code == 2 and "notes.json: not a Document JSON" in err and err.count("\n") == 1
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    other = tmp_path / "other.parquet"
    pq.write_table(pa.table({"x": [1, 2]}), other)
    code, out, err = run(capsysbinary, "export", str(other), "--to", "csv")
    assert code == 2 and "not a documents or items table" in err and err.count("\n") == 1
    lonely = tmp_path / "lonely"
    lonely.mkdir()
    pq.write_table(pa.table({"x": [1]}), lonely / "items.parquet")
    code, out, err = run(capsysbinary, "export", str(lonely), "--to", "csv")
    assert code == 2 and "documents.parquet: not found" in err and err.count("\n") == 1
    pq.write_table(pa.table({"x": [1]}), lonely / "documents.parquet")
    code, out, err = run(capsysbinary, "export", str(lonely), "--to", "csv")
    assert code == 2 and "no column" in err and err.count("\n") == 1
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    code, out, err = run(capsysbinary, "export", str(tmp_path / "broken.parquet"), "--to", "csv")
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


def test_parquet_without_pyarrow_is_one_line_naming_the_extra(capsysbinary, tmp_path, monkeypatch, documents):
    pytest.importorskip("pyarrow")
    from actions.io.parquet import write_parquet

    write_parquet(documents[:1], tmp_path)
    monkeypatch.setitem(__import__("sys").modules, "pyarrow", None)  # as if the extra were not installed
    code, out, err = run(capsysbinary, "export", str(tmp_path), "--to", "csv")
    assert code == 2 and out == b"" and "zh-meeting-actions[parquet]" in err and err.count("\n") == 1
