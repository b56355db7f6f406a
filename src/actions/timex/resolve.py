"""Find time expressions in the normalised view and resolve them against the meeting date.

`scan_deadlines` reads the whole text once: one combined pattern (the alternation of every
expression rule of `actions.timex.rules`) gives `Reading`s, adjacent readings merge into
windows (6月底7月初), the context rules drop narrative times and turn 最后期限是… into `by`,
and each survivor is resolved to a `Deadline`:

- a year that is written (2012年) or relative (今年, 明年) is used as such; with no year, the
  meeting year is used, and a month-day or month already over at the meeting date moves to
  the next year (future preference); a quarter or half-year already over is narrative;
- any time that ended before the meeting date is narrative and dropped, so the due date of
  a `by` or `within` deadline never precedes the meeting date;
- without a meeting date, nothing relative is guessed: due stays null and the value keeps
  X for the unknown parts (XXXX-09-30); a fully written date still resolves.

Month arithmetic goes through dateutil's relativedelta and rrule.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import regex
from dateutil.relativedelta import relativedelta
from dateutil.rrule import DAILY, FR, MO, TH, TU, WE, rrule
from lunardate import LunarDate

from actions.models import Deadline
from actions.lang.zh.numerals import parse_number
from actions.rules import Example, Rule, register
from actions.timex import rules
from actions.timex.rules import Reading

# Scanning. The keys of all rules form one character set K; every match of a rule
# contains a character of K, and the first such character is one of the rule's own keys
# (Rule.extra["keys"]: 年/月 for calendar dates, 每 for 每年 …), with at most _LEAD
# characters of the rules' alphabet before it. So instead of trying every rule at every
# position of a 10 MB text, the scanner jumps from key to key (a fast character-class
# search), steps back over the alphabet, and tries there only the rules keyed on that
# character, in the rules' order. This finds exactly the leftmost-first, non-overlapping
# matches of the full alternation (tests/test_timex_scan.py checks it).
_LEAD = 8  # longest run before the first key: 二〇一二年, ××××年, 重大节日期间
_REACH = 40  # longest run after the first key, with room for look-aheads
_KEYS = "".join(sorted({key for rule in rules.EXPRESSION_RULES for key in rule.extra["keys"]}))
_KEY = regex.compile("[" + regex.escape(_KEYS) + "]")
_LOOKAROUND = regex.compile(r"\(\?<?[!=][^()]*+\)")  # our look-arounds hold no nested groups
_ALPHABET = frozenset(
    char
    for rule in rules.EXPRESSION_RULES
    for char in regex.findall(r"[\p{Han}xX×*＊○□\-－—~～]", _LOOKAROUND.sub("", rule.pattern))
) | frozenset("0123456789")


def _master(rule_indexes: tuple[int, ...]) -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?P<r{i}>{rules.EXPRESSION_RULES[i].pattern})" for i in rule_indexes))


_MASTER_BY_KEY = {
    key: _master(tuple(i for i, rule in enumerate(rules.EXPRESSION_RULES) if key in rule.extra["keys"]))
    for key in _KEYS
}

_CALENDAR_UNITS = frozenset({"day", "day_only", "month", "month_part", "year", "year_end", "half", "quarter", "week", "named", "lunar"})
_WINDOW_PARTS = frozenset({"day", "month", "month_part", "year", "year_end", "half", "quarter"})
_ROLLING_UNITS = frozenset({"day", "month", "month_part", "named", "lunar"})  # future preference: next year
_TOPIC_UNITS = frozenset({"year", "half", "quarter"})  # 今年是…, 下半年的工作
_PREFIX_REACH = 8
_WINDOW_GAP = 3

_BY_PREFIX = regex.compile(rf"(?:{rules.BY_PREFIX.pattern})\Z")
_NARRATIVE_BEFORE = regex.compile(rf"(?:{rules.NARRATIVE_BEFORE.pattern})\Z")
_NARRATIVE_AFTER = regex.compile(rules.NARRATIVE_AFTER.pattern)
_NARRATIVE_AFTER_YEAR = regex.compile(rules.NARRATIVE_AFTER_YEAR.pattern)
_NARRATIVE_CLAUSE = regex.compile(rules.NARRATIVE_CLAUSE.pattern)
_CLAUSE_REST = regex.compile(rf"[^。；！？\n]{{0,{rules.NARRATIVE_CLAUSE.extra['reach']}}}")
_YEAR_ACTION = regex.compile(rules.YEAR_NEEDS_ACTION.pattern)
_EVENT_ACTION = regex.compile(rules.EVENT_NEEDS_ACTION.pattern)
_WINDOW_JOIN = regex.compile(rules.WINDOW.pattern)


# --------------------------------------------------------------------------- public API


def scan_deadlines(view: str, reference_date: dt.date | None) -> list[Deadline]:
    """Every deadline candidate in `view`, sorted by span start, non-overlapping, resolved.

    `view` is the normalised view (actions.text.normalize); spans are view offsets and
    `Deadline.text == view[start:end]`. `reference_date` is the meeting date; without it
    relative times keep a partial value and a null due date.
    """
    deadlines = []
    for reading in _merge_windows(view, list(_read(view))):
        deadline = _judge(view, reading, reference_date)
        if deadline is not None:
            deadlines.append(deadline)
    return deadlines


def find_deadlines(view: str, start: int, end: int, reference_date: dt.date | None) -> list[Deadline]:
    """The deadline candidates lying inside view[start:end] (spans in view offsets).

    The whole view is scanned once per (view, reference_date) and cached, so calling this
    for every clause of a long text stays linear.
    """
    found, starts = _cached_scan(view, reference_date)
    first = bisect_left(starts, start)
    inside = []
    for deadline in found[first:]:
        if deadline.span[0] >= end:
            break
        if deadline.span[1] <= end:
            inside.append(deadline.model_copy())
    return inside


@lru_cache(maxsize=2)
def _cached_scan(view: str, reference_date: dt.date | None) -> tuple[tuple[Deadline, ...], list[int]]:
    found = tuple(scan_deadlines(view, reference_date))
    return found, [deadline.span[0] for deadline in found]


# --------------------------------------------------------------------------- reading


def _read(view: str):
    for match in _matches(view):
        rule = rules.EXPRESSION_RULES[_rule_index(match)]
        reading = rule.produce(match)
        if reading is not None:
            yield reading


def _matches(view: str):
    """Leftmost-first, non-overlapping matches of the expression rules, key by key."""
    # `cursor`: the end of the last match; `tried`: every start up to here is known to give
    # no match (a match from there covering a later key would have covered this one too).
    cursor = tried = 0
    size, alphabet, masters = len(view), _ALPHABET, _MASTER_BY_KEY
    for key in _KEY.finditer(view):
        position = key.start()
        if position < cursor:
            continue
        floor = position - _LEAD
        floor = max(floor, cursor, tried)
        start = position
        while start > floor and view[start - 1] in alphabet:
            start -= 1
        match_at, endpos = masters[view[position]].match, min(size, position + _REACH)
        for candidate in range(start, position + 1):
            match = match_at(view, candidate, endpos)
            if match is not None and match.end() > position:
                yield match
                cursor = match.end()
                break
        else:
            tried = position + 1


def _rule_index(match: regex.Match[str]) -> int:
    name = match.lastgroup or ""
    if name[:1] == "r" and name[1:].isdigit():
        return int(name[1:])
    for index in range(len(rules.EXPRESSION_RULES)):  # defensive: lastgroup is the wrapper
        try:
            if match.start(f"r{index}") >= 0:
                return index
        except IndexError:
            continue
    raise AssertionError("a master match without a rule")


def _merge_windows(view: str, readings: list[Reading]) -> list[Reading]:
    """6月底7月初, 7月至9月: two calendar readings joined by nothing or 至/到 become one window."""
    merged: list[Reading] = []
    for reading in readings:
        previous = merged[-1] if merged else None
        if previous is not None and _joinable(view, previous, reading):
            kind = "by" if reading.suffix in ("by", "inside") else "on"
            merged[-1] = Reading(rules.WINDOW.name, (previous.span[0], reading.span[1]), "window",
                                 kind=kind, parts=(previous, reading))
        else:
            merged.append(reading)
    return merged


def _joinable(view: str, first: Reading, second: Reading) -> bool:
    gap = second.span[0] - first.span[1]
    return (
        0 <= gap <= _WINDOW_GAP
        and first.unit in _WINDOW_PARTS
        and second.unit in _WINDOW_PARTS
        and first.suffix not in ("by", "inside")
        and _WINDOW_JOIN.fullmatch(view, first.span[1], second.span[0]) is not None
    )


# --------------------------------------------------------------------------- context


def _judge(view: str, reading: Reading, reference: dt.date | None) -> Deadline | None:
    """Apply the context rules to one reading; the resolved deadline, or None when narrative."""
    start, end = reading.span
    kind = reading.kind
    calendar = reading.unit in _CALENDAR_UNITS or reading.unit == "window"
    if calendar:
        before = view[max(0, start - _PREFIX_REACH):start]
        if reading.unit != "window" and _NARRATIVE_BEFORE.search(before):
            return None
        if _NARRATIVE_AFTER.match(view, end):
            return None
        if reading.unit in _TOPIC_UNITS and not reading.suffix and _NARRATIVE_AFTER_YEAR.match(view, end):
            return None
        has_prefix = _BY_PREFIX.search(before) is not None
        if has_prefix:
            kind = "by"
        if reading.needs_cue and not has_prefix and not _YEAR_ACTION.match(view, end):
            return None
    rest = _CLAUSE_REST.match(view, end)
    if _NARRATIVE_CLAUSE.search(view, end, rest.end()):
        return None
    if reading.unit == "event" and not _EVENT_ACTION.match(view, end):
        return None
    return _resolve(view, reading, kind, reference)


# --------------------------------------------------------------------------- resolution


@dataclass(frozen=True)
class _Place:
    """Where a calendar reading falls: its first and last day (None when unknown) and value."""

    first: dt.date | None
    last: dt.date | None
    value: str
    year: int | None = None
    implicit: bool = False


def _resolve(view: str, reading: Reading, kind: str, reference: dt.date | None) -> Deadline | None:
    start = due = None
    value = reading.value
    if reading.unit == "duration":
        value = _duration_value(reading)
        if reference is not None:
            start, due = reference, _after(reference, reading)
            if due is None:
                return None  # a duration past the calendar's end is not a time limit
    elif reading.unit not in ("none", "event"):
        place = _place_window(reading, reference) if reading.unit == "window" else _place(reading, reference)
        if place is None:
            return None
        if reference is not None and place.last is not None and place.last < reference:
            return None  # over before the meeting: narrative, not a limit
        due, value = place.last, place.value
        if kind == "on" and place.first != place.last:
            start = place.first
    span = reading.span
    return Deadline(text=view[span[0]:span[1]], span=span, kind=kind, start=start, due=due, value=value, rule=reading.rule)


def _place(reading: Reading, reference: dt.date | None, year: int | None = None,
           floor: dt.date | None = None, roll: bool = True) -> _Place | None:
    """Locate a calendar reading. `year` is inherited (window parts); `floor` is the date an
    implicit-year reading must not end before (the meeting date, or a window's start)."""
    if (reading.year_shift or 0) < 0 or (reading.month_shift or 0) < 0:
        return None  # 去年, 上个月: the past
    if reading.unit == "week":
        return _place_week(reading, reference)
    if reading.unit == "day_only":
        return _place_day_only(reading, reference)
    floor = floor or reference
    month, implicit = reading.month, False
    if reading.month_shift is not None:
        if reference is None:
            return _Place(None, None, _value(reading, None, None))
        base = reference + relativedelta(months=reading.month_shift)
        y, month = base.year, base.month
    elif reading.year is not None:
        y = reading.year
    elif reading.year_shift is not None:
        y = reference.year + reading.year_shift if reference else None
    else:
        y, implicit = (year if year is not None else reference.year if reference else None), True
    if y is None:
        return _Place(None, None, _value(reading, None, month), None, implicit) if _valid(reading, month) else None
    bounds = _bounds(reading, y, month)
    if bounds is None:
        return None
    if roll and implicit and floor is not None and bounds[1] < floor and (year is not None or reading.unit in _ROLLING_UNITS):
        y += 1
        bounds = _bounds(reading, y, month)
        if bounds is None:
            return None
    return _Place(bounds[0], bounds[1], _value(reading, y, month), y, implicit)


def _place_window(reading: Reading, reference: dt.date | None) -> _Place | None:
    head, tail = reading.parts
    first = _place(head, reference, roll=False)
    if first is None:
        return None
    second = _place(tail, reference, year=first.year if not tail.explicit_year else None, floor=first.first)
    if second is None:
        return None
    # A window is not moved to the next year: one already over (1-4月 said in May) is a
    # statistic, and the generic past check drops it.
    return _Place(first.first, second.last, f"{first.value}/{second.value}", first.year, first.implicit)


def _bounds(reading: Reading, y: int, month: int | None) -> tuple[dt.date, dt.date] | None:
    try:
        unit = reading.unit
        if unit in ("day", "named"):
            day = dt.date(y, month, reading.day)
            return day, day
        if unit == "lunar":
            eve = _lunar_eve(y, month, reading.day)
            return eve, eve
        if unit in ("month", "month_part"):
            start = dt.date(y, month, 1)
            first = start + relativedelta(day=reading.first if unit == "month_part" else 1)
            last = start + relativedelta(day=(reading.last or 31) if unit == "month_part" else 31)
            return first, last
        if unit == "year":
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if unit == "year_end":
            return dt.date(y, 12, 1), dt.date(y, 12, 31)
        if unit == "half":
            first = dt.date(y, 1 if reading.index == 1 else 7, 1)
            return first, first + relativedelta(months=6, days=-1)
        if unit == "quarter":
            first = dt.date(y, 3 * reading.index - 2, 1)
            return first, first + relativedelta(months=3, days=-1)
    except ValueError:
        return None  # 2月30日
    raise ValueError(f"not a calendar unit: {reading.unit}")


def _valid(reading: Reading, month: int | None) -> bool:
    """Whether a month-day can exist in some year (checked against leap year 2000)."""
    if reading.unit not in ("day", "named") or month is None:
        return True
    try:
        dt.date(2000, month, reading.day)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=512)
