"""Marker families as data: each rule a named pattern, its ordinal reading and examples.

A rule matches the normalised view (full-width ，：；（）, ASCII digits) and produces a
`MarkerHit`: where the marker is, which position it announces, its form and how sure we are
that it opens an outline node. The builder (actions.outline.build) decides nesting; rules only
find candidates and reject the false ones they can see locally (第一年, 第一批, 第一时间,
一是一、二是二, 3.5亿, 最后期限, 首先 in the middle of a clause).

Adding a marker form touches this file only: write a `Rule` with `marker_rule(...)`, give it
positive examples (expected marker text and ordinal) and negative ones (expect None).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter
import re

import regex

from actions.lang.zh.numerals import CIRCLED_DIGITS, ORDINAL_NUMERAL, parse_ordinal
from actions.rules import Example, Rule, register
from actions.text.normalize import normalize

# Ranks order the forms from outermost to innermost: a heading never sits inside a node of
# the same or a deeper rank, and no line heading sits inside an inline enumerator.
RANK_DOCUMENT = 0
RANK_INLINE = 6

FLEXIBLE = 0
"""Ordinal of 最后/再次/再则: the position they take depends on the list they close."""

# An inline marker starts a clause: text start, line start, or after punctuation.
_BOUNDARY = r"(?<![^\n，。；：！？、“”‘’（）《》 ])"
_NUMERAL_CHAR = "[一二三四五六七八九十]"
# Words that make 第X an ordinal of a thing, not a list marker: 第一年, 第一批, 第一时间,
# 第二产业, 第三方, 第一书记, 第一责任人, 第十八届 (and a further numeral: 第一二).
_NOT_AFTER_DI = ("[年月日天周季时次届批项名位线手产期轮课章节篇卷集回场号页类级种组代把梯方书例波桶档款部队排层座栋家所件套本版稿责步个点0-9一二三四五六七八九十百千万多"
                 "時屆項綫線產輪課節號頁類級種組書檔隊層棟稿責個點]")  # (and their traditional forms)


@dataclass(frozen=True, slots=True)
class MarkerHit:
    """A candidate list marker found by one rule (offsets in the view)."""

    start: int
    end: int  # end of the marker text, suffix punctuation included
    title_start: int  # where the title begins (after a stuttered 是: 二是是)
    ordinal: int  # 1-99, or FLEXIBLE
    family: str  # the rule name
    form: str  # forms agree inside one list: "di_shi" for 第一是, "shi" for 一是
    group: str  # forms of one group mix freely (第一是 then 第二，)
    rank: int  # RANK_DOCUMENT, 1-5 line headings (一、 （一） 1、 （1） ①), RANK_INLINE
    weight: float  # cost of dropping it: how sure we are that it is a list marker


def _ordinal_hit(match: regex.Match[str], family: str, form: str, group: str, rank: int, weight: float) -> MarkerHit | None:
    ordinal = _ordinal_of(match.group("num"))
    if ordinal is None:
        return None
    return MarkerHit(match.start(), match.end(), match.end(), ordinal, family, form, group, rank, weight)


@lru_cache(maxsize=4096)
def _ordinal_of(token: str) -> int | None:
    """parse_ordinal, read once per distinct token (a speech repeats the same few: 一 … 十)."""
    return parse_ordinal(token)


def _line_weight(match: regex.Match[str], at_line_start: float, inline: float) -> float:
    start = match.start()
    return at_line_start if start == 0 or match.string[start - 1] == "\n" else inline


def _document(match):
    return _ordinal_hit(match, "document_separator", "document", "document", RANK_DOCUMENT, 50.0)


def _cn_comma(match):
    return _ordinal_hit(match, "heading_cn_comma", "cn_comma", "line", 1, _line_weight(match, 8.0, 6.0))


def _cn_paren(match):
    return _ordinal_hit(match, "heading_cn_paren", "cn_paren", "line", 2, _line_weight(match, 7.0, 4.0))


def _arabic_comma(match):
    return _ordinal_hit(match, "heading_arabic_comma", "arabic_comma", "line", 3, _line_weight(match, 6.0, 3.0))


def _arabic_dot(match):
    return _ordinal_hit(match, "heading_arabic_dot", "arabic_dot", "line", 3, _line_weight(match, 6.0, 3.0))


# Line headings that flattened text (lines joined, paragraphs run together) puts after a sentence
# end: where a line used to start. Such a hit stays only when its list confirms it (see
# actions.outline.signals.confirm_flattened): a neighbour of its form with the next or previous
# ordinal, or for a 1 a lead-in right before it (我讲三点意见：一、…).
FLATTENED_AFTER = {"heading_cn_comma": "。！？：；", "heading_arabic_comma": "。！？", "heading_arabic_dot": "。！？：；"}


def _arabic_paren(match):
    return _ordinal_hit(match, "heading_arabic_paren", "arabic_paren", "line", 4, _line_weight(match, 6.0, 3.5))


# Between 一、 (rank 1) and （一） (rank 2): a part of a summary slogan heads a section below a
# 一、 heading and above the （一） headings that detail it.
RANK_SLOGAN = 1.5


_SLOGAN_REACH = 3000
_SLOGAN_STOPS = "。，；：！？“”‘’\n"


def _slogan_part(match):
    # 一快、两稳、两持续: the numbers count the items of each part, they are not positions; the
    # position is the part's place in the slogan announced before it (主要表现为“一快、两稳、两持续”).
    ordinal = _slogan_position(match.string, match.group("name"), match.start())
    if ordinal is None:
        return None
    return MarkerHit(match.start(), match.end(), match.end(), ordinal, "heading_slogan_part", "slogan", "slogan", RANK_SLOGAN, 6.0)


def _slogan_position(view: str, name: str, before: int) -> int | None:
    """1-based place of `name` in the nearest 、-list before `before` that names it (一快、两稳 …)."""
    floor = max(0, before - _SLOGAN_REACH)
    at = view.rfind(name, floor, before)
    if at < 0:
        return None
    # The slogan is read inside the same window, so each marker costs at most the window.
    start, end = at, at + len(name)
    while start > floor and view[start - 1] not in _SLOGAN_STOPS:
        start -= 1
    while end < before and view[end] not in _SLOGAN_STOPS:
        end += 1
    parts = view[start:end].split("、")
    return parts.index(name) + 1 if len(parts) > 1 and name in parts else None


def _circled(match):
    return _ordinal_hit(match, "heading_circled", "circled", "line", 5, 4.0)


def _inline_shi(match):
    hit = _ordinal_hit(match, "inline_shi", "shi", "numbered", RANK_INLINE, 3.5)
    if hit is None:
        return None
    view = match.string
    if match.end() < len(view) and view[match.end()] == "是":  # 二是是: a stutter, one marker
        hit = MarkerHit(hit.start, hit.end, hit.end + 1, hit.ordinal, hit.family, hit.form, hit.group, hit.rank, hit.weight)
    return hit


def _named_part(match):
    # 第一个问题：… 第一，… 第二，…: the part heads the points of its own, as 一、 does.
    return _ordinal_hit(match, "named_part", "named_part", "part", 1, 4.0)


AGENDA_FAMILIES = frozenset({"agenda_item", "agenda_last"})
"""The families of a host's agenda steps: headings whose own text announces, not asks (no items)."""


