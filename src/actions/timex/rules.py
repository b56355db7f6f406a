"""Time-expression rules as data: what a deadline looks like in a Chinese meeting speech.

The expression rules (`EXPRESSION_RULES`, kind `TimeRule`): a pattern and a production that
turns the match into a `Reading` (what the words say: 6月底 → month 6, days 21..end, an end
marker), with no date arithmetic yet; actions.timex.resolve turns a reading into a
`Deadline` against the meeting date, placing it on the calendar by its unit
(actions.timex.calendar). The words around a reading that change or cancel it are the
context rules (actions.timex.context).

A new expression is a `TimeRule` here. If it reads a unit the calendar does not know yet (a
fortnight, a school term), define that unit beside it: `define_unit(CalendarUnit(name, bounds,
value, rolling=…))` (see actions.timex.calendar); nothing else changes.

Every example is a text, the meeting date it is read against, and the deadlines that
`scan_deadlines` must find in it (text, kind, due, value[, start]); the examples run as
tests through the scanner's `check_example` (actions.timex.scan).

Patterns are matched against the normalised view (ASCII digits, full-width Chinese
punctuation). Every gap and repeat is bounded, so a scan stays linear on any input.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import regex

from actions.lang.zh.numerals import DAY_NUMBER, MONTH_NUMBER, parse_number
from actions.lang.zh.words import alternation
from actions.rules import Example, Rule
from actions.timex.reading import Reading

# --------------------------------------------------------------------------- the rule kind


@dataclass(frozen=True)
class TimeRule(Rule):
    """An expression rule: `produce(match)` gives the `Reading` (or None: not a time after all).

    `keys` are the characters one of which is the first key character of every match (年/月 for
    calendar dates, 每 for 每年 …): the scanner (actions.timex.scan) tries a rule only around
    its keys.
    """

    keys: str = ""


# --------------------------------------------------------------------------- fragments

_CN = "〇零○一二两三四五六七八九十"
NUMERAL_CHARS = _CN  # the numeral characters of time expressions (the context rules read them too)
_NO_NUMBER_BEFORE = rf"(?<![0-9{_CN}百千万几多数半个])"

YEAR_SHIFT = {
    "今年": 0, "本年": 0, "当年": 0, "明年": 1, "次年": 1, "翌年": 1,
    "去年": -1, "上年": -1, "往年": -1,
}
"""Relative year words and their offset from the meeting year (negative: narrative past).
前年 and 后年 are left to context.narrative_before: their 前/后 would come before the 年 key."""

MONTH_SHIFT = {"本": 0, "当": 0, "这个": 0, "下": 1, "下个": 1, "上": -1, "上个": -1}
"""Relative month words (本月, 下个月, 上月) and their offset from the meeting month."""

MONTH_PARTS = {
    # part: (first day, last day or None for the month's end, marks an end → kind by)
    "上中旬": (1, 20, False),
    "中下旬": (11, None, False),
    "上旬": (1, 10, False),
    "中旬": (11, 20, False),
    "下旬": (21, None, False),
    "初": (1, 10, False),
    "底": (21, None, True),
    "末": (21, None, True),
    "内": (1, None, True),
}
"""Parts of a month: 7月初 and 7月上旬 end on the 10th, 中旬 on the 20th, 下旬/底/末 at the month's end."""

NAMED_PERIODS = {
    # name: fixed (month, day) the period ends before, when the calendar fixes it
    "国庆节": (9, 30), "国庆": (9, 30), "元旦": (12, 31), "五一": (4, 30), "劳动节": (4, 30),
    "七一": (6, 30), "八一": (7, 31),
    "春节": None, "春运": None, "迎检": None, "主汛期": None, "汛期": None, "防汛期": None,
    "暑期": None, "暑假": None, "寒假": None, "开学": None, "两会": None, "节假日": None,
    "重大节日": None, "节日": None, "中秋节": None, "中秋": None, "端午节": None, "端午": None,
    "清明节": None, "清明": None, "旅游旺季": None, "秋冬季": None, "冬季": None, "夏季": None,
    "春耕": None, "三夏": None, "三秋": None,
    "疫情防控": None, "疫情": None, "过渡期": None, "攻坚期": None, "假期": None, "长假": None, "放假": None,
    "森林防火期": None, "防火期": None, "禁渔期": None, "禁牧期": None, "农忙": None, "秋收": None,
    "开学": None, "考试": None, "中考": None, "高考": None, "防汛": None, "森林防火": None,
}
"""Named periods (春运期间, 迎检期间, 暑期前, 过渡期内, 开学初). Only 'before X' of a fixed holiday
or festival gets a due date. A period defined by a condition (高火险期: whenever the fire risk is
high) is not on the calendar and is not listed: it is no deadline."""

SEASONS = ("主汛期", "防汛期", "汛期", "森林防火期", "防火期", "禁渔期", "禁牧期", "过渡期", "攻坚期")
"""Named periods that stand alone as a time (汛期要加强巡查): kind on, due null."""

SOLAR_TERMS = {"清明节": "清明", "清明": "清明"}
"""Festivals on a solar term: 'before X' is due the day before the term (a calendar library computes it)."""

_AFTER_EVENT = rf"(?:之初|初(?![步心衷级中])|后第[0-9一二三四五六七八九十]{{1,2}}(?:个)?(?:天|日|周|星期)|第[0-9一二三四五六七八九十]{{1,2}}(?:个)?(?:天|日|周|星期))"
"""Parts of a named period or event (开学初, 开学后第一天, 开学第一周): a time in it, kind on."""

LUNAR_FESTIVALS = {"春节": (1, 1), "中秋节": (8, 15), "中秋": (8, 15), "端午节": (5, 5), "端午": (5, 5)}
"""Festivals of the Chinese calendar: (lunar month, day). 'Before X' is due the day before the
festival's solar date in the year the meeting date points to (a calendar library converts)."""

