"""A calendar unit is one record: the context rules and the resolution read it from UNITS."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta

from actions.timex.calendar import UNITS, CalendarUnit, define_unit
from actions.timex.context import judge
from actions.timex.reading import Reading
from actions.timex.resolve import resolve
from actions.timex.scan import scan_deadlines


@pytest.fixture
def dekad():
    """The thirds of a month (上旬/中旬/下旬 as a unit of its own), defined here only."""

    def bounds(reading, y, month):
        first = dt.date(y, month, 10 * reading.index - 9)
        last = first + relativedelta(days=9) if reading.index < 3 else first + relativedelta(day=31)
        return first, last

    unit = define_unit(CalendarUnit("dekad", lambda reading, y, month: f"{y or 'XXXX'}-{month:02d}-D{reading.index}",
                                    bounds, rolling=True))
    yield unit
    del UNITS["dekad"]


def _reading(view: str, **fields) -> Reading:
    return Reading("test.dekad", (0, 4), "dekad", **fields)


def test_a_new_unit_resolves_through_its_record(dekad):
    view = "6月中旬完成"
    deadline = resolve(view, _reading(view, month=6, index=2), "on", dt.date(2012, 5, 10))
    assert (deadline.start, deadline.due, deadline.value) == (dt.date(2012, 6, 11), dt.date(2012, 6, 20), "2012-06-D2")
    rolled = resolve(view, _reading(view, month=3, index=3), "on", dt.date(2012, 5, 10))
    assert rolled.due == dt.date(2013, 3, 31)  # rolling: over at the meeting date, so next year


def test_the_context_rules_judge_a_new_unit_as_a_calendar_time(dekad):
    view = "6月中旬以来，全市"
    assert judge(view, _reading(view, month=6, index=2)) is None  # narrative_after applies to calendar units
    view = "截止6月中旬"
    reading = Reading("test.dekad", (2, 6), "dekad", month=6, index=2)
    assert judge(view, reading) == "by"  # by_prefix


def test_the_built_in_units_are_records_of_the_table():
    assert {"day", "day_only", "month", "month_part", "year", "year_end", "half", "quarter", "week", "named", "lunar"} <= set(UNITS)
    assert scan_deadlines("6月底前完成", dt.date(2012, 5, 10))[0].due == dt.date(2012, 6, 30)
