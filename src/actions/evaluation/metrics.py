"""Score one document against its gold file: counts for the figures, and the error list.

Decisions (also in the README, "Quality"):
- outline: a predicted node matches a gold heading when its marker starts at the heading's
  `at` or the marker spans overlap; a matched node's parent is right when its predicted
  parent is the node matched to the gold parent (both top-level counts as right).
- items: matched one-to-one by the overlap rule of matching.py; a gold task or directive
  both count as a match for precision; task recall counts gold tasks only.
- owners: compared on matched item pairs as (name, role), names as written after NFKC
  folding and removing whitespace (各单位 and 单位 differ: the table writes what the text
  says); the inherited flag is not compared. Counted as multisets.
- deadlines: the distinct deadline spans of all gold items against those of all predicted
  items, one-to-one by any overlap; due accuracy over the matched deadlines (both null is right).
- rows: a gold task whose matched item has exactly the gold owners and a deadline that is
  right (both absent, or overlapping spans with the same due date).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

from actions.evaluation.gold import GoldFile, GoldItem
from actions.evaluation.matching import deadline_score, greedy_one_to_one, item_score, marker_score, overlap
from actions.evaluation.report import Counts, DocumentReport, EvalError, figures
from actions.models import Document, Item, OutlineNode

_ROLE = {"lead": "牵头", "support": "配合", "responsible": ""}


@dataclass
class _Node:
    node: OutlineNode
    parent: int | None


def score_document(gold: GoldFile, text: str, document: Document) -> DocumentReport:
    """Compare a Document extracted from `text` with the gold file of that text."""
    counts = Counts()
    errors: list[EvalError] = []
    if gold.scope != "items":
        _score_outline(gold, text, document, counts, errors)
    if gold.scope != "outline":
        pairs = _score_items(gold, text, document, counts, errors)
        _score_owners(gold, text, document, pairs, counts, errors)
        _score_deadlines(gold, text, document, pairs, counts, errors)
        _score_rows(gold, document, pairs, counts)
    errors.sort(key=lambda e: (e.span[0], e.field))
    return DocumentReport(
        name=gold.id, reference_date=gold.reference_date, counts=counts, figures=figures(counts), errors=errors
    )


# -- outline ------------------------------------------------------------------------------------------


def _flatten(document: Document) -> list[_Node]:
    nodes: list[_Node] = []

    def visit(node: OutlineNode, parent: int | None) -> None:
        nodes.append(_Node(node, parent))
        index = len(nodes) - 1
        for child in node.children:
            visit(child, index)

    for root in document.outline:
        visit(root, None)
    return nodes


def _score_outline(gold: GoldFile, text: str, document: Document, counts: Counts, errors: list[EvalError]) -> None:
    predicted = _flatten(document)
    headings = gold.headings
    pairs = greedy_one_to_one(
        [h.marker_span for h in headings], [tuple(n.node.marker_span) for n in predicted], marker_score
    )
    matched_node = {pi: gi for gi, pi in pairs.items()}
    gold_index_by_at = {h.at: gi for gi, h in enumerate(headings)}
    counts.headings_gold = len(headings)
    counts.headings_predicted = len(predicted)
    counts.headings_matched = len(pairs)
    for gi, heading in enumerate(headings):
        if gi not in pairs:
            errors.append(_error("heading", "missed", heading.marker_span, _heading_text(text, heading.at, heading.title_end)))
            continue
        entry = predicted[pairs[gi]]
        if entry.node.level == heading.level:
            counts.levels_right += 1
        else:
            errors.append(
                _error("level", "wrong", heading.marker_span, _heading_text(text, heading.at, heading.title_end),
                       str(heading.level), str(entry.node.level))
            )
        predicted_parent_gold = None if entry.parent is None else matched_node.get(entry.parent, -1)
        gold_parent = None if heading.parent_at is None else gold_index_by_at.get(heading.parent_at, -2)
        if predicted_parent_gold == gold_parent:
            counts.parents_right += 1
        else:
            errors.append(
                _error("parent", "wrong", heading.marker_span, _heading_text(text, heading.at, heading.title_end),
                       _gold_parent_label(gold, heading.parent_at),
                       _node_label(predicted[entry.parent].node) if entry.parent is not None else "(top level)")
            )
    for pi, entry in enumerate(predicted):
        if pi not in matched_node:
            node = entry.node
            errors.append(_error("heading", "spurious", tuple(node.marker_span), node.marker + node.title, predicted=node.family))


def _heading_text(text: str, at: int, title_end: int | None) -> str:
    end = title_end if title_end is not None and title_end > at else at + 30
    return text[at:end]


def _gold_parent_label(gold: GoldFile, parent_at: int | None) -> str:
    if parent_at is None:
        return "(top level)"
    marker = next((h.marker for h in gold.headings if h.at == parent_at), "?")
    return f"{marker} @{parent_at}"


def _node_label(node: OutlineNode) -> str:
    return f"{node.marker} @{node.marker_span[0]}"


# -- items ----------------------------------------------------------------------------------------------


def _score_items(gold: GoldFile, text: str, document: Document, counts: Counts, errors: list[EvalError]) -> dict[int, int]:
    pairs = greedy_one_to_one([g.span for g in gold.items], [tuple(p.span) for p in document.items], item_score)
    matched_predictions = set(pairs.values())
    counts.items_gold = len(gold.items)
    counts.items_predicted = len(document.items)
    counts.items_matched = len(pairs)
    counts.tasks_gold = sum(g.kind == "task" for g in gold.items)
    for gi, item in enumerate(gold.items):
        span = item.span
        if gi not in pairs:
            errors.append(_error("item", "missed", span, text[span[0] : span[1]], gold=item.kind))
            continue
        predicted = document.items[pairs[gi]]
        counts.tasks_matched += item.kind == "task"
        if predicted.kind == item.kind:
            counts.kinds_right += 1
        else:
            errors.append(_error("kind", "wrong", span, text[span[0] : span[1]], item.kind, predicted.kind))
    for pi, predicted in enumerate(document.items):
        if pi not in matched_predictions:
            errors.append(_error("item", "spurious", tuple(predicted.span), predicted.text, predicted=predicted.kind))
    return pairs


# -- owners ---------------------------------------------------------------------------------------------


def owner_key(name: str, role: str) -> tuple[str, str]:
    """How owners are compared: the name as written (NFKC, no whitespace) and the role."""
    folded = "".join(unicodedata.normalize("NFKC", name).split())
    return folded, role


def _gold_owners(item: GoldItem) -> Counter:
    return Counter(owner_key(o.name, o.role) for o in item.owners)


def _predicted_owners(item: Item) -> Counter:
    return Counter(owner_key(o.name, o.role) for o in item.owners)


def _owners_label(owners: Counter) -> str:
    names = []
    for (name, role), number in sorted(owners.items()):
        label = f"{name}（{_ROLE[role]}）" if _ROLE[role] else name
        names.extend([label] * number)
    return "、".join(names) or "(none)"


def _score_owners(
    gold: GoldFile, text: str, document: Document, pairs: dict[int, int], counts: Counts, errors: list[EvalError]
) -> None:
    for gi, pi in pairs.items():
        expected, found = _gold_owners(gold.items[gi]), _predicted_owners(document.items[pi])
        counts.owners_gold += sum(expected.values())
        counts.owners_predicted += sum(found.values())
        counts.owners_right += sum((expected & found).values())
        if expected != found:
            span = gold.items[gi].span
            errors.append(_error("owners", "wrong", span, text[span[0] : span[1]], _owners_label(expected), _owners_label(found)))


# -- deadlines --------------------------------------------------------------------------------------------


def _distinct_deadlines(deadlines):
    seen: dict[tuple[int, int], object] = {}
    for deadline in deadlines:
        if deadline is not None and deadline.span is not None:  # a person's deadline may not be written in the text
            seen.setdefault(tuple(deadline.span), deadline)
    return list(seen.values())


def _score_deadlines(
    gold: GoldFile, text: str, document: Document, pairs: dict[int, int], counts: Counts, errors: list[EvalError]
) -> None:
    expected = _distinct_deadlines(item.deadline for item in gold.items)
    found = _distinct_deadlines(item.deadline for item in document.items)
    deadline_pairs = greedy_one_to_one([tuple(d.span) for d in expected], [tuple(d.span) for d in found], deadline_score)
    counts.deadlines_gold = len(expected)
    counts.deadlines_predicted = len(found)
    counts.deadlines_matched = len(deadline_pairs)
    counts.dues_right = sum(expected[gi].due == found[pi].due for gi, pi in deadline_pairs.items())
    # The error list speaks of item pairs, where a wrong deadline is something to fix in one place.
    for gi, pi in pairs.items():
        g, p = gold.items[gi].deadline, document.items[pi].deadline
        if _deadline_right(g, p):
            continue
        problem = "missed" if p is None else "spurious" if g is None else "wrong"
        span = gold.items[gi].span
        errors.append(_error("deadline", problem, span, text[span[0] : span[1]], _deadline_label(g), _deadline_label(p)))


def _deadline_right(g, p) -> bool:
    if g is None or p is None:
        return g is None and p is None
    if p.span is None:
        return False
    return overlap(tuple(g.span), tuple(p.span)) > 0 and g.due == p.due


def _deadline_label(deadline) -> str:
    if deadline is None:
        return "(none)"
    due = deadline.due.isoformat() if deadline.due else "null"
    return f"{deadline.text} [{deadline.kind}] → {due}"


# -- rows -------------------------------------------------------------------------------------------------


def _score_rows(gold: GoldFile, document: Document, pairs: dict[int, int], counts: Counts) -> None:
    for gi, pi in pairs.items():
        item = gold.items[gi]
        if item.kind != "task":
            continue
        predicted = document.items[pi]
        if _gold_owners(item) == _predicted_owners(predicted) and _deadline_right(item.deadline, predicted.deadline):
            counts.rows_right += 1


def _error(field, problem, span, text, gold: str = "", predicted: str = "") -> EvalError:
    return EvalError(field=field, problem=problem, span=(span[0], span[1]), text=text, gold=gold, predicted=predicted)
