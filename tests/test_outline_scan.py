"""The marker scan finds the rule of a combined match by the match's span (the one rule group
that took part in the match has it): the same hits as the plain scan that tries the rule
groups in order and takes the first that took part, on the speeches and on marker soups."""

from __future__ import annotations

import random

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from actions.lang.zh.numerals import CIRCLED_DIGITS, parse_ordinal
from actions.outline import rules
from actions.outline.rules import RULES, scan_markers
from actions.text.normalize import normalize
from test_outline_properties import PIECES


def _plain_scan(view: str):
    hits = []
    starts = [0] if view else []
    starts.extend(m.start() if view[m.start()] in CIRCLED_DIGITS else m.end() for m in rules._TRIGGER.finditer(view))
    for start in starts:
        match = rules._COMBINED.match(view, start)
        if match is None:
            continue
        taking_part = [index for index, group in enumerate(rules._RULE_GROUPS) if match.span(group)[0] >= 0]
        assert len(taking_part) == 1  # what the span lookup relies on
        rule = RULES[taking_part[0]]
        hit = rule.produce(rule.compiled.match(view, match.start(rules._RULE_GROUPS[taking_part[0]])))
        if hit is not None and (not hits or hit.start >= hits[-1].end):
            hits.append(hit)
    return hits


def test_speeches_and_shuffled_sentences(speeches):
    sentences = [piece for text in speeches.values() for piece in regex.split(r"(?<=[。！？\n])", text) if piece]
    random.Random(3).shuffle(sentences)
    found = 0
    for text in [*speeches.values(), "".join(sentences)]:
        view = normalize(text).view
        hits = scan_markers(view)
        assert hits == _plain_scan(view)
        found += len(hits)
    assert found > 300


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80))
def test_marker_soups(pieces):
    view = normalize("".join(pieces)).view
    assert scan_markers(view) == _plain_scan(view)


def test_ordinals_are_read_as_parse_ordinal_reads_them():
    for token in ["一", "三", "十", "十二", "九十九", "一二", "1", "12", "③", "⑳", "百"]:
        assert rules._ordinal_of(token) == parse_ordinal(token)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["会议第二项", "现在进行", "①", "【", "[", "“一是", "（一）", " 1、", "接下来进行第三"]), min_size=1, max_size=60))
def test_the_trigger_scan_finds_the_places_regex_finds(pieces):
    # The trigger pattern runs on the standard library's engine; regex must find the same places.
    text = "".join(pieces)
    reference = regex.compile(rules._TRIGGER.pattern)
    assert [m.span() for m in rules._TRIGGER.finditer(text)] == [m.span() for m in reference.finditer(text)]