def _agenda(match):
    return _ordinal_hit(match, "agenda_item", "agenda", "agenda", RANK_INLINE, 4.0)


def _inline_yao(match):
    return _ordinal_hit(match, "inline_yao", "yao", "numbered", RANK_INLINE, 3.0)


def _inline_di(match):
    suffix = (match.group("suffix") or "").replace("個", "个").replace("點", "点")
    view = match.string
    follows = view[match.end() : match.end() + 2]
    if follows.startswith("就是"):
        weight = 1.0  # 第三就是隐患的排查整治: an enumeration inside a narrative sentence
    elif suffix.rstrip("，") in ("", "个", "点"):
        weight = 2.5 if suffix else 2.0
    else:
        weight = 3.5
    form = "di_shi" if suffix.endswith("是") else "di_comma" if suffix.endswith("，") else "di"
    return _ordinal_hit(match, "inline_di", form, "numbered", RANK_INLINE, weight)


def _fixed(family: str, ordinal: int, form: str, group: str, weight: float):
    def produce(match: regex.Match[str]) -> MarkerHit:
        return MarkerHit(match.start(), match.end(), match.end(), ordinal, family, form, group, RANK_INLINE, weight)

    produce.__name__ = f"produce_{family}"
    return produce


@dataclass(frozen=True)
class MarkerRule(Rule):
    """A marker form: `produce(match)` gives its `MarkerHit`, or None when the match is no marker."""


