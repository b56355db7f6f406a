"""Item ids and iCalendar UIDs stay when the speech is edited elsewhere (issue 18, point 8).

An id is made of the document's name, the item's place in the outline and its own text
(actions.ids); never of offsets, positions or a hash of the whole text.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import actions
from actions.ids import ItemIds, key_text, short_hash

ROOT = Path(__file__).resolve().parents[1]
NAME = "部署会讲话.txt"
MEETING = (
    "一、加强组织领导\n"
    "各部门要在6月底前制定实施方案。各县区要落实属地责任，市政府办公室牵头做好协调。\n"
    "二、强化督查考核\n"
    "市督查室要每月通报进展情况。各单位要按时报送材料。\n"
    "三、营造良好氛围\n"
    "各新闻单位要加大宣传力度。\n"
)
# The same speech as first typed: 要 missing in the first section, so two of its tasks were not read.
TYPO = MEETING.replace("各县区要落实", "各县区落实")


def ids(text: str, name: str | None = NAME) -> dict[str, str]:
    """Item text → id."""
    return {item.text: item.id for item in actions.extract(text, "2012-05-10", name=name).items}


def test_a_corrected_typo_changes_only_the_ids_of_its_paragraph():
    before = actions.extract(TYPO, "2012-05-10", name=NAME)
    after = actions.extract(MEETING, "2012-05-10", name=NAME)
    fixed = ("各县区要落实属地责任", "市政府办公室牵头做好协调")  # read only once 要 is there
    others = [item for item in after.items if item.text not in fixed]
    assert [item.text for item in others] == [item.text for item in before.items] and len(others) == len(after.items) - 2
    typed = {item.text: item for item in before.items}
    for item in others:
        assert typed[item.text].id == item.id
    assert [typed[item.text].span[0] + 1 for item in others[1:]] == [item.span[0] for item in others[1:]]  # moved, same ids
    assert not {item.id for item in after.items if item.text in fixed} & {item.id for item in before.items}


def _uids(document) -> dict[str, str]:
    """Summary → UID of every to-do of the document's calendar."""
    from icalendar import Calendar

    return {str(todo["summary"]): str(todo["uid"]) for todo in Calendar.from_ical(actions.export(document, "ics")).walk("VTODO")}


def test_a_corrected_typo_keeps_the_other_uids_of_the_calendar():
    pytest.importorskip("icalendar")
    before = _uids(actions.extract(TYPO, "2012-05-10", name=NAME))
    after = _uids(actions.extract(MEETING, "2012-05-10", name=NAME))
    assert {summary: uid for summary, uid in after.items() if summary in before} == before  # tasks and groups
    assert len(after) == len(before) + 2 and len(set(after.values())) == len(after)


def test_a_typo_in_a_real_speech_keeps_every_id_and_uid_outside_its_paragraph():
    pytest.importorskip("icalendar")
    from actions.export.common import one_line

    text = (ROOT / "fixtures" / "speeches" / "speech-3.txt").read_text(encoding="utf-8")
    document = actions.extract(text, "2012-05-10", name="speech-3.txt")
    edited = document.items[len(document.items) // 3]
    at = edited.span[0] + len(edited.text) // 2
    typo = text[:at] + text[at] + text[at:]  # one character typed twice
    changed = actions.extract(typo, "2012-05-10", name="speech-3.txt")
    paragraph = (text.rfind("\n", 0, at) + 1, text.find("\n", at))
    kept = [item for item in document.items if item.span[1] <= paragraph[0] or item.span[0] >= paragraph[1]]
    after = {(item.span[0] - (item.span[0] > at), item.text): item for item in changed.items}
    assert sum(item.span[0] > at for item in kept) >= 10  # items whose offsets moved
    for item in kept:
        assert after[item.span[0], item.text].id == item.id
    uids_before, uids_after = _uids(document), _uids(changed)
    for item in kept:
        summary = one_line(item.text)
        assert uids_after[summary] == uids_before[summary]


def test_two_identical_items_in_one_node_get_distinct_deterministic_ids():
    text = "一、抓好安全生产\n各县区要开展隐患排查。各县区要开展隐患排查。\n二、其他工作\n各县区要开展隐患排查。\n"
    document = actions.extract(text, "2012-05-10", name=NAME)
    first, second, other = document.items
    assert first.text == second.text == other.text and first.outline_path == second.outline_path == ["1"]
    assert second.id == first.id + "-2"  # told apart in document order
    assert other.id != first.id and "-" not in other.id  # another place: another hash, no suffix
    assert [item.id for item in actions.extract(text, "2012-05-10", name=NAME).items] == [item.id for item in document.items]
    # Not Python's hash(): another process with another hash seed gives the same ids.
    script = f"import actions; print(' '.join(i.id for i in actions.extract({text!r}, name={NAME!r}).items))"
    for seed in ("1", "2"):
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}).stdout.split()
        assert out == [item.id for item in document.items]


