"""Several speeches in one file (`第X篇` separators) and several Documents in one export."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

import actions
from actions.export import export
from actions.models import DOCUMENT_SEPARATOR, Deadline, Document, Item, OutlineNode, Owner, Source
from export_support import OPTIONS, csv_rows, csv_table, fixture_document, ics_todos, item_rows, xlsx_sheets

TEXT = (
    "第一篇:甲县安全生产会议讲话\n"
    "一、抓好隐患排查\n"
    "各乡镇要在6月底前完成排查。\n"
    "第二篇:乙县城市管理会议讲话\n"
    "一、整治市容\n"
    "城管局要牵头开展整治,各街道配合。\n"
    "二、加强宣传\n"
    "要广泛宣传。\n"
)


def span_of(needle: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(needle, after)
    return start, start + len(needle)


def node(node_id: str, marker_context: str, marker: str, level: int, end: int, children=(), after: int = 0) -> OutlineNode:
    start = TEXT.index(marker_context, after)
    title_start = start + len(marker)
    title = TEXT[title_start : TEXT.index("\n", title_start)]
    family = DOCUMENT_SEPARATOR if marker.endswith("篇:") else "test"  # separators are known by their family
    return OutlineNode(
        id=node_id, marker=marker, family=family, ordinal=int(node_id.split(".")[-1]), level=level,
        marker_span=(start, title_start), title=title, span=(start, end), children=list(children),
    )


def item(number: int, text: str, path: list[str], owners=(), deadline=None) -> Item:
    span = span_of(text)
    return Item(
        id=f"T{number:03d}", text=text, span=span, kind="task", outline_path=path,
        owners=[Owner(name=name, role=role, span=span_of(name, span[0])) for name, role in owners],
        deadline=deadline, sentence=text, sentence_span=span,
    )


@pytest.fixture(scope="module")
def two_speeches() -> Document:
    second = TEXT.index("第二篇")
    third_group = TEXT.index("二、加强")
    speech_a = node("1", "第一篇:", "第一篇:", 1, second, [node("1.1", "一、抓好", "一、", 2, second)])
    speech_b = node(
        "2", "第二篇:", "第二篇:", 1, len(TEXT),
        [node("2.1", "一、整治", "一、", 2, third_group), node("2.2", "二、加强", "二、", 2, len(TEXT))],
    )
    due_span = span_of("6月底前")
    items = [
        item(1, "各乡镇要在6月底前完成排查", ["1", "1.1"], [("各乡镇", "responsible")],
             Deadline(text="6月底前", span=due_span, kind="by", due=dt.date(2020, 6, 30))),
        item(2, "城管局要牵头开展整治,各街道配合", ["2", "2.1"], [("城管局", "lead"), ("各街道", "support")]),
        item(3, "要广泛宣传", ["2", "2.2"]),
    ]
    return Document(
        source=Source(name="two.txt", sha256=hashlib.sha256(TEXT.encode()).hexdigest(), chars=len(TEXT)),
        reference_date=dt.date(2020, 3, 1), reference_date_source="argument", outline=[speech_a, speech_b], items=items,
    )


def test_the_hand_built_document_indexes_its_text(two_speeches):
    for it in two_speeches.items:
        assert TEXT[it.span[0] : it.span[1]] == it.text
        assert all(TEXT[o.span[0] : o.span[1]] == o.name for o in it.owners)
    for n in two_speeches.walk_outline():
        assert TEXT[n.marker_span[0] : n.marker_span[1]] == n.marker


def test_xlsx_has_one_sheet_per_speech(two_speeches):
    sheets = xlsx_sheets(export(two_speeches, "xlsx"))
    assert list(sheets) == ["第一篇 甲县安全生产会议讲话", "第二篇 乙县城市管理会议讲话"]
    assert [row[2] for row in sheets["第一篇 甲县安全生产会议讲话"]] == ["各乡镇要在6月底前完成排查"]
    assert [row[2] for row in sheets["第二篇 乙县城市管理会议讲话"]] == ["城管局要牵头开展整治,各街道配合", "要广泛宣传"]
    assert [row[0] for row in sheets["第二篇 乙县城市管理会议讲话"]] == [1, 2], "序号 restarts on each sheet"
    assert sheets["第一篇 甲县安全生产会议讲话"][0][7] == dt.datetime(2020, 6, 30)


def test_several_speeches_keep_the_speech_as_the_top_level(two_speeches):
    sections = [row["CONTENT"] for row in csv_rows(export(two_speeches, "todoist")) if row["TYPE"] == "section"]
    assert sections == ["第一篇 甲县安全生产会议讲话", "第二篇 乙县城市管理会议讲话"]
    epics = [row[0] for row in csv_table(export(two_speeches, "jira-csv"))[1:] if row[1] == "Epic"]
    assert epics == sections
    rows = csv_rows(export(two_speeches, "csv"))
    assert rows[1]["类别"] == "乙县城市管理会议讲话 / 整治市容"
    assert rows[1]["牵头单位"] == "城管局" and rows[1]["配合单位"] == "各街道" and rows[1]["责任单位"] == ""


def test_a_single_speech_drops_its_separator_from_the_hierarchy():
    rows = csv_rows(export(fixture_document(), "csv"))
    assert not any(row["类别"].startswith("安委全体扩大会议") for row in rows)
    assert rows[1]["出处"].startswith("speech-1.txt 第一篇 › 第一是"), "出处 keeps the whole path"


def test_several_documents_in_one_export(two_speeches):
    documents = [fixture_document(), two_speeches]
    total = sum(len(document.items) for document in documents)
    for format_name in ("csv", "xlsx", "jira-csv", "jira-json", "github", "gitlab", "todoist", "ics", "markdown", "jsonl"):
        assert item_rows(format_name, export(documents, format_name, OPTIONS)) == total, format_name
    sheets = xlsx_sheets(export(documents, "xlsx"))
    assert list(sheets) == ["speech-1.txt", "第一篇 甲县安全生产会议讲话", "第二篇 乙县城市管理会议讲话"]
    numbers = [row["序号"] for row in csv_rows(export(documents, "csv"))]
    assert numbers == [str(n) for n in range(1, total + 1)]
    uids = [str(todo["UID"]) for todo in ics_todos(export(documents, "ics", OPTIONS))]
    assert len(uids) == len(set(uids))
    assert len(json.loads(export(documents, "json"))) == 2


def test_a_separator_is_known_by_its_family_not_by_its_marker_text(two_speeches):
    from actions.export.common import is_speech_separator

    speech_a = two_speeches.outline[0]
    assert is_speech_separator(speech_a)
    assert not is_speech_separator(speech_a.model_copy(update={"family": "inline_di"}))
    assert is_speech_separator(speech_a.model_copy(update={"marker": "甲篇"}))  # the family says it


def test_the_extractor_and_the_exporters_agree_on_separators():
    from actions.export.common import speech_nodes

    document = actions.extract(TEXT, "2020-03-01")
    assert [node.marker for node in speech_nodes(document)] == ["第一篇:", "第二篇:"]