def marker_rule(name: str, pattern: str, produce, examples: list[tuple[str, tuple[str, int] | None]], doc: str) -> MarkerRule:
    """A marker rule; `examples` pair a text with (marker, ordinal) or None (must not fire)."""
    return MarkerRule(
        name=name,
        pattern=pattern,
        produce=produce,
        examples=tuple(Example(text, expect) for text, expect in examples),
        flags=regex.MULTILINE | regex.VERSION1,
        doc=doc,
    )


N = ORDINAL_NUMERAL

RULES: list[MarkerRule] = [
    marker_rule(
        "document_separator",
        rf"^第(?P<num>{N})篇：?",
        _document,
        [("第一篇：安委全体扩大会议讲话", ("第一篇：", 1)), ("第十二篇 讲话", ("第十二篇", 12)), ("他的第一篇文章", None)],
        "第X篇 at a line start separates documents; always level 1.",
    ),
    marker_rule(
        "document_separator_bracket",
        rf"^[【\[]篇?(?P<num>{N}|[0-9]{{1,2}})[】\]]|[【\[]篇(?P<num>{N}|[0-9]{{1,2}})[】\]](?= *$)|^篇(?P<num>{N}|[0-9]{{1,2}}) *$",
        _document,
        [
            ("【篇2】\n县长办公会议纪要", ("【篇2】", 2)),
            ("【一】\n在全县春耕会议上的讲话", ("【一】", 1)),
            ("镇长办公会会议纪要 [篇2]\n时间：", ("[篇2]", 2)),
            ("篇3\n在防汛会议上的讲话", ("篇3", 3)),
            ("见本书第三章【篇2】所述内容", None),
            ("篇3讲的是防汛", None),
        ],
        "Separators between the documents of one page: 【一】/【篇2】/[篇2] at a line start or end, 篇3 on a line of its own.",
    ),
    marker_rule(
        "heading_cn_comma",
        rf"(?:^|(?<=[。！？：；]))(?P<num>{N})、(?!{_NUMERAL_CHAR}、)",
        _cn_comma,
        [("一、第一季度经济社会发展情况", ("一、", 1)), ("十二、附则", ("十二、", 12)), ("我讲三点意见：一、提高站位", ("一、", 1)),
         ("他说一、二、三", None), ("一、二、三级", None), ("。一、二、三产业", None)],
        "一、 at a line start: the outermost heading form; in flattened text also after 。！？：； (kept when its list confirms it).",
    ),
    marker_rule(
        "heading_slogan_part",
        r"^(?P<name>[一两二三四五六七八九十]\p{Han}{1,3})，?即：",
        _slogan_part,
        [("主要表现为“一快、两稳、两持续”。\n一快，即：项目建设加快推进", ("一快，即：", 1)),
         ("主要表现为“一快、两稳、两持续”。\n两稳，即：工业经济平稳增长", ("两稳，即：", 2)),
         ("“一快、两稳、两持续”。\n两持续，即：", ("两持续，即：", 3)), ("两稳，即：没有说过的口号", None), ("他说一快即可", None)],
        "A part of a summary slogan (主要表现为“一快、两稳、两持续”) at a line start: 一快，即：…",
    ),
    marker_rule(
        "heading_cn_paren",
        rf"(?:^|(?<=[：；。]))（(?P<num>{N})）",
        _cn_paren,
        [("（一）工业经济平稳增长", ("（一）", 1)), ("(二)财政工作", ("（二）", 2)), ("主要有：（三）加强领导", ("（三）", 3)), ("街道（镇）两级", None), ("如（一）所述", None)],
        "（一） / (一) at a line start or after ：；。",
    ),
    marker_rule(
        "heading_arabic_comma",
        r"(?:^|(?<=[：；。！？]))(?P<num>[0-9]{1,2})、(?![0-9])",
        _arabic_comma,
        [("1、政府牵头负责。", ("1、", 1)), ("明确五个方面：2、部门负责", ("2、", 2)), ("2、3月份", None), ("共有2、3家", None)],
        "1、 at a line start or after ：；; in flattened text also after 。！？ (kept when its list confirms it).",
    ),
    marker_rule(
        "heading_arabic_dot",
        r"(?:^|(?<=[。！？：；]))(?P<num>[0-9]{1,2})\.(?![0-9.])",
        _arabic_dot,
        [("1.发改经信委主任作大会发言", ("1.", 1)), ("2．住建局局长发言", ("2.", 2)), ("3.5亿元", None), ("总额3. 元", None)],
        "1. / 1． at a line start (in flattened text also after 。！？：；, kept when confirmed); never a decimal (3.5亿) or a date (2012.3).",
    ),
    marker_rule(
        "heading_arabic_paren",
        r"(?:^|(?<=[：；。，]))（(?P<num>[0-9]{1,2})）",
        _arabic_paren,
        [("(1)制定方案", ("（1）", 1)), ("（12）其他", ("（12）", 12)), ("主要是：（2）加强", ("（2）", 2)), ("（2012年3月9日）", None), ("见表（3）", None)],
        "（1） / (1) at a line start or after ：；。，",
    ),
    marker_rule(
        "heading_circled",
        rf"(?P<num>[{CIRCLED_DIGITS}])",
        _circled,
        [("①加强领导", ("①", 1)), ("要求：③落实责任", ("③", 3)), ("加强领导", None)],
        "① … ⑳ anywhere.",
    ),
    marker_rule(
        "inline_shi",
        rf"{_BOUNDARY}(?P<num>{N})是(?!{_NUMERAL_CHAR}(?:[、，。是]|$))",
        _inline_shi,
        [
            ("具体讲几句话：一是认识非常统一", ("一是", 1)),
            ("，二是是主题非常明确", ("二是", 2)),
            ("。十二是加强", ("十二是", 12)),
            ("要做到一是一、二是二", None),
            ("坚持统一是关键", None),
            ("原因之一是投入不足", None),
        ],
        "一是/二是… at a clause start; 二是是 (a stutter) is one marker.",
    ),
    marker_rule(
        "inline_yao",
        rf"{_BOUNDARY}(?P<num>{N})要(?!{_NUMERAL_CHAR})",
        _inline_yao,
        [("一要全面构建城市管理体系", ("一要", 1)), ("。三要强队伍强作风", ("三要", 3)), ("要一抓到底", None), ("，一要一抓到底", None)],
        "一要/二要… at a clause start.",
    ),
    marker_rule(
        "named_part",
        rf"{_BOUNDARY}第(?P<num>{N})(?:个|個|大|层|層)?(?:问题|問題|意思|部分|方面|层面|層面|板块|板塊)(?:[：，:,]|(?=是))",
        _named_part,
        [
            ("。第一个问题：深刻认识成就", ("第一个问题：", 1)),
            ("主要有三层意思：第二层意思，群众心中有杆秤", ("第二层意思，", 2)),
            ("。第三部分，今后的任务", ("第三部分，", 3)),
            ("。第一個問題：認清形勢", ("第一個問題：", 1)),
            ("解决了第一个问题就好办", None),
            ("，第一部分工程已完工", None),
        ],
        "第一个问题：/第二层意思，/第三部分： a part of the speech that names itself; it heads the points inside it.",
    ),
    marker_rule(
        "inline_di",
        rf"{_BOUNDARY}第(?P<num>{N})(?:(?P<suffix>[点點]是|[点點]，|[个個]是|[个個]，|是|，|、|：)|(?P<suffix>[点个點個])(?!{_NOT_AFTER_DI})|(?!{_NOT_AFTER_DI}|要务|要務))",
        _inline_di,
        [
            ("。第一是抓重点工作全力推进", ("第一是", 1)),
            ("。第二，全力推进打非工作", ("第二，", 2)),
            ("，第三发动举报", ("第三", 3)),
            ("。第一是组织地毯式的排查", ("第一是", 1)),
            ("。第三，一个目标", ("第三，", 3)),
            ("。第一点，加强领导", ("第一点，", 1)),
            ("。第一个认识工作落实", ("第一个", 1)),
            ("。第二要抓宣传教育", ("第二", 2)),
            ("今年是两化建设的第一年", None),
            ("，第一年投入", None),
            ("。第一批创建企业", None),
            ("，第一时间发现问题", None),
            ("。第一季度，全区地区生产总值", None),
            ("，第十八届国际茶文明节", None),
            ("，第一个月", None),
            ("。第一個，加強組織領導", ("第一個，", 1)),
            ("。第二點，落實責任", ("第二點，", 2)),
            ("，第一時間發現問題", None),
            ("，第十八屆運動會", None),
            ("，第一要务", None),
        ],
        "第一/第一是/第一，/第一点/第一个 at a clause start, not 第一年/第一批/第一时间.",
    ),
    marker_rule(
        "agenda_item",
        rf"{_BOUNDARY}(?:(?:(?:现在|現在|下面|接下来|接下來)?(?:进行|進行))?(?:会议|會議|大会|大會)?第(?P<num>{N})项(?:议程|議程)"
        rf"|(?:(?:现在|現在|下面|接下来|接下來)?(?:进行|進行))?(?:会议|會議|大会|大會)?第(?P<num>{N})項(?:议程|議程)"
        rf"|(?:会议|會議|大会|大會)第(?P<num>{N})[项項])(?:是)?[，：,:]?",
        _agenda,
        [
            ("会议第一项，请县长讲话", ("会议第一项，", 1)),
            ("；会议第二项，请书记讲话", ("会议第二项，", 2)),
            ("。现在进行第一项议程：宣读通报", ("现在进行第一项议程：", 1)),
            ("。下面进行会议第三项议程，请县长讲话", ("下面进行会议第三项议程，", 3)),
            ("。現在進行第二項議程：", ("現在進行第二項議程：", 2)),
            ("。第一项工作是防汛", None),
            ("，完成第一项任务", None),
        ],
        "A host's agenda: 会议第一项，… 会议第二项，… / 现在进行第一项议程：… (the announcements are no items).",
    ),
    marker_rule(
        "agenda_last",
        rf"{_BOUNDARY}(?:(?:现在|現在|下面)?(?:进行|進行))?(?:会议|會議|大会|大會)最后一[项項](?:议程|議程)?[，：,:]?",
        _fixed("agenda_last", FLEXIBLE, "agenda", "agenda", 4.0),
        [("；会议最后一项，请书记作总结讲话", ("会议最后一项，", FLEXIBLE)), ("。进行会议最后一项议程：", ("进行会议最后一项议程：", FLEXIBLE)),
         ("，这是会议最后一天", None)],
        "会议最后一项: the last item of a host's agenda (its ordinal is the next position).",
    ),
    marker_rule(
        "inline_yige",
        rf"{_BOUNDARY}一个是",
        _fixed("inline_yige", 1, "yige", "numbered", 1.5),
        [("，一个是抓调度促进落实", ("一个是", 1)), ("这一个是问题", None)],
        "一个是 (the first of a 一个是…二是… list).",
    ),
    marker_rule(
        "inline_other_yige",
        rf"{_BOUNDARY}另一个是",
        _fixed("inline_other_yige", 2, "yige", "numbered", 1.5),
        [("，另一个是戴帽子的越扶越多", ("另一个是", 2)), ("这另一个是问题", None)],
        "另一个是: the second of a 一个是 pair.",
    ),
    marker_rule(
        "side_end_one",
        rf"{_BOUNDARY}一头是",
        _fixed("side_end_one", 1, "side", "side", 1.0),
        [("，一头是为地方创造条件", ("一头是", 1)), ("这一头是问题", None)],
        "一头是 (continued by 另一头是): the two ends of one task.",
    ),
    marker_rule(
        "side_end_other",
        rf"{_BOUNDARY}另一头是",
        _fixed("side_end_other", 2, "side", "side", 1.5),
        [("，另一头是加强效果监管", ("另一头是", 2))],
        "另一头是: the second of a 一头是 pair.",
    ),
    marker_rule(
        "seq_first",
        rf"{_BOUNDARY}首先(?:，|、|是|要)?",
        _fixed("seq_first", 1, "seq", "seq", 1.5),
        [("首先，提高现代城市管理水平", ("首先，", 1)), ("。首先我讲一个现实", ("首先", 1)), ("到了城市以后首先会有所评价", None)],
        "首先 at a clause start (a lone one is dropped by the builder).",
    ),
    marker_rule(
        "seq_second",
        rf"{_BOUNDARY}其次(?:，|、|是|要)?",
        _fixed("seq_second", 2, "seq", "seq", 2.5),
        [("其次，提高现代城市管理水平", ("其次，", 2)), ("尤其次要", None)],
        "其次 at a clause start.",
    ),
    marker_rule(
        "seq_next",
        rf"{_BOUNDARY}(?:再次(?=，|是|要)|再则)(?:，|、|是|要)?",
        _fixed("seq_next", FLEXIBLE, "seq", "seq", 2.0),
        [("再则，提高现代城市管理水平", ("再则，", FLEXIBLE)), ("再次，要落实责任", ("再次，", FLEXIBLE)), ("。再次强调", None)],
        "再次/再则: the next position of the list it continues.",
    ),
    marker_rule(
        "seq_last",
        rf"{_BOUNDARY}最后(?:就是|还要|一点，?|一条，?|[，、：是要]|(?=我|对|请|希望|在))",
        _fixed("seq_last", FLEXIBLE, "seq", "seq", 2.0),
        [
            ("最后，对这次会后贯彻的问题", ("最后，", FLEXIBLE)),
            ("，最后就是保证整治的效果", ("最后就是", FLEXIBLE)),
            ("，最后期限是9月30日", None),
            ("。最后一天", None),
        ],
        "最后 closes the list it continues (its ordinal is that position).",
    ),
    marker_rule(
        "side_one",
        rf"{_BOUNDARY}一方面，?",
        _fixed("side_one", 1, "side", "side", 2.0),
        [("一方面，要健全网络", ("一方面，", 1)), ("另一方面，要提高", None)],
        "一方面 (continued by 另一方面).",
    ),
    marker_rule(
        "side_other",
        rf"{_BOUNDARY}另一方面，?",
        _fixed("side_other", 2, "side", "side", 3.0),
        [("。另一方面，要提高成效", ("另一方面，", 2)), ("这另一方面", None)],
        "另一方面: the second of a 一方面 list.",
    ),
]