EVENT_WORDS = (
    "规划", "计划", "预算", "方案", "设计", "立项", "招标", "开工", "建设", "改造", "竣工", "验收",
    "投产", "投用", "开园", "开业", "开通", "启用", "落成", "搬迁", "换届", "修编", "修订",
)
"""Words that end a one-time event of a plan or a project (在编制明年预算时, 在地铁开通时): an
action tied to the event is due at it. Ongoing work (在执法时, 在工作中) is a manner, not a time."""

RECURRING_VALUES = {
    "年": "P1Y", "年度": "P1Y", "半年": "P6M", "季": "P3M", "季度": "P3M", "月": "P1M", "个月": "P1M",
    "半月": "P15D", "半个月": "P15D", "旬": "P10D", "周": "P1W", "星期": "P1W", "个星期": "P1W",
    "礼拜": "P1W", "个礼拜": "P1W", "天": "P1D", "日": "P1D", "工作日": "P1D", "个工作日": "P1D",
}
"""每X → the TIMEX3 SET value of the period."""

DURATION_UNITS = {"年": "Y", "月": "M", "周": "W", "星期": "W", "天": "D", "日": "D", "工作日": "B", "小时": "H"}

CAMPAIGN_VERBS = ("苦战", "奋战", "大干", "决战", "鏖战", "会战", "冲刺")
"""Verbs of a campaign of a stated length (苦战30天): the work is done within it."""

TALLY_VERBS = (
    "调度", "通报", "报告", "上报", "督查", "督导", "督办", "考核", "总结", "排名", "点评", "讲评", "会商",
    "研判", "检查", "巡查", "分析", "例会", "汇报", "通气", "推进", "部署", "评比", "观摩",
)
"""What is done once per period in 一天一调度, 一周一通报, 两周一督查 (recurring)."""
"""Units of `N…内` durations; B = working days (weekends skipped), H = hours."""

_YEAR_ABS = r"(?P<year>(?:19|20)[0-9]{2}|[一二][〇零○一二三四五六七八九]{3})年(?:度)?"
_YEAR_REL = "(?P<yrel>" + "|".join(YEAR_SHIFT) + ")(?:度)?"
_YEAR = rf"(?:{_NO_NUMBER_BEFORE}{_YEAR_ABS}|{_YEAR_REL})"
_JOIN = r"(?:起?(?:至|到|—{1,2}|－|-|~|～))"
_NO_RANGE_BEFORE = rf"(?<![0-9{_CN}][-－—~～至到])"
_MONTH_NUMBER = MONTH_NUMBER
_MONTH = (
    rf"(?:(?<![0-9{_CN}百千万几多数半个前头近第每]){_NO_RANGE_BEFORE}"
    rf"(?:(?P<month0>{_MONTH_NUMBER})(?:月份?)?{_JOIN})?(?P<month>{_MONTH_NUMBER}|元)月"
    r"(?![之以]内)"  # 一月之内 is a month's time, not January (within.duration)
    r"|(?P<mrel>这个|下个|上个|本|当|下|上)月)"
)
_DAY_NUMBER = DAY_NUMBER
_DAY = rf"(?:(?P<day0>{_DAY_NUMBER})[日号]?{_JOIN})?(?P<day>{_DAY_NUMBER})[日号]"
_CLOCK = r"(?:上午|下午|中午|晚上|早上|凌晨)?(?:[0-9]{1,2}(?:：[0-9]{2}|[点时](?:[0-9]{1,2}分|半)?))?"
_BY = rf"(?P<by>之前|以前|前(?![0-9{_CN}几半段期后])|为止|止)"
_IN = r"(?P<inside>之内|以内|内)"
_APPROX = r"(?P<approx>前后|左右)"
_SUFFIX = rf"(?:{_APPROX}|{_BY}|{_IN})?"
_MPART = "(?P<mpart>" + "|".join(p for p in MONTH_PARTS if p != "内") + "|内)"
_NUMBER = rf"(?:(?P<n0>[0-9]{{1,3}}|[{_CN}百]{{1,4}})(?:个)?(?:[-－~～至到]|或))?(?P<n>[0-9]{{1,3}}|[{_CN}百]{{1,4}}|半)"
_PLACEHOLDER = "[xX×*＊○□某]"

def _group(match: regex.Match[str], name: str) -> str | None:
    try:
        return match.group(name)
    except IndexError:
        return None


def _suffix(match: regex.Match[str]) -> str:
    for name in ("by", "inside", "approx"):
        if _group(match, name):
            return name
    return ""


def _year_fields(match: regex.Match[str]) -> dict[str, Any] | None:
    written = _group(match, "year")
    if written:
        year = parse_number(written)
        return None if year is None else {"year": year}
    relative = _group(match, "yrel")
    if relative:
        return {"year_shift": YEAR_SHIFT[relative]}
    return {}


def _month_fields(match: regex.Match[str]) -> dict[str, Any] | None:
    written = _group(match, "month")
    if written:
        month = 1 if written == "元" else parse_number(written)  # 元月: January
        return {"month": month} if month and 1 <= month <= 12 else None
    relative = _group(match, "mrel")
    if relative:
        return {"month_shift": MONTH_SHIFT[relative]}
    return {}


def _kind(suffix: str, ends: bool = False) -> str:
    return "by" if suffix in ("by", "inside") or ends else "on"


def _calendar(name: str, match: regex.Match[str], unit: str, **fields: Any) -> Reading | None:
    year, month = _year_fields(match), _month_fields(match)
    if year is None or month is None:
        return None
    suffix = _suffix(match)
    ends = fields.pop("ends", False)
    return Reading(name, match.span(), unit, kind=_kind(suffix, ends), suffix=suffix, **year, **month, **fields)


def _produce_date(match: regex.Match[str]) -> Reading | None:
    day = parse_number(match.group("day"))
    if not day or day > 31:
        return None
    reading = _calendar("calendar.date", match, "day", day=day)
    return _range(reading, "day", _group(match, "day0"), _group(match, "month0"))


