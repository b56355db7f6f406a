"""A normalised view of the text for matching, and the map back to original offsets.

Rules match against one canonical form instead of spelling out every variant: full-width
digits and letters become ASCII, half-width Chinese punctuation (`,` `:` `;` `(`) becomes
full-width, look-alike characters from PDF and Word conversion (Kangxi radicals such as
⼀ ⼆, compatibility ideographs, small and half-width forms, odd spaces) become the ordinary
character, a `.` that ends a Chinese sentence becomes `。`, and a hyphen a conversion left for a lost
月 (`4-初`, `每半个-`) becomes 月; a lone `?` is a question mark, a run of them (`???镇长`) the
characters a conversion lost, and stays. Noise that breaks patterns
is deleted: PDF page numbers between Chinese characters (`典 7 型`) and on lines of their own
(`- 3 -`, `第3页`), stray spaces between Chinese characters and inside markers (`（ 一 ）`,
`1 、`), indentation, zero-width characters, form feeds, and the hard line breaks that PDF
conversion leaves inside a sentence (`我先⏎讲两点意见`). A line that starts with an
enumeration marker is never joined to the line before it, because the outline reads markers
at line starts.

Every character of the view comes from exactly one character of the original, so any span
of the view maps back to a span of the original with `Normalized.to_original`.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from heapq import merge

import regex

_SPACE = r"[ \t\u3000\u00a0\u2002-\u200a\u202f\u205f]"
# A space but the tab: a tab between Chinese characters separates the cells of a table row
# (a Word table as read, a pasted 任务分解表), so it stays in the view.
_BLANK = r"[ \u3000\u00a0\u2002-\u200a\u202f\u205f]"


def _look_alikes() -> dict[int, int]:
    """Characters that NFKC folds to a single other character: radicals, compatibility forms."""
    table = {}
    ranges = [(0x2E80, 0x2FE0), (0xF900, 0xFB00), (0xFE10, 0xFE20), (0xFE30, 0xFE70), (0xFF61, 0xFF66), (0x2F800, 0x2FA20)]
    for low, high in ranges:
        for code in range(low, high):
            folded = unicodedata.normalize("NFKC", chr(code))
            if len(folded) == 1 and folded != chr(code):
                table[code] = ord(folded)
    return table


# One-to-one replacements (they keep the length): the view's canonical punctuation is
# full-width for Chinese sentence punctuation and ASCII for digits and Latin letters.
_FULLWIDTH_ASCII = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}  # ０-９
_FULLWIDTH_ASCII.update({code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FULLWIDTH_ASCII.update({code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_CANONICAL = str.maketrans(
    {
        **_look_alikes(),  # ⼀ → 一, ﹐ → ，, ｡ → 。, ︰ → :
        **_FULLWIDTH_ASCII,
        ",": "，",
        ":": "：",
        ";": "；",
        "!": "！",
        "(": "（",
        ")": "）",
        "．": ".",
        "\u3000": " ",
        "\u00a0": " ",
        "\r": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
    }
)
# NFKC folds some small forms to ASCII; the view wants the full-width ones back.
_CANONICAL.update({ord("﹐"): "，", ord("﹔"): "；", ord("﹕"): "：", ord("﹖"): "？", ord("﹗"): "！"})
_CANONICAL.update({ord("﹙"): "（", ord("﹚"): "）", ord("︰"): "：", ord("︐"): "，", ord("︑"): "、"})
_CANONICAL.update({ord(char): " " for char in "\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"})

_HAN_OR_PUNCT = r"[\p{Han}，。、；：！？（）“”‘’《》—…,;:?!()]"
# After a number, a unit of time: the number is part of a date or a duration (9 月 30 日,
# 5 个工作日, 10 天), not a page number.
_DATE_UNIT = r"[年月日号个天周]"
_PAGE_NUMBER = rf"""(?:[-—–－]{{1,2}}{_SPACE}*+[0-9]{{1,4}}{_SPACE}*+[-—–－]{{1,2}}
    | 第{_SPACE}*+[0-9]{{1,4}}{_SPACE}*+页(?:{_SPACE}*+共{_SPACE}*+[0-9]{{1,4}}{_SPACE}*+页)?
    | [0-9]{{1,3}}(?:{_SPACE}*+/{_SPACE}*+[0-9]{{1,4}})?)"""
_PAGE_LINE = rf"(?:{_SPACE}*+{_PAGE_NUMBER}{_SPACE}*+\r?\n)"
_INVISIBLE = r"[\ufeff\u200b\u200c\u200d\u2060\u00ad\u200e\u200f\ufffd\f]"
# Where a deleted run can start: a space, an invisible character, a CR, or a page-number
# line. Without this guard the engine tries every alternative at every character (most of
# them behind lookbehinds it cannot skip ahead to), which made the scan 30x slower.
# Stray characters a conversion leaves before a line's list marker: a bullet, a `?` for a
# character the encoding lost, a table's `|` (•一、…, ?（二）…, | 1、…).
_STRAY = r"[?？•·●○◆◇■□▪▶►★☆※|｜>*\-－]"
_LINE_MARKER_AHEAD = (r"(?=[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)]"
                      r"|[0-9]{1,2}[、.．](?![0-9])|第[一二三四五六七八九十]|[①-⑳])")
_NOISE_START = rf"(?={_SPACE}|{_INVISIBLE}|\r|(?m:^)[-—–－第0-9]|(?m:^){_STRAY})"
# Deleted runs. Each alternative is a bounded or possessive run, so the scan stays linear.
_NOISE_RUNS = rf"""
      (?m:^){_SPACE}*+{_STRAY}{{1,2}}{_SPACE}*+{_LINE_MARKER_AHEAD}                 # stray bullet or ? before a line marker
    | (?<={_HAN_OR_PUNCT}){_SPACE}++[0-9]{{1,3}}{_SPACE}++(?={_HAN_OR_PUNCT})(?!{_DATE_UNIT})  # PDF page number: 典 7 型
    | (?<=[0-9０-９]){_SPACE}++(?={_DATE_UNIT})                                  # 9 月 30 日: a date spaced out
    | (?<=[年月]){_SPACE}++(?=[0-9０-９])
    | (?m:^)\f?{_PAGE_LINE}(?=\f?{_SPACE}*+[^\s0-9])                            # a line `- 3 -` or `第3页` between lines
    | (?<={_HAN_OR_PUNCT}){_BLANK}++(?={_HAN_OR_PUNCT})                          # space between Chinese characters
    | (?<=[，。、；：！？:;]){_SPACE}++(?=[0-9])                                     # 三项议程： 1、…
    | (?<=[（(]){_SPACE}++                                                       # （ 一 ）
    | {_SPACE}++(?=[）)])
    | (?<=(?m:^){_SPACE}{{0,8}}[0-9]{{1,2}}){_SPACE}++(?=[、．.](?![0-9]))        # 1 、
    | (?m:^{_SPACE}++)                                                           # indentation
    | (?m:{_SPACE}++$)                                                           # trailing spaces
    | {_INVISIBLE}                                                               # BOM, zero-width, soft hyphen, form feed
    | \r(?=\n)                                                                   # CR of CRLF
