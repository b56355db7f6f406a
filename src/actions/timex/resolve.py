"""Resolve a reading against the meeting date: a `Deadline` with its due date and value.

- a year that is written (2012年) or relative (今年, 明年) is used as such; with no year, the
  meeting year is used, and a month-day or month already over at the meeting date moves to
  the next year (future preference: see actions.timex.calendar, `rolling`); a quarter or
  half-year already over is narrative;
- a duration (三年内, 5个工作日内) runs from the meeting date (not counted); working days
  follow China's working calendar (actions.timex.working_calendar: holidays skipped, 调休
  make-up days counted), Monday to Friday for a year it does not know, said in the rule;
- any time that ended before the meeting date is narrative and dropped (the context rule
  context.past), so the due date of a `by` or `within` deadline never precedes the meeting date;
- without a meeting date, nothing relative is guessed: due stays null and the value keeps
  X for the unknown parts (XXXX-09-30); a fully written date still resolves.

Month arithmetic goes through dateutil's relativedelta.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from actions.models import Deadline
from actions.timex.calendar import place as place_on_calendar
from actions.timex.calendar import place_window
from actions.timex.reading import Reading
from actions.timex.working_calendar import WEEKDAYS_ONLY, add_working_days


def resolve(view: str, reading: Reading, kind: str, reference: dt.date | None) -> Deadline | None:
    """The `Deadline` of `reading` (of `kind`, as the context rules left it) against the meeting date `reference`.

    None when the time cannot be placed (2月30日, 去年, a duration past the calendar's end).
    A time over before the meeting is placed all the same: the context rule context.past drops it.
    """
    start = due = None
    value, rule = reading.value, reading.rule
    if reading.unit == "duration":
        value = _duration_value(reading)
        if reference is not None:
            found = _after(reference, reading)
            if found is None:
                return None  # a duration past the calendar's end is not a time limit
            (due, guessed), start = found, reference
            if guessed:
                rule = f"{rule} ({WEEKDAYS_ONLY.format(years=', '.join(map(str, guessed)))})"
    elif reading.unit not in ("none", "event"):
        place = place_window(reading, reference) if reading.unit == "window" else place_on_calendar(reading, reference)
        if place is None:
            return None
        due, value = place.last, place.value
        if kind == "on" and place.first != place.last:
            start = place.first
    span = reading.span
    return Deadline(text=view[span[0]:span[1]], span=span, kind=kind, start=start, due=due, value=value, rule=rule)


def _duration_value(reading: Reading) -> str:
    if reading.period == "H":
        return f"PT{reading.amount}H"
    return f"P{reading.amount}{'D' if reading.period == 'B' else reading.period}"


def _after(reference: dt.date, reading: Reading) -> tuple[dt.date, tuple[int, ...]] | None:
    """The meeting date plus the duration, and the years whose working days were guessed as
    Monday to Friday; None when that falls outside the calendar (八两四三年内)."""
    try:
        return _add_duration(reference, reading)
    except (ValueError, OverflowError):
        return None


def _add_duration(reference: dt.date, reading: Reading) -> tuple[dt.date, tuple[int, ...]]:
    amount, period = reading.amount, reading.period
    if period == "B":  # working days after the meeting date, by China's working calendar
        return add_working_days(reference, amount)
    step = {"Y": "years", "M": "months", "W": "weeks", "D": "days"}.get(period)
    if step is None:  # hours
        return reference + relativedelta(days=amount // 24), ()
    return reference + relativedelta(**{step: amount}), ()