def _range(reading: Reading | None, unit: str, first_day: str | None, first_month: str | None) -> Reading | None:
    """1-4月, 6月1日至15日: a range written inside one expression is a window of two readings."""
    if reading is None or not (first_day or first_month):
        return reading
    head = reading
    if first_month:
        month = parse_number(first_month)
        if not month or month > 12:
            return None
        head = replace(head, month=month)
    if first_day:
        day = parse_number(first_day)
        if not day or day > 31:
            return None
        head = replace(head, day=day)
    if unit == "month":
        head = replace(head, unit="month", first=1, last=None)
    head = replace(head, kind="on", suffix="")
    return Reading(reading.rule, reading.span, "window", kind=reading.kind, parts=(head, reading))


def _produce_day_only(match: regex.Match[str]) -> Reading | None:
    day = parse_number(match.group("day"))
    if not day or day > 31:
        return None
    return Reading("calendar.day_only", match.span(), "day_only", kind="by", day=day, suffix="by")


def _produce_month_part(match: regex.Match[str]) -> Reading | None:
    first, last, ends = MONTH_PARTS[match.group("mpart")]
    reading = _calendar("calendar.month_part", match, "month_part", first=first, last=last, ends=ends)
    return _range(reading, "month", None, _group(match, "month0"))


def _produce_bare_month_part(match: regex.Match[str]) -> Reading | None:
    first, last, ends = MONTH_PARTS[match.group("mpart")]
    suffix = _suffix(match)
    return Reading(
        "calendar.this_month_part", match.span(), "month_part", kind=_kind(suffix, ends),
        month_shift=0, first=first, last=last, suffix=suffix, needs_cue=False,
    )


def _produce_month(match: regex.Match[str]) -> Reading | None:
    return _range(_calendar("calendar.month", match, "month"), "month", None, _group(match, "month0"))


def _produce_year_end(match: regex.Match[str]) -> Reading | None:
    return _calendar("year.end", match, "year_end", ends=True)


def _produce_year_start(match: regex.Match[str]) -> Reading | None:
    # 明年年初: January of that year (as 7月初 is the first part of July).
    suffix = _suffix(match)
    reading = _calendar("year.start", match, "month_part", month=1, first=1, last=None)
    return None if reading is None else replace(reading, kind=_kind(suffix))


def _produce_half(match: regex.Match[str]) -> Reading | None:
    return _calendar("year.half", match, "half", index=1 if match.group("half") == "上" else 2)


def _produce_quarter(match: regex.Match[str]) -> Reading | None:
    written = match.group("quarter")
    index = 1 if written == "首" else parse_number(written)
    if not index or index > 4:
        return None
    return _calendar("year.quarter", match, "quarter", index=index, ends=bool(_group(match, "qend")))


def _produce_bare_year(match: regex.Match[str]) -> Reading | None:
    reading = _calendar("year.bare", match, "year")
    if reading is None:
        return None
    # A year alone is usually a topic (2008年政府各项工作) or narrative (今年以来); it
    # counts only with 前/内 or when an action cue follows (see context.year_needs_action).
    return replace(reading, needs_cue=not reading.suffix)


def _produce_week(match: regex.Match[str]) -> Reading | None:
    written = match.group("wday")
    weekday = None if not written else "一二三四五六日天".find(written)
    suffix = _suffix(match)
    return Reading("calendar.week", match.span(), "week", kind=_kind(suffix), suffix=suffix,
                   week_shift=1 if match.group("wrel") == "下" else 0,
                   weekday=None if weekday is None else min(weekday, 6))


def _duration(name: str, match: regex.Match[str]) -> Reading | None:
    written, unit = match.group("n"), match.group("unit")
    if written == "半":
        amount, period = {"年": (6, "M"), "月": (15, "D")}.get(unit, (None, None))
        if amount is None:
            return None
    else:
        amount, period = parse_number(written), DURATION_UNITS[unit]
        if not amount:
            return None
    return Reading(name, match.span(), "duration", kind="within", amount=amount, period=period)


def _produce_within(match: regex.Match[str]) -> Reading | None:
    return _duration("within.duration", match)


def _produce_spread(match: regex.Match[str]) -> Reading | None:
    return _duration("within.spread", match)


def _produce_use_time(match: regex.Match[str]) -> Reading | None:
    return _duration("within.use_time", match)


def _produce_asap(match: regex.Match[str]) -> Reading | None:
    return Reading("asap.word", match.span(), "none", kind="asap", value="FUTURE_REF")


def _produce_from_now(match: regex.Match[str]) -> Reading | None:
    # 即日起: as soon as possible; 即日起至10月31日 is a window from the meeting day (scan joins them).
    return Reading("asap.from_now", match.span(), "none", kind="asap", value="FUTURE_REF")


def _produce_campaign(match: regex.Match[str]) -> Reading | None:
    return _duration("within.campaign", match)


def _produce_ahead(match: regex.Match[str]) -> Reading | None:
    return _duration("within.ahead", match)


def _produce_tally(match: regex.Match[str]) -> Reading | None:
    written, unit = match.group("n"), match.group("every")
    if written == "一":
        value = RECURRING_VALUES[unit]
    else:
        amount = parse_number(written)
        if not amount:
            return None
        period = {"季度": (3, "M"), "季": (3, "M"), "旬": (10, "D")}.get(unit, (1, DURATION_UNITS.get(unit, "D")))
        value = f"P{amount * period[0]}{period[1]}"
    return Reading("recurring.tally", match.span(), "none", kind="recurring", value=value)


def _produce_year_eve(match: regex.Match[str]) -> Reading | None:
    # 年前 (过年前): before the Spring Festival, so due its eve; it needs an action after it.
    return Reading("named.year_eve", match.span(), "lunar", kind="by", month=1, day=1, needs_cue=True)


def _produce_season(match: regex.Match[str]) -> Reading | None:
    return Reading("named.season", match.span(), "none", kind="on")


def _produce_every(match: regex.Match[str]) -> Reading | None:
    return Reading("recurring.every", match.span(), "none", kind="recurring",
                   value=RECURRING_VALUES.get(match.group("every")))


