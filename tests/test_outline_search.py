"""The builder's fast search (shared stacks, cached costs, lazily built stacks) makes exactly
the choices of the plain beam search it replaced: every hypothesis extended by every option,
options merged by their list state, first cheapest kept. The plain search and its plain cost
functions are kept here as the reference (the builder computes the same sums, in the same
order, per distinct list) and both run on the speeches, rearranged speeches and random
marker soups."""

from __future__ import annotations

import math
import random

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from actions.outline import build
from actions.outline.build import (
    ANNOUNCED, BEAM, CLOSED, COUNT, FIRST, FLEXIBLE, FORM, GROUP, IMPOSSIBLE, KEYWORD, LAST, LEVEL, MAX_DEPTH, ORDINAL,
    PARENT, RANK, RANK_SECTION, SIZE, WEIGHTS, WORK_BUDGET, Weights,
)
from actions.outline.rules import RANK_DOCUMENT, RANK_INLINE, scan_markers
from actions.outline.signals import Candidate, prepare, similarity, text_similarity
from actions.text.normalize import normalize
from test_outline_properties import PIECES


def _reference_search(candidates, w):
    beam_width = max(1, min(BEAM, WORK_BUDGET // (len(candidates) * 8)))
    beam = [(0.0, (), None)]
    for index, candidate in enumerate(candidates):
        if candidate.hit.rank == RANK_DOCUMENT:
            cost, stack, back = min(beam, key=lambda option: option[0] + _close_all(option[1], w))
            ordinal = candidate.hit.ordinal
            root = (-1, index, ordinal, 1, "document", "document", RANK_DOCUMENT, 1, index, None, False, 0, "")
            beam = [(0.0, (root,), (back, index, -1, 1, ordinal))]
            continue
        best = {}
        for cost, stack, back in beam:
            for option in _reference_options(cost, stack, back, index, candidate, candidates, w):
                known = best.get(option[1])
                if known is None or option[0] < known[0]:
                    best[option[1]] = option
        beam = sorted(best.values(), key=lambda option: option[0])[:beam_width]
    final = min(beam, key=lambda option: option[0] + _close_all(option[1], w, at_end=True))
    return build._placements(final[2])


def _close_all(stack, w, at_end=False):
    return sum(build._close_cost(open_list, w, at_end) for open_list in stack)


def _reference_options(cost, stack, back, index, candidate, candidates, w):
    hit = candidate.hit
    per_level = w.paragraph_depth if candidate.line_start and hit.rank == RANK_INLINE else 0.0
    yield (cost + hit.weight + (w.lead_in_keep if candidate.lead_in else 0.0), stack, back)
    start_cost = build._start_cost(candidate, w)
    popped = 0.0
    for depth in range(len(stack) - 1, -1, -1):
        open_list = stack[depth]
        if open_list[FORM] == "document":
            break
        ordinal = open_list[ORDINAL] + 1 if hit.ordinal == FLEXIBLE else hit.ordinal
        last = candidates[open_list[LAST]]
        inside = last.line_start and last.paragraph == candidate.paragraph and not candidate.line_start
        inside_last = w.inside_paragraph if inside else 0.0
        if not open_list[CLOSED] and ordinal > open_list[ORDINAL]:
            similar = lambda other: similarity(candidate, candidates[other])  # noqa: E731
            step = _continue_cost(candidate, ordinal, open_list, candidates, w, similar) + inside_last
            if step < IMPOSSIBLE:
                members = open_list[COUNT] + (0 if hit.ordinal == FLEXIBLE else 1)
                continued = (
                    open_list[PARENT], index, ordinal, members, open_list[FORM], open_list[GROUP], open_list[RANK],
                    open_list[LEVEL], open_list[FIRST], open_list[ANNOUNCED], hit.ordinal == FLEXIBLE,
                    hit.start - last.hit.start, open_list[KEYWORD],
                )
                if not last.line_start:
                    step += per_level * (open_list[LEVEL] - 1)
                placement = (back, index, open_list[PARENT], open_list[LEVEL], ordinal)
                yield (cost + popped + step, stack[:depth] + (continued,), placement)
        closing = build._close_cost(open_list, w)
        if hit.ordinal in (1, 2):
            intro = lambda other: text_similarity(candidate.intro, candidates[other].intro)  # noqa: E731
            step = _restart_cost(candidate, open_list, depth, candidates, w, intro, start_cost)
            step = step + per_level * (open_list[LEVEL] - 1) + inside_last
            fresh = build._new_list(candidate, index, open_list[PARENT], open_list[LEVEL])
            placement = (back, index, open_list[PARENT], open_list[LEVEL], hit.ordinal)
            yield (cost + popped + closing + step, stack[:depth] + (fresh,), placement)
        popped += closing + w.skip_list
    if len(stack) < MAX_DEPTH:
        parent_list = stack[-1] if stack else None
        step = _nest_cost(candidate, parent_list, candidates, w, start_cost)
        if step < IMPOSSIBLE:
            parent = parent_list[LAST] if parent_list else -1
            level = parent_list[LEVEL] + 1 if parent_list else 1
            step += per_level * (level - 1)
            ordinal = 1 if hit.ordinal == FLEXIBLE else hit.ordinal
            fresh = build._new_list(candidate, index, parent, level)
            yield (cost + step, stack + (fresh,), (back, index, parent, level, ordinal))


# -- the plain cost of each choice (as the builder had them before it computed them per list) ----


def _continue_cost(candidate: Candidate, ordinal: int, open_list: tuple, candidates, w: Weights, similar) -> float:
    """Cost of making `candidate` the next member of `open_list`; `similar(i)`: title similarity with candidate i."""
    hit = candidate.hit
    cost = w.ordinal_gap * (ordinal - open_list[ORDINAL] - 1)
    if hit.form == open_list[FORM]:
        cost += w.same_form
    elif hit.group == open_list[GROUP]:
        pass
    elif hit.rank == RANK_INLINE and open_list[RANK] == RANK_INLINE:
        cost += w.mixed_inline
    else:
        cost += w.mixed_line
    last = candidates[open_list[LAST]]
    shared = max(similar(open_list[LAST]), similar(open_list[FIRST]))
    cost -= w.parallel * max(0.0, shared - w.parallel_floor) / (1.0 - w.parallel_floor)
    if "colon" not in (candidate.place, last.place) and candidate.place != last.place:
        cost += w.place_mismatch
    if open_list[KEYWORD]:
        cost += -w.keyword if open_list[KEYWORD] in candidate.head else w.keyword
    previous_size = open_list[SIZE]
    if previous_size > 0:
        last_size = max(1, hit.start - last.hit.start)
        cost += w.size * max(0.0, abs(math.log(last_size / previous_size)) - w.size_tolerance)
    return cost


def _nest_cost(candidate: Candidate, parent_list: tuple | None, candidates, w: Weights, start_cost: float) -> float:
    cost = start_cost
    if parent_list is None:
        return cost
    hit = candidate.hit
    parent_rank = parent_list[RANK]
    if hit.rank != RANK_INLINE:
        if parent_rank == RANK_INLINE:
            cost += w.wrong_rank if hit.rank <= RANK_SECTION else w.item_heading_in_clause
        elif hit.rank <= parent_rank:
            cost += w.wrong_rank
    if hit.ordinal == parent_list[ORDINAL] + 1 and not parent_list[CLOSED]:
        cost += w.continuation_ignored  # the open list expects exactly this position
    if candidate.part_break == "address" or (candidate.part_break == "speaker" and parent_rank == RANK_INLINE):
        cost += w.part_break
    if hit.rank == RANK_INLINE and parent_rank == RANK_INLINE:
        distance = candidate.sentence - candidates[parent_list[LAST]].sentence
        cost += w.nest_distance * min(distance, w.nest_distance_cap)
        if hit.form == parent_list[FORM]:
            cost += w.nest_same_form
    return cost


def _restart_cost(candidate: Candidate, open_list: tuple, depth: int, candidates, w: Weights, intro_similar, start_cost: float) -> float:
    """Cost of a new list beside `open_list` at `depth`; `intro_similar(i)`: intro similarity with candidate i."""
    hit = candidate.hit
    cost = w.restart + start_cost + w.restart_depth * depth
    distance = candidate.sentence - candidates[open_list[LAST]].sentence
    cost -= min(w.restart_distance_cap, w.restart_distance * distance)
    if _outranks(hit.rank, open_list[RANK]):
        cost -= w.restart_outranks
    if intro_similar(open_list[FIRST]) >= 0.5:
        cost -= w.parallel_intro  # 从客观上讲，一是… 从主观上讲，一是…: two lists side by side
    return cost


def _outranks(rank: int, list_rank: int) -> bool:
    """A heading of this rank ends a list of `list_rank` (一、 ends inline lists; 1、 does not)."""
    if list_rank == RANK_INLINE:
        return rank <= RANK_SECTION
    return rank < list_rank



def _both(text: str):
    view = normalize(text).view
    candidates = [c for c in prepare(view, scan_markers(view)) if not c.preview]
    if not candidates:
        return [], []
    return build._search(candidates, WEIGHTS), _reference_search(candidates, WEIGHTS)


def test_speeches_and_reversed_speeches(speeches):
    texts = list(speeches.values()) + ["\n".join(reversed(text.split("\n"))) for text in speeches.values()]
    for text in texts:
        fast, reference = _both(text)
        assert fast == reference
        assert fast


@pytest.mark.parametrize("seed", range(1, 7))
def test_shuffled_sentences_of_all_speeches(speeches, seed):
    # Shuffled sentences make many near-ties between hypotheses: the order ties resolve in matters.
    sentences = [piece for text in speeches.values() for piece in regex.split(r"(?<=[。！？\n])", text) if piece]
    random.Random(seed).shuffle(sentences)
    fast, reference = _both("".join(sentences))
    assert fast == reference


def test_many_candidates_narrow_the_beam_the_same_way(speeches):
    fast, reference = _both("\n".join([speeches[1]] * 40))
    assert len(fast) > 1000
    assert fast == reference


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=120))
def test_marker_soups(pieces):
    fast, reference = _both("".join(pieces))
    assert fast == reference


def test_a_list_level_is_its_place_in_the_stack(speeches, monkeypatch):
    # The builder reads a list's depth (restart_depth) from its level: the list of level L is the
    # L-th of its stack, whatever the nesting (a document root is level 1, its lists level 2).
    seen = []
    build_stack = build._Stack.__init__

    def recording(self, top, below, w):
        build_stack(self, top, below, w)
        if top is not None:
            seen.append((top[LEVEL], self.size))

    monkeypatch.setattr(build._Stack, "__init__", recording)
    deep = "第一篇：总则\n" + "".join(f"{marker}甲乙。" for marker in ["一、", "（一）", "1、", "（1）", "①", "一是", "第一，", "首先，", "一要"] * 3)
    for text in [*speeches.values(), deep]:
        _both(text)
    assert seen
    assert all(level == size for level, size in seen)
    assert max(level for level, _ in seen) == MAX_DEPTH
