"""Corrections a person makes in the review: pure functions on a Document, spans kept."""

from __future__ import annotations

import datetime as dt

import pytest

import actions
from actions.errors import InputError
from actions.models import PERSON_RULE, Document
from actions.review.corrections import CORRECTIONS, apply_corrections

TEXT = (
    "一、全面排查隐患\n"
    "各县市区政府要在6月底前完成隐患排查整治。\n"
    "二、加强监督检查\n"
    "市安监局牵头，市公安局配合，本月20号前组织一次全面检查。\n"
    "会议还要求县交通局做好道路维护。\n"
)


@pytest.fixture()
def document() -> Document:
    return actions.extract(TEXT, "2012-05-10")


def correct(document: Document, *actions_: dict) -> tuple[Document, str | None]:
    return apply_corrections(document, TEXT, CORRECTIONS.validate_python(list(actions_)))


def row(document: Document, number: int) -> str:
    """The id of the extracted item `number` (from 1), as the page sends it."""
    return document.items[number - 1].id


def spans_hold_their_text(document: Document) -> None:
    for item in document.items:
        assert TEXT[item.span[0] : item.span[1]] == item.text
        for owner in item.owners:
            if owner.span is not None:
                assert TEXT[owner.span[0] : owner.span[1]] == owner.name
        if item.deadline is not None and item.deadline.span is not None:
            assert TEXT[item.deadline.span[0] : item.deadline.span[1]] == item.deadline.text


def test_the_sample_reads_as_expected(document):
    first, second = document.items[:2]
    assert [owner.name for owner in first.owners] == ["各县市区政府"] and first.deadline.due == dt.date(2012, 6, 30)
    assert [(owner.name, owner.role) for owner in second.owners] == [("市安监局", "lead"), ("市公安局", "support")]
    assert document.review is None and not any(item.corrected for item in document.items)


def test_an_owner_written_elsewhere_in_the_text_gets_its_span(document):
    corrected, touched = correct(document, {"action": "owners", "item": row(document, 1), "owners": [{"name": "市安监局", "role": "lead"}]})
    item = corrected.items[0]
    assert touched == row(document, 1) and item.corrected == ["owners"]
    assert [(owner.name, owner.role, owner.inherited) for owner in item.owners] == [("市安监局", "lead", True)]
    assert item.owners[0].span == (TEXT.index("市安监局"), TEXT.index("市安监局") + 4)
    assert corrected.review is not None and corrected.review.deleted == []
    spans_hold_their_text(corrected)


def test_an_owner_the_text_does_not_write_has_no_span(document):
    corrected, _ = correct(document, {"action": "owners", "item": row(document, 1), "owners": [{"name": "县应急管理局"}]})
    assert [(owner.name, owner.span) for owner in corrected.items[0].owners] == [("县应急管理局", None)]


def test_a_role_change_keeps_the_owner_and_its_span(document):
    second = document.items[1]
    owners = [{"name": "市安监局", "role": "responsible"}, {"name": "市公安局", "role": "support"}]
    corrected, _ = correct(document, {"action": "owners", "item": second.id, "owners": owners})
    changed = corrected.items[1]
    assert [(owner.name, owner.role) for owner in changed.owners] == [("市安监局", "responsible"), ("市公安局", "support")]
    assert [owner.span for owner in changed.owners] == [owner.span for owner in second.owners]


def test_setting_what_is_there_changes_nothing(document):
    first = document.items[0]
    unchanged, touched = correct(
        document,
        {"action": "kind", "item": row(document, 1), "kind": first.kind},
        {"action": "owners", "item": row(document, 1), "owners": [{"name": "各县市区政府"}]},
        {"action": "deadline", "item": row(document, 1), "text": "6月底前", "due": "2012-06-30", "kind": "by"},
    )
    assert unchanged == document and touched == row(document, 1)


def test_deadline_words_are_read_against_the_meeting_date(document):
    corrected, _ = correct(document, {"action": "deadline", "item": row(document, 1), "text": "年底前"})
    deadline = corrected.items[0].deadline
    assert (deadline.text, deadline.kind, deadline.due, deadline.rule) == ("年底前", "by", dt.date(2012, 12, 31), PERSON_RULE)
    assert deadline.span is None  # 年底前 is not written in the text
    assert corrected.items[0].corrected == ["deadline"]


def test_a_due_date_alone_and_a_deadline_removed(document):
    corrected, _ = correct(document, {"action": "deadline", "item": row(document, 2), "due": "2012-07-15"})
    deadline = next(item for item in corrected.items if item.id == row(document, 2)).deadline
    assert (deadline.text, deadline.span, deadline.due, deadline.kind) == ("", None, dt.date(2012, 7, 15), "by")
    removed, _ = correct(document, {"action": "deadline", "item": row(document, 1), "text": "", "due": None})
    assert removed.items[0].deadline is None and removed.items[0].corrected == ["deadline"]


