"""Regions of the normalised view that are not the speech: site furniture, previews, captions.

Web pages and converted documents carry text that nobody said: the site's furniture (打印本页,
扫一扫在手机打开当前页, 上一篇/下一篇, 我要投稿, 用户登录), the teasers of document shops
(试读结束，请点击右下角登录后开通VIP查看和下载, 预览已结束，获取全文请扫码, 剩余11页未读), disclaimer
lists (免责声明：1、本站…), copied summaries (摘要：…), photo credits inside the text
(新华社记者 某某/摄), the page numbers a preview puts at the start of each page (a `2、` that
splits a word at a line break) and a table of contents that the body repeats. None of it holds an
outline heading or an action item: the outline drops the markers inside a noise region (and
reads a marker right after one as if a line started there), the item stage drops the items that
lie in one.

`find_noise(view)` is a pure function of the view, linear in its length. The vocabulary is data:
`RULES` are named records (pattern, what they mark, examples that run as tests); a rule marks the
line it matches, a block it opens, or only the matched text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import regex

from actions.rules import Example, Rule, register

# -- the vocabulary -------------------------------------------------------------------------------

# Furniture lines: a short line holding one of these is the site's, not the speaker's.
FURNITURE_MAX_LINE = 80
"""Longest line that a furniture phrase makes furniture (a speech paragraph is longer, or has none)."""

FURNITURE_PHRASES = (
    # printing, fonts, sharing, reading on a phone
    "打印本页", "打印本頁", "打印此页", "关闭窗口", "關閉窗口", "字体：大", "字體：大", "字号：", "【字体", "【字體",
    "扫一扫", "掃一掃", "请扫码", "扫码获取", "扫码阅读", "扫码下载", "掃碼", "在手机打开", "在手机上查看", "在手机阅读", "分享到", "分享本文", "—分享—",
    # accounts, contributions, downloads
    "用户登录", "用戶登錄", "还没有账号", "立即注册", "会员注册", "會員註冊", "会员申请", "我要投稿", "投稿交换",
    "请先登录", "請先登錄", "登录后", "开通VIP", "开通会员", "下载本文", "下载该文章", "下載該文章", "需下载", "请您下载",
    # document-shop previews
    "试读结束", "試讀結束", "预览已结束", "預覽已結束", "获取全文", "獲取全文", "页未读", "查看更多内容", "全文共",
    "当前显示", "仅供站内会员", "请认真阅读下面的提示信息", "内容显示的完整度", "资源预览", "文档简介",
    # navigation, bylines of the page, counters
    "上一篇：", "下一篇：", "上一篇:", "下一篇:", "当前位置：", "當前位置：", "您当前的位置", "您的位置：", "首页>", "首页 >",
    "责任编辑：", "責任編輯：", "编辑：", "編輯：", "审核：", "審核：", "来源：", "來源：", "作者：", "浏览次数", "瀏覽次數",
    "访问量", "阅读次数", "发布时间：", "發布時間：", "发布日期：", "發佈日期：", "复制链接", "显示全部楼层", "阅读模式", "发表于",
    "本文标题：", "本文链接", "本站声明", "本站聲明", "本网声明", "免责声明", "免責聲明", "版权声明", "版權聲明",
    # pictures left as file names
    ".jpg", ".jpeg", ".png", ".gif", "微信图片_",
)

# A line that opens a block of the site's: it and the lines after it that still speak of the
# site (本站, 版权, 侵权 …) or are short are furniture.
BLOCK_OPENERS = ("免责声明", "免責聲明", "本站声明", "本站聲明", "本网声明", "版权声明", "版權聲明", "特别声明", "郑重声明", "温馨提示", "溫馨提示")
BLOCK_WORDS = ("本站", "本网", "网站", "網站", "版权", "版權", "侵权", "侵權", "转载", "轉載", "删除", "刪除", "联系", "聯繫",
               "用户", "用戶", "上传", "上傳", "下载", "下載", "仅供", "僅供", "参考", "參考", "所有", "责任", "責任", "平台", "会员")
BLOCK_SHORT_LINE = 6
"""A line this short inside a furniture block (微信, 微博, 政务) belongs to it."""

# A copied summary of the page: the labelled line is a copy of the body, not the body.
SUMMARY_LABELS = ("摘要", "内容摘要", "內容摘要", "内容简介", "內容簡介", "简介", "簡介", "导读", "導讀", "内容提要", "內容提要")

# A photo credit standing inside the text: 新华社记者 某某/摄, （记者 某某 摄）.
# (It starts with a word, not with any Han character: a pattern that may start anywhere is tried
# at every character of the text.)
_CREDIT = (r"(?:新华社|新華社|人民日报|人民日報|中新社|本报|本報|本网|本網)?(?:记者|記者|摄影|攝影)\p{Han}{2,4}(?:、\p{Han}{2,4}){0,3}[/／]?[摄攝]"
           r"|（(?:记者|記者|摄影)\p{Han}{2,4}[摄攝]）")

# A table of contents: a 目录/提纲 line, then short lines that the body repeats.
TOC_LABELS = ("目录", "目錄", "提纲", "提綱")
TOC_LINE_MAX = 50
_TOC_TAIL = regex.compile(r"[.。…·．\-—_ 0-9]*$")  # leader dots and the page number: 一、总体要求……3

# Preview page numbers: a `N、` at the start of a line that continues the sentence of a long line.
PAGE_LINE_MIN = 80
"""A page of a preview is long; a list member's line is not."""
PAGE_GAP_MIN = 200
"""Characters between two page numbers of a preview, at least."""


