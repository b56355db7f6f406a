"""Calendar units: where a reading of each unit falls, and how its value is written.

A `CalendarUnit` is one record: its `bounds` (first and last day in a given year and month),
its `value` (TIMEX3-style: 2012-09-30, 2012-06, 2012-H2, 2012-Q3, 2012), whether an
implicit-year time of it already over at the meeting date moves to the next year
(`rolling`: 3月5日 said in May is next March; a quarter is not), whether it may join another
into a window (`window_part`: 6月底7月初), whether without a suffix it can be a topic
(`topic`: 今年是…, 下半年的工作), and, for a unit placed otherwise, its own `place`
function (a week, a day of this month). `UNITS` holds them by name; `define_unit` adds one
(a new unit is one record: see actions.timex.rules).

`place` locates a reading against the meeting date. Month arithmetic goes through dateutil's
relativedelta; lunar festivals through lunardate; solar terms (清明) through chinese-calendar
(actions.timex.working_calendar).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from dateutil.relativedelta import relativedelta
from lunardate import LunarDate

from actions.timex.reading import Reading
from actions.timex.working_calendar import solar_term


@dataclass(frozen=True)
class Place:
    """Where a calendar reading falls: its first and last day (None when unknown) and value."""

    first: dt.date | None
    last: dt.date | None
    value: str
    year: int | None = None
    implicit: bool = False


Bounds = Callable[[Reading, int, "int | None"], "tuple[dt.date, dt.date]"]
Value = Callable[[Reading, "int | None", "int | None"], str]


@dataclass(frozen=True)
class CalendarUnit:
    """A unit of the calendar (see the module docstring). `bounds` raises ValueError for a day that does not exist."""

    name: str
    value: Value
    bounds: Bounds | None = None
    rolling: bool = False
    window_part: bool = False
    topic: bool = False
    day_checked: bool = False  # a month-day that exists in no year (2月30日) is no time
    place: Callable[[Reading, "dt.date | None"], "Place | None"] | None = None


UNITS: dict[str, CalendarUnit] = {}


def define_unit(unit: CalendarUnit) -> CalendarUnit:
    """Make `unit` known to the calendar (readings name it in `Reading.unit`)."""
    UNITS[unit.name] = unit
    return unit


# --------------------------------------------------------------------------- values


def _year(y: int | None) -> str:
    return f"{y:04d}" if y is not None else "XXXX"


def _month(month: int | None) -> str:
    return f"{month:02d}" if month is not None else "XX"


def day_value(reading: Reading, y: int | None, month: int | None) -> str:
    return f"{_year(y)}-{_month(month)}-{reading.day:02d}"


def month_value(reading: Reading, y: int | None, month: int | None) -> str:
    return f"{_year(y)}-{_month(month)}"


def year_value(reading: Reading, y: int | None, month: int | None) -> str:
    return _year(y)


def _half_value(reading: Reading, y: int | None, month: int | None) -> str:
    return f"{_year(y)}-H{reading.index}"


def _quarter_value(reading: Reading, y: int | None, month: int | None) -> str:
    return f"{_year(y)}-Q{reading.index}"


def _lunar_value(reading: Reading, y: int | None, month: int | None) -> str:
    return _lunar_eve(y, month, reading.day).isoformat() if y is not None else "XXXX-XX-XX"


def _solar_value(reading: Reading, y: int | None, month: int | None) -> str:
    return _solar_eve(y, reading.term).isoformat() if y is not None else "XXXX-XX-XX"


# --------------------------------------------------------------------------- bounds


def day_bounds(reading: Reading, y: int, month: int | None) -> tuple[dt.date, dt.date]:
    day = dt.date(y, month, reading.day)
    return day, day


def _month_bounds(reading: Reading, y: int, month: int | None) -> tuple[dt.date, dt.date]:
    start = dt.date(y, month, 1)
    return start + relativedelta(day=1), start + relativedelta(day=31)


def _month_part_bounds(reading: Reading, y: int, month: int | None) -> tuple[dt.date, dt.date]:
    start = dt.date(y, month, 1)
    return start + relativedelta(day=reading.first), start + relativedelta(day=reading.last or 31)


def _year_bounds(reading: Reading, y: int, month: int | None) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _year_end_bounds(reading: Reading, y: int, month: int | None) -> tuple[dt.date, dt.date]:
    return dt.date(y, 12, 1), dt.date(y, 12, 31)


def _half_bounds(reading: Reading, y: int, month: int | None) -> tuple[dt.date, dt.date]:
    first = dt.date(y, 1 if reading.index == 1 else 7, 1)
    return first, first + relativedelta(months=6, days=-1)


def _quarter_bounds(reading: Reading, y: int, month: int | None) -> tuple[dt.date, dt.date]:
    first = dt.date(y, 3 * reading.index - 2, 1)
    return first, first + relativedelta(months=3, days=-1)


def _lunar_bounds(reading: Reading, y: int, month: int | None) -> tuple[dt.date, dt.date]:
    eve = _lunar_eve(y, month, reading.day)
    return eve, eve


def _solar_bounds(reading: Reading, y: int, month: int | None) -> tuple[dt.date, dt.date]:
    eve = _solar_eve(y, reading.term)
    return eve, eve


def _solar_eve(y: int, term: str) -> dt.date:
    """The day before solar term `term` (清明) of year `y`."""
    return solar_term(y, term) - dt.timedelta(days=1)


@lru_cache(maxsize=512)
def _lunar_eve(y: int, month: int, day: int) -> dt.date:
    """The day before lunar month/day of the Chinese year that starts in solar year `y`."""
    try:
        festival = LunarDate(y, month, day).to_solar_date()
    except (ValueError, IndexError) as error:  # outside the library's table (1900-2099)
        raise ValueError(str(error)) from None
    return festival - dt.timedelta(days=1)


# --------------------------------------------------------------------------- units placed otherwise


def _place_week(reading: Reading, reference: dt.date | None) -> Place:
    if reference is None:
        return Place(None, None, "XXXX-WXX")
    monday = reference - relativedelta(days=reference.weekday()) + relativedelta(weeks=reading.week_shift or 0)
    if reading.weekday is not None:
        day = monday + relativedelta(days=reading.weekday)
        return Place(day, day, day.isoformat())
    iso = monday.isocalendar()
    return Place(monday, monday + relativedelta(days=6), f"{iso.year}-W{iso.week:02d}")


def _place_today(reading: Reading, reference: dt.date | None) -> Place:
    """The meeting day (the start of 即日起至10月31日)."""
    if reference is None:
        return Place(None, None, "XXXX-XX-XX")
    return Place(reference, reference, reference.isoformat(), reference.year)


def _place_day_only(reading: Reading, reference: dt.date | None) -> Place | None:
    if reference is None:
        return Place(None, None, day_value(reading, None, None)) if reading.day <= 31 else None
    for months_ahead in range(3):  # this month, or the next month that has that day
        base = reference + relativedelta(months=months_ahead, day=1)
        try:
            day = dt.date(base.year, base.month, reading.day)
        except ValueError:
            continue
        if day >= reference:
            return Place(day, day, day.isoformat())
    return None


# --------------------------------------------------------------------------- the units

for _unit in (
    CalendarUnit("day", day_value, day_bounds, rolling=True, window_part=True, day_checked=True),
    CalendarUnit("day_only", day_value, place=_place_day_only),  # 20日前: a day of this month or the next
    CalendarUnit("month", month_value, _month_bounds, rolling=True, window_part=True),
    CalendarUnit("month_part", month_value, _month_part_bounds, rolling=True, window_part=True),  # 6月底, 7月上旬
    CalendarUnit("year", year_value, _year_bounds, window_part=True, topic=True),
    CalendarUnit("year_end", year_value, _year_end_bounds, window_part=True),  # 年底
    CalendarUnit("half", _half_value, _half_bounds, window_part=True, topic=True),
    CalendarUnit("quarter", _quarter_value, _quarter_bounds, window_part=True, topic=True),
    CalendarUnit("week", year_value, place=_place_week),  # 本周, 下周一
    CalendarUnit("named", day_value, day_bounds, rolling=True, day_checked=True),  # 国庆节前: a fixed day
    CalendarUnit("lunar", _lunar_value, _lunar_bounds, rolling=True),  # 春节前: the eve of a lunar festival
    CalendarUnit("solar_term", _solar_value, _solar_bounds, rolling=True),  # 清明节前: the eve of a solar term
    CalendarUnit("today", day_value, place=_place_today),  # the meeting day, the start of 即日起至…
):
    define_unit(_unit)


# --------------------------------------------------------------------------- placement


def place(reading: Reading, reference: dt.date | None, year: int | None = None,
          floor: dt.date | None = None, roll: bool = True) -> Place | None:
    """Locate a calendar reading. `year` is inherited (window parts); `floor` is the date an
    implicit-year reading must not end before (the meeting date, or a window's start)."""
    if (reading.year_shift or 0) < 0 or (reading.month_shift or 0) < 0:
        return None  # 去年, 上个月: the past
    unit = UNITS[reading.unit]
    if unit.place is not None:
        return unit.place(reading, reference)
    floor = floor or reference
    month, implicit = reading.month, False
    if reading.month_shift is not None:
        if reference is None:
            return Place(None, None, unit.value(reading, None, None))
        base = reference + relativedelta(months=reading.month_shift)
        y, month = base.year, base.month
    elif reading.year is not None:
        y = reading.year
    elif reading.year_shift is not None:
        y = reference.year + reading.year_shift if reference else None
    else:
        y, implicit = (year if year is not None else reference.year if reference else None), True
    if y is None:
        return Place(None, None, unit.value(reading, None, month), None, implicit) if _valid(unit, reading, month) else None
    bounds = _bounds(unit, reading, y, month)
    if bounds is None:
        return None
    if roll and implicit and floor is not None and bounds[1] < floor and (year is not None or unit.rolling):
        y += 1
        bounds = _bounds(unit, reading, y, month)
        if bounds is None:
            return None
    return Place(bounds[0], bounds[1], unit.value(reading, y, month), y, implicit)


def place_window(reading: Reading, reference: dt.date | None) -> Place | None:
    """Locate a window (6月底7月初, 7月至9月): from its first part's start to its second part's end."""
    head, tail = reading.parts
    first = place(head, reference, roll=False)
    if first is None:
        return None
    second = place(tail, reference, year=first.year if not tail.explicit_year else None, floor=first.first)
    if second is None:
        return None
    # A window is not moved to the next year: one already over (1-4月 said in May) is a
    # statistic, and the context rule context.past drops it.
    return Place(first.first, second.last, f"{first.value}/{second.value}", first.year, first.implicit)


def _bounds(unit: CalendarUnit, reading: Reading, y: int, month: int | None) -> tuple[dt.date, dt.date] | None:
    try:
        return unit.bounds(reading, y, month)
    except ValueError:
        return None  # 2月30日


def _valid(unit: CalendarUnit, reading: Reading, month: int | None) -> bool:
    """Whether a month-day can exist in some year (checked against leap year 2000)."""
    if not unit.day_checked or month is None:
        return True
    try:
        dt.date(2000, month, reading.day)
    except ValueError:
        return False
    return True
