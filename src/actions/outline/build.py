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
from operator import itemgetter

from actions import progress
from actions.outline.node import NodeDraft
from actions.outline.rules import FLEXIBLE, RANK_DOCUMENT, RANK_INLINE, MarkerHit, markers_after, scan_markers
from actions.outline.signals import Candidate, confirm_flattened, forget_bigrams, prepare, similarity, text_similarity
from actions.text.noise import Noise, find_noise

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
    part_break: float = 4.0  # nesting a list that a new part opens under the last point (an address: under any node)
    size: float = 1.0  # per log-unit that two neighbouring siblings differ in length ...
    size_tolerance: float = math.log(4)  # ... beyond a factor of four


WEIGHTS = Weights()

# A list state is a plain tuple (cheap to copy and hash); these are its fields.
PARENT, LAST, ORDINAL, COUNT, FORM, GROUP, RANK, LEVEL, FIRST, ANNOUNCED, CLOSED, SIZE, KEYWORD = range(13)


def build_outline(view: str, noise: Noise | None = None) -> list[NodeDraft]:
    """The level-1 outline nodes of `view` (actions.outline.node), spans in view offsets.

    `noise` (default: actions.text.noise.find_noise of the view) holds no heading; a marker right
    after a noise region (新华社记者 某某/摄第一，…) is read as if a line started there.
    """
    hits = scan_markers(view)
    if noise is None:
        noise = find_noise(view)
    if noise:
        hits = _outside_noise(hits, noise, markers_after(view, noise.ends()))
    hits = confirm_flattened(view, hits)
    if not hits:
        return []  # prepare's passes over the text (sentence ends, title stops) would find nothing to use
    try:
        candidates = [c for c in prepare(view, hits) if not c.preview]
        if not candidates:
            return []
        placements = _search(candidates, WEIGHTS)
    finally:
        forget_bigrams()
    return _nodes(view, candidates, placements)


def _outside_noise(hits: list[MarkerHit], noise: Noise, after: list[MarkerHit]) -> list[MarkerHit]:
    kept = [hit for hit in hits if not noise.contains(hit.start)]
    if not after:
        return kept
    merged: list[MarkerHit] = []
    for hit in sorted(kept + after, key=lambda hit: (hit.start, -hit.end)):
        if not merged or hit.start >= merged[-1].end:
            merged.append(hit)
    return merged


# -- the search ----------------------------------------------------------------------------------


class _Stack:
    """The open lists of a hypothesis as a linked stack whose lower part other hypotheses share.

    Two equal stacks are always one object (a step names each new stack by a key that is equal
    exactly when the stacks are, and builds one object per surviving key), so a stack is a dict
    key hashed and compared by identity. What does not depend on the candidate (the costs of
    closing the top list and of passing it to an outer one, the key of a list beside the top
    one) is computed once, when the stack is built.
    """

    __slots__ = ("top", "top_id", "below", "size", "closing", "closing_top", "passing", "beside")

    def __init__(self, top: tuple | None, below: _Stack | None, w: Weights):
        self.top = top
        self.top_id = id(top)  # what the per-step caches of a list are keyed by (see _Step)
        self.below = below
        self.closing: float | None = None  # closing every list
        if below is None:  # the empty stack
            self.size = 0
        else:
            self.size = below.size + 1
            # (_close_cost, written out: a stack is built for every surviving hypothesis of every step)
            closing = 0.0
            members = top[COUNT]
            announced = top[ANNOUNCED]
            if announced is not None and members > 1:
                closing += w.count * min(3, abs(announced - members))
            if members <= 1 and not top[CLOSED] and top[FORM] != "document":
                closing += w.lone_inline if top[RANK] == RANK_INLINE else w.lone_line
            self.closing_top = closing
            self.passing = self.closing_top + w.skip_list  # closing the top list to continue an outer one
            self.beside = (below, top[PARENT], top[LEVEL])  # the key of a new list beside the top one

    def close_all(self, w: Weights) -> float:
        """Cost of closing every open list (summed bottom-up, as a plain sum over the lists)."""
        if self.closing is None:
            self.closing = 0 if self.below is None else self.below.close_all(w) + self.closing_top
        return self.closing


