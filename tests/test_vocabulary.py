"""Shared Chinese vocabulary is spelled once (actions.lang.zh): no rules file re-spells it."""

from __future__ import annotations

from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "actions"
HOME = {PACKAGE / "lang" / "zh" / "words.py", PACKAGE / "lang" / "zh" / "numerals.py"}

SPELLINGS = {
    "the modal verbs (words.MODALS)": "要|必须|务必",
    "the audience (words.AUDIENCE)": "我们|大家|同志们",
    "the count numerals (numerals.COUNTING)": "一二三四五六七八九十两几",
    "the month numbers (numerals.MONTH_NUMBER)": "1[0-2]|0?[1-9]|十[一二]?",
    "the owner field labels (words.OWNER_FIELD_LABELS)": '"配合部门"',
    "the time field labels (words.TIME_FIELD_LABELS)": '"时限要求"',
}


@pytest.mark.parametrize("what", SPELLINGS)
def test_shared_words_are_spelled_in_one_place(what):
    spelled = [path.relative_to(PACKAGE).as_posix() for path in PACKAGE.rglob("*.py")
               if path not in HOME and SPELLINGS[what] in path.read_text(encoding="utf-8")]
    assert spelled == [], f"{what} spelled again in {spelled}"
