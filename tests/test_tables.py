"""The documents and items tables (actions.tables) and their Parquet files (actions.io.parquet):
the same documents, items and due dates as the JSON, read back with pyarrow and DuckDB."""

from __future__ import annotations

import datetime as dt
import json
import sys

import pytest

from actions.arrow_types import to_pyarrow
from actions.cli import main
from actions.models import Document
from actions.pipeline import extract
from actions.tables import DOCUMENT_FIELDS, ITEM_FIELDS, Failure, documents_from_rows, document_rows, item_rows, schema_json
from conftest import SPEECHES_DIR

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from actions.io.parquet import read_parquet, write_parquet  # noqa: E402  (needs pyarrow)
from actions.tables import documents_table, items_table  # noqa: E402

# Invented texts: a text of two speeches with their own meeting dates, and short speeches.
TWO_SPEECHES = """第一篇　在全市安全生产工作会议上的讲话
（2023年3月1日）
一、抓好隐患排查
市应急局要在本月底前完成全市隐患排查，各区县政府配合。
二、加强督查
市政府督查室要在3个月内开展专项督查。
第二篇　在全市交通工作会议上的讲话
（2023年6月5日）
一、推进道路整修
市交通局牵头，市住建局配合，要在下月10日前完成主干道整修。
"""
SHORT = "一、抓好春耕生产\n县农业农村局要在{month}月底前完成{count}万亩高标准农田建设，各乡镇配合。\n二、其他工作\n要进一步提高认识。\n"


def fixture_documents() -> list[Document]:
    documents = [extract(path.read_text(encoding="utf-8"), name=path.name) for path in sorted(SPEECHES_DIR.glob("speech-*.txt"))]
    return documents + [extract(TWO_SPEECHES, name="两篇.txt")]


def corpus_lines(count: int) -> list[bytes]:
    """A JSONL corpus of `count` invented speeches, every seventh line broken in one of three ways."""
    lines = []
    for number in range(count):
        if number % 7 == 3:
            lines.append([b"{not json", json.dumps({"id": f"d{number}", "text": ""}).encode(), b"[1, 2]"][number % 3])
            continue
        text = SHORT.format(month=number % 12 + 1, count=number + 1)
        lines.append(json.dumps({"id": f"d{number}", "text": text, "date": "2024-01-15"}, ensure_ascii=False).encode())
    return lines


def test_tables_give_back_the_documents_written():
    documents = fixture_documents()
    back, failures = documents_from_rows(document_rows(documents), item_rows(documents))
    assert failures == [] and back == documents  # every field but the review: what the exporters need


def test_a_failure_is_a_documents_row_with_its_error_and_no_items():
    documents = fixture_documents()[:1]
    entries = [*documents, {"id": None, "line": 4, "error": "empty text"}, Failure("b.txt", "binary input")]
    rows = document_rows(entries)
    assert [row["error"] for row in rows] == [None, "empty text", "binary input"]
    assert [row["id"] for row in rows] == ["speech-1.txt", "line 4", "b.txt"]
    assert rows[1]["item_count"] is None and rows[0]["item_count"] == len(documents[0].items)
    assert len(item_rows(entries)) == len(documents[0].items)


def test_the_tables_schema_is_the_checked_in_one_and_built_from_the_models():
    assert documents_table([]).schema == to_pyarrow(DOCUMENT_FIELDS)
    table = items_table(fixture_documents())
    assert table.schema == to_pyarrow(ITEM_FIELDS)
    owners = table.schema.field("owners").type.value_type
    assert [owners.field(index).name for index in range(owners.num_fields)] == ["name", "role", "span_start", "span_end", "inherited"]
    assert table.schema.field("deadline_due").type == pa.date32()
    assert [field["name"] for field in schema_json("items")["fields"]] == table.column_names