def test_the_name_of_the_document_is_part_of_the_id():
    # Two speeches that share a sentence in the same place keep apart in a tracker holding both;
    # the same speech under the same name keeps its ids.
    assert ids(MEETING, "a.txt") == ids(MEETING, "a.txt")
    a, b = ids(MEETING, "a.txt"), ids(MEETING, "b.txt")
    assert a.keys() == b.keys() and not set(a.values()) & set(b.values())
    assert ids(MEETING, None) == ids(MEETING, "")  # unnamed: the text and the place alone
    calendars = [actions.export(actions.extract(MEETING, name=name), "ics").decode() for name in ("a.txt", "b.txt")]
    uids = [{line for line in calendar.replace("\r\n ", "").splitlines() if line.startswith("UID:")} for calendar in calendars]
    assert not uids[0] & uids[1]


def test_a_line_wrap_or_a_full_width_letter_does_not_change_the_id():
    plain = "一、加强领导\n各部门要在6月底前制定ABC方案，\n同时做好宣传。\n"
    for other_form in ("一、加强领导\r\n各部门要在6月底前制定ABC方案，\r\n同时做好宣传。\r\n",  # saved on Windows
                       "一、加强领导\n各部门要在６月底前 制定ＡＢＣ方案，\n同时做好宣传。\n"):  # full-width, a stray space
        [one], [other] = actions.extract(plain, name=NAME).items, actions.extract(other_form, name=NAME).items
        assert one.text != other.text and key_text(one.text) == key_text(other.text)
        assert one.id == other.id


def test_ids_are_short_and_readable():
    for item in actions.extract(MEETING, name=NAME).items:
        assert len(item.id) == 7 and item.id[0] == "T" and item.id[1:].isalnum() and item.id[1:].islower()
        assert not set(item.id[1:]) & set("ilou")  # no letter that reads as a digit
    assert short_hash("a", "b") != short_hash("b", "a") and short_hash("a", "b") == short_hash("a", "b")


def test_ids_handed_out_twice_get_numbers_in_order():
    given = ItemIds("x.txt")
    first = given.next(["1"], "要做好")
    assert [given.next(["1"], "要做好"), given.next(["1"], "要 做 好"), given.next(["2"], "要做好")][:2] == [first + "-2", first + "-3"]
    assert ItemIds("x.txt", taken=[first]).next(["1"], "要做好", prefix="T") == first + "-2"


def test_repeated_items_get_the_next_free_suffix_also_after_ids_given_before():
    from actions.ids import ItemIds
    first = ItemIds("speech")
    base = first.next(["n1"], "要加强领导")
    ids = ItemIds("speech", taken=[base, base + "-2", base + "-4"])
    assert [ids.next(["n1"], "要加强领导") for _ in range(3)] == [base + "-3", base + "-5", base + "-6"]
