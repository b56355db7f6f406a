"""Context rules as data: the words around a time that change or cancel it.

`最后期限是` before a time makes it a `by`; `以来`, `同比`, `自…` make it narrative; a bare year
is a deadline only before an action cue; two adjacent times make one window (6月底7月初); a
time already over at the meeting date is narrative. Each `ContextRule` says where its
pattern is read (`where`), which readings it applies to (`applies`, a name of `READINGS`) and
what a match does (`effect`); `judge` and `ended` apply them in list order, and the scanner
(actions.timex.scan) joins windows with the `between` rule. A new context rule is a record
here; the examples run through the scanner (`check_example`).

where:   before   the few characters before the time (the pattern must end there); with
                  `follows`, that pattern must also match right after the time
         after    right after the time
         clause   the rest of the sentence after the time, up to `reach` characters
         between  what stands between two times (`reach`: the longest gap)
         resolved the time once placed on the calendar (no pattern; `RESOLVED_TESTS` holds the
                  test of each: it ended before the meeting, it is the meeting day itself)
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
    follows: str | None = None
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

    @cached_property
    def compiled_follows(self) -> regex.Pattern[str] | None:
        return None if self.follows is None else regex.compile(self.follows, self.flags)


def _calendar(reading: Reading) -> bool:
    return reading.unit in UNITS or reading.unit == "window"


READINGS: dict[str, Callable[[Reading], bool]] = {
    "any": lambda reading: True,
    "calendar": _calendar,  # a time on the calendar, a window included
    # a calendar time or a template's placeholder date (x年xx月): both can be a start (…起)
    "dated": lambda reading: _calendar(reading) or reading.rule == "template.placeholder",
    "calendar_point": lambda reading: reading.unit in UNITS,  # one on the calendar, not a window
    "topic": lambda reading: reading.unit in UNITS and UNITS[reading.unit].topic and not reading.suffix,
    "needs_cue": lambda reading: _calendar(reading) and reading.needs_cue,
    "event": lambda reading: reading.unit == "event",
    "window_part": lambda reading: reading.unit in UNITS and UNITS[reading.unit].window_part,
    "asap": lambda reading: reading.kind == "asap",
    "day": lambda reading: reading.unit == "day",
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

NARRATIVE_BEFORE_ANY = ContextRule(
    "context.narrative_before_any",
    where="before", applies="any", effect="drop",
    pattern=r"(?:曾经?在?|平均|年均|人均)",
    examples=(
        ex("一位书记反映，曾在一天内接待了4个检查组", REF),
        ex("3年要脱贫3000多万人，平均每年1000多万人", REF),
    ),
    doc="Words before any time that make it a statistic or a past event (曾在一天内…, 平均每年…).",
)

CONDITION = ContextRule(
    "context.condition",
    where="before", applies="asap", effect="drop",
    pattern=r"(?:时|之时|时候)",
    examples=(
        ex("确保在发生突发事件时立即响应", REF),
        ex("发现隐患要立即整改", REF, ("立即", "asap", None, "FUTURE_REF")),
    ),
    doc="立即/马上 right after a condition (在发生…时立即响应) says how to react whenever it happens: no limit.",
)

ASPIRATION = ContextRule(
    "context.aspiration",
    where="after", applies="asap", effect="drop",
    pattern=r"(?:成为|成长|生长|成才|康复|过上)",
    examples=(
        ex("支持青年早日成长为栋梁", REF),
        ex("确保项目早日开工", REF, ("早日", "asap", None, "FUTURE_REF")),
    ),
    doc="早日/尽快 before becoming something (早日成长为…) is a wish for a person or a place, not a limit of an action.",
)

INSIDE_NOUN = ContextRule(
    "context.inside_noun",
    where="before", applies="any", effect="drop",
    pattern=r"(?:建立健全|建立|健全|完善|实行|推行|落实|执行|纳入|列入|作为|形成|下达|发出|送达|签订)(?:了)?",
    follows=r"\p{Han}{0,4}?(?:制度|机制|考核|评比|评议|通知书|通知|决定书|责任书|报表)(?!\p{Han})",
    examples=(
        ex("要建立定期通报制度。", REF),
        ex("将信访工作纳入年终考核，对推诿的要追责", REF),
        ex("对欠费单位下达限期清缴通知书。", REF),
        ex("要定期通报进展", REF, ("定期", "recurring", None, None)),
        ex("建立制度，年底前完成考核", REF, ("年底前", "by", "2012-12-31", "2012")),
    ),
    doc="A time inside an object noun (建立定期通报制度, 纳入年终考核, 下达限期清缴通知书) names a kind of thing, not a limit.",
)

MEETING_NAME = ContextRule(
    "context.meeting_name",
    where="before", applies="any", effect="drop",
    pattern=r"(?:召开|举行|举办|参加|出席|主持召开|组织召开)(?:了)?\p{Han}{0,4}",
    follows=r"[^，。；！？\n]{0,20}?(?:会议|大会|全会|[度进作谈署员结场]会|例会)(?![^，。；！？\n]{0,2}?[要将须])",
    examples=(
        ex("2月3日，全县召开2023年重点项目建设第一次调度会。", "2023-02-03"),
        ex("今天召开全市第二季度安全生产工作会议", REF),
        ex("6月底召开现场会", REF, ("6月底", "by", "2012-06-30", "2012-06")),
    ),
    doc="A time inside the name of a meeting being held (召开2023年重点项目调度会) names the meeting, not a limit.",
)

CIRCUMSTANCE = ContextRule(
    "context.circumstance",
    where="before", applies="any", effect="drop",
    pattern=r"(?:针对|结合|根据|把握|抓住|围绕|掌握|适应|分析|研究|摸清)\p{Han}{0,4}",
    follows=r"[^，。；！？\n要须应将]{0,12}?(?:的)?(?:特点|规律|特征|特性)",
    examples=(
        ex("要针对假期期间客流集中的特点，加强疏导", REF),
        ex("针对冬季春节期间火灾规律特点，及时发布提示", REF),
        ex("春节期间要加强值守", REF, ("春节期间", "on", None, None)),
    ),
    doc="A time that describes the circumstances the work must suit (针对假期期间客流集中的特点) is not its limit.",
)

BASIS = ContextRule(
    "context.basis",
    where="after", applies="any", effect="drop",
    pattern=r"[^，。；！？\n]{0,16}?(?:的)?基础上",
    examples=(
        ex("要在第一、二季度重点项目建设的基础上，寻找差距", "2021-03-01"),
        ex("6月底前完成整改，在此基础上开展验收", REF, ("6月底前", "by", "2012-06-30", "2012-06")),
    ),
    doc="A time in the work a new step builds on (在一季度…的基础上) is the past work's, not a limit.",
)

NARRATIVE_AFTER = ContextRule(
    "context.narrative_after",
    where="after", applies="dated", effect="drop",
    pattern=r"(?:以来|来(?!说|看|讲)|至今|迄今|同期|同比|环比|累计|出了|发生|以后|之后|后(?!续)|起(?!草)|开始)",
    examples=(
        ex("今年以来", REF),
        ex("6月份以来", REF),
        ex("7月1日起施行", REF),
        ex("从x年xx月份起支付两年", REF),
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
    # (a subject may come between: 今年，各乡镇要…)
    pattern=r"，?(?:(?:(?!决定|提出|强调|指出|认为|说)[^，。；！？\n要]){1,10}?(?:" + alternation(MODALS) + r")|" + alternation(MODALS) + r"|须|力争|争取|确保|先|将|再|全面|基本|计划|完成|实现|启动|开工|建成|开展|组织|召开"
    r"|出台|制定|重点|着力|继续|进一步)",
    examples=(
        ex("今年要完成改造", REF, ("今年", "on", "2012-12-31", "2012", "2012-01-01")),
        ex("今年市里抓了两个典型", REF),
        ex("今年，各乡镇要完成排查", REF, ("今年", "on", "2012-12-31", "2012", "2012-01-01")),
        ex("今年市委决定要建设幸福家园", REF),
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
        ex("即日起至10月31日，在全市开展专项整治", REF,
           ("即日起至10月31日", "on", "2012-10-31", "2012-05-10/2012-10-31", "2012-05-10")),
        ex("从即日起到6月底前完成排查", REF, ("从即日起到6月底前", "by", "2012-06-30", "2012-05-10/2012-06")),
        ex("去年今年连续发生事故", REF),
    ),
    doc="Two calendar times joined by nothing or 至/到/— make one window: start of the first, due at the end of the "
        "second; 即日起/从现在起 joined by 至/到 to a time make a window from the meeting day (the limit is the end).",
)

MEETING_DAY = ContextRule(
    "context.meeting_day",
    where="resolved", applies="day", effect="drop",
    examples=(
        ex("2月3日，全县召开重点项目调度会", "2023-02-03"),
        ex("2月13日召开调度会", "2023-02-03", ("2月13日", "on", "2023-02-13", "2023-02-13")),
        ex("2月3日前上报", "2023-02-03", ("2月3日前", "by", "2023-02-03", "2023-02-03")),
    ),
    doc="A day of kind on that is the meeting day itself (a report's 2月3日，…召开) tells when the meeting was held.",
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
    BY_PREFIX, NARRATIVE_BEFORE, NARRATIVE_BEFORE_ANY, CONDITION, ASPIRATION, INSIDE_NOUN, MEETING_NAME, CIRCUMSTANCE, BASIS,
    NARRATIVE_AFTER, NARRATIVE_AFTER_YEAR, NARRATIVE_CLAUSE,
    YEAR_NEEDS_ACTION, EVENT_NEEDS_ACTION, WINDOW, MEETING_DAY, PAST,
]

# The rules `judge` applies (read on the text around one time), in order, with the compiled
# pattern and the reading test they use; a rule that excuses a requirement comes before it.
_JUDGED = [(rule, rule.compiled, READINGS[rule.applies], rule.compiled_follows)
           for rule in CONTEXT_RULES if rule.where in ("before", "after", "clause")]

RESOLVED_TESTS: dict[str, Callable[[Deadline, object], bool]] = {
    PAST.name: lambda deadline, reference: deadline.due < reference,
    MEETING_DAY.name: lambda deadline, reference: deadline.kind == "on" and deadline.due == reference,
}
"""The test of each `resolved` rule on the deadline placed on the calendar (its due date is set)."""
_RESOLVED = [(rule, READINGS[rule.applies], RESOLVED_TESTS[rule.name]) for rule in CONTEXT_RULES if rule.where == "resolved"]
_CLAUSE_REST = {rule.name: regex.compile(rf"[^。；！？\n]{{0,{rule.reach}}}") for rule in CONTEXT_RULES if rule.where == "clause"}


def judge(view: str, reading: Reading) -> str | None:
    """The kind of `reading` after the context rules, or None when they make it no deadline."""
    start, end = reading.span
    kind = reading.kind
    before = None
    fired: list[str] = []
    for rule, pattern, applies, follows in _JUDGED:
        if not applies(reading):
            continue
        where = rule.where
        if where == "after":
            found = pattern.match(view, end) is not None
        elif where == "before":
            if before is None:
                before = view[max(0, start - BEFORE_REACH):start]
            found = pattern.search(before) is not None and (follows is None or follows.match(view, end) is not None)
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
    """Whether a `resolved` rule drops the resolved `deadline` (it ended before the meeting date,
    or it is the meeting day itself)."""
    if reference is None or deadline.due is None:
        return False
    return any(applies(reading) and test(deadline, reference) for rule, applies, test in _RESOLVED if rule.effect == "drop")
