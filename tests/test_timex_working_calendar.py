"""N个工作日内 follows China's working calendar: statutory holidays skipped, 调休 make-up days counted.

The expected days are the State Council's published holiday arrangements (国务院办公厅关于
节假日安排的通知) of 2024, 2025 and 2026, counted by hand; the meeting day is not counted.
"""

from __future__ import annotations

import datetime as dt

import pytest

from actions.timex.scan import scan_deadlines
from actions.timex.working_calendar import add_working_days, is_working_day, solar_term


def _due(text: str, said: str) -> tuple[dt.date, str]:
    (deadline,) = scan_deadlines(text, dt.date.fromisoformat(said))
    return deadline.due, deadline.rule


@pytest.mark.parametrize(
    ("text", "said", "due", "why"),
    [
        # 2024 National Day: 1-7 October off, Sunday 29 September and Saturday 12 October worked.
        ("5个工作日内报送", "2024-09-27", "2024-10-10", "29 Sep counts, 30 Sep, then 8, 9, 10 Oct"),
        # 2024 清明: 4-6 April off, Sunday 7 April worked.
        ("1个工作日内报送", "2024-04-03", "2024-04-07", "the make-up Sunday is the first working day"),
        # 2025 Spring Festival: 28 January - 4 February off, Sunday 26 January worked.
        ("5个工作日内报送", "2025-01-24", "2025-02-07", "26, 27 Jan, then 5, 6, 7 Feb"),
        # 2025 National Day: 1-8 October off, Sunday 28 September worked.
        ("3个工作日内报送", "2025-09-26", "2025-09-30", "28, 29, 30 Sep"),
        ("3个工作日内报送", "2025-09-30", "2025-10-11", "9, 10 Oct, Saturday 11 Oct (worked)"),
        # 2026 Spring Festival: 15-23 February off, Saturday 14 February worked.
        ("3个工作日内报送", "2026-02-12", "2026-02-24", "13, 14 (Saturday, worked), then 24 Feb"),
        # 2026 National Day: 1-7 October off, Sunday 20 September worked.
        ("两个工作日内报送", "2026-09-18", "2026-09-21", "Sunday 20 Sep is worked"),
        ("1个工作日内报送", "2026-09-30", "2026-10-08", "the holiday week is skipped"),
    ],
)
def test_working_days_follow_the_holiday_calendar(text, said, due, why):
    found, rule = _due(text, said)
    assert found == dt.date.fromisoformat(due), why
    assert rule == "within.duration"


def test_the_issue_case_counts_the_make_up_day_and_skips_the_national_day_week():
    assert _due("要在5个工作日内完成整改", "2024-09-27")[0] == dt.date(2024, 10, 10)
    assert is_working_day(dt.date(2024, 9, 29)) is True  # a Sunday, worked (调休)
    assert not any(is_working_day(dt.date(2024, 10, day)) for day in range(1, 8))


def test_a_year_without_a_holiday_calendar_counts_weekdays_and_says_so():
    # 2099 has no published arrangement: Monday to Friday, and the rule says which year was guessed.
    due, rule = _due("5个工作日内报送", "2099-09-29")  # a Tuesday
    assert due == dt.date(2099, 10, 6)
    assert rule == "within.duration (weekdays only: no holiday calendar for 2099)"
    assert is_working_day(dt.date(2099, 10, 1)) is None
    assert add_working_days(dt.date(2099, 12, 31), 1) == (dt.date(2100, 1, 1), (2100,))


def test_a_known_year_is_not_flagged():
    assert add_working_days(dt.date(2024, 12, 31), 1) == (dt.date(2025, 1, 2), ())  # 1 January is a holiday


@pytest.mark.parametrize(("year", "day"), [(2024, 4), (2025, 4), (2026, 5)])
def test_qingming_is_the_solar_term(year, day):
    assert solar_term(year, "清明") == dt.date(year, 4, day)
    (deadline,) = scan_deadlines("清明节前完成", dt.date(year, 3, 1))
    assert deadline.due == dt.date(year, 4, day - 1)  # before the festival: its eve