def test_item_reference_date_is_its_speechs_meeting_date():
    rows = item_rows([extract(TWO_SPEECHES, name="两篇.txt")])
    assert {row["reference_date"] for row in rows} == {dt.date(2023, 3, 1), dt.date(2023, 6, 5)}
    first = rows[0]
    assert first["deadline_due"] == dt.date(2023, 3, 31) and first["owners"][0] == {
        "name": "市应急局", "role": "responsible", "span_start": first["owners"][0]["span_start"],
        "span_end": first["owners"][0]["span_end"], "inherited": False,
    }
    text = TWO_SPEECHES
    assert text[first["span_start"] : first["span_end"]] == first["text"]


def test_write_and_read_one_file_each_and_parts(tmp_path):
    documents = fixture_documents()
    written = write_parquet([*documents, {"name": "in/bad.txt", "error": "binary input"}], tmp_path)
    assert [path.rsplit("/", 1)[1] for path in written] == ["documents.parquet", "items.parquet"]
    back, failures = read_parquet(tmp_path)
    assert back == documents and failures == [Failure("bad.txt", "binary input")]
    write_parquet(documents[:3], tmp_path / "parts", part=0)
    write_parquet(documents[3:], tmp_path / "parts", part=12)
    assert sorted(path.name for path in (tmp_path / "parts" / "items").iterdir()) == ["part-0.parquet", "part-12.parquet"]
    assert read_parquet(tmp_path / "parts" / "items")[0] == documents  # parts in the order of their numbers
    with pytest.raises(Exception, match="already exists"):
        write_parquet(documents, tmp_path)


def _extract(capsys, *argv: str) -> tuple[int, str]:
    code = main(["extract", *argv])
    return code, capsys.readouterr().err