def _lunar_eve(y: int, month: int, day: int) -> dt.date:
    """The day before lunar month/day of the Chinese year that starts in solar year `y`."""
    try:
        festival = LunarDate(y, month, day).to_solar_date()
    except (ValueError, IndexError) as error:  # outside the library's table (1900-2099)
        raise ValueError(str(error)) from None
    return festival - dt.timedelta(days=1)


def _value(reading: Reading, y: int | None, month: int | None) -> str:
    if reading.unit == "lunar":
        return _lunar_eve(y, month, reading.day).isoformat() if y is not None else "XXXX-XX-XX"
    year = f"{y:04d}" if y is not None else "XXXX"
    mm = f"{month:02d}" if month is not None else "XX"
    unit = reading.unit
    if unit in ("day", "named", "day_only"):
        return f"{year}-{mm}-{reading.day:02d}"
    if unit in ("month", "month_part"):
        return f"{year}-{mm}"
    if unit == "half":
        return f"{year}-H{reading.index}"
    if unit == "quarter":
        return f"{year}-Q{reading.index}"
    return year


def _place_week(reading: Reading, reference: dt.date | None) -> _Place:
    if reference is None:
        return _Place(None, None, "XXXX-WXX")
    monday = reference - relativedelta(days=reference.weekday()) + relativedelta(weeks=reading.week_shift or 0)
    if reading.weekday is not None:
        day = monday + relativedelta(days=reading.weekday)
        return _Place(day, day, day.isoformat())
    iso = monday.isocalendar()
    return _Place(monday, monday + relativedelta(days=6), f"{iso.year}-W{iso.week:02d}")


