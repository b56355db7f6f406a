"""China's working calendar: which days are working days, and the dates of solar terms.

A `N个工作日内` limit counts the working days after the meeting date (the day of the meeting
is not counted): Monday to Friday, less the statutory holidays (法定节假日), plus the make-up
working days (调休: a Saturday or Sunday worked to bridge a holiday). Those change every
year by the State Council's notice, so they come from a maintained calendar library
(chinese-calendar), never from a table of ours. For a year the library does not know yet
(it covers the years whose notice has been published), the count falls back to Monday to
Friday, and the deadline says so in its rule (`WEEKDAYS_ONLY`).

Solar terms (清明 …) come from the same library's formula (years 1900–2100).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import chinese_calendar

WEEKDAYS_ONLY = "weekdays only: no holiday calendar for {years}"
"""The note a working-day deadline's rule carries when a year had no holiday calendar."""

_LONGEST = 2000  # working days counted at most (八年: about 2,000); a longer count is no limit


def add_working_days(start: dt.date, count: int) -> tuple[dt.date, tuple[int, ...]]:
    """The `count`-th working day after `start` (not counting `start`), and the years for
    which no holiday calendar was known (so Monday to Friday was used for them)."""
    if count < 1 or count > _LONGEST:
        raise ValueError(f"{count} working days")
    day, left, guessed = start, count, set()
    while left:
        day += dt.timedelta(days=1)
        working = is_working_day(day)
        if working is None:
            guessed.add(day.year)
            working = day.weekday() < 5
        left -= working
    return day, tuple(sorted(guessed))


def is_working_day(day: dt.date) -> bool | None:
    """Whether `day` is a working day in China; None when the calendar does not know its year."""
    if not _known_year(day.year):
        return None
    return chinese_calendar.is_workday(day)


@lru_cache(maxsize=None)
def _known_year(year: int) -> bool:
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


@lru_cache(maxsize=256)
def solar_term(year: int, name: str) -> dt.date:
    """The day of solar term `name` (清明, 冬至 …) in `year`; ValueError outside 1900–2100."""
    try:
        terms = chinese_calendar.get_solar_terms(dt.date(year, 1, 1), dt.date(year, 12, 31))
    except NotImplementedError as error:
        raise ValueError(str(error)) from None
    for day, term in terms:
        if term == name:
            return day
    raise ValueError(f"no solar term {name}")
