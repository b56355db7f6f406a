"""Chinese and Arabic numerals: 三 → 3, 二十一 → 21, 二〇一二 → 2012, 12 → 12, １２ → 12.

Two readings exist in speeches: positional digit strings for years (二〇一二, 一九九八) and
counted numerals for everything else (十, 十一, 二十, 九十九, 一百零五). `parse_number`
accepts both and returns None for anything else, so callers can reject false matches.
"""

from __future__ import annotations

DIGITS = {
    "〇": 0, "零": 0, "○": 0, "O": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "两": 2, "贰": 2,
    "三": 3, "叁": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}

CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS)
"""Every character that can appear in a Chinese numeral, for building patterns."""

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def parse_number(token: str) -> int | None:
    """Read a Chinese or Arabic numeral; None when `token` is not one."""
    if not token:
        return None
    ascii_token = token.translate(_FULLWIDTH_DIGITS)
    if ascii_token.isascii() and ascii_token.isdigit():
        return int(ascii_token)
    if all(ch in DIGITS for ch in token) and len(token) > 1:
        return _positional(token)
    return _counted(token)


def _positional(token: str) -> int:
    value = 0
    for ch in token:
        value = value * 10 + DIGITS[ch]
    return value


def _counted(token: str) -> int | None:
    total = 0
    pending: int | None = None
    last_unit = 10_000
    for ch in token:
        if ch in DIGITS:
            if pending is not None and DIGITS[ch] != 0:
                return None  # two digits in a row: 三四 is not a number
            pending = DIGITS[ch] if DIGITS[ch] != 0 else None
        elif ch in UNITS:
            unit = UNITS[ch]
            if unit >= last_unit:
                return None  # units must fall: 十百 is not a number
            total += (1 if pending is None else pending) * unit
            pending = None
            last_unit = unit
        else:
            return None
    return total + (pending or 0)


ORDINAL_NUMERAL = "[一二三四五六七八九十]{1,3}"
"""A Chinese numeral as used in list ordinals (一 … 九十九), for building patterns."""

CIRCLED_DIGITS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
"""Circled numbers ① … ⑳ in order."""


def parse_ordinal(token: str) -> int | None:
    """Read a list ordinal (1-99): 三 → 3, 十二 → 12, 12 → 12, ③ → 3; None otherwise."""
    if len(token) == 1 and token in CIRCLED_DIGITS:
        return CIRCLED_DIGITS.index(token) + 1
    if len(token) > 1 and "十" not in token and not token.isascii():
        return None  # 一二 is a run of digits, not an ordinal
    value = parse_number(token)
    if value is None or not 1 <= value <= 99:
        return None
    return value

COUNTING = "一二三四五六七八九十两几"
"""The numerals of a count in running text (三个方面, 两项任务, 几点要求), for character classes."""

MONTH_NUMBER = "1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
"""A month number, Arabic or Chinese (1-12), as a pattern alternation."""

DAY_NUMBER = "3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
"""A day-of-month number, Arabic or Chinese (1-31), as a pattern alternation."""