def _produce_regular(match: regex.Match[str]) -> Reading | None:
    value = {"按月": "P1M", "逐月": "P1M", "按季": "P3M", "按季度": "P3M", "逐季": "P3M",
             "按年": "P1Y", "按年度": "P1Y"}.get(match.group(0))
    return Reading("recurring.regular", match.span(), "none", kind="recurring", value=value)


def _produce_placeholder(match: regex.Match[str]) -> Reading | None:
    value = "XXXX-XX-XX" if match.group("pday") else "XXXX-XX"
    return Reading("template.placeholder", match.span(), "none", kind="by", value=value)


def _produce_named(match: regex.Match[str]) -> Reading | None:
    name, relation = match.group("name"), match.group("relation")
    before = relation in ("之前", "以前", "前")
    fixed = NAMED_PERIODS.get(name) if before else None
    lunar = LUNAR_FESTIVALS.get(name) if before else None
    term = SOLAR_TERMS.get(name) if before else None
    if term:
        return Reading("named.period", match.span(), "solar_term", kind="by", term=term)
    if lunar:
        return Reading("named.period", match.span(), "lunar", kind="by", month=lunar[0], day=lunar[1])
    if fixed:
        return Reading("named.period", match.span(), "named", kind="by", month=fixed[0], day=fixed[1], fixed=fixed)
    return Reading("named.period", match.span(), "none", kind="by" if before else "on")


def _produce_unspecified(match: regex.Match[str]) -> Reading | None:
    return Reading("by.unspecified", match.span(), "none", kind="by")


def _produce_event(match: regex.Match[str]) -> Reading | None:
    # The span is the event (编制预算时), without the 在 that introduces it.
    return Reading("event.when", (match.start("event"), match.end()), "event", kind="on")


# --------------------------------------------------------------------------- examples


def ex(text: str, reference: str | None, *expected: tuple[Any, ...]) -> Example:
    """An example: `text` read against `reference` ('YYYY-MM-DD' or None) must give exactly
    the deadlines `expected`, each (text, kind, due or None, value[, start])."""
    return Example(text, (reference, expected))


REF = "2012-05-10"  # the meeting date most examples are read against

# --------------------------------------------------------------------------- rules

