"""An item while the extraction runs: its fields in view offsets, as a tuple.

The detectors (actions.items.detect, actions.items.table) give `ItemDraft`s; an `Item`
model is made of each once, where its texts are read (`item_of`): by `items_of` from the
view, by the pipeline's remap from the original text. A large text holds hundreds of
thousands of them at once: a tuple of its fields takes a fifth of a model's memory (no
dict of fields, no texts: they are slices of a text the extraction holds anyway; the path of
outline nodes shared by the items under one node).
"""

from __future__ import annotations

from typing import NamedTuple

from actions.construct import construct
from actions.models import Deadline, Item, Owner
from actions.outline.node import NodeDraft
from actions.owners.draft import OwnerDraft


class ItemDraft(NamedTuple):
    """An item's fields but its id and texts; `text` is view[span], `sentence` view[sentence_span].
    `path`: the enclosing outline nodes, outermost first (the items under one node share one
    tuple): the item's `outline_path` is their ids, its `category` the titles of the first
    `headings` of them."""

    span: tuple[int, int]
    kind: str
    path: tuple[NodeDraft, ...]
    headings: int
    owners: list[OwnerDraft]
    deadline: Deadline | None
    sentence_span: tuple[int, int]
    rule: str
    confidence: float


def item_of(draft: ItemDraft, item_id: str, text: str, sentence: str, **fields) -> Item:
    """The `Item` of `draft` with its id and texts (its category: the view's titles); `fields`
    replace the draft's (spans, category, owners …) or set `reference_date`."""
    path = draft.path
    # In the model's field order (construct); the remap gives its own path, category and owners,
    # so the draft's are built only when not given.
    values = {
        "id": item_id, "text": text, "span": draft.span, "kind": draft.kind,
        "outline_path": fields.pop("outline_path") if "outline_path" in fields else [node.id for node in path],
        "category": fields.pop("category") if "category" in fields else [node.title for node in path[: draft.headings]],
        "owners": fields.pop("owners") if "owners" in fields else [construct(Owner, owner._asdict()) for owner in draft.owners],
        "deadline": draft.deadline, "sentence": sentence,
        "sentence_span": draft.sentence_span, "rule": draft.rule, "confidence": draft.confidence,
        "reference_date": None, "corrected": [],
    }
    if fields:
        values.update(fields)
    return construct(Item, values)
