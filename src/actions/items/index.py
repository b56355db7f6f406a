"""What the item detector looks up in a view, computed once before it reads: the item index.

- the outline by position: nodes in marker order, each node's parent, the roots, and the
  nodes enclosing a position (`enclosing`);
- the deadlines by position (`deadline_in`);
- the gates: where each cue of the detector can match, one scan of the view per cue (see
  actions.text.positions.hits); a clause or sentence without a hit needs no search
  (`may_hold`). `gated=False` makes every gate say yes (the reference the tests compare with);
- the document heads (title lines that hold no action) and the runs of labelled fields;
- the text of the sentence the last item came from: its items share one string (a long
  sentence sliced again for each of its items made the work quadratic in its length).
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_left  # a local name: may_hold runs for most clauses

from actions.items.forms import field_runs
from actions.items.heads import document_heads
from actions.items.rules import CLAUSE_RULE, DIRECTIVE_RULES, NOT_ITEM_RULES, TASK_RULES, CueRule, needed_words
from actions.models import DOCUMENT_SEPARATOR, Deadline
from actions.outline.node import NodeDraft
from actions.text.positions import hits, positions

_CONCESSIVE = CLAUSE_RULE["concessive"].compiled
_SEVERE = CLAUSE_RULE["severity"].compiled
_PLAN = CLAUSE_RULE["plan"].compiled
_TOPIC_START = CLAUSE_RULE["topic"].starts
# Words one of which every match of the clause-start not-item rules holds (None: one has no list).
_NARRATIVE_START_WORDS = needed_words([rule for rule in NOT_ITEM_RULES if rule.scope == "clause_start"])
# Words one of which every match of the task rules with a `needs` list holds.
_TASK_GATED_WORDS = needed_words([rule for rule in TASK_RULES if rule.needs is not None]) or ()
# Words one of which every match of the gated clause rules holds.
_NARRATIVE_GATED_WORDS = needed_words([rule for rule in NOT_ITEM_RULES if rule.scope == "clause_gated"]) or ()
_LEAD_IN_COLON = "："
_MINUTES_PART = CLAUSE_RULE["minutes_part"].compiled
# A cue that announces the minutes of the whole document (…纪要如下, 议定事项), not one decision.
_WHOLE_PART = ("如下", "事项")


class ItemIndex:
    """The lookups of one view (see the module docstring)."""

    __slots__ = ("view", "gated", "deadlines", "deadline_starts", "parents", "nodes", "node_starts", "roots",
                 "root_starts", "children_starts", "directive_hits", "concessive_hits", "severe_hits", "plan_hits",
                 "rare_hits", "narrative_start_hits", "clause_hits", "sentence_hits", "heads", "runs",
                 "minutes", "minutes_starts", "narrative_gated_hits", "task_hits")

    def __init__(self, view: str, outline: list[NodeDraft], deadlines: list[Deadline], *, gated: bool = True) -> None:
        self.view = view
        self.gated = gated
        self.deadlines = deadlines
        self.deadline_starts = [deadline.span[0] for deadline in deadlines]
        nodes: list[NodeDraft] = []
        self.parents: dict[str, NodeDraft | None] = {}
        for root in outline:
            _collect(root, None, nodes, self.parents)
        nodes.sort(key=lambda node: node.marker_span[0])
        self.nodes = nodes
        self.node_starts = [node.marker_span[0] for node in nodes]
        self.roots = outline
        self.root_starts = [root.marker_span[0] for root in outline]
        self.children_starts: dict[str, list[int]] = {}
        # Where a directive cue, a concessive, severity or plan word can start.
        self.directive_hits = rule_hits(DIRECTIVE_RULES, view)
        # Where a word of the gated task rules starts (a span without one needs no search for them).
        self.task_hits = word_starts(view, _TASK_GATED_WORDS)
        self.concessive_hits = hits(_CONCESSIVE, view)
        self.severe_hits = hits(_SEVERE, view)
        self.plan_hits = hits(_PLAN, view)
        self.rare_hits = sorted({*self.severe_hits, *self.concessive_hits, *self.plan_hits})
        # Where a word of the gated clause rules starts (a clause without one needs no search for them).
        self.narrative_gated_hits = word_starts(view, _NARRATIVE_GATED_WORDS)
        self.narrative_start_hits: list[int] | None = None  # where a needed word of the clause-start rules starts
        if _NARRATIVE_START_WORDS is not None:
            self.narrative_start_hits = word_starts(view, _NARRATIVE_START_WORDS)
        # Where a clause can open an item or change the reading state (a cue, a concessive word,
        # a deadline, 就), and where a sentence can (those, a marker, a lead-in colon).
        topic_hits = [at for word in _TOPIC_START for at in positions(view, word)]
        self.clause_hits = sorted({*self.directive_hits, *self.concessive_hits, *self.deadline_starts, *topic_hits,
                                   *self.plan_hits})
        self.sentence_hits = sorted({*self.clause_hits, *self.node_starts, *positions(view, _LEAD_IN_COLON)})
        self.heads = document_heads(view, outline)
        self.runs = field_runs(view)
        self.minutes = minutes_parts(view, outline, self.node_starts)
        self.minutes_starts = [start for start, _, _ in self.minutes]

    def in_minutes(self, position: int) -> bool:
        """Whether `position` lies in a part of meeting minutes (see `minutes_parts`)."""
        index = bisect.bisect_right(self.minutes_starts, position) - 1
        return index >= 0 and position < self.minutes[index][1]

    def in_minutes_document(self, position: int) -> bool:
        """Whether `position` lies in minutes announced as such (…纪要如下), not only under a 会议要求 of a report."""
        index = bisect.bisect_right(self.minutes_starts, position) - 1
        return index >= 0 and position < self.minutes[index][1] and self.minutes[index][2]

    def may_hold(self, found: list[int], start: int, end: int) -> bool:
        """Whether a scanned pattern can match in view[start:end] (False: it surely does not)."""
        if not self.gated:
            return True
        index = bisect_left(found, start)
        return index < len(found) and found[index] < end

    def deadline_in(self, start: int, end: int) -> Deadline | None:
        """The first deadline lying inside view[start:end]."""
        index = bisect.bisect_left(self.deadline_starts, start)
        if index < len(self.deadlines) and self.deadlines[index].span[1] <= end:
            return self.deadlines[index]
        return None

    def enclosing(self, position: int) -> list[NodeDraft]:
        """The outline nodes whose span contains `position`, outermost first."""
        path: list[NodeDraft] = []
        level, starts = self.roots, self.root_starts
        while level:
            index = bisect.bisect_right(starts, position) - 1
            if index < 0 or not (level[index].span[0] <= position < level[index].span[1]):
                break
            node = level[index]
            path.append(node)
            level = node.children
            starts = self.children_starts.get(node.id)
            if starts is None:
                starts = self.children_starts[node.id] = [child.marker_span[0] for child in level]
        return path


def word_starts(view: str, words: tuple[str, ...]) -> list[int]:
    """Sorted positions where one of `words` starts in `view`.

    One scan for the words' first characters (the standard library's engine tests a character
    class by a bitmap), then a `startswith` at each: faster than a `find` loop per word.
    """
    if not words:
        return []
    firsts = _FIRSTS.get(words)
    if firsts is None:
        firsts = _FIRSTS[words] = re.compile("[" + re.escape("".join(sorted({word[0] for word in words}))) + "]")
    return [match.start() for match in firsts.finditer(view) if view.startswith(words, match.start())]


_FIRSTS: dict[tuple[str, ...], re.Pattern[str]] = {}


def minutes_parts(view: str, outline: list[NodeDraft], node_starts: list[int]) -> list[tuple[int, int, bool]]:
    """Spans of the parts of meeting minutes in `view`, disjoint and in order, each with whether
    a cue announced the minutes of the whole document (…纪要如下) rather than one decision.

    A cue that announces the minutes (现将会议议定事项纪要如下) opens a part running to the end
    of its document (the next 第X篇 separator, else the view's end); a cue heading one decision
    (会议议定：…; 会议要求，…) one running to the end of its line, and over the lines after it
    that open with an outline marker when the cue ends its line (会议议定：\n一、…\n二、…).
    """
    found = [(match.start(), match.end(), match.group()) for match in _MINUTES_PART.finditer(view)]
    if not found:
        return []
    separators = sorted(root.marker_span[0] for root in outline if root.family == DOCUMENT_SEPARATOR)
    markers = set(node_starts)
    parts: list[tuple[int, int, bool]] = []
    for start, end, cue in found:
        whole = cue.endswith(_WHOLE_PART)
        if whole:
            index = bisect.bisect_right(separators, end)
            stop = separators[index] if index < len(separators) else len(view)
        else:
            stop = _line_end(view, end)
            if not view[end:stop].strip("，：,: \t\u3000"):
                while stop < len(view) and stop + 1 in markers:
                    stop = _line_end(view, stop + 1)
        if parts and start <= parts[-1][1]:
            parts[-1] = (parts[-1][0], max(parts[-1][1], stop), parts[-1][2] or whole)
        else:
            parts.append((start, stop, whole))
    return parts


def _line_end(view: str, position: int) -> int:
    stop = view.find("\n", position)
    return len(view) if stop < 0 else stop


def rule_hits(rules: list[CueRule], view: str) -> list[int]:
    """`hits` of the alternation of `rules`, scanned rule by rule.

    An overlapped scan yields every position where the pattern matches, and the alternation
    matches where one of its rules does: the union of the rules' positions is the same list.
    On the whole view, the rules one by one take about half the time of their alternation
    (the alternation tries every rule at every position).
    """
    found: set[int] = set()
    for rule in rules:
        found.update(match.start() for match in rule.compiled.finditer(view, overlapped=True))
    return sorted(found)


def _collect(node: NodeDraft, parent: NodeDraft | None, out: list[NodeDraft], parents: dict) -> None:
    out.append(node)
    parents[node.id] = parent
    for child in node.children:
        _collect(child, node, out, parents)