"""
_NOISE = regex.compile(rf"{_NOISE_START}(?:{_NOISE_RUNS})", regex.VERBOSE)

# A `.` after a Chinese character ends a sentence, unless it is a decimal point, an ellipsis
# or the dot of a marker (`一.` at a line or clause start).
# A conversion that lost 月 writes a hyphen in its place (4-初, 每半个-调度一次): where only a
# month fits (a numeral before 初/底/末/旬/份; 个 before it and no number after), the view reads 月.
_LOST_MONTH = regex.compile(
    r"(?<=[0-9一二三四五六七八九十])-(?=初|底|末|上旬|中旬|下旬|份)|(?<=[0-9一二两三四五六七八九十半]个)-(?![0-9])"
)
# A lone ? is a question mark; a run of them stands for characters a conversion could not
# encode (成立领导小组,???镇长任组长: a name lost), not for the ends of three questions.
_QUESTION = regex.compile(r"(?<!\?)\?(?!\?)")
_SENTENCE_DOT = regex.compile(r"(?<=\p{Han})(?<!(?:(?m:^)|[：；。，！？])[一二三四五六七八九十]{1,3})\.(?![.0-9])")

# --- hard line breaks inside sentences (matched on the canonical view) ---------------------

_NUMERAL = "一二三四五六七八九十"
_HEADING_MARKER = (
    rf"(?:第[{_NUMERAL}百零〇0-9]{{1,4}}[篇章节部条]|[{_NUMERAL}]{{1,3}}[、.，]|（[{_NUMERAL}0-9]{{1,3}}）"
    rf"|[0-9]{{1,2}}(?:、|\.(?![0-9]))|[①-⑳])"
)
_INLINE_MARKER = rf"(?:[{_NUMERAL}]{{1,3}}(?:是|要|个是|方面)|第[{_NUMERAL}]|首先|其次|再次|再则|最后|另一方面|其[一二三])"
# A break between a line that stops mid-sentence and a line that goes on with it.
_BREAK_CANDIDATE = regex.compile(
    rf"(?<=[\p{{Han}}，、“‘《—])\n(?=[\p{{Han}}，。、；：！？”’》）…])(?!{_HEADING_MARKER}|{_INLINE_MARKER}|\p{{Han}}{{1,8}}：)"
)
_HEADING_START = regex.compile(_HEADING_MARKER)
_OPEN_END = frozenset("，、“‘《—")
_SENTENCE_PUNCT = regex.compile(r"[，。；！？]")
_HEADING_PUNCT = regex.compile(r"[。；！？]")
_WRAPPED_HEADING_MIN = 15  # a heading this long may have been wrapped
_HEADING_TAIL_MAX = 10  # … and what a wrap leaves on the next line is this short


_LONG_LINE = regex.compile(r"[^\n]{16,}+")
_WIDTH_MIN_LINES = 5
_WIDTH_MIN_SHARE = 0.3


def _wrap_width(view: str) -> int | None:
    """The fixed line width of text converted from PDF, when most long lines share one."""
    lengths = Counter(match.end() - match.start() for match in _LONG_LINE.finditer(view))
    if not lengths:
        return None
    # Lines ending in punctuation may hang one character over the width.
    width, count = max(((n, lengths[n] + lengths[n + 1]) for n in lengths), key=lambda pair: (pair[1], pair[0]))
    if count >= _WIDTH_MIN_LINES and count >= _WIDTH_MIN_SHARE * lengths.total():
        return width
    return None


def _joins_line(view: str, newline: int, line_start: int, width: int | None) -> bool:
    """Whether the line break at `newline` is a wrap inside a sentence (see _BREAK_CANDIDATE)."""
    if view[newline - 1] in _OPEN_END:
        return True
    next_end = view.find("\n", newline + 1)
    next_line = view[newline + 1 : next_end if next_end >= 0 else len(view)]
    heading = _HEADING_START.match(view, line_start)
    if heading is None:  # a paragraph: prose with sentence punctuation, or a full-width PDF line
        if width is not None and newline - line_start >= width:
            return True
        return _SENTENCE_PUNCT.search(view, line_start, newline) is not None
    if _HEADING_PUNCT.search(view, heading.end(), newline):
        return True  # heading and body on one line: a paragraph
    return (
        newline - line_start >= _WRAPPED_HEADING_MIN
        and len(next_line) <= _HEADING_TAIL_MAX
        and _SENTENCE_PUNCT.search(next_line) is None
    )


def _wrapped_line_breaks(view: str) -> list[int]:
    """Offsets of the line breaks of `view` that only wrap a sentence."""
    joins = []
    width = _wrap_width(view)
    for match in _BREAK_CANDIDATE.finditer(view):
        newline = match.start()
        line_start = view.rfind("\n", 0, newline) + 1
        if _joins_line(view, newline, line_start, width):
            joins.append(newline)
    return joins


@dataclass(frozen=True, slots=True)
class Normalized:
    """The view used for matching, with the way back to the original text."""

    original: str
    view: str
    # Offsets change only where text was deleted: for view offsets >= _view_starts[k],
    # original = view + _deltas[k]. Both lists are short (one entry per deleted run).
    _view_starts: tuple[int, ...]
    _deltas: tuple[int, ...]

    def to_original(self, offset: int) -> int:
        """Map a view offset (a position between characters) to the original text."""
        k = bisect_right(self._view_starts, offset) - 1
        return offset + self._deltas[k]

    def indent_breaks(self) -> list[int]:
        """View offsets where an indentation inside a line was deleted: a paragraph break.

        Web pages often run paragraphs together on one line, each opened by an indentation
        (`。　　中央财政要…`); the view drops the blanks, and this tells where they were. A
        run counts when it holds an ideographic space or two blanks and does not follow a line end.
        """
        found = []
        original, view = self.original, self.view
        for k in range(1, len(self._view_starts)):
            at = self._view_starts[k]
            if at == 0 or view[at - 1] == "\n":
                continue
            end = at + self._deltas[k]
            run = original[end - (self._deltas[k] - self._deltas[k - 1]):end]
            if ("\u3000" in run or run.count(" ") >= 2) and not run.strip(" \u3000\t\u00a0"):
                found.append(at)
        return found

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span `[start, end)` to the original span covering the same characters."""
        if end <= start:
            begin = self.to_original(start)
            return begin, begin
        return self.to_original(start), self.to_original(end - 1) + 1


