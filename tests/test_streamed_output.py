"""One speech through `actions extract --format json|jsonl`: the records are remapped as they
are written (actions.pipeline.Extraction), and the bytes are those of the library's Document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import actions
from actions import pipeline
from actions.cli import main
from actions.export import export_chunks
from actions.items.detect import detect_items
from actions.outline.build import build_outline
from actions.owners import index as owner_index
from actions.text.normalize import normalize

# Invented: two speeches with their own dates (each item carries its speech's), a task table,
# headings with categories, owners written and inherited, a traditional-script line, a line
# separator inside an item.
TEXT = (
    "第一篇：全县安全生产会议讲话\n（2013年4月2日）\n一、加强组织领导\n各乡镇要在本月20号前上报方案，"
    "县安监局要牵头做好督查。市交通局要制定停车规划。要在6月底前完成。\n（一）健全機制\n各部門要在月底前完成自查\u2028整改。\n"
    "工作任务\t牵头单位\t完成时限\n开展隐患排查\t县应急局\t6月底前\n"
    "第二篇：全县防汛工作会议讲话\n一、做好准备\n各部门要在月底前完成排查。\n县防汛指挥部\n2013年6月5日\n"
)


def _cli(tmp_path: Path, capsysbinary, *options: str) -> bytes:
    path = tmp_path / "speech.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(path), *options]) == 0
    return capsysbinary.readouterr().out


@pytest.mark.parametrize("format_name", ["json", "jsonl"])
def test_the_streamed_output_is_the_export_of_the_documents(tmp_path, capsysbinary, format_name):
    document = actions.extract(TEXT, name="speech.txt", encoding="utf-8")
    assert len(document.speeches) == 2
    assert {item.reference_date for item in document.items} == {dt.date(2013, 4, 2), dt.date(2013, 6, 5)}
    assert any(item.rule == "table_row" for item in document.items)
    assert any(owner.inherited for item in document.items for owner in item.owners)
    assert any(item.category for item in document.items)
    expected = b"".join(export_chunks(document, format_name))
    assert _cli(tmp_path, capsysbinary, "--format", format_name) == expected


def test_an_extraction_is_made_into_a_document_once():
    extraction = pipeline.extraction(TEXT)
    outline, items = extraction.streamed()
    assert len(outline) == 2 and len(items) >= 6
    nodes, found = list(outline), list(items)
    document = actions.extract(TEXT)
    assert [node.model_dump() for node in nodes] == [node.model_dump() for node in document.outline]
    assert [item.model_dump() for item in found] == [item.model_dump() for item in document.items]
    with pytest.raises(RuntimeError):
        extraction.document()


def test_the_owners_are_the_same_with_a_small_span_cache(monkeypatch):
    view = normalize(TEXT * 3).view
    outline = build_outline(view)
    full = [item.model_dump() for item in detect_items(view, outline, None)]
    monkeypatch.setattr(owner_index, "_CACHED_SPANS", 2)
    small = [item.model_dump() for item in detect_items(view, outline, None)]
    assert small == full and any(item["owners"] for item in full)