_STOP = object()  # a document root, or the bottom of a stack, in the per-step cache: nothing below it can change


def _search(candidates: list[Candidate], w: Weights) -> list[tuple[int, int, int, int]]:
    """(candidate index, parent index or -1, level, ordinal) of every kept marker."""
    beam_width = max(1, min(BEAM, WORK_BUDGET // (len(candidates) * 8)))
    beam: list[tuple[float, _Stack, object]] = [(0.0, _Stack(None, None, w), None)]
    report = progress.current()
    for index, candidate in enumerate(candidates):
        if report is not None and not index % progress.EVERY:
            report("outline", index, len(candidates))
        if candidate.hit.rank == RANK_DOCUMENT:
            beam = [_document(beam, index, candidate, w)]
            continue
        beam = _Step(index, candidate, candidates, w).advance(beam, beam_width)
    final = min(beam, key=lambda option: option[0] + _close_at_end(option[1], w))
    return _placements(final[2])


def _close_at_end(stack: _Stack, w: Weights) -> float:
    """Cost of closing every list at the end of the text.

    As `close_all`, but a list still open there with fewer members than its lead-in announced
    is not charged for the missing ones: the text may stop before them (a page that shows the
    opening of a report: 重点抓好以下14个方面的工作：（一）…（二）… and no more).
    """
    lists = []
    while stack.below is not None:
        lists.append(stack.top)
        stack = stack.below
    cost = 0.0
    for open_list in reversed(lists):  # summed bottom-up, as close_all and the reference search
        cost += _close_cost(open_list, w, at_end=True)
    return cost


def _document(beam, index, candidate, w):
    """A document separator ends every list: commit the best hypothesis, start a new root."""
    cost, stack, back = min(beam, key=lambda option: option[0] + option[1].close_all(w))
    ordinal = candidate.hit.ordinal
    root = (-1, index, ordinal, 1, "document", "document", RANK_DOCUMENT, 1, index, None, False, 0, "")
    return (0.0, _Stack(root, _Stack(None, None, w), w), (back, index, -1, 1, ordinal))


class _Step:
    """Every choice for one candidate marker, for all hypotheses of the beam at once.

    The options are generated in a fixed order per hypothesis (drop; then, from the innermost
    list outwards, continue and restart; nest) and merged by the stack they lead to: the first
    cheapest option of a stack wins and a stack keeps the place of its first option, so ties
    resolve exactly as in a plain loop over the hypotheses. The cost of a choice at a list
    depends on that list and the candidate only (closing the lists above it is added per
    hypothesis, from the costs each stack keeps), so it is computed once per distinct list. A new
    stack is named by a cheap key until it survives the step: (below, continued list) or
    (below, parent, level) for a list this candidate opens (a restart beside a list and a nest
    under its parent give the same).

    Costs are sums of the weights in a fixed order (floating-point sums are kept in the order of
    the reference search in tests/test_outline_search.py, so equal readings tie exactly as there).
    """

    __slots__ = (
        "index", "candidate", "candidates", "w", "ordinal", "flexible", "first_ordinal", "form", "group", "rank", "start",
        "sentence", "place", "head", "per_level", "drop", "start_cost", "restart_base", "inside_paragraph",
        "restarts", "similarities", "intro_similarities", "lists", "nests", "opened",
    )

    def __init__(self, index: int, candidate: Candidate, candidates: list[Candidate], w: Weights):
        hit = candidate.hit
        self.index = index
        self.candidate = candidate
        self.candidates = candidates
        self.w = w
        self.ordinal = hit.ordinal
        self.flexible = hit.ordinal == FLEXIBLE
        self.first_ordinal = 1 if self.flexible else hit.ordinal  # its ordinal when it opens a list
        self.form = hit.form
        self.group = hit.group
        self.rank = hit.rank
        self.start = hit.start
        self.sentence = candidate.sentence
        self.place = candidate.place
        self.head = candidate.head
        # A paragraph that starts with an inline marker usually starts a section, not a sub-point.
        self.per_level = w.paragraph_depth if candidate.line_start and hit.rank == RANK_INLINE else 0.0
        self.drop = hit.weight + (w.lead_in_keep if candidate.lead_in else 0.0)
        self.start_cost = _start_cost(candidate, w)
        self.restart_base = w.restart + self.start_cost
        # The paragraph a marker inside a paragraph stands in (None for a paragraph's first marker).
        self.inside_paragraph = None if candidate.line_start else candidate.paragraph
        self.restarts = hit.ordinal in (1, 2)
        self.similarities: dict[int, float] = {}
        self.intro_similarities: dict[int, float] = {}
        # Choices per list and nest per top list, keyed by identity (an id hashes faster than a
        # 13-field list, looked up at every step of every walk): the lists of the beam live through
        # the step, so an id names one list; equal lists are one object in practice (a list this
        # candidate opens is built once per place, see _stack), and an equal copy would only be
        # computed twice.
        self.lists: dict[int, object] = {id(None): _STOP}  # None: the top of the empty stack
        self.nests: dict[int, tuple | None] = {}
        self.opened: dict[tuple[int, int], tuple] = {}  # the list this candidate opens, by (parent, level)

    def advance(self, beam, beam_width: int):
        best: dict[object, tuple] = {}
        get = best.get
        drop = self.drop
        lists = self.lists
        list_choices = self._list_choices
        nests = self.nests
        for cost, stack, back in beam:
            best[stack] = (cost + drop, stack, back, None)  # hypotheses differ: nothing else gives this stack
            popped = 0.0
            prefix = stack
            while True:
                parts = lists.get(prefix.top_id)
                if parts is None:
                    parts = lists[prefix.top_id] = list_choices(prefix.top)
                if parts is _STOP:
                    break
                continue_step, continued, continue_placement, restart_step, restart_placement = parts
                if continued is not None:
                    option_cost = cost + popped + continue_step
                    key = (prefix.below, continued)
                    known = get(key)
                    if known is None or option_cost < known[0]:
                        best[key] = (option_cost, key, back, continue_placement)
                if restart_step is not None:
                    option_cost = cost + popped + prefix.closing_top + restart_step
                    key = prefix.beside
                    known = get(key)
                    if known is None or option_cost < known[0]:
                        best[key] = (option_cost, key, back, restart_placement)
                popped += prefix.passing
                prefix = prefix.below
            if stack.size < MAX_DEPTH:
                nested = nests.get(stack.top_id, _STOP)
                if nested is _STOP:
                    nested = nests[stack.top_id] = self._nest(stack.top)
                if nested is not None:
                    step, parent, level, placement = nested
                    key = (stack, parent, level)
                    option_cost = cost + step
                    known = get(key)
                    if known is None or option_cost < known[0]:
                        best[key] = (option_cost, key, back, placement)
        index = self.index
        kept = sorted(best.values(), key=_COST)[:beam_width]
        return [
            (cost, key, back) if placement is None else (cost, self._stack(key), (back, index, *placement))
            for cost, key, back, placement in kept
        ]

    def _stack(self, key: tuple) -> _Stack:
        """The stack a surviving key names."""
        if len(key) == 2:
            below, top = key
        else:
            below, parent, level = key
            top = self.opened.get((parent, level))
            if top is None:
                top = self.opened[parent, level] = _new_list(self.candidate, self.index, parent, level)
        return _Stack(top, below, self.w)

    def _list_choices(self, open_list: tuple):
        """Continue step, continued list and placement; restart step and placement (None:
        impossible); _STOP at a document root.

        The continue and restart costs are written out here rather than called (this runs for
        every distinct list of every step); each is summed in the order of the reference search.
        """
        if open_list[FORM] == "document":
            return _STOP
        list_ordinal = open_list[ORDINAL]
        flexible = self.flexible
        ordinal = list_ordinal + 1 if flexible else self.ordinal
        can_continue = ordinal > list_ordinal and not open_list[CLOSED]
        restarts = self.restarts
        if not can_continue and not restarts:
            return _NO_CHOICE
        w = self.w
        last_index = open_list[LAST]
        last = self.candidates[last_index]
        parent, level = open_list[PARENT], open_list[LEVEL]
        # Leaving a paragraph-heading member from inside its own paragraph.
        inside_last = w.inside_paragraph if self.inside_paragraph == last.paragraph and last.line_start else 0.0
        level_cost = self.per_level * (level - 1)
        continue_step = continued = continue_placement = restart_step = restart_placement = None
        if can_continue:
            # The cost of making the candidate the next member of the list (whose last member is `last`).
            cost = w.ordinal_gap * (ordinal - list_ordinal - 1)
            if self.form == open_list[FORM]:
                cost += w.same_form
            elif self.group == open_list[GROUP]:
                pass
            elif self.rank == RANK_INLINE and open_list[RANK] == RANK_INLINE:
                cost += w.mixed_inline
            else:
                cost += w.mixed_line
            first_index = open_list[FIRST]
            similarities = self.similarities
            shared = similarities.get(last_index)
            if shared is None:
                shared = self._similarity(last_index)
            if first_index != last_index:
                first_shared = similarities.get(first_index)
                if first_shared is None:
                    first_shared = self._similarity(first_index)
                if first_shared > shared:
                    shared = first_shared
            floor = w.parallel_floor
            if shared > floor:
                cost -= w.parallel * (shared - floor) / (1.0 - floor)
            place, last_place = self.place, last.place
            if place != last_place and place != "colon" and last_place != "colon":
                cost += w.place_mismatch
            keyword = open_list[KEYWORD]
            if keyword:
                cost += -w.keyword if keyword in self.head else w.keyword
            last_size = self.start - last.hit.start
            previous_size = open_list[SIZE]
            if previous_size > 0:
                excess = abs(math.log((last_size if last_size > 1 else 1) / previous_size)) - w.size_tolerance
                if excess > 0.0:  # (plain comparisons: builtin min/max calls cost more than the arithmetic here)
                    cost += w.size * excess
            continue_step = cost + inside_last
            if not last.line_start:  # a list of paragraphs paid once
                continue_step += level_cost
            members = open_list[COUNT] + (0 if flexible else 1)
            continued = (parent, self.index, ordinal, members, *open_list[FORM:CLOSED], flexible, last_size, keyword)
            continue_placement = (parent, level, ordinal)
        if restarts:
            # The cost of a new list beside this one. A list of level L is the L-th of its stack
            # (each list opens one level below the one under it).
            cost = self.restart_base + w.restart_depth * (level - 1)
            relief = w.restart_distance * (self.sentence - last.sentence)
            cap = w.restart_distance_cap
            cost -= cap if cap <= relief else relief
            list_rank = open_list[RANK]
            # A heading ends the lists it outranks (一、 ends inline lists; 1、 does not).
            if self.rank <= RANK_SECTION if list_rank == RANK_INLINE else self.rank < list_rank:
                cost -= w.restart_outranks
            first_index = open_list[FIRST]
            intro_similarity = self.intro_similarities.get(first_index)
            if intro_similarity is None:
                intro_similarity = self._intro_similarity(first_index)
            if intro_similarity >= 0.5:
                cost -= w.parallel_intro  # 从客观上讲，一是… 从主观上讲，一是…: two lists side by side
            restart_step = cost + level_cost + inside_last
            restart_placement = (parent, level, self.ordinal)
        return continue_step, continued, continue_placement, restart_step, restart_placement

    def _nest(self, parent_list: tuple | None):
        """Open a new list under the current node: (step cost, parent, level, placement) or None."""
        cost = self.start_cost
        if parent_list is None:
            parent, level = -1, 1
        else:
            w = self.w
            rank = self.rank
            parent_rank = parent_list[RANK]
            if rank != RANK_INLINE:
                if parent_rank == RANK_INLINE:
                    cost += w.wrong_rank if rank <= RANK_SECTION else w.item_heading_in_clause
                elif rank <= parent_rank:
                    cost += w.wrong_rank
            if self.ordinal == parent_list[ORDINAL] + 1 and not parent_list[CLOSED]:
                cost += w.continuation_ignored  # the open list expects exactly this position
            part_break = self.candidate.part_break
            if part_break == "address" or (part_break == "speaker" and parent_rank == RANK_INLINE):
                cost += w.part_break  # 县长强调：一是… is a new list beside the last speaker's, not inside its last point
            if rank == RANK_INLINE and parent_rank == RANK_INLINE:
                distance = self.sentence - self.candidates[parent_list[LAST]].sentence
                cost += w.nest_distance * min(distance, w.nest_distance_cap)
                if self.form == parent_list[FORM]:
                    cost += w.nest_same_form
            parent, level = parent_list[LAST], parent_list[LEVEL] + 1
        if cost >= IMPOSSIBLE:
            return None
        cost += self.per_level * (level - 1)
        return cost, parent, level, (parent, level, self.first_ordinal)

    def _similarity(self, other: int) -> float:
        """Title similarity of this candidate and candidate `other`, kept for the step (lists share members)."""
        value = self.similarities[other] = similarity(self.candidate, self.candidates[other])
        return value

    def _intro_similarity(self, other: int) -> float:
        """Similarity of the clauses before this candidate and candidate `other`, kept for the step."""
        value = self.intro_similarities[other] = text_similarity(self.candidate.intro, self.candidates[other].intro)
        return value


_COST = itemgetter(0)
_NO_CHOICE = (None, None, None, None, None)  # a list that can neither be continued nor restarted


def _new_list(candidate: Candidate, index: int, parent: int, level: int) -> tuple:
    hit = candidate.hit
    ordinal = 1 if hit.ordinal == FLEXIBLE else hit.ordinal
    return (parent, index, ordinal, 1, hit.form, hit.group, hit.rank, level, index, candidate.announced, False, 0, candidate.keyword)


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


def _close_cost(open_list: tuple, w: Weights, at_end: bool = False) -> float:
    cost = 0.0
    members = open_list[COUNT]
    announced = open_list[ANNOUNCED]
    if announced is not None and members > 1 and not (at_end and members < announced):  # a lone one: the others are unmarked
        cost += w.count * min(3, abs(announced - members))
    if members <= 1 and not open_list[CLOSED] and open_list[FORM] != "document":
        cost += w.lone_inline if open_list[RANK] == RANK_INLINE else w.lone_line
    return cost


def _placements(back) -> list[tuple[int, int, int, int]]:
    placements = []
    while back is not None:
        back, index, parent, level, ordinal = back
        placements.append((index, parent, level, ordinal))
    placements.reverse()
    return placements


# -- the tree ------------------------------------------------------------------------------------


def _nodes(view: str, candidates: list[Candidate], placements) -> list[NodeDraft]:
    children: dict[int, list[tuple[int, int, int]]] = {}
    for index, parent, level, ordinal in placements:
        children.setdefault(parent, []).append((index, level, ordinal))
    return _subtree(view, candidates, children, -1, len(view), "", {})


def _subtree(view, candidates, children, parent: int, end: int, prefix: str, markers: dict[str, str]) -> list[NodeDraft]:
    """The nodes under `parent`; `markers` holds one string per marker as written (a long text
    repeats the same few: 一、 二、 （一）)."""
    members = children.get(parent, [])
    nodes = []
    for number, (index, level, ordinal) in enumerate(members, start=1):
        candidate = candidates[index]
        hit = candidate.hit
        node_end = candidates[members[number][0]].hit.start if number < len(members) else end
        node_id = f"{prefix}{number}"
        marker = view[hit.start : hit.end]
        nodes.append(
            NodeDraft(
                node_id,
                markers.setdefault(marker, marker),
                hit.family,
                ordinal,
                level,
                (hit.start, hit.end),
                view[hit.title_start : candidate.title_end],
                (hit.title_start, candidate.title_end),
                (hit.start, node_end),
                _subtree(view, candidates, children, index, node_end, node_id + ".", markers),
            )
        )
    return nodes
