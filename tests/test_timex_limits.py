"""Durations too long for the calendar are not deadlines, and never an error."""

import datetime as dt

import actions
from actions.timex.scan import scan_deadlines


def test_a_duration_past_the_calendar_is_not_a_deadline():
    view = "要在八两四三年内完成"  # a garbled numeral read as 8243 years
    assert scan_deadlines(view, dt.date(2012, 5, 10)) == []
    assert [d.value for d in scan_deadlines(view, None)] == ["P8243Y"]  # no date to add it to: kept, unresolved
    doc = actions.extract(view, reference_date="2012-05-10")
    assert all(item.deadline is None for item in doc.items)


def test_a_long_but_real_duration_still_resolves():
    [deadline] = scan_deadlines("要在五十年内完成", dt.date(2012, 5, 10))
    assert deadline.due == dt.date(2062, 5, 10)