def _place_day_only(reading: Reading, reference: dt.date | None) -> _Place | None:
    if reference is None:
        return _Place(None, None, _value(reading, None, None)) if reading.day <= 31 else None
    for months_ahead in range(3):  # this month, or the next month that has that day
        base = reference + relativedelta(months=months_ahead, day=1)
        try:
            day = dt.date(base.year, base.month, reading.day)
        except ValueError:
            continue
        if day >= reference:
            return _Place(day, day, day.isoformat())
    return None


def _duration_value(reading: Reading) -> str:
    if reading.period == "H":
        return f"PT{reading.amount}H"
    return f"P{reading.amount}{'D' if reading.period == 'B' else reading.period}"


def _after(reference: dt.date, reading: Reading) -> dt.date | None:
    """The meeting date plus the duration; None when that falls outside the calendar (八两四三年内)."""
    try:
        return _add_duration(reference, reading)
    except (ValueError, OverflowError):
        return None


def _add_duration(reference: dt.date, reading: Reading) -> dt.date:
    amount, period = reading.amount, reading.period
    if period == "B":  # working days: Monday to Friday after the meeting date
        days = rrule(DAILY, dtstart=reference + relativedelta(days=1), byweekday=(MO, TU, WE, TH, FR), count=amount)
        return list(days)[-1].date()
    step = {"Y": "years", "M": "months", "W": "weeks", "D": "days"}.get(period)
    if step is None:  # hours
        return reference + relativedelta(days=amount // 24)
    return reference + relativedelta(**{step: amount})


# --------------------------------------------------------------------------- meeting date

_FULL_DATE = regex.compile(
    r"(?P<year>(?:19|20)[0-9]{2}|[一二][〇零○O一二三四五六七八九]{3}) ?年 ?"
    r"(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) ?月 ?"
    r"(?P<day>3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]) ?[日号]"
)
_SITE_WORDS = regex.compile(
    r"发布|来源|浏览|点击|阅读|编辑|打印|转载|上传|下载|更新|录入|作者|http|www|\.com|\.cn|\.net|\.org|网",
    regex.IGNORECASE,
)
_SIGNER = regex.compile(r"[\p{Han}A-Za-z·（）()\s]{0,30}+(?<![是为于在到至限止：])")  # 市人民政府办公室
_HEAD_LINES = 12
_SIGNATURE_LINES = 6
_SHORT_LINE = 40
_BODY_LINE = 120


def find_reference_date(view: str) -> tuple[dt.date, tuple[int, int]] | None:
    """The meeting date written in the head or the signature of the text, with its view span.

    Looked for: a full 年月日 date standing alone on a line or in brackets in the first lines
    (`（2012年3月9日）` under the title), else a short closing line carrying a date (the
    signature). Lines of website furniture (发布时间, 来源, URLs) and the body's narrative
    are never used, and a date in any other form (2012-03-10 08:00) is a posting stamp.
    """
    lines = _lines(view)
    head = []
    for line in lines[:_HEAD_LINES]:
        if len(view[line[0]:line[1]]) > _BODY_LINE:
            break  # the body has started
        head.append(line)
    for line in head:
        found = _date_on_line(view, line, short=_SHORT_LINE)
        if found:
            return found
    signature = [line for line in lines if line[1] > line[0]][-_SIGNATURE_LINES:]
    for line in reversed(signature):
        found = _date_on_line(view, line, short=_SHORT_LINE, ends_line=True)
        if found:
            return found
    return None


def _lines(view: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in regex.finditer(r"\n", view):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(view)))
    return spans