_BY_NAME = {rule.name: rule for rule in RULES}
# One combined scan: each rule is a named alternative; leftmost match wins.
_COMBINED = regex.compile(
    "|".join(f"(?P<r{index}>{rule.pattern})" for index, rule in enumerate(RULES)),
    regex.MULTILINE | regex.VERSION1,
)
_RULE_GROUPS = [_COMBINED.groupindex[f"r{index}"] for index in range(len(RULES))]
"""The number of the group that wraps each rule's alternative in the combined pattern."""
_RULE_SPANS = itemgetter(*_RULE_GROUPS)
"""The spans of the rule groups of a combined match: only the rule that matched has one, the
whole match's (an alternative that failed keeps no span), so the rule is found by that span."""


def marker_pattern() -> regex.Pattern[str]:
    """The compiled combined marker regex: one alternative per rule (the benchmark's speed reference)."""
    return _COMBINED


combined_pattern = marker_pattern  # the name the first benchmark script used


# Every rule starts at a clause boundary (or a line start) on one of these characters, except
# ① … ⑳ which may stand anywhere; the scan visits only those places. (Plain characters and
# words: the standard library's engine finds the same places faster than regex does;
# tests/test_outline_scan.py compares the two.)
_TRIGGER = re.compile(
    rf"[\n，。；：！？、“”‘’（）《》 ](?=[第一二三四五六七八九十两首其再最另（0-9篇]|(?:会议|會議|大会|大會|现在|現在|下面|接下来|接下來|进行|進行)(?:第|最后|进|進|会|會|大))"
    rf"|[{CIRCLED_DIGITS}【\[]"
)
_ANYWHERE = CIRCLED_DIGITS + "【["  # triggers that start a marker themselves


