"""Nest enumeration markers into the outline tree: a scored beam search over nestings.

Each candidate marker (actions.outline.rules) is, in every hypothesis, either dropped (not
a list marker), added to one of the open lists (continue), opened as a nested list under
the current node (nest), or made the first member of a new list beside an open one
(restart). Every choice has a cost built from the signals a careful reader uses (see
`Weights`): ordinal continuity, marker form, parallel titles, announced counts, distance,
and the kind of place the marker stands in. The hypotheses with the lowest total cost
survive (beam search); hypotheses with the same open lists are merged (only the cheaper
one can win), so the search is a Viterbi pass over list states, linear in the number of
markers. A document separator (第一篇) closes everything and commits the best hypothesis.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from actions.models import OutlineNode
from actions.outline.rules import FLEXIBLE, RANK_DOCUMENT, RANK_INLINE, scan_markers
from actions.outline.signals import Candidate, prepare, similarity, text_similarity

MAX_DEPTH = 8
"""Deepest level; deeper markers continue or restart a list instead of nesting."""

BEAM = 24
"""Hypotheses kept per marker on speech-sized input."""

WORK_BUDGET = 600_000
"""Hypothesis expansions per text; a long text gets a narrower beam (never below 1: greedy)."""

IMPOSSIBLE = 1e9

RANK_SECTION = 2
"""一、 and （一） (ranks 1-2) head sections: they never sit inside an inline enumerator."""


@dataclass(frozen=True)
class Weights:
    """Costs of the choices (lower total cost = the reading that explains the text best)."""

    ordinal_gap: float = 3.0  # per missing position when a list skips (一是 … 三是)
    same_form: float = -0.5  # continuing with exactly the list's form
    mixed_inline: float = 0.7  # 首先 … 第二: different inline groups in one list
    mixed_line: float = 4.0  # line heading and inline marker (or two line forms) in one list
    parallel: float = 2.5  # times the title similarity with the list's first/last member ...
    parallel_floor: float = 0.25  # ... above this level (a few shared characters mean nothing)
    place_mismatch: float = 0.8  # a sentence-start sibling after a mid-sentence one, or back
    unmarked_first: float = 2.0  # a list that starts at 2 (its first member has no marker)
    continuation_ignored: float = 2.5  # nesting a 2 when the current list expects a 2
    skip_list: float = 0.15  # per open list closed to continue an outer one (the nearest one first)
    keyword: float = 0.8  # a member with (or without) the word its lead-in announced (三个强化)
    late_start: float = 5.0  # plus the ordinal, for a list that starts at 3 or later
    nest_flexible: float = 6.0  # 最后/再次 opening a list
    nest_distance: float = 0.4  # per sentence between an inline parent and its first child
    nest_distance_cap: int = 6
    nest_same_form: float = 0.3
    wrong_rank: float = 8.0  # 一、/（一） inside an inline node, or a heading inside a same/deeper one
    item_heading_in_clause: float = 1.0  # 1、/（1）/① items inside an inline node (明确五个方面：1、…)
    restart: float = 3.0  # a second list beside a finished one
    restart_distance: float = 0.25  # relief per sentence since the list's last member
    restart_distance_cap: float = 2.0
    restart_outranks: float = 2.5  # relief when a line heading ends inline lists
    parallel_intro: float = 3.0  # relief when the new list's intro parallels the old one's
    restart_depth: float = 0.2  # per level: prefer restarting the outer list
    lead_in: float = 0.5  # relief for opening a list right after 讲三个方面 / 我提几点要求
    lead_in_keep: float = 2.0  # extra cost of dropping a marker right after a lead-in
    count: float = 1.5  # per member more or fewer than announced (up to 3)
    lone_inline: float = 2.0  # an inline list that ends with one member
    lone_line: float = 0.5
    paragraph_depth: float = 0.6  # per level, for an inline marker that starts a paragraph
    inside_paragraph: float = 1.5  # a marker inside the paragraph a member opens belongs to it
    size: float = 1.0  # per log-unit that two neighbouring siblings differ in length ...
    size_tolerance: float = math.log(4)  # ... beyond a factor of four


WEIGHTS = Weights()

# A list state is a plain tuple (cheap to copy and hash); these are its fields.
PARENT, LAST, ORDINAL, COUNT, FORM, GROUP, RANK, LEVEL, FIRST, ANNOUNCED, CLOSED, SIZE, KEYWORD = range(13)


def build_outline(view: str) -> list[OutlineNode]:
    """The level-1 outline nodes of `view`, spans in view offsets."""
    candidates = [c for c in prepare(view, scan_markers(view)) if not c.preview]
    if not candidates:
        return []
    placements = _search(candidates, WEIGHTS)
    return _nodes(view, candidates, placements)


# -- the search ----------------------------------------------------------------------------------


def _search(candidates: list[Candidate], w: Weights) -> list[tuple[int, int, int, int]]:
    """(candidate index, parent index or -1, level, ordinal) of every kept marker."""
    beam_width = max(1, min(BEAM, WORK_BUDGET // (len(candidates) * 8)))
    beam: list[tuple[float, tuple, object]] = [(0.0, (), None)]
    for index, candidate in enumerate(candidates):
        if candidate.hit.rank == RANK_DOCUMENT:
            beam = [_document(beam, index, candidate, candidates, w)]
            continue
        best: dict[tuple, tuple[float, tuple, object]] = {}
        for cost, stack, back in beam:
            for option in _options(cost, stack, back, index, candidate, candidates, w):
                key = option[1]  # the future depends on the open lists only
                known = best.get(key)
                if known is None or option[0] < known[0]:
                    best[key] = option
        beam = sorted(best.values(), key=lambda option: option[0])[:beam_width]
    final = min(beam, key=lambda option: option[0] + _close_all(option[1], candidates, w))
    return _placements(final[2])


def _document(beam, index, candidate, candidates, w):
    """A document separator ends every list: commit the best hypothesis, start a new root."""
    cost, stack, back = min(beam, key=lambda option: option[0] + _close_all(option[1], candidates, w))
    ordinal = candidate.hit.ordinal
    root = (-1, index, ordinal, 1, "document", "document", RANK_DOCUMENT, 1, index, None, False, 0, "")
    return (0.0, (root,), (back, index, -1, 1, ordinal))


def _options(cost, stack, back, index, candidate: Candidate, candidates, w: Weights):
    hit = candidate.hit
    # A paragraph that starts with an inline marker usually starts a section, not a sub-point.
    per_level = w.paragraph_depth if candidate.line_start and hit.rank == RANK_INLINE else 0.0
    drop = hit.weight + (w.lead_in_keep if candidate.lead_in else 0.0)
    yield (cost + drop, stack, back)
    popped = 0.0
    for depth in range(len(stack) - 1, -1, -1):
        open_list = stack[depth]
        if open_list[FORM] == "document":
            break
        ordinal = open_list[ORDINAL] + 1 if hit.ordinal == FLEXIBLE else hit.ordinal
        inside_last = _inside_paragraph_of_last(candidate, open_list, candidates, w)
        if not open_list[CLOSED] and ordinal > open_list[ORDINAL]:
            step = _continue_cost(candidate, ordinal, open_list, candidates, w) + inside_last
            if step < IMPOSSIBLE:
                members = open_list[COUNT] + (0 if hit.ordinal == FLEXIBLE else 1)
                continued = (
                    open_list[PARENT], index, ordinal, members, open_list[FORM], open_list[GROUP], open_list[RANK],
                    open_list[LEVEL], open_list[FIRST], open_list[ANNOUNCED], hit.ordinal == FLEXIBLE,
                    hit.start - candidates[open_list[LAST]].hit.start, open_list[KEYWORD],
                )
                if not candidates[open_list[LAST]].line_start:  # a list of paragraphs paid once
                    step += per_level * (open_list[LEVEL] - 1)
                yield (cost + popped + step, stack[:depth] + (continued,), (back, index, open_list[PARENT], open_list[LEVEL], ordinal))
        closing = _close_cost(open_list, w)
        if hit.ordinal in (1, 2):
            step = _restart_cost(candidate, open_list, depth, candidates, w) + per_level * (open_list[LEVEL] - 1) + inside_last
            fresh = _new_list(candidate, index, open_list[PARENT], open_list[LEVEL])
            yield (cost + popped + closing + step, stack[:depth] + (fresh,), (back, index, open_list[PARENT], open_list[LEVEL], hit.ordinal))
        popped += closing + w.skip_list
    if len(stack) < MAX_DEPTH:
        parent_list = stack[-1] if stack else None
        step = _nest_cost(candidate, parent_list, candidates, w)
        if step < IMPOSSIBLE:
            parent = parent_list[LAST] if parent_list else -1
            level = parent_list[LEVEL] + 1 if parent_list else 1
            step += per_level * (level - 1)
            ordinal = 1 if hit.ordinal == FLEXIBLE else hit.ordinal
            yield (cost + step, stack + (_new_list(candidate, index, parent, level),), (back, index, parent, level, ordinal))


def _inside_paragraph_of_last(candidate: Candidate, open_list: tuple, candidates, w: Weights) -> float:
    """Cost of leaving a paragraph-heading member from inside its own paragraph."""
    last = candidates[open_list[LAST]]
    if last.line_start and last.paragraph == candidate.paragraph and not candidate.line_start:
        return w.inside_paragraph
    return 0.0


def _new_list(candidate: Candidate, index: int, parent: int, level: int) -> tuple:
    hit = candidate.hit
    ordinal = 1 if hit.ordinal == FLEXIBLE else hit.ordinal
    return (parent, index, ordinal, 1, hit.form, hit.group, hit.rank, level, index, candidate.announced, False, 0, candidate.keyword)


def _continue_cost(candidate: Candidate, ordinal: int, open_list: tuple, candidates, w: Weights) -> float:
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
    first = candidates[open_list[FIRST]]
    shared = max(similarity(candidate, last), similarity(candidate, first))
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


def _start_cost(candidate: Candidate, w: Weights) -> float:
    ordinal = candidate.hit.ordinal
    if ordinal == 1:
        cost = 0.0
    elif ordinal == 2:
        cost = w.unmarked_first
    elif ordinal == FLEXIBLE:
        cost = w.nest_flexible
    else:
        cost = w.late_start + ordinal
    return cost - (w.lead_in if candidate.lead_in else 0.0)


def _nest_cost(candidate: Candidate, parent_list: tuple | None, candidates, w: Weights) -> float:
    cost = _start_cost(candidate, w)
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
    if hit.rank == RANK_INLINE and parent_rank == RANK_INLINE:
        distance = candidate.sentence - candidates[parent_list[LAST]].sentence
        cost += w.nest_distance * min(distance, w.nest_distance_cap)
        if hit.form == parent_list[FORM]:
            cost += w.nest_same_form
    return cost


def _restart_cost(candidate: Candidate, open_list: tuple, depth: int, candidates, w: Weights) -> float:
    hit = candidate.hit
    cost = w.restart + _start_cost(candidate, w) + w.restart_depth * depth
    distance = candidate.sentence - candidates[open_list[LAST]].sentence
    cost -= min(w.restart_distance_cap, w.restart_distance * distance)
    if _outranks(hit.rank, open_list[RANK]):
        cost -= w.restart_outranks
    first = candidates[open_list[FIRST]]
    if text_similarity(candidate.intro, first.intro) >= 0.5:
        cost -= w.parallel_intro  # 从客观上讲，一是… 从主观上讲，一是…: two lists side by side
    return cost


def _outranks(rank: int, list_rank: int) -> bool:
    """A heading of this rank ends a list of `list_rank` (一、 ends inline lists; 1、 does not)."""
    if list_rank == RANK_INLINE:
        return rank <= RANK_SECTION
    return rank < list_rank


def _close_cost(open_list: tuple, w: Weights) -> float:
    cost = 0.0
    members = open_list[COUNT]
    if open_list[ANNOUNCED] is not None and members > 1:  # a lone one: the others are unmarked
        cost += w.count * min(3, abs(open_list[ANNOUNCED] - members))
    if members <= 1 and not open_list[CLOSED] and open_list[FORM] != "document":
        cost += w.lone_inline if open_list[RANK] == RANK_INLINE else w.lone_line
    return cost


def _close_all(stack: tuple, candidates, w: Weights) -> float:
    return sum(_close_cost(open_list, w) for open_list in stack)


def _placements(back) -> list[tuple[int, int, int, int]]:
    placements = []
    while back is not None:
        back, index, parent, level, ordinal = back
        placements.append((index, parent, level, ordinal))
    placements.reverse()
    return placements


# -- the tree ------------------------------------------------------------------------------------


def _nodes(view: str, candidates: list[Candidate], placements) -> list[OutlineNode]:
    children: dict[int, list[tuple[int, int, int]]] = {}
    for index, parent, level, ordinal in placements:
        children.setdefault(parent, []).append((index, level, ordinal))
    return _subtree(view, candidates, children, -1, len(view), "")


def _subtree(view, candidates, children, parent: int, end: int, prefix: str) -> list[OutlineNode]:
    members = children.get(parent, [])
    nodes = []
    for number, (index, level, ordinal) in enumerate(members, start=1):
        candidate = candidates[index]
        hit = candidate.hit
        node_end = candidates[members[number][0]].hit.start if number < len(members) else end
        node_id = f"{prefix}{number}"
        nodes.append(
            OutlineNode.model_construct(
                id=node_id,
                marker=view[hit.start : hit.end],
                family=hit.family,
                ordinal=ordinal,
                level=level,
                marker_span=(hit.start, hit.end),
                title=view[hit.title_start : candidate.title_end],
                span=(hit.start, node_end),
                children=_subtree(view, candidates, children, index, node_end, node_id + "."),
            )
        )
    return nodes