def _date_on_line(view: str, line: tuple[int, int], short: int, ends_line: bool = False):
    text = view[line[0]:line[1]]
    if _SITE_WORDS.search(text):
        return None
    for match in _FULL_DATE.finditer(text):
        before, after = text[:match.start()], text[match.end():]
        if ends_line:
            accepted = _signature_date(text, before, after, short)
        else:
            accepted = _alone(before, after) or _bracketed(before, after) or _labelled(before, after)
        day = _to_date(match) if accepted else None
        if day is not None:
            return day, (line[0] + match.start(), line[0] + match.end())
    return None


_DECORATION = " \t（）()〔〕【】[]—-－，。、："
_LABEL = regex.compile(r"\s*(?:会议)?(?:时间|日期)：?\s*")  # 会议纪要: 时间：2012年3月9日上午
_CLOCK_TAIL = regex.compile(r"[\s（）()星期周一二三四五六日天上下中午晚0-9：:点时分半至到—\-~]{0,30}")
_OPENING, _CLOSING = "（(〔【", "）)〕】"


def _alone(before: str, after: str) -> bool:
    """The date is all the line says (（2012年3月9日）, 二〇一二年三月九日)."""
    return not (before + after).strip(_DECORATION)


def _bracketed(before: str, after: str) -> bool:
    """The date stands in a short bracket: （2012年3月9日在全市工作会议上）."""
    opened = max(before.rfind(char) for char in _OPENING)
    if opened < 0 or any(char in before[opened:] for char in _CLOSING):
        return False
    closed = min((index for index in (after.find(char) for char in _CLOSING) if index >= 0), default=-1)
    return closed >= 0 and len(before) - opened + closed <= 50