def scan_markers(view: str) -> list[MarkerHit]:
    """Every candidate marker in `view`, in document order (one pass over the text)."""
    hits: list[MarkerHit] = []
    starts = [0] if view else []
    # A trigger is one character: a marker starts after a boundary, or at a circled digit.
    starts.extend(m.start() if view[m.start()] in _ANYWHERE else m.end() for m in _TRIGGER.finditer(view))
    match_at = _COMBINED.match
    for start in starts:
        match = match_at(view, start)
        if match is None:
            continue
        span = match.span()
        rule = RULES[_RULE_SPANS(match.regs).index(span)]
        hit = _produce(rule, view, span[0])
        if hit is not None and (not hits or hit.start >= hits[-1].end):
            hits.append(hit)
    return hits


_AFTER_WINDOW = 64
"""Characters read after a boundary for the marker there (a marker and what its rule looks at)."""


def markers_after(view: str, starts: list[int]) -> list[MarkerHit]:
    """Markers right at `starts` (the ends of noise regions), read as if a line started there.

    The rules look behind for a clause boundary or a line start; after a caption or other
    page noise there is none in the view (…/摄第一，), so each place is read in a window that
    starts with a line break.
    """
    hits = []
    for start in starts:
        if start >= len(view) or start == 0 or view[start - 1] == "\n":
            continue  # a line start: scan_markers reads it already
        window = "\n" + view[start : start + _AFTER_WINDOW]
        match = _COMBINED.match(window, 1)
        if match is None:
            continue
        rule = RULES[_RULE_SPANS(match.regs).index(match.span())]
        hit = _produce(rule, window, 1)
        if hit is not None:
            shift = start - 1
            hits.append(replace(hit, start=hit.start + shift, end=hit.end + shift, title_start=hit.title_start + shift))
    return hits


def _produce(rule: Rule, view: str, start: int) -> MarkerHit | None:
    # Re-match the single rule at the position to get its own named groups.
    match = rule.compiled.match(view, start)
    return rule.produce(match) if match is not None else None


def check_example(rule: Rule, example: Example) -> str | None:
    """Run one example: the first hit must give (marker, ordinal), or no hit for None."""
    view = normalize(example.text).view
    hits = [hit for hit in (rule.produce(match) for match in rule.compiled.finditer(view)) if hit is not None]
    if example.expect is None:
        if hits:
            return f"{rule.name}: {example.text!r} should give no marker, got {view[hits[0].start:hits[0].end]!r}"
        return None
    if not hits:
        return f"{rule.name}: {example.text!r} gave no marker, expected {example.expect!r}"
    got = (view[hits[0].start : hits[0].end], hits[0].ordinal)
    if got != tuple(example.expect):
        return f"{rule.name}: {example.text!r} gave {got!r}, expected {tuple(example.expect)!r}"
    if _BY_NAME[rule.name] is not rule:
        return f"{rule.name}: duplicate rule name"
    return None


register("outline", RULES, check_example)
