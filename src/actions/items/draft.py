"""An item while the extraction runs: its fields in view offsets, as a tuple.

The detectors (actions.items.detect, actions.items.table) give `ItemDraft`s; an `Item`
model is made of each once, where its texts are read (`item_of`): by `items_of` from the
view, by the pipeline's remap from the original text. A large text holds hundreds of
thousands of them at once: a tuple of its fields takes a fifth of a model's memory (no
dict of fields, no texts: they are slices of a text the extraction holds anyway).
"""

from __future__ import annotations

from typing import NamedTuple

from actions.construct import construct
from actions.models import Deadline, Item, Owner


class ItemDraft(NamedTuple):
    """An item's fields but its id and texts; `text` is view[span], `sentence` view[sentence_span]."""

    span: tuple[int, int]
    kind: str
    outline_path: list[str]
    category: list[str]
    owners: list[Owner]
    deadline: Deadline | None
    sentence_span: tuple[int, int]
    rule: str
    confidence: float


def item_of(draft: ItemDraft, item_id: str, text: str, sentence: str, **fields) -> Item:
    """The `Item` of `draft` with its id and texts; `fields` replace the draft's (spans, owners …) or
    set `reference_date`."""
    values = {
        "id": item_id, "text": text, "span": draft.span, "kind": draft.kind, "outline_path": draft.outline_path,
        "category": draft.category, "owners": draft.owners, "deadline": draft.deadline, "sentence": sentence,
        "sentence_span": draft.sentence_span, "rule": draft.rule, "confidence": draft.confidence,
        "reference_date": None, "corrected": [],
    }
    if fields:
        values.update(fields)
    return construct(Item, values)
