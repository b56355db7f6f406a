"""Context rules as data: the words around a time that change or cancel it.

`最后期限是` before a time makes it a `by`; `以来`, `同比`, `自…` make it narrative; a bare year
is a deadline only before an action cue; two adjacent times make one window (6月底7月初); a
time already over at the meeting date is narrative. Each `ContextRule` says where its
pattern is read (`where`), which readings it applies to (`applies`, a name of `READINGS`) and
what a match does (`effect`); `judge` and `ended` apply them in list order, and the scanner
(actions.timex.scan) joins windows with the `between` rule. A new context rule is a record
here; the examples run through the scanner (`check_example`).

where:   before   the few characters before the time (the pattern must end there)
         after    right after the time
         clause   the rest of the sentence after the time, up to `reach` characters
         between  what stands between two times (`reach`: the longest gap)
         resolved the time once placed on the calendar (no pattern: it ended before the meeting)
effect:  drop     a match makes the time no deadline
         require  no match (unless the rule named in `excused_by` fired) makes it no deadline
         by       a match makes it a limit (kind by)
         join     a match joins two times into one window
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Callable

import regex

from actions.lang.zh.words import MODALS, alternation
from actions.models import Deadline
from actions.rules import Rule
from actions.timex.calendar import UNITS
from actions.timex.reading import Reading
from actions.timex.rules import NUMERAL_CHARS, REF, ex


@dataclass(frozen=True)
class ContextRule(Rule):
    """A context rule (see the module docstring). `pattern` is None for a `resolved` rule."""

    pattern: str | None = None
    where: str = "after"
    applies: str = "any"
    effect: str = "drop"
    reach: int = 0
    excused_by: str = ""

    @cached_property
    def compiled(self) -> regex.Pattern[str] | None:
        if self.pattern is None:
            return None
        # A `before` pattern must end where the time starts.
        return regex.compile(rf"(?:{self.pattern})\Z" if self.where == "before" else self.pattern, self.flags)


def _calendar(reading: Reading) -> bool:
    return reading.unit in UNITS or reading.unit == "window"


READINGS: dict[str, Callable[[Reading], bool]] = {
    "any": lambda reading: True,
    "calendar": _calendar,  # a time on the calendar, a window included
    "calendar_point": lambda reading: reading.unit in UNITS,  # one on the calendar, not a window
    "topic": lambda reading: reading.unit in UNITS and UNITS[reading.unit].topic and not reading.suffix,
    "needs_cue": lambda reading: _calendar(reading) and reading.needs_cue,
    "event": lambda reading: reading.unit == "event",
    "window_part": lambda reading: reading.unit in UNITS and UNITS[reading.unit].window_part,
}
"""Which readings a rule applies to (ContextRule.applies)."""

# How far before a time a `before` rule reads.
BEFORE_REACH = 8

BY_PREFIX = ContextRule(
    "context.by_prefix",
    where="before", applies="calendar", effect="by",
    pattern=r"(?:最后期限|截止日期|截止时间|截止期限|完成时限|完成期限|完成时间|办结时限|期限|时限)(?:是|为|定为|定在|到|：)?"
    r"|截止(?:到|于|至)?|最迟(?:于|在|到)?|最晚(?:于|在|到)?|不迟于|不晚于|直到|到|至",
    examples=(
        ex("最后期限是9月30日，现在只剩一百多天了", REF, ("9月30日", "by", "2012-09-30", "2012-09-30")),
        ex("截止到6月30日", REF, ("6月30日", "by", "2012-06-30", "2012-06-30")),
        ex("到年底", REF, ("年底", "by", "2012-12-31", "2012")),
    ),
    doc="Words just before a time that make it a limit: the time is then kind by (prefix not in the span).",
)

NARRATIVE_BEFORE = ContextRule(
    "context.narrative_before",
    where="before", applies="calendar_point", effect="drop",
    pattern=r"(?:自|从|截至|预计|过去|以往|历年|前年|后年)",
    examples=(
        ex("自1998年我市建立城市管理的相关职能部门以来", "2010-12-15"),
        ex("预计6月份开工建设", "2013-04-10"),
        ex("截至6月底，全市", REF),
        ex("前年6月份", REF),
    ),
    doc="Words just before a time that make it narrative or a starting point (自…, 截至…, 预计…).",
)

NARRATIVE_AFTER = ContextRule(
    "context.narrative_after",
    where="after", applies="calendar", effect="drop",
    pattern=r"(?:以来|来(?!说|看|讲)|至今|迄今|同期|同比|环比|累计|出了|发生|以后|之后|后(?!续)|起(?!草)|开始)",
    examples=(
        ex("今年以来", REF),
        ex("6月份以来", REF),
        ex("7月1日起施行", REF),
        ex("一季度出了两起较大事故", "2012-02-01"),
    ),
    doc="Words just after a time that make it narrative (以来, 出了, 同比) or a start (起, 以后).",
)

NARRATIVE_AFTER_YEAR = ContextRule(
    "context.narrative_after_year",
    where="after", applies="topic", effect="drop",
    pattern=r"(?:是|的|全体|会议|全会|工作会|例会|报告|总结)",
    examples=(
        ex("今年是两化建设的第一年", REF),
        ex("下半年的工作", REF),
        ex("第三季度全体会议", REF),
    ),
    doc="After a bare year, half or quarter: a topic (今年是…, 下半年的工作) or a meeting's name.",
)

NARRATIVE_CLAUSE = ContextRule(
    "context.narrative_clause",
    where="clause", applies="any", effect="drop", reach=60,
    pattern=rf"同比|环比|比去年|比上年|的是|也就是|前[0-9{NUMERAL_CHARS}]{{1,3}}个?月|预计|平均"
    r"|已(?:完成|达到?|建成|实现|到位|开工|竣工|投产|封顶|超额?|累计)",
    examples=(
        ex("第一季度，全区地区生产总值预计完成10.7亿元，同比增长9.7%", None),
        ex("全市上半年也就是前4个月，全市整体态势平稳", REF),
        ex("每天平均要接纳参观者近40万人", REF),
        ex("6月底前完成整改，确保安全", REF, ("6月底前", "by", "2012-06-30", "2012-06")),
    ),
    doc="Statistics or narrative in the rest of the sentence (up to 60 characters): 同比, 预计, 已完成.",
)

YEAR_NEEDS_ACTION = ContextRule(
    "context.year_needs_action",
    where="after", applies="needs_cue", effect="require", excused_by="context.by_prefix",
    pattern=r"，?(?:" + alternation(MODALS) + r"|须|力争|争取|确保|先|将|再|全面|基本|计划|完成|实现|启动|开工|建成|开展|组织|召开"
    r"|出台|制定|重点|着力|继续|进一步)",
    examples=(
        ex("今年要完成改造", REF, ("今年", "on", "2012-12-31", "2012", "2012-01-01")),
        ex("今年市里抓了两个典型", REF),
        ex("如果桃源今年还出一起较大事故，今年就完了", REF),
    ),
    doc="A bare year (今年, 2011年) is a deadline only before an action cue (要, 力争, 先, 完成 …).",
)

EVENT_NEEDS_ACTION = ContextRule(
    "context.event_needs_action",
    where="after", applies="event", effect="require",
    pattern=r"[^。；！？\n]{0,40}?(?:" + alternation(MODALS + ("希望", "应当", "应该", "须", "确保")) + ")",
    examples=(
        ex("在制定年度计划的时候，各区的安全投入都要单列", REF, ("制定年度计划的时候", "on", None, None)),
        ex("在编制规划时，我们调查了三个月。要抓紧", REF),
    ),
    doc="An event time (在编制预算时) is a deadline only when a directive cue follows in its sentence.",
)

WINDOW = ContextRule(
    "context.window",
    where="between", applies="window_part", effect="join", reach=3,
    pattern=r"(?:起?(?:至|到|—{1,2}|－|-|~|～))?",
    examples=(
        ex("6月底7月初组织一次大检查", REF, ("6月底7月初", "on", "2012-07-10", "2012-06/2012-07", "2012-06-21")),
        ex("7月至9月开展专项整治", REF, ("7月至9月", "on", "2012-09-30", "2012-07/2012-09", "2012-07-01")),
        ex("11月至明年2月", REF, ("11月至明年2月", "on", "2013-02-28", "2012-11/2013-02", "2012-11-01")),
        ex("12月至1月", REF, ("12月至1月", "on", "2013-01-31", "2012-12/2013-01", "2012-12-01")),
        ex("从7月1日起至9月30日", REF, ("7月1日起至9月30日", "on", "2012-09-30", "2012-07-01/2012-09-30", "2012-07-01")),
        ex("2012年至2015年，全市要完成改造", REF, ("2012年至2015年", "on", "2015-12-31", "2012/2015", "2012-01-01")),
        ex("今年底明年初要组织检查", REF, ("今年底明年初", "on", "2013-01-31", "2012/2013-01", "2012-12-01")),
        ex("去年今年连续发生事故", REF),
    ),
    doc="Two calendar times joined by nothing or 至/到/— make one window: start of the first, due at the end of the second.",
)

PAST = ContextRule(
    "context.past",
    where="resolved", applies="calendar", effect="drop",
    examples=(
        ex("本月1号前", REF),
        ex("一季度", REF),
        ex("2011年9月30日前", REF),
        ex("上个月", REF),
        ex("去年6月份", None),
    ),
    doc="A time that ended before the meeting date is narrative (a month-day without a year rolls to next year instead).",
)


CONTEXT_RULES: list[ContextRule] = [
    BY_PREFIX, NARRATIVE_BEFORE, NARRATIVE_AFTER, NARRATIVE_AFTER_YEAR, NARRATIVE_CLAUSE,
    YEAR_NEEDS_ACTION, EVENT_NEEDS_ACTION, WINDOW, PAST,
]

# The rules `judge` applies (read on the text around one time), in order, with the compiled
# pattern and the reading test they use; a rule that excuses a requirement comes before it.
_JUDGED = [(rule, rule.compiled, READINGS[rule.applies]) for rule in CONTEXT_RULES if rule.where in ("before", "after", "clause")]
_RESOLVED = [(rule, READINGS[rule.applies]) for rule in CONTEXT_RULES if rule.where == "resolved"]
_CLAUSE_REST = {rule.name: regex.compile(rf"[^。；！？\n]{{0,{rule.reach}}}") for rule in CONTEXT_RULES if rule.where == "clause"}


def judge(view: str, reading: Reading) -> str | None:
    """The kind of `reading` after the context rules, or None when they make it no deadline."""
    start, end = reading.span
    kind = reading.kind
    before = None
    fired: list[str] = []
    for rule, pattern, applies in _JUDGED:
        if not applies(reading):
            continue
        where = rule.where
        if where == "after":
            found = pattern.match(view, end) is not None
        elif where == "before":
            if before is None:
                before = view[max(0, start - BEFORE_REACH):start]
            found = pattern.search(before) is not None
        else:
            found = pattern.search(view, end, _CLAUSE_REST[rule.name].match(view, end).end()) is not None
        effect = rule.effect
        if effect == "drop":
            if found:
                return None
        elif effect == "require":
            if not found and rule.excused_by not in fired:
                return None
        elif found:  # "by"
            kind = "by"
        if found:
            fired.append(rule.name)
    return kind


def ended(reading: Reading, deadline: Deadline, reference) -> bool:
    """Whether a `resolved` rule drops the resolved `deadline` (it ended before the meeting date)."""
    return any(applies(reading) and reference is not None and deadline.due is not None and deadline.due < reference
               for rule, applies in _RESOLVED if rule.effect == "drop")
