"""What a time expression says, before it is resolved against the meeting date."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    """What a time expression says, before it is resolved against the meeting date.

    `unit` names the calendar unit (one of actions.timex.calendar.UNITS: day, day_only, month,
    month_part, year, year_end, half, quarter, week, named, lunar, solar_term, today) or says there is none
    (duration, none, window, event); the other fields are the parts written.
    A year is either written (`year`) or relative (`year_shift`: 今年 0, 明年 1); with
    neither, the year is implicit and resolution prefers the future.
    """

    rule: str
    span: tuple[int, int]
    unit: str
    kind: str = "on"
    year: int | None = None
    year_shift: int | None = None
    month: int | None = None
    month_shift: int | None = None
    day: int | None = None
    first: int = 1
    last: int | None = None
    index: int | None = None
    weekday: int | None = None
    week_shift: int | None = None
    amount: int | None = None
    period: str | None = None
    value: str | None = None
    fixed: tuple[int, int] | None = None
    term: str | None = None  # a solar term's name (清明)
    suffix: str = ""
    needs_cue: bool = False
    parts: tuple[Reading, ...] = ()

    @property
    def explicit_year(self) -> bool:
        return self.year is not None or self.year_shift is not None
