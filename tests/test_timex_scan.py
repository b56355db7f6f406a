"""Properties of the deadline scanner: it never raises, spans index the view, limits never
precede the meeting date, the key-driven scan equals the full alternation, it is fast."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from actions.text.normalize import normalize
from actions.timex import rules, scan
from actions.timex.scan import find_deadlines, scan_deadlines

SPEECHES = sorted(Path(__file__).resolve().parent.parent.joinpath("fixtures", "speeches").glob("speech-*.txt"))

# Pieces that time expressions are made of, mixed with ordinary text, so generated texts
# hit the rules, their edges and their contexts often.
TOKENS = [
    "年", "月", "日", "号", "前", "后", "内", "底", "末", "初", "份", "中旬", "下旬", "上旬", "今", "明", "去", "本",
    "下", "上", "个", "这", "三", "十", "二", "〇", "一", "两", "半", "1", "2", "9", "0", "12", "30", "季度", "第", "首",
    "每", "会", "会议", "结束", "，", "。", "\n", "以来", "截至", "截止到", "最后期限是", "到", "至", "的", "是", "要",
    "期间", "春运", "国庆节", "xx", "×", "周", "星期", "天", "用", "时间", "立即", "从现在起", "即日起", "工作日",
    "小时", "规定的", "限期", "同比", "出了", "起", "预计", "自", "前年", "定期", "按", "近", "第一", "（", "）", "%",
    "全面", "完成", "各单位", "a", " ", "—", "-", "最短的", "限时", "或", "月份", "年初", "～",
]
texts = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)
any_texts = st.text(max_size=200)
references = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)))

FULL_ALTERNATION = regex.compile(
    "|".join(f"(?P<r{i}>{rule.pattern})" for i, rule in enumerate(rules.EXPRESSION_RULES))
)


def _check_deadlines(view: str, reference: dt.date | None) -> None:
    previous_end = 0
    for deadline in scan_deadlines(view, reference):
        start, end = deadline.span
        assert 0 <= start < end <= len(view)
        assert deadline.text == view[start:end]
        assert start >= previous_end, "overlapping or unsorted deadlines"
        previous_end = end
        if reference is not None and deadline.kind in ("by", "within") and deadline.due is not None:
            assert deadline.due >= reference, deadline
        if deadline.start is not None and deadline.due is not None:
            assert deadline.start <= deadline.due, deadline
        if deadline.kind in ("asap", "recurring"):
            assert deadline.due is None


@settings(max_examples=150, deadline=None)
@given(texts, references)
def test_scan_properties_on_time_like_text(text, reference):
    _check_deadlines(text, reference)


@settings(max_examples=100, deadline=None)
@given(any_texts, references)
def test_scan_never_raises_on_any_text(text, reference):
    _check_deadlines(normalize(text).view, reference)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_key_driven_scan_equals_the_full_alternation(text):
    expected = [match.span() for match in FULL_ALTERNATION.finditer(text)]
    assert [match.span() for match in scan._matches(text)] == expected


def test_key_driven_scan_equals_the_full_alternation_on_the_speeches():
    for path in SPEECHES:
        view = normalize(path.read_text(encoding="utf-8")).view
        expected = [match.span() for match in FULL_ALTERNATION.finditer(view)]
        assert [match.span() for match in scan._matches(view)] == expected, path.name


def test_every_rule_names_its_keys():
    for rule in rules.EXPRESSION_RULES:
        assert rule.keys, rule.name


@settings(max_examples=60, deadline=None)
@given(texts, references, st.integers(0, 60), st.integers(0, 60))
def test_find_deadlines_is_the_scan_restricted_to_the_slice(text, reference, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    expected = [d for d in scan_deadlines(text, reference) if start <= d.span[0] and d.span[1] <= end]
    assert find_deadlines(text, start, end, reference) == expected


def test_find_deadlines_returns_copies():
    view = "本月20号前上报方案。"
    reference = dt.date(2012, 5, 10)
    first = find_deadlines(view, 0, len(view), reference)
    first[0].span = (99, 100)
    assert find_deadlines(view, 0, len(view), reference)[0].span == (0, 6)


def test_scan_of_a_large_text_finds_every_repetition():
    # How fast (and how linear) is measured by benchmarks/run.py and benchmarks/adversarial.py.
    view = normalize("".join(path.read_text(encoding="utf-8") for path in SPEECHES)).view
    once = scan_deadlines(view, dt.date(2012, 5, 10))
    big = view * 50
    found = scan_deadlines(big, dt.date(2012, 5, 10))
    assert len(once) > 10
    assert len(found) == 50 * len(once)
    for deadline in found:
        assert big[deadline.span[0] : deadline.span[1]] == deadline.text


def test_dense_adversarial_input_gives_spans_into_it():
    text = "年" * 100_000 + "9月" * 20_000 + "前" * 50_000 + "一二三" * 20_000
    for deadline in scan_deadlines(text, None):
        assert text[deadline.span[0] : deadline.span[1]] == deadline.text