def _offset_map(deletions) -> tuple[list[int], list[int]]:
    """View starts and deltas of a text with the sorted, disjoint `deletions` removed."""
    view_starts, deltas = [0], [0]
    deleted = 0
    for start, end in deletions:
        deleted += end - start
        view_starts.append(end - deleted)
        deltas.append(deleted)
    return view_starts, deltas


def _without(text: str, deletions) -> str:
    pieces, kept_from = [], 0
    for start, end in deletions:
        pieces.append(text[kept_from:start])
        kept_from = end
    pieces.append(text[kept_from:])
    return "".join(pieces)


# HTML left in a page's text: a tag that breaks the line, an entity for a quote or a space.
# The tag's first character becomes the line break, the entity's the character it names; the
# rest is deleted (a space entity entirely), so the view keeps one character per original one.
_HTML = regex.compile(r"<br\s*/?>[ \t\u3000\u00a0]*+|</?p>|&(?:[a-z]{2,6}|#[0-9]{2,5});", regex.IGNORECASE)
_ENTITIES = {"ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "hellip": "…", "middot": "·",
             "quot": "“", "amp": "&", "lt": "《", "gt": "》"}
_SPACE_ENTITIES = frozenset({"nbsp", "ensp", "emsp", "thinsp", "#160", "#12288"})


