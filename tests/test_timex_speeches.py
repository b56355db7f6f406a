"""Deadlines and meeting dates on the seed speeches, checked by hand against the text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from actions.text.normalize import normalize
from actions.timex.meeting_date import find_reference_date
from actions.timex.scan import find_deadlines, scan_deadlines

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "speeches"
SPEECH_1_DATE = dt.date(2012, 5, 10)  # 前四个月 are reported, 9月30日 is 一百多天 away


def _view(number: int) -> str:
    return normalize((FIXTURES / f"speech-{number}.txt").read_text(encoding="utf-8")).view


def _found(number: int, reference: dt.date | None) -> dict[str, list[tuple]]:
    found: dict[str, list[tuple]] = {}
    for deadline in scan_deadlines(_view(number), reference):
        found.setdefault(deadline.text, []).append((deadline.kind, deadline.due, deadline.value, deadline.start))
    return found


def _after(view: str, anchor: str, reference: dt.date | None):
    """The first deadline in the sentence that starts with `anchor`."""
    start = view.index(anchor)
    end = view.index("。", start)
    return find_deadlines(view, start, end, reference)


def test_speech_1_gives_the_deadlines_a_clerk_writes_down():
    found = _found(1, SPEECH_1_DATE)
    d = dt.date
    assert found["本月20号前"] == [("by", d(2012, 5, 20), "2012-05-20", None)]
    assert found["六月份"] == [("on", d(2012, 6, 30), "2012-06", d(2012, 6, 1))]
    assert found["下半年"] == [("on", d(2012, 12, 31), "2012-H2", d(2012, 7, 1))]
    assert found["年底"] == [("by", d(2012, 12, 31), "2012", None)]
    assert found["9月30日"] == [("by", d(2012, 9, 30), "2012-09-30", None)]
    assert found["今年年底"] == [("by", d(2012, 12, 31), "2012", None)]
    assert found["6月底7月初"] == [("on", d(2012, 7, 10), "2012-06/2012-07", d(2012, 6, 21))]
    assert [kind for kind, *_ in found["会后"]] == ["asap"] * 3


def test_speech_1_narrative_times_are_not_deadlines():
    view = _view(1)
    texts = {deadline.text for deadline in scan_deadlines(view, SPEECH_1_DATE)}
    for narrative in ("今年", "前四个月", "今年前四个月", "上半年", "一季度", "昨天下午", "今天上午", "前4个月", "第一年"):
        assert narrative not in texts, narrative
    spans = [deadline.span for deadline in scan_deadlines(view, SPEECH_1_DATE)]
    for phrase in ("今年前四个月", "全市上半年也就是前4个月", "上半年我们全面展开的是", "一季度出了两起较大事故",
                   "今年是两化建设的第一年", "如果桃源今年还出一起较大事故，今年就完了", "我讲三点", "按年初全市"):
        start = view.index(phrase)
        assert not [s for s in spans if start <= s[0] < start + len(phrase)], phrase


def test_speech_1_deadlines_found_inside_their_sentences():
    view = _view(1)
    (deadline,) = _after(view, "为了贯彻落实后", SPEECH_1_DATE)
    assert (deadline.text, deadline.kind, deadline.due) == ("本月20号前", "by", dt.date(2012, 5, 20))
    (deadline,) = _after(view, "第二要强力推进", SPEECH_1_DATE)
    assert (deadline.text, deadline.kind) == ("9月30日", "by")
    assert view[deadline.span[0] - 5:deadline.span[0]] == "最后期限是"


def test_speech_1_without_a_meeting_date_keeps_partial_values():
    found = _found(1, None)
    assert found["本月20号前"] == [("by", None, "XXXX-XX-20", None)]
    assert found["9月30日"] == [("by", None, "XXXX-09-30", None)]
    assert found["下半年"] == [("on", None, "XXXX-H2", None)]
    assert found["6月底7月初"] == [("on", None, "XXXX-06/XXXX-07", None)]


def test_speech_3_targets_and_routines():
    found = _found(3, dt.date(2010, 12, 15))
    assert found["三年内"] == [("within", dt.date(2013, 12, 15), "P3Y", dt.date(2010, 12, 15))]
    assert found["2011年"] == [("on", dt.date(2011, 12, 31), "2011", dt.date(2011, 1, 1))]
    assert [kind for kind, *_ in found["定期"]] == ["recurring", "recurring"]
    assert found["每年"] == [("recurring", None, "P1Y", None)]
    assert "1998年" not in found and "2-3分钟内" not in found and "3分钟内" not in found


def test_speech_2_statistics_of_a_finished_quarter_are_not_deadlines():
    assert _found(2, dt.date(2013, 4, 10)) == {}


def test_speech_4_has_no_deadlines():
    assert _found(4, dt.date(2013, 4, 20)) == {}


def test_speech_5_meeting_date_and_first_quarter():
    view = _view(5)
    date, (start, end) = find_reference_date(view)
    assert date == dt.date(2012, 3, 9)
    assert view[start:end] == "2012年3月9日"
    found = _found(5, date)
    assert found["首季度"] == [("on", dt.date(2012, 3, 31), "2012-Q1", dt.date(2012, 1, 1))]
    assert found["会议结束后"][0][0] == "asap"
    assert "今年" not in found


@pytest.mark.parametrize("number", [1, 2, 3, 4])
def test_speeches_without_a_written_date_give_none(number):
    assert find_reference_date(_view(number)) is None