def _furniture_examples():
    return [
        ("讲话全文\n扫一扫在手机打开当前页\n", "扫一扫在手机打开当前页"),
        ("一、加强领导。\n试读结束，请点击右下角登录后\n", "试读结束，请点击右下角登录后"),
        ("要抓好落实。\n预览已结束，获取全文请扫码\n", "预览已结束，获取全文请扫码"),
        ("上一篇：全县召开防汛会\n", "上一篇：全县召开防汛会"),
        ("我要投稿 | 打印本页 | 关闭窗口\n", "我要投稿 | 打印本页 | 关闭窗口"),
        ("各单位要扫码登记来访人员，严格落实测温、查验、登记等措施，确保不漏一人，切实把好小区和单位的入口关口，坚决防止疫情输入扩散蔓延。\n", None),
        ("各乡镇要在月底前上报方案。\n", None),
    ]


RULES: list[Rule] = [
    Rule(
        name="furniture_line",
        pattern="|".join(regex.escape(phrase) for phrase in FURNITURE_PHRASES),
        examples=tuple(Example(text, expect) for text, expect in _furniture_examples()),
        flags=regex.VERSION1,
        doc=f"A line of at most {FURNITURE_MAX_LINE} characters holding a phrase of the site's furniture.",
        extra={"marks": "line"},
    ),
    Rule(
        name="furniture_block",
        pattern=r"(?m)^(?:" + "|".join(BLOCK_OPENERS) + r")",
        examples=(
            Example("要抓好落实。\n免责声明：\n1、本站内容来自网友上传，仅供参考。\n2、如有侵权请联系删除。\n", "免责声明：\n1、本站内容来自网友上传，仅供参考。\n2、如有侵权请联系删除。"),
            Example("本站声明：本站所有文章均为用户上传。\n各村要在月底前完成清淤。\n", "本站声明：本站所有文章均为用户上传。"),
            Example("要发布免责声明。\n", None),
        ),
        flags=regex.VERSION1,
        doc="A disclaimer (免责声明/本站声明 …) at a line start, with the lines after it that speak of the site or are short.",
        extra={"marks": "block"},
    ),
    Rule(
        name="copied_summary",
        pattern=r"(?m)^(?:" + "|".join(SUMMARY_LABELS) + r")[：:]",
        examples=(
            Example("简介：小编为你整理了多篇相关的讲话稿。\n同志们：\n", "简介：小编为你整理了多篇相关的讲话稿。"),
            Example("摘要：今天我们召开会议，要求各单位抓好落实。\n今天我们召开会议，", "摘要：今天我们召开会议，要求各单位抓好落实。"),
            Example("会议听取了项目简介：", None),
        ),
        flags=regex.VERSION1,
        doc="A labelled summary line (摘要：/简介：/导读：) at a line start: a copy of the body.",
        extra={"marks": "line"},
    ),
    Rule(
        name="photo_credit",
        pattern=_CREDIT,
        examples=(
            Example("发表重要讲话。 新华社记者 张某某/摄第一，加强领导。", "新华社记者张某某/摄"),
            Example("在山西考察。（记者 李某 摄）", "（记者李某摄）"),
            Example("要求记者站做好宣传报道。", None),
        ),
        flags=regex.VERSION1,
        doc="A photo credit inside the text (新华社记者 某某/摄): only the credit is marked.",
        extra={"marks": "match"},
    ),
]