def test_kind_change_is_marked(document):
    corrected, _ = correct(document, {"action": "kind", "item": row(document, 1), "kind": "directive"})
    assert corrected.items[0].kind == "directive" and corrected.items[0].corrected == ["kind"]


def test_delete_keeps_the_item_in_the_review(document):
    corrected, touched = correct(document, {"action": "delete", "item": row(document, 2)})
    assert touched is None
    assert [item.id for item in corrected.items] == [item.id for item in document.items if item.id != row(document, 2)]
    assert corrected.review.deleted == [document.items[1]]


def test_a_row_added_from_a_selection_keeps_its_span(document):
    assert not any("县交通局" in item.text for item in document.items), "the sample's last line is not found"
    start = TEXT.index("县交通局")
    end = TEXT.index("\n", start) + 1
    corrected, touched = correct(document, {"action": "add", "start": start, "end": end, "kind": "task"})
    added = next(item for item in corrected.items if item.id == touched)
    assert touched.startswith("P") and touched not in {item.id for item in document.items}
    assert added.rule == PERSON_RULE and added.corrected == ["span", "kind"]
    assert added.span == (start, end - 1) and added.text == "县交通局做好道路维护。"  # the selection, blanks trimmed
    assert added.outline_path == ["2"] and added.category == [document.outline[1].title]
    assert TEXT[added.sentence_span[0] : added.sentence_span[1]] == added.sentence and added.sentence.startswith("会议")
    assert [item.span for item in corrected.items] == sorted(item.span for item in corrected.items)
    spans_hold_their_text(corrected)
    # Removing a row the person added leaves nothing behind: the extractor never found it.
    again, _ = correct(corrected, {"action": "delete", "item": touched})
    assert again.review.deleted == []


def test_an_added_row_starts_with_the_owners_and_deadline_written_in_the_selection(document):
    start = TEXT.index("市安监局牵头")
    end = TEXT.index("全面检查") + 4
    corrected, touched = correct(document, {"action": "add", "start": start, "end": end})
    added = next(item for item in corrected.items if item.id == touched)
    support = TEXT.index("市公安局")
    assert [(owner.name, owner.role, owner.span) for owner in added.owners] == [
        ("市安监局", "lead", (start, start + 4)), ("市公安局", "support", (support, support + 4))
    ]
    assert added.corrected == ["span", "kind"]  # what the rules read is not the person's
    assert (added.deadline.text, added.deadline.due) == ("本月20号前", dt.date(2012, 5, 20))
    spans_hold_their_text(corrected)


def test_a_row_recut_to_a_selection(document):
    start = TEXT.index("完成隐患排查")
    corrected, _ = correct(document, {"action": "span", "item": row(document, 1), "start": start, "end": start + 6})
    item = corrected.items[0]
    assert item.text == "完成隐患排查" and item.corrected == ["span"] and item.owners == document.items[0].owners


@pytest.mark.parametrize(
    "action, message",
    [
        ({"action": "delete", "item": "T999"}, "no row 'T999'"),
        ({"action": "add", "start": 5, "end": 5}, "not inside the text"),
        ({"action": "add", "start": 0, "end": 10_000}, "not inside the text"),
        ({"action": "add", "start": TEXT.index("\n"), "end": TEXT.index("\n") + 1}, "only blanks"),
    ],
)
def test_bad_corrections_are_input_errors(document, action, message):
    with pytest.raises(InputError, match=message):
        correct(document, action)


def test_a_corrected_row_keeps_its_id_and_an_added_row_gets_one_from_its_place_and_text(document):
    # A tracker that imported the Document updates the rows a person corrected instead of adding them again.
    start = TEXT.index("完成隐患排查")
    recut, _ = correct(document, {"action": "span", "item": row(document, 1), "start": start, "end": start + 6},
                       {"action": "kind", "item": row(document, 2), "kind": "directive"})
    assert [item.id for item in recut.items] == [item.id for item in document.items]
    start = TEXT.index("县交通局")
    end = TEXT.index("\n", start)
    added = {"action": "add", "start": start, "end": end}
    once, first = correct(document, added)
    twice, second = correct(once, added)
    assert first.startswith("P") and second == first + "-2"  # the same selection again: told apart
    # Made of the name, the place and the text: not of the other rows, nor of the order of the additions.
    _, alone = correct(actions.extract(TEXT, "2012-05-10"), added)
    elsewhere = {"action": "add", "start": TEXT.index("组织一次"), "end": TEXT.index("全面检查") + 4}
    _, after_another = correct(correct(document, elsewhere)[0], added)
    assert alone == after_another == first
