"""Chinese and Arabic numerals, and list ordinals."""

from __future__ import annotations

import pytest

from actions.lang.zh.numerals import CHINESE_NUMERAL_CHARS, parse_number, parse_ordinal


@pytest.mark.parametrize(
    ("token", "value"),
    [("三", 3), ("十", 10), ("十一", 11), ("二十", 20), ("九十九", 99), ("一百零五", 105), ("二〇一二", 2012), ("12", 12), ("１２", 12), ("两", 2)],
)
def test_parse_number(token, value):
    assert parse_number(token) == value


@pytest.mark.parametrize("token", ["", "abc", "十百", "三x"])
def test_parse_number_rejects(token):
    assert parse_number(token) is None


@pytest.mark.parametrize(("token", "value"), [("一", 1), ("十二", 12), ("九十九", 99), ("7", 7), ("③", 3), ("⑳", 20)])
def test_parse_ordinal(token, value):
    assert parse_ordinal(token) == value


@pytest.mark.parametrize("token", ["一二", "一百", "0", "100", "〇", ""])
def test_parse_ordinal_rejects(token):
    assert parse_ordinal(token) is None


def test_numeral_chars_cover_digits_and_units():
    assert all(ch in CHINESE_NUMERAL_CHARS for ch in "一二三十百千〇两")