@pytest.fixture
def batch(tmp_path, capsys):
    """One corpus of 60 invented speeches (9 broken lines) extracted twice: to JSON Lines and to Parquet."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(b"\n".join(corpus_lines(60)) + b"\n")
    jsonl = tmp_path / "documents.jsonl"
    code = main(["extract", str(corpus), "--jobs", "1", "-q"])
    jsonl.write_bytes(capsys.readouterr().out.encode("utf-8"))
    assert code == 1
    code, err = _extract(capsys, str(corpus), "--format", "parquet", "--out", str(tmp_path / "tables"), "--jobs", "2", "-q")
    assert code == 1 and "wrote 60 documents (9 failed" in err
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    return records, tmp_path / "tables"


def test_parquet_read_with_pyarrow_gives_the_items_and_due_dates_of_the_json(batch):
    records, tables = batch
    items = pq.read_table(tables / "items.parquet").to_pylist()
    expected = [(record["source"]["name"], item["id"], item["deadline"]["due"] if item["deadline"] else None)
                for record in records if "error" not in record for item in record["items"]]
    assert len(expected) > 50
    assert [(row["document_id"], row["id"], row["deadline_due"] and row["deadline_due"].isoformat()) for row in items] == expected
    documents = pq.read_table(tables / "documents.parquet").to_pylist()
    assert len(documents) == len(records) == 60
    assert [row["error"] is not None for row in documents] == ["error" in record for record in records]


def test_parquet_read_with_duckdb_gives_the_items_and_due_dates_of_the_json(batch):
    duckdb = pytest.importorskip("duckdb")
    records, tables = batch
    items = f"{tables}/items.parquet"
    sql = duckdb.connect()  # DB-API: execute(...).fetchall()
    [(count, dated, last)] = sql.execute(f"SELECT count(*), count(deadline_due), max(deadline_due) FROM '{items}'").fetchall()
    dues = [item["deadline"]["due"] for record in records if "error" not in record for item in record["items"] if item["deadline"]]
    assert count == sum(len(record.get("items", [])) for record in records)
    assert dated == sum(1 for due in dues if due) and last.isoformat() == max(due for due in dues if due)
    [(failed,)] = sql.execute(f"SELECT count(*) FROM '{tables}/documents.parquet' WHERE error IS NOT NULL").fetchall()
    assert failed == sum(1 for record in records if "error" in record) == 9
    owners = sql.execute(f"SELECT DISTINCT o.name, o.role FROM (SELECT unnest(owners) AS o FROM '{items}') ORDER BY 1").fetchall()
    assert ("县农业农村局", "responsible") in owners


def test_extract_parquet_refusals_are_one_line(tmp_path, capsys, monkeypatch):
    speech = str(SPEECHES_DIR / "speech-5.txt")
    code, err = _extract(capsys, speech, "--format", "parquet")
    assert code == 2 and "--out OUTDIR" in err and err.count("\n") == 1
    code, err = _extract(capsys, speech, "--format", "parquet", "--out", str(tmp_path), "--skip-existing")
    assert code == 2 and "--skip-existing" in err and err.count("\n") == 1
    assert _extract(capsys, speech, "--format", "parquet", "--out", str(tmp_path), "-q")[0] == 0
    code, err = _extract(capsys, speech, "--format", "parquet", "--out", str(tmp_path))
    assert code == 2 and "already exists" in err and "--force" in err
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if the extra were not installed
    code, err = _extract(capsys, speech, "--format", "parquet", "--out", str(tmp_path / "new"))
    assert code == 2 and "zh-meeting-actions[parquet]" in err and err.count("\n") == 1
    assert not (tmp_path / "new").exists()


def test_polars_and_pandas_read_the_tables_as_they_are(batch):
    """Where Polars and pandas are installed (not in the test extra: run it with them)."""
    pl = pytest.importorskip("polars")
    pd = pytest.importorskip("pandas")
    records, tables = batch
    items = pl.read_parquet(tables / "items.parquet")
    assert items.schema["deadline_due"] == pl.Date and items.schema["owners"] == pl.List(
        pl.Struct({"name": pl.String, "role": pl.String, "span_start": pl.Int64, "span_end": pl.Int64, "inherited": pl.Boolean})
    )
    frame = pd.read_parquet(tables / "items.parquet")
    assert len(frame) == len(items) == sum(len(record.get("items", [])) for record in records)
    assert pd.read_parquet(tables / "documents.parquet")["error"].notna().sum() == 9


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from test_export_properties import documents as any_document  # noqa: E402


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(any_document(), min_size=1, max_size=3))
def test_any_documents_survive_a_parquet_file(documents):
    """Awkward text (controls, quotes, U+2028, U+FFFE), unnamed and same-named documents: the
    Parquet bytes give back the Documents (unnamed ones get ids sha256:…, ~2 when they meet)."""
    import io

    tables = []
    for table in (documents_table(documents), items_table(documents)):
        buffer = io.BytesIO()
        pq.write_table(table, buffer)
        tables.append(pq.read_table(io.BytesIO(buffer.getvalue())).to_pylist())
    assert len({row["id"] for row in tables[0]}) == len(documents)
    back, failures = documents_from_rows(*tables)
    assert back == [Document.model_validate(document.model_dump()) for document in documents] and failures == []


def test_two_documents_with_one_id_are_refused():
    document = extract(SHORT.format(month=1, count=1), name="a.txt")
    rows = document_rows([document, document], ids=["a", "a"])
    with pytest.raises(Exception, match="two documents have the id 'a'"):
        documents_from_rows(rows, item_rows([document, document], ids=["a", "a"]))
    assert [row["id"] for row in document_rows([document, document])] == ["a.txt", "a.txt~2"]


def test_a_target_with_a_scheme_is_written_through_pyarrows_file_systems(tmp_path):
    documents = fixture_documents()[:2]
    written = write_parquet(documents, f"file://{tmp_path}/run", part=3)
    assert written == (f"file://{tmp_path}/run/documents/part-3.parquet", f"file://{tmp_path}/run/items/part-3.parquet")
    assert read_parquet(tmp_path / "run")[0] == documents