_BY_NAME = {rule.name: rule for rule in RULES}


# -- the detector ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Noise:
    """Sorted, disjoint [start, end) spans of the view that are not the speech."""

    spans: tuple[tuple[int, int], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.spans)

    def contains(self, offset: int) -> bool:
        """Whether the character at `offset` lies in a noise region."""
        index = bisect_right(self.spans, (offset, float("inf"))) - 1
        return index >= 0 and self.spans[index][0] <= offset < self.spans[index][1]

    def covers(self, start: int, end: int) -> bool:
        """Whether at least half of [start, end) lies in noise regions."""
        if not self.spans or end <= start:
            return False
        index = bisect_right(self.spans, (start, float("inf"))) - 1
        index = max(index, 0)
        inside = 0
        while index < len(self.spans) and self.spans[index][0] < end:
            low, high = self.spans[index]
            inside += max(0, min(high, end) - max(low, start))
            index += 1
        return 2 * inside >= end - start

    def ends(self) -> list[int]:
        """Where each region ends: the speech may go on there (a marker right after a caption)."""
        return [end for _, end in self.spans]


NO_NOISE = Noise()


def find_noise(view: str) -> Noise:
    """The noise regions of `view` (see the module docstring)."""
    spans: list[tuple[int, int]] = []
    spans += _furniture_lines(view)
    spans += _furniture_blocks(view)
    spans += _summaries(view)
    spans += [match.span() for match in _BY_NAME["photo_credit"].compiled.finditer(view)]
    spans += _table_of_contents(view)
    spans += _preview_page_numbers(view)
    return Noise(tuple(_merged(spans))) if spans else NO_NOISE


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _line_of(view: str, offset: int) -> tuple[int, int]:
    start = view.rfind("\n", 0, offset) + 1
    end = view.find("\n", offset)
    return start, len(view) if end < 0 else end


_SENTENCE_END = regex.compile(r"[。！？]")
# The furniture_line rule, as the scan runs it: its pattern is an alternation of plain phrases,
# which the standard library's engine finds some three times faster than `regex` does (the same
# matches: leftmost, the first phrase listed first; tests/test_noise.py compares the two).
_FURNITURE_SCAN = re.compile("|".join(re.escape(phrase) for phrase in FURNITURE_PHRASES))