def _labelled(before: str, after: str) -> bool:
    """A minutes' head line: 时间：2012年3月9日上午9：00."""
    return _LABEL.fullmatch(before) is not None and _CLOCK_TAIL.fullmatch(after) is not None


def _signature_date(text: str, before: str, after: str, short: int) -> bool:
    """A short closing line: the date alone or after the signer (市人民政府办公室 2012年5月10日)."""
    return (
        len(text.strip()) <= short
        and not after.strip(" ）)】〕。")
        and _SIGNER.fullmatch(before) is not None
    )


def _to_date(match: regex.Match[str]) -> dt.date | None:
    year = parse_number(match.group("year").replace("O", "〇"))
    month, day = parse_number(match.group("month")), parse_number(match.group("day"))
    try:
        return dt.date(year, month, day)
    except (TypeError, ValueError):
        return None


def check_example(rule: Rule, example: Example) -> str | None:
    """Scan the example's text against its meeting date; a message when the deadlines differ."""
    reference, expected = example.expect
    reference_date = dt.date.fromisoformat(reference) if reference else None
    found = scan_deadlines(example.text, reference_date)
    got = []
    for deadline, want in zip(found, expected):
        row = (deadline.text, deadline.kind, deadline.due and deadline.due.isoformat(), deadline.value)
        if len(want) > 4:
            row += (deadline.start and deadline.start.isoformat(),)
        got.append(row)
    got += [(d.text, d.kind, d.due and d.due.isoformat(), d.value) for d in found[len(expected):]]
    if got != [tuple(w) for w in expected]:
        return f"{rule.name}: {example.text!r} (reference {reference}) gave {got}, expected {list(expected)}"
    if expected and rule in rules.EXPRESSION_RULES and not any(d.rule == rule.name for d in found):
        return f"{rule.name}: {example.text!r} was read by {[d.rule for d in found]}, not by this rule"
    return None


register("timex", rules.RULES, check_example)

__all__ = ["scan_deadlines", "find_deadlines", "find_reference_date"]