def _html_leftovers(text: str) -> tuple[list[tuple[int, int]], dict[int, str], list[tuple[int, int]]]:
    """Deletions, one-character replacements (original offsets) and the spans of the HTML left in `text`."""
    deletions, replacements, spans = [], {}, []
    for match in _HTML.finditer(text):
        start, end = match.span()
        spans.append((start, end))
        token = match.group()
        if token[0] == "<":
            replacements[start] = "\n"
            deletions.append((start + 1, end))
            continue
        name = token[1:-1].lower()
        if name in _SPACE_ENTITIES:
            deletions.append((start, end))
        elif name in _ENTITIES:
            replacements[start] = _ENTITIES[name]
            deletions.append((start + 1, end))
    return deletions, replacements, spans


def _noise_runs(text: str) -> tuple[list[tuple[int, int]], dict[int, str]]:
    deletions = [match.span() for match in _NOISE.finditer(text) if match.end() > match.start()]
    if "<" not in text and "&" not in text:
        return deletions, {}
    html, replacements, spans = _html_leftovers(text)
    if not spans:
        return deletions, {}
    # A run deleted inside a tag (the space of <br />) is the tag's business.
    deletions = [span for span in deletions if not _overlaps_any(span, spans)]
    return _merged(sorted(deletions + html)), replacements


def _overlaps_any(span: tuple[int, int], sorted_spans: list[tuple[int, int]]) -> bool:
    index = bisect_right(sorted_spans, (span[1], span[1])) - 1
    return index >= 0 and sorted_spans[index][1] > span[0] and sorted_spans[index][0] < span[1]


def _merged(spans):
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def normalize(text: str) -> Normalized:
    """Build the matching view of `text` (linear time)."""
    deletions, replacements = _noise_runs(text)
    view = _without(text, deletions).translate(_CANONICAL)
    view_starts, deltas = _offset_map(deletions)
    if replacements:
        ends, deleted, total = [], [], 0
        for start, end in deletions:
            total += end - start
            ends.append(end)
            deleted.append(total)
        chars = list(view)
        for original, char in replacements.items():  # a kept character: shifted by the deletions before it
            index = bisect_right(ends, original)
            chars[original - (deleted[index - 1] if index else 0)] = char
        view = "".join(chars)
    view = _SENTENCE_DOT.sub("。", view)
    if "?" in view:
        view = _QUESTION.sub("？", view)
    if "-" in view:
        view = _LOST_MONTH.sub("月", view)
    joins = _wrapped_line_breaks(view)
    if joins:
        in_original = []
        for offset in joins:
            original = offset + deltas[bisect_right(view_starts, offset) - 1]
            in_original.append((original, original + 1))
        view = _without(view, [(offset, offset + 1) for offset in joins])
        view_starts, deltas = _offset_map(list(merge(deletions, in_original)))
    return Normalized(text, view, tuple(view_starts), tuple(deltas))