def _furniture_lines(view: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    checked_until = -1
    for match in _FURNITURE_SCAN.finditer(view):
        if match.start() < checked_until:
            continue  # its line is judged already (each line is looked at once: linear)
        start, end = _line_of(view, match.start())
        checked_until = end
        # (…参加会议。（来源：县办） is a paragraph that names its source, not a furniture line)
        if end - start <= FURNITURE_MAX_LINE and not _SENTENCE_END.search(view, start, match.start()):
            found.append((start, end))
    return found


def _furniture_blocks(view: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for match in _BY_NAME["furniture_block"].compiled.finditer(view):
        if found and match.start() < found[-1][1]:
            continue  # inside the block before (each line is read once: linear)
        start, end = _line_of(view, match.start())
        while end < len(view):
            next_start, next_end = _line_of(view, end + 1)
            line = view[next_start:next_end]
            if line.strip() and len(line) > BLOCK_SHORT_LINE and not any(word in line for word in BLOCK_WORDS):
                break
            end = next_end
        found.append((start, _trimmed_end(view, start, end)))
    return found


def _trimmed_end(view: str, start: int, end: int) -> int:
    while end > start and view[end - 1] in "\n ":
        end -= 1
    return end


def _summaries(view: str) -> list[tuple[int, int]]:
    return [_line_of(view, match.start()) for match in _BY_NAME["copied_summary"].compiled.finditer(view)]


def _lines(view: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    while start <= len(view):
        end = view.find("\n", start)
        end = len(view) if end < 0 else end
        spans.append((start, end))
        start = end + 1
    return spans


def _toc_key(line: str) -> str:
    return _TOC_TAIL.sub("", line)


def _table_of_contents(view: str) -> list[tuple[int, int]]:
    """A 目录/提纲 line and the short lines after it, up to the line where the body repeats the first entry."""
    found: list[tuple[int, int]] = []
    for label in TOC_LABELS:
        at = view.find(label)
        while at >= 0:
            start, end = _line_of(view, at)
            if end - start <= len(label) + 2 and view[start:end].strip(" ：:") == label and not (found and start < found[-1][1]):
                found.extend(_toc_after(view, start, end))
            at = view.find(label, max(end, found[-1][1] if found else 0))
    return found


def _toc_after(view: str, start: int, end: int) -> list[tuple[int, int]]:
    first_key = None
    last_end = end
    position = end + 1
    while position < len(view):
        line_start, line_end = _line_of(view, position)
        line = view[line_start:line_end]
        position = line_end + 1
        if not line.strip():
            continue
        if len(line) > TOC_LINE_MAX or any(mark in line for mark in "。；！？"):
            break
        key = _toc_key(line)  # (on a short line only: the tail pattern is tried at every character)
        if key == first_key:
            break
        first_key = first_key or key
        last_end = line_end
    return [(start, last_end)] if first_key is not None else []


_PAGE_MARK = regex.compile(r"(?m)^(?P<page>[0-9]{1,3})、")
_PAGE_BREAK_AFTER = regex.compile(r"[\p{Han}，、]$")


def _preview_page_numbers(view: str) -> list[tuple[int, int]]:
    """`N、` page numbers of a document preview: each breaks a long line mid-sentence (大会秘⏎2、书名单).

    A page number N ≥ 2 stands at a line start after a long line (a page, not a list member) that
    ends inside a sentence, far from the page number before it; a `1、` at the very start of the
    text opens such a run of pages.
    """
    found: list[tuple[int, int]] = []
    last_page = -PAGE_GAP_MIN
    opening = None
    for match in _PAGE_MARK.finditer(view):
        page = int(match.group("page"))
        start = match.start()
        if page == 1 and start == 0:
            opening = match.span()
            continue
        if page < 2 or start == 0 or start - last_page < PAGE_GAP_MIN:
            continue
        previous_start = view.rfind("\n", 0, start - 1) + 1
        previous = view[previous_start : start - 1]
        if len(previous) >= PAGE_LINE_MIN and _PAGE_BREAK_AFTER.search(previous) and "。" in previous:
            found.append(match.span())
            last_page = start
    if found and opening is not None:
        found.insert(0, opening)
    return found


def check_example(rule: Rule, example: Example) -> str | None:
    """The example text's noise must be exactly the expected text (None: no noise from this rule)."""
    from actions.text.normalize import normalize

    view = normalize(example.text).view
    noise = find_noise(view)
    marked = [view[start:end] for start, end in noise.spans]
    if example.expect is None:
        own = [text for text in marked if rule.compiled.search(text)]
        return f"{rule.name}: {example.text!r} should give no noise, got {own!r}" if own else None
    expected = normalize(example.expect).view
    if expected not in marked:
        return f"{rule.name}: {example.text!r} gave noise {marked!r}, expected {expected!r}"
    return None


register("noise", RULES, check_example)
