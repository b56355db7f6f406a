"""The one span-remapping point: models in view offsets → models in offsets of the original text.

Every stage works on the normalised view (see actions.text.normalize). Here, once, at the
end, every span is mapped back to the original text and every span-backed field is re-read
from the original, so that `text[start:end]` equals the field it backs.
"""

from __future__ import annotations

from actions.construct import updated
from actions.ids import ItemIds
from actions.models import Deadline, Item, OutlineNode, Owner
from actions.text.normalize import Normalized
from actions.text.segment import context


def remap_node(node: OutlineNode, norm: Normalized, titles: dict[str, str] | None = None) -> OutlineNode:
    """The node (and its subtree) in original offsets; `titles`, when given, gets node id → title."""
    marker_span = norm.span_to_original(*node.marker_span)
    title_span = norm.span_to_original(*node.title_span)
    title = norm.original[title_span[0] : title_span[1]]
    if titles is not None:
        titles[node.id] = title
    return updated(
        node,
        {
            "marker": norm.original[marker_span[0] : marker_span[1]],
            "marker_span": marker_span,
            "title": title,
            "title_span": title_span,
            "span": norm.span_to_original(*node.span),
            "children": [remap_node(child, norm, titles) for child in node.children],
        }
    )


def remap_item(item: Item, ids: ItemIds, norm: Normalized, node_titles: dict[str, str]) -> Item:
    """The item in original offsets with its id (items in document order: see actions.ids);
    `node_titles` are the remapped outline's (see `remap_node`)."""
    span = norm.span_to_original(*item.span)
    sentence_span = context(norm.original, norm.span_to_original(*item.sentence_span), span)
    text = norm.original[span[0] : span[1]]
    return updated(
        item,
        {
            "id": ids.next(item.outline_path, text),
            "span": span,
            "text": text,
            "sentence_span": sentence_span,
            "sentence": norm.original[sentence_span[0] : sentence_span[1]],
            "owners": [_remap_owner(owner, norm) for owner in item.owners],
            "deadline": _remap_deadline(item.deadline, norm),
            # The category is the titles of the enclosing nodes but the item's own heading:
            # a prefix of its outline path (that heading, when there is one, is the deepest).
            "category": [node_titles[node_id] for node_id in item.outline_path[: len(item.category)]],
        }
    )


def _remap_owner(owner: Owner, norm: Normalized) -> Owner:
    span = norm.span_to_original(*owner.span)
    return updated(owner, {"span": span, "name": norm.original[span[0] : span[1]]})


def _remap_deadline(deadline: Deadline | None, norm: Normalized) -> Deadline | None:
    if deadline is None:
        return None
    span = norm.span_to_original(*deadline.span)
    return updated(deadline, {"span": span, "text": norm.original[span[0] : span[1]]})