EXPRESSION_RULES: list[TimeRule] = [
    TimeRule(
        "calendar.date",
        rf"{_YEAR}?{_MONTH}{_DAY}{_CLOCK}{_SUFFIX}",
        _produce_date,
        (
            ex("9月30日前完成", REF, ("9月30日前", "by", "2012-09-30", "2012-09-30")),
            ex("于3月5日召开", REF, ("3月5日", "on", "2013-03-05", "2013-03-05")),
            ex("2012年9月30日前", None, ("2012年9月30日前", "by", "2012-09-30", "2012-09-30")),
            ex("九月三十日之前上报", None, ("九月三十日之前", "by", None, "XXXX-09-30")),
            ex("二〇一二年十月二十日以前", REF, ("二〇一二年十月二十日以前", "by", "2012-10-20", "2012-10-20")),
            ex("本月20号前将方案上报安委办", REF, ("本月20号前", "by", "2012-05-20", "2012-05-20")),
            ex("本月三十号前", None, ("本月三十号前", "by", None, "XXXX-XX-30")),
            ex("下个月5日前报送", REF, ("下个月5日前", "by", "2012-06-05", "2012-06-05")),
            ex("明年3月1日前", REF, ("明年3月1日前", "by", "2013-03-01", "2013-03-01")),
            ex("6月15日下午5点前报到", REF, ("6月15日下午5点前", "by", "2012-06-15", "2012-06-15")),
            ex("2月30日前", REF),
            ex("6月1日至15日开展", REF, ("6月1日至15日", "on", "2012-06-15", "2012-06-01/2012-06-15", "2012-06-01")),
            ex("6月1-15日", REF, ("6月1-15日", "on", "2012-06-15", "2012-06-01/2012-06-15", "2012-06-01")),
            ex("元月10日前报送", REF, ("元月10日前", "by", "2013-01-10", "2013-01-10")),
            ex("務必在十月三十號前完成", REF, ("十月三十號前", "by", "2012-10-30", "2012-10-30")),
        ),
        doc="A day of a month, with an optional year, time of day and 前/之前/以前/内.",
        keys="年月",
    ),
    TimeRule(
        "calendar.month_part",
        rf"{_YEAR}?{_MONTH}{_MPART}{_SUFFIX}",
        _produce_month_part,
        (
            ex("6月底完成", REF, ("6月底", "by", "2012-06-30", "2012-06")),
            ex("6月末前", REF, ("6月末前", "by", "2012-06-30", "2012-06")),
            ex("6月下旬召开", REF, ("6月下旬", "on", "2012-06-30", "2012-06", "2012-06-21")),
            ex("7月初开展", REF, ("7月初", "on", "2012-07-10", "2012-07", "2012-07-01")),
            ex("七月上旬", REF, ("七月上旬", "on", "2012-07-10", "2012-07", "2012-07-01")),
            ex("7月中旬", REF, ("7月中旬", "on", "2012-07-20", "2012-07", "2012-07-11")),
            ex("明年6月底前", REF, ("明年6月底前", "by", "2013-06-30", "2013-06")),
            ex("本月底前", REF, ("本月底前", "by", "2012-05-31", "2012-05")),
            ex("2月底前", REF, ("2月底前", "by", "2013-02-28", "2013-02")),
            ex("本月内", None, ("本月内", "by", None, "XXXX-XX")),
        ),
        doc="初/上旬 end on the 10th, 中旬 on the 20th, 下旬/底/末 at the month's end.",
        keys="年月",
    ),
    TimeRule(
        "calendar.month",
        rf"{_YEAR}?{_MONTH}(?:份)?{_SUFFIX}",
        _produce_month,
        (
            ex("六月份到现场督查", REF, ("六月份", "on", "2012-06-30", "2012-06", "2012-06-01")),
            ex("6月份", REF, ("6月份", "on", "2012-06-30", "2012-06", "2012-06-01")),
            ex("十月前", REF, ("十月前", "by", "2012-10-31", "2012-10")),
            ex("3月份开工", REF, ("3月份", "on", "2013-03-31", "2013-03", "2013-03-01")),
            ex("12月", None, ("12月", "on", None, "XXXX-12")),
            ex("今年前4月", REF),
            ex("7-9月开展专项整治", REF, ("7-9月", "on", "2012-09-30", "2012-07/2012-09", "2012-07-01")),
            ex("今年1-4月，全市完成投资10亿元", REF),
            ex("1至4月份", REF),
            ex("元月份召开总结会", "2012-11-20", ("元月份", "on", "2013-01-31", "2013-01", "2013-01-01")),
        ),
        doc="A whole month (6月, 六月, 6月份); a past month without a year means next year.",
        keys="年月",
    ),
    TimeRule(
        "calendar.this_month_part",
        rf"(?<![0-9{_CN}百千万几多数半个本下上当每岁正腊闰前头年这])月(?P<mpart>底|末|初|上旬|中旬|下旬|内){_SUFFIX}",
        _produce_bare_month_part,
        (
            ex("月底前上报", REF, ("月底前", "by", "2012-05-31", "2012-05")),
            ex("月内完成", REF, ("月内", "by", "2012-05-31", "2012-05")),
            ex("近三个月内", REF),
        ),
        doc="月底/月内/月初 without a month: the meeting month (the next one if that part is over).",
        keys="月",
    ),
    TimeRule(
        "calendar.day_only",
        rf"(?<![月0-9{_CN}几多第号]){_DAY}{_CLOCK}{_BY}",
        _produce_day_only,
        (
            ex("20日前报送", REF, ("20日前", "by", "2012-05-20", "2012-05-20")),
            ex("5号前", REF, ("5号前", "by", "2012-06-05", "2012-06-05")),
            ex("5号前", None, ("5号前", "by", None, "XXXX-XX-05")),
            ex("1号文件", REF),
        ),
        doc="A day without a month needs 前: the next such day from the meeting date.",
        keys="日号",
    ),
    TimeRule(
        "year.end",
        rf"(?:{_YEAR}(?P<yend>年底|年末|年终|年内|底|末|内)"
        rf"|(?<![0-9{_CN}百千万几多数个每近本今明去前上当往后次翌这那新全半])(?P<yend>年底|年末|年终|年内|年度内)){_SUFFIX}",
        _produce_year_end,
        (
            ex("年底对企业进行验收考核", REF, ("年底", "by", "2012-12-31", "2012")),
            ex("今年年底要全面结帐", REF, ("今年年底", "by", "2012-12-31", "2012")),
            ex("年底前", None, ("年底前", "by", None, "XXXX")),
            ex("年内完成", REF, ("年内", "by", "2012-12-31", "2012")),
            ex("今年底前", REF, ("今年底前", "by", "2012-12-31", "2012")),
            ex("2013年底前", REF, ("2013年底前", "by", "2013-12-31", "2013")),
            ex("年末", REF, ("年末", "by", "2012-12-31", "2012")),
            ex("去年年底", REF),
            ex("2011年底前完成了", REF),
        ),
        doc="年底/年末/年内 (with 今年/明年/a written year or none): 31 December, kind by.",
        keys="年",
    ),
    TimeRule(
        "year.start",
        rf"{_YEAR}(?:年)?初(?![步期心衷级中])" + _SUFFIX,
        _produce_year_start,
        (
            ex("明年年初召开", REF, ("明年年初", "on", "2013-01-31", "2013-01", "2013-01-01")),
            ex("2013年初", REF, ("2013年初", "on", "2013-01-31", "2013-01", "2013-01-01")),
            ex("今年初以来", REF),
            ex("年初确定的目标", REF),
        ),
        doc="年初 after a year (明年年初, 2013年初): January of that year; a bare 年初 is narrative.",
        keys="年",
    ),
    TimeRule(
        "year.half",
        rf"{_YEAR}?(?P<half>上|下)半年(?:度)?{_SUFFIX}",
        _produce_half,
        (
            ex("下半年要搞一次现场调度会", REF, ("下半年", "on", "2012-12-31", "2012-H2", "2012-07-01")),
            ex("明年上半年", REF, ("明年上半年", "on", "2013-06-30", "2013-H1", "2013-01-01")),
            ex("上半年内", None, ("上半年内", "by", None, "XXXX-H1")),
            ex("上半年我们全面展开的是六项行动", REF),
        ),
        doc="上半年 ends 30 June, 下半年 31 December.",
        keys="年",
    ),
    TimeRule(
        "year.quarter",
        rf"{_YEAR}?(?<![0-9{_CN}前头近每])(?:第?(?P<quarter>[一二三四1-4])季度|(?P<quarter>首)季度?)(?P<qend>末|底)?{_SUFFIX}",
        _produce_quarter,
        (
            ex("三季度完成", REF, ("三季度", "on", "2012-09-30", "2012-Q3", "2012-07-01")),
            ex("第四季度", REF, ("第四季度", "on", "2012-12-31", "2012-Q4", "2012-10-01")),
            ex("确保首季度各项工作任务的圆满完成", "2012-03-09",
               ("首季度", "on", "2012-03-31", "2012-Q1", "2012-01-01")),
            ex("二季度末前", REF, ("二季度末前", "by", "2012-06-30", "2012-Q2")),
            ex("明年一季度", None, ("明年一季度", "on", None, "XXXX-Q1")),
            ex("一季度出了两起较大事故", REF),
            ex("今年前三季度", REF),
        ),
        doc="一季度…四季度, 第一季度, 首季: the quarter's last day; a quarter already over is narrative.",
        keys="年季",
    ),
    TimeRule(
        "year.bare",
        rf"{_YEAR}{_SUFFIX}",
        _produce_bare_year,
        (
            ex("今年前完成", REF, ("今年前", "by", "2012-12-31", "2012")),
            ex("2011年先增加50个编制", "2010-12-15", ("2011年", "on", "2011-12-31", "2011", "2011-01-01")),
            ex("到2015年", REF, ("2015年", "by", "2015-12-31", "2015")),
            ex("今年前四个月", REF),
            ex("2008年政府各项工作", "2008-01-15"),
        ),
        doc="A year alone (今年, 2011年): only with 前/内, after 到/截止, or before an action cue.",
        keys="年",
    ),
    TimeRule(
        "calendar.week",
        r"(?P<wrel>本|这|下)(?:个)?(?:周|星期|礼拜)(?P<wday>[一二三四五六日天])?" + _SUFFIX,
        _produce_week,
        (
            ex("本周内报送", "2012-05-10", ("本周内", "by", "2012-05-13", "2012-W19")),
            ex("下周一前", "2012-05-10", ("下周一前", "by", "2012-05-14", "2012-05-14")),
            ex("評審要求本週完成", "2011-12-14", ("本週", "on", "2011-12-18", "2011-W50", "2011-12-12")),
        ),
        doc="本周/下周 (with a weekday): ISO weeks, Monday to Sunday.",
        keys="周期拜",
    ),
    TimeRule(
        "within.duration",
        rf"(?<![0-9{_CN}百千万几多数近前过这那头最.\-]){_NUMBER}(?:个)?(?P<unit>工作日|星期|小时|年|月|周|天|日)(?:时间)?{_IN}",
        _produce_within,
        (
            ex("力争三年内实现全覆盖", REF, ("三年内", "within", "2015-05-10", "P3Y", "2012-05-10")),
            ex("两个月内", REF, ("两个月内", "within", "2012-07-10", "P2M", "2012-05-10")),
            ex("三个月以内", REF, ("三个月以内", "within", "2012-08-10", "P3M", "2012-05-10")),
            ex("10天内", REF, ("10天内", "within", "2012-05-20", "P10D", "2012-05-10")),
            ex("一周内", REF, ("一周内", "within", "2012-05-17", "P1W", "2012-05-10")),
            ex("5个工作日内", "2012-05-10", ("5个工作日内", "within", "2012-05-17", "P5D", "2012-05-10")),
            ex("24小时内", REF, ("24小时内", "within", "2012-05-11", "PT24H", "2012-05-10")),
            ex("半年内", REF, ("半年内", "within", "2012-11-10", "P6M", "2012-05-10")),
            ex("三年内", None, ("三年内", "within", None, "P3Y")),
            ex("近三年内发生的事故", REF),
            ex("在2-3个月内完成", REF, ("2-3个月内", "within", "2012-08-10", "P3M", "2012-05-10")),
            ex("两到三年内", REF, ("两到三年内", "within", "2015-05-10", "P3Y", "2012-05-10")),
            ex("在2-3分钟内赶到", REF),
            ex("三個月內完成，兩週內上報", REF, ("三個月內", "within", "2012-08-10", "P3M", "2012-05-10"),
               ("兩週內", "within", "2012-05-24", "P2W", "2012-05-10")),
            ex("一月之内完成整改", REF, ("一月之内", "within", "2012-06-10", "P1M", "2012-05-10")),
            ex("5个工作日内办结", "2024-09-27", ("5个工作日内", "within", "2024-10-10", "P5D", "2024-09-27")),
        ),
        doc="N年/个月/周/天/工作日/小时 + 内/以内/之内: the meeting date plus the duration.",
        keys="日期年月周间内天",
    ),
    TimeRule(
        "within.spread",
        rf"分{_NUMBER}(?:个)?(?P<unit>年|月|周|星期)(?=(?:逐步|全部|先后)?(?:完成|实施|推进|建设|增加|解决|落实|投入|改造|到位|实现|建成|消化|招录))",
        _produce_spread,
        (
            ex("分两年完成老旧管网改造", REF, ("分两年", "within", "2014-05-10", "P2Y", "2012-05-10")),
            ex("分三批推进", REF),
            ex("十分年轻", REF),
        ),
        doc="分N年完成/增加…: the work is spread over N years, so it is done within them.",
        keys="年月周期",
    ),
    TimeRule(
        "within.use_time",
        rf"用{_NUMBER}(?:个)?(?P<unit>年|月|周|星期|天)(?:左右)?(?:的)?时间",
        _produce_use_time,
        (ex("用两年时间完成", REF, ("用两年时间", "within", "2014-05-10", "P2Y", "2012-05-10")),),
        doc="用N年时间: within N years.",
        keys="年月周期间天",
    ),
    TimeRule(
        "within.campaign",
        rf"(?:{alternation(CAMPAIGN_VERBS)}){_NUMBER}(?:个)?(?P<unit>年|月|周|星期|天|日)",
        _produce_campaign,
        (
            ex("全县上下要苦战30天，完成集中整治", REF, ("苦战30天", "within", "2012-06-09", "P30D", "2012-05-10")),
            ex("奋战一百天", REF, ("奋战一百天", "within", "2012-08-18", "P100D", "2012-05-10")),
            ex("大干三个月", REF, ("大干三个月", "within", "2012-08-10", "P3M", "2012-05-10")),
        ),
        doc="苦战/奋战/大干 N天: a campaign of a stated length; the work is done within it.",
        keys="年月周期天日",
    ),
    TimeRule(
        "within.ahead",
        rf"(?:今后|未来|此后)(?:的)?{_NUMBER}(?:个)?(?P<unit>年|月|周|星期|天)(?:时间|之内|以内|内|里)?(?!的|是|来|以来)",
        _produce_ahead,
        (
            ex("今后两年，要完成全部改造", REF, ("今后两年", "within", "2014-05-10", "P2Y", "2012-05-10")),
            ex("今后3年要先搬迁贫困户", "2018-02-12", ("今后3年", "within", "2021-02-12", "P3Y", "2018-02-12")),
            ex("未来三个月内完成", REF, ("未来三个月内", "within", "2012-08-10", "P3M", "2012-05-10")),
            ex("今后五年的主要任务是", REF),
        ),
        doc="今后/未来 N年: within N years from the meeting (今后五年的任务 is a topic, not a limit).",
        keys="后年月周期天",
    ),
    TimeRule(
        "asap.word",
        r"(?<![机社体学协都不只将误理领聚约宴晚舞酒茶])会后(?!悔)|会议(?:结束)?后|散会后|立即|立刻|马上|尽快|尽早|及早"
        r"|从速|早日|近期(?!以来|来)|第一时间|当即|最短(?:的)?时间内",
        _produce_asap,
        (
            ex("这次会后，各单位要迅速行动", REF, ("会后", "asap", None, "FUTURE_REF")),
            ex("会议结束后，各单位要传达", REF, ("会议结束后", "asap", None, "FUTURE_REF")),
            ex("要立即整改", REF, ("立即", "asap", None, "FUTURE_REF")),
            ex("第一时间发现问题", REF, ("第一时间", "asap", None, "FUTURE_REF")),
            ex("在最短的时间内恢复通行", REF, ("最短的时间内", "asap", None, "FUTURE_REF")),
            ex("不会后悔", REF),
            ex("要及时、迅速、抓紧处理", REF),
            ex("从速查处", REF, ("从速", "asap", None, "FUTURE_REF")),
            ex("推动项目早日签约落地", REF, ("早日", "asap", None, "FUTURE_REF")),
            ex("要及早部署", REF, ("及早", "asap", None, "FUTURE_REF")),
            ex("會後各單位要儘快落實", REF, ("會後", "asap", None, "FUTURE_REF"), ("儘快", "asap", None, "FUTURE_REF")),
        ),
        doc="会后, 立即, 尽快, 尽早, 及早, 早日, 从速, 近期, 第一时间: as soon as possible, no date.",
        keys="后即刻马尽早近速间",
    ),
    TimeRule(
        "asap.from_now",
        r"(?:(?:自|从)?即日|从现在|从今天|从今日|自今日)(?:起|开始)",
        _produce_from_now,
        (
            ex("从现在起在全市开展三个专项整治", REF, ("从现在起", "asap", None, "FUTURE_REF")),
            ex("即日起，各单位要加强值守", REF, ("即日起", "asap", None, "FUTURE_REF")),
        ),
        doc="即日起, 从现在起: as soon as possible; joined by 至/到 to a time (即日起至10月31日) the limit is "
            "that time's end, a window from the meeting day (the context rule context.window).",
        keys="即在天日起始",
    ),
    TimeRule(
        "recurring.every",
        rf"每(?:个)?(?P<every>年度|半年|季度|半个月|半月|年|季|月|旬|工作日|周|星期|礼拜|天|日)"
        r"(?:(?<=周|星期|礼拜)(?:[二三四五六日天]|一(?!次|调度|督查|督导|通报|会商|研判|推进|考核|总结|讲评|点评|排名)))?"
        rf"(?:[0-9{_CN}]{{1,3}}月)?(?:[0-9{_CN}]{{1,3}}[日号])?(?:年底|年末|月底|月末|底|末|初|上旬|中旬|下旬)?(?:之前|以前|前)?",
        _produce_every,
        (
            ex("每年两次以上", REF, ("每年", "recurring", None, "P1Y")),
            ex("每月20日前报送", REF, ("每月20日前", "recurring", None, "P1M")),
            ex("每季度末", REF, ("每季度末", "recurring", None, "P3M")),
            ex("每周一上报进展", REF, ("每周一", "recurring", None, "P1W")),
            ex("每个星期五召开例会", REF, ("每个星期五", "recurring", None, "P1W")),
            ex("每周一调度", REF, ("每周", "recurring", None, "P1W")),
            ex("每半个月通报一次", REF, ("每半个月", "recurring", None, "P15D")),
            ex("每週三前上報", REF, ("每週三前", "recurring", None, "P1W")),
        ),
        doc="每年/每月/每季度…: recurring, no due date; the value is the TIMEX3 SET period.",
        keys="每",
    ),
    TimeRule(
        "recurring.tally",
        rf"(?<![0-9{_CN}百千万几多数每第])(?P<n>[0-9]{{1,2}}|[一二两三四五六七八九十]{{1,2}}|半)(?:个)?"
        rf"(?P<every>天|日|周|星期|月|季度|季|年|旬)一(?:{alternation(TALLY_VERBS)})",
        _produce_tally,
        (
            ex("坚持一天一调度、一周一通报", REF, ("一天一调度", "recurring", None, "P1D"),
               ("一周一通报", "recurring", None, "P1W")),
            ex("两周一督查", REF, ("两周一督查", "recurring", None, "P2W")),
            ex("一月一日起施行", REF),
            ex("一年一度的评比", REF),
        ),
        doc="一天一调度, 一周一通报, 两周一督查: once per period, recurring.",
        keys="天日周期月季年旬",
    ),
    TimeRule(
        "recurring.regular",
        r"(?:定期|按季度|按年度|按月|按季|按年|逐月|逐季)(?![初底末中内终份])",
        _produce_regular,
        (
            ex("定期督查", REF, ("定期", "recurring", None, None)),
            ex("按月通报", REF, ("按月", "recurring", None, "P1M")),
            ex("按年初全市安全生产工作会议总体部署", REF),
        ),
        doc="定期, 按月, 逐季: recurring.",
        keys="期季年月",
    ),
    TimeRule(
        "template.placeholder",
        rf"(?:{_PLACEHOLDER}{{1,4}}年)?{_PLACEHOLDER}{{1,2}}月份?(?:(?P<pday>{_PLACEHOLDER}{{1,2}})[日号])?{_SUFFIX}",
        _produce_placeholder,
        (
            ex("xx月xx日前报送", REF, ("xx月xx日前", "by", None, "XXXX-XX-XX")),
            ex("×月×日", REF, ("×月×日", "by", None, "XXXX-XX-XX")),
            ex("xx月份前完成", REF, ("xx月份前", "by", None, "XXXX-XX")),
        ),
        doc="Template placeholders (xx月xx日前, ×月×日): kind by, no date.",
        keys="年月",
    ),
    TimeRule(
        "named.period",
        "(?P<name>" + "|".join(sorted(NAMED_PERIODS, key=len, reverse=True)) + ")"
        rf"(?:节)?(?P<relation>期间|期内|之前|以前|前(?![0-9{_CN}几半])|{_AFTER_EVENT}|内)",
        _produce_named,
        (
            ex("春运期间要加强检查", REF, ("春运期间", "on", None, None)),
            ex("暑期前完成", REF, ("暑期前", "by", None, None)),
            ex("国庆节前完成整改", REF, ("国庆节前", "by", "2012-09-30", "2012-09-30")),
            ex("元旦前", None, ("元旦前", "by", None, "XXXX-12-31")),
            ex("春节前要开展一次大检查", REF, ("春节前", "by", "2013-02-09", "2013-02-09")),
            ex("中秋节前完成", REF, ("中秋节前", "by", "2012-09-29", "2012-09-29")),
            ex("端午节前完成", "2012-06-30", ("端午节前", "by", "2013-06-11", "2013-06-11")),
            ex("春节前", None, ("春节前", "by", None, "XXXX-XX-XX")),
            ex("清明节前完成", "2024-03-01", ("清明节前", "by", "2024-04-03", "2024-04-03")),
            ex("清明节前", "2025-05-01", ("清明节前", "by", "2026-04-04", "2026-04-04")),
            ex("疫情期间要减少聚集", REF, ("疫情期间", "on", None, None)),
            ex("过渡期内，要保持政策稳定", REF, ("过渡期内", "on", None, None)),
            ex("攻坚期内干部队伍要保持稳定", REF, ("攻坚期内", "on", None, None)),
            ex("开学初，各学校要召开会议", REF, ("开学初", "on", None, None)),
            ex("开学后第一天上报", REF, ("开学后第一天", "on", None, None)),
            ex("各校要在开学第一周进行排查", REF, ("开学第一周", "on", None, None)),
            ex("开学前进行自查", REF, ("开学前", "by", None, None)),
        ),
        doc="Named periods: 春运期间, 过渡期内, 开学初 (on), 暑期前 (by); due only when the calendar fixes it "
            "(国庆前; 春节前 and 清明节前 through calendar libraries).",
        keys="期日季前初后周天内",
    ),
    TimeRule(
        "named.season",
        "(?P<name>" + "|".join(sorted(SEASONS, key=len, reverse=True)) + ")",
        _produce_season,
        (
            ex("汛期要加强巡查", REF, ("汛期", "on", None, None)),
            ex("高火险期要加强巡查", REF),
        ),
        doc="A named season standing alone (汛期要…): kind on, due null. 高火险期 (whenever the risk is high) is no time.",
        keys="期",
    ),
    TimeRule(
        "named.year_eve",
        rf"(?<![0-9{_CN}百千万几多数个今明去本当往每近前上下全新那这该同次翌头岁半周整])年前"
        rf"(?![0-9{_CN}几半个后期夕])(?:的?这(?:[0-9]{{1,3}}|[{_CN}]{{1,3}})(?:来|多)?(?:个)?(?:天|日|周|星期))?",
        _produce_year_eve,
        (
            ex("年前这二十来天，要集中开展安全检查", "2012-01-05", ("年前这二十来天", "by", "2012-01-22", "2012-01-22")),
            ex("过年前要走访困难群众", "2012-12-20", ("年前", "by", "2013-02-09", "2013-02-09")),
            ex("三年前我们就提出了", REF),
            ex("年前我们召开了会议", REF),
        ),
        doc="年前 (过年前, 年前这二十来天): before the Spring Festival, due its eve; only before an action cue.",
        keys="年",
    ),
    TimeRule(
        "event.when",
        r"在(?P<event>(?:[^\P{Han}时在]|[“”《》]){0,12}?(?:" + "|".join(EVENT_WORDS) + r")[”》]?)(?:的)?(?:时候|时)(?![间期代刻限效机节段常])",
        _produce_event,
        (
            ex("在编制明年预算时，要优先安排民生支出", REF, ("编制明年预算时", "on", None, None)),
            ex("新校区在设计的时候就要考虑无障碍通道", REF, ("设计的时候", "on", None, None)),
            ex("在地铁开通时希望公交线路同步调整", REF, ("地铁开通时", "on", None, None)),
            ex("在制定《全市交通发展规划》时要听取市民意见", REF, ("制定《全市交通发展规划》时", "on", None, None)),
            ex("在执法时要文明规范", REF),
            ex("在项目建设时间上要抓紧", REF),
            ex("在编制规划时，我们调查了三个月", REF),
        ),
        doc="在 + a one-time event (EVENT_WORDS) + 时/的时候, before a directive: the action is tied to the "
            "event, a time without a date (kind on, due null). Ongoing work (在执法时) is a manner.",
        keys="在",
    ),
    TimeRule(
        "by.unspecified",
        r"规定(?:的)?(?:时间|时限|期限|日期)(?:之内|以内|内|前)|限期|限时"
        r"|(?<=按|按照|依照|依据|对照)(?:既定|规定|计划)?(?:的)?(?:时间节点|时间表|时间要求)",
        _produce_unspecified,
        (
            ex("在规定的时间内完成", REF, ("规定的时间内", "by", None, None)),
            ex("限期整改", REF, ("限期", "by", None, None)),
            ex("限时办结", REF, ("限时", "by", None, None)),
            ex("按照时间节点，完成分解任务", REF, ("时间节点", "by", None, None)),
            ex("要细化时间节点", REF),
        ),
        doc="规定的时间内, 限期, 按时间节点: a limit exists but is not stated; kind by, no date.",
        keys="规限间",
    ),
]
