"""The gated item scan (per-view cue scans decide which clauses are searched) finds exactly
what reading every clause with every pattern finds."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
import regex

from actions.items import detect
from actions.items.index import ItemIndex
from actions.owners.index import SUBJECT_END_GATE, OwnerIndex
from actions.owners.lexicon import SUBJECT_END
from actions.outline.build import build_outline
from actions.text.normalize import normalize
from actions.text.positions import hits

_SPEECHES = [path.read_text(encoding="utf-8") for path in sorted((Path(__file__).parents[1] / "fixtures" / "speeches").glob("*.txt"))]
_REFERENCE = dt.date(2012, 5, 10)


def _noisy_texts(count: int = 40) -> list[str]:
    """Paragraphs of the speeches shuffled, cut at random offsets and wrapped at a fixed width."""
    rng = random.Random(7)
    paragraphs = [line for speech in _SPEECHES for line in speech.splitlines() if line.strip()]
    texts = []
    for number in range(count):
        text = "\n".join(rng.choice(paragraphs) for _ in range(rng.randint(2, 12)))
        text = text[rng.randrange(len(text) // 3):]
        if number % 2:
            width = rng.choice((24, 31, 40))
            text = "\n".join(text[i : i + width] for i in range(0, len(text), width))
        texts.append(text)
    return texts


@pytest.mark.parametrize("text", _SPEECHES + _noisy_texts(), ids=lambda text: text[:8])
def test_gated_detection_equals_reading_every_clause(text):
    view = normalize(text).view
    outline = build_outline(view)
    gated = detect.detect_items(view, outline, _REFERENCE)
    full = detect.detect_items(view, outline, _REFERENCE, gated=False)
    assert [item.model_dump() for item in gated] == [item.model_dump() for item in full]


@pytest.mark.parametrize("text", _SPEECHES + _noisy_texts(10), ids=lambda text: text[:8])
def test_subject_end_positions_equal_those_of_the_bare_pattern(text):
    view = normalize(text).view
    assert hits(SUBJECT_END_GATE, view) == hits(regex.compile(SUBJECT_END), view)


def test_the_suffix_precheck_keeps_subject_ends_after_a_comma():
    view = "各县市区政府，要加强领导，市安监局负责督查"
    assert hits(SUBJECT_END_GATE, view) == hits(regex.compile(SUBJECT_END), view) != []


def _findall_triggers(view: str, start: int, end: int) -> list[str]:
    from actions.owners.extract import _TRIGGERS

    return _TRIGGERS.findall(view, start, end, overlapped=True)


def test_trigger_index_gives_the_words_a_span_scan_gives():
    from actions.owners.extract import Triggers

    rng = random.Random(11)
    for text in _SPEECHES + _noisy_texts(10):
        view = normalize(text).view
        triggers = Triggers(view)
        for _ in range(300):
            start = rng.randrange(len(view))
            end = min(len(view), start + rng.randint(0, 120))
            assert sorted(triggers.within(start, end)) == sorted(_findall_triggers(view, start, end))


def test_a_trigger_word_cut_by_the_span_end_gives_way_to_the_one_that_fits():
    from actions.owners.extract import Triggers

    view = "市发改委牵头单位，由市安监局牵头"
    triggers = Triggers(view)
    cut = view.index("单位")
    assert "牵头单位" in triggers.within(0, len(view))
    assert triggers.within(0, cut) == _findall_triggers(view, 0, cut) == ["牵头"]
    assert triggers.within(0, cut - 1) == _findall_triggers(view, 0, cut - 1) == []


def _rules_with_needs():
    from actions.items.rules import RULES

    return [rule for rule in RULES if rule.needs is not None]


def _every_match(rule) -> list[str]:
    """Every match (overlapped) of `rule` on the speeches, noisy texts and its own examples."""
    texts = [normalize(text).view for text in _SPEECHES + _noisy_texts(10)] + [example.text for example in rule.examples]
    return [match.group() for text in texts for match in rule.compiled.finditer(text, overlapped=True)]


@pytest.mark.parametrize("rule", _rules_with_needs(), ids=lambda rule: rule.name)
def test_every_match_of_a_rule_holds_one_of_its_needed_words(rule):
    matches = _every_match(rule)
    assert matches
    for found in matches:
        assert any(word in found for word in rule.needs), (rule.name, found)


def test_a_unit_without_a_needed_word_skips_the_rule_but_not_the_others():
    from actions.items.rules import BY_NAME, may_match

    definition = BY_NAME["definition"]
    assert may_match(definition, "和谐就是城市要协调", 0, 9) and not may_match(definition, "和谐就是城市要协调", 3, 9)
    view = "下面请张局长发言"
    ctx = detect._Context(view, ItemIndex(view, [], []), OwnerIndex(view))
    assert detect._whole_unit_not_item(ctx, 0, len(view))


def _rules_ending_at_triggers():
    from actions.owners.lexicon import RULES

    return [rule for rule in RULES if rule.ends_at_trigger]


@pytest.mark.parametrize("rule", _rules_ending_at_triggers(), ids=lambda rule: rule.name)
def test_every_match_of_a_rule_ending_at_a_trigger_is_a_unit_list_run_ending_with_one(rule):
    matches = _every_match(rule)
    assert matches
    for found in matches:
        assert found.endswith(rule.triggers), (rule.name, found)
        assert regex.fullmatch(r"[\p{Han}、（）]+", found), (rule.name, found)


@pytest.mark.parametrize("rule", _rules_ending_at_triggers(), ids=lambda rule: rule.name)
def test_the_search_from_trigger_runs_gives_the_matches_of_finditer(rule):
    from actions.owners.extract import _matches_up_to_triggers

    rng = random.Random(13)
    views = [normalize(text).view for text in _SPEECHES + _noisy_texts(10)]
    views.append("市交通局（牵头）、市公安局（配合）要制定停车规划，市城管执法局牵头，各街道配合，市财政局和市审计局协助，社区参与")
    # A run without a match, then a short one whose look-ahead reads past the cut search end.
    views.append("各部门配合单位，局配合单位，市局配合，县委牵头单位，局牵头部门")
    for view in views:
        spans = [(0, len(view))] + [(start, min(len(view), start + rng.randint(0, 150)))
                                    for start in (rng.randrange(len(view)) for _ in range(200))]
        for start, end in spans:
            expected = [(match.span(), match.groups()) for match in rule.compiled.finditer(view, start, end)]
            assert [(match.span(), match.groups()) for match in _matches_up_to_triggers(rule, view, start, end)] == expected


def test_a_long_run_of_trigger_words_gives_every_match_of_finditer():
    # Its time at 1x/4x/16x is measured by benchmarks/adversarial.py ("support roles in one run").
    from actions.owners.extract import owners_by_rule
    from actions.owners.lexicon import RULES

    support_after = next(rule for rule in RULES if rule.name == "support_after")
    view = "市局配合" * 2_000  # one run, a match per trigger word
    owners = owners_by_rule(support_after, view, 0, len(view))
    assert len(owners) == sum(1 for _ in support_after.compiled.finditer(view))
    assert owners and all(owner.role == "support" for owner in owners)


def test_the_items_of_one_long_sentence_share_its_text():
    view = normalize("要加强，\n" * 2_000).view  # wrapped lines joined: one sentence of 2,000 clauses
    found = detect.detect_items(view, build_outline(view), _REFERENCE)
    assert len(found) == 2_000
    assert found[0].sentence == view.rstrip("\n")
    assert all(item.sentence is found[0].sentence for item in found)  # sliced once, not once per item
