"""The meeting date written in the head or the signature of a text (the reference of relative deadlines).

A text that collects several speeches (第一篇 … 第五篇) is read speech by speech: each finds its
own date in its own head or signature (`find_reference_date(view, start, end)` on its part).
"""

from __future__ import annotations

import datetime as dt

import regex

from actions.lang.zh.numerals import DAY_NUMBER, MONTH_NUMBER, parse_number

_FULL_DATE = regex.compile(
    r"(?P<year>(?:19|20)[0-9]{2}|[一二][〇零○O一二三四五六七八九]{3}) ?年 ?"
    rf"(?P<month>{MONTH_NUMBER}) ?月 ?"
    rf"(?P<day>{DAY_NUMBER}) ?[日号]"
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


def find_reference_date(view: str, start: int = 0, end: int | None = None) -> tuple[dt.date, tuple[int, int]] | None:
    """The meeting date written in the head or the signature of the text (or of its part
    view[start:end], one speech of several), with its view span.

    Looked for: a full 年月日 date standing alone on a line or in brackets in the first lines
    (`（2012年3月9日）` under the title), else a short closing line carrying a date (the
    signature). Lines of website furniture (发布时间, 来源, URLs) and the body's narrative
    are never used, and a date in any other form (2012-03-10 08:00) is a posting stamp.
    """
    lines = _lines(view, start, len(view) if end is None else end)
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


def _lines(view: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for match in _NEWLINE.finditer(view, start, end):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, end))
    return spans


_NEWLINE = regex.compile(r"\n")


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
