"""Unit forms of meeting minutes and task tables: 牵头单位：X；配合单位：Y；完成时限：Z.

In minutes (会议纪要) the owners and the time limit of a decision are often written as labelled
fields next to it rather than as the subject of its sentence:

    三、关于停车设施建设。牵头单位：市交通局；配合单位：市自然资源局、市住建局。三年内新增泊位5000个。

The fields are not an action of their own: they belong to the action they stand next to. A
run of fields is attached to the item that ends right before it, else to the item that starts
right after it (only punctuation and line breaks in between, so never across a marker or a
sentence of other text). A run with no such neighbour is left as it is: nothing is dropped.
"""

from __future__ import annotations

import bisect
from typing import Callable, TypeVar

import regex

from actions.models import Deadline
from actions.owners.draft import OwnerDraft
from actions.owners.extract import owners_by_rule
from actions.lang.zh.words import OWNER_FIELD_LABELS, TIME_FIELD_LABELS, alternation
from actions.owners.lexicon import RULES as OWNER_RULES

# The labels of a field; the value runs to the next ；。 or line end.
_LABEL = regex.compile(
    "(?:" + alternation(tuple(label for labels in OWNER_FIELD_LABELS.values() for label in labels) + TIME_FIELD_LABELS) + ")[：:]"
)
_VALUE_END = regex.compile(r"[；;。\n]")
# What may stand between two fields of a run, and between a run and its item.
_GAP = regex.compile(r"[；;，,。 \t\u3000\r\n]*")
_FORM_RULES = [rule for rule in OWNER_RULES if rule.name.endswith("_form")]

DraftT = TypeVar("DraftT")


def field_runs(view: str) -> list[tuple[int, int]]:
    """Spans of the runs of labelled fields in `view` (fields separated by punctuation only)."""
    runs: list[tuple[int, int]] = []
    for label in _LABEL.finditer(view):
        end_match = _VALUE_END.search(view, label.end())
        end = end_match.start() if end_match else len(view)
        if runs and _GAP.match(view, runs[-1][1]).end() >= label.start():
            runs[-1] = (runs[-1][0], max(runs[-1][1], end))
        else:
            runs.append((label.start(), end))
    return runs


def run_owners(view: str, start: int, end: int) -> list[OwnerDraft]:
    """The owners the fields of a run name, in text order, each name once."""
    found = [owner for rule in _FORM_RULES for owner in owners_by_rule(rule, view, start, end)]
    found.sort(key=lambda owner: owner.span)
    names: set[str] = set()
    owners = []
    for owner in found:
        if owner.name not in names:
            names.add(owner.name)
            owners.append(owner)
    return owners


def hold_field_drafts(view: str, drafts: list[DraftT], runs: list[tuple[int, int]]) -> tuple[list[DraftT], list[list[DraftT]]]:
    """The drafts outside every run, and per run the drafts inside it (a field read as a clause).

    Held drafts stay out of the way while heading titles are decided (a field is not an action
    in its section) and come back only for a run that finds no item to join.
    """
    held: list[list[DraftT]] = [[] for _ in runs]
    ends = [_GAP.match(view, end).end() for _, end in runs]
    starts = [start for start, _ in runs]
    kept = []
    for draft in drafts:
        index = bisect.bisect_right(starts, draft.span[0]) - 1
        if index >= 0 and draft.span[1] <= ends[index]:
            held[index].append(draft)
        else:
            kept.append(draft)
    return kept, held


def attach_field_runs(
    view: str,
    drafts: list[DraftT],
    runs: list[tuple[int, int]],
    held: list[list[DraftT]],
    deadline_in: Callable[[int, int], Deadline | None],
    update: Callable[[DraftT, list[OwnerDraft], Deadline | None], DraftT],
) -> list[DraftT]:
    """`drafts` (sorted by span, none inside a run) with every run merged into its neighbour.

    `deadline_in(start, end)` is the first deadline inside a span; `update` returns the
    neighbour with the run's owners and deadline; a run without a neighbour gets its held
    drafts back. Runs are disjoint and visited in order, and each looks at the drafts around
    its own place only (linear in runs plus drafts).
    """
    starts = [draft.span[0] for draft in drafts]
    current = list(drafts)
    for (start, end), inside in zip(runs, held):
        target = _neighbour(view, current, bisect.bisect_left(starts, start), start, end)
        owners = run_owners(view, start, end)
        deadline = deadline_in(start, end)
        if target is None or not (owners or deadline):
            current.extend(inside)
        else:
            current[target] = update(current[target], owners, deadline)
    current.sort(key=lambda draft: draft.span)
    return current


def _neighbour(view: str, drafts: list, first: int, start: int, end: int) -> int | None:
    """Index of the draft that ends right before view[start:end], else of the one right after."""
    before = first - 1
    if before >= 0 and drafts[before].span[1] <= start:
        if _GAP.match(view, drafts[before].sentence_span[1]).end() >= start:
            return before
    if first < len(drafts):
        after = drafts[first]
        if after.span[0] >= end and after.sentence_span[0] <= _GAP.match(view, end).end() <= after.span[0]:
            return first
    return None
