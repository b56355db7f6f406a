"""The one span-remapping point: records in view offsets → models in offsets of the original text.

Every stage works on the normalised view (see actions.text.normalize). Here, once, at the
end, every span is mapped back to the original text and every span-backed field is re-read
from the original, so that `text[start:end]` equals the field it backs.
"""

from __future__ import annotations

from actions.construct import construct, updated
from actions.ids import ItemIds
from actions.items.draft import ItemDraft, item_of
from actions.models import Deadline, Item, OutlineNode, Owner
from actions.outline.node import NodeDraft
from actions.owners.draft import OwnerDraft
from actions.text.normalize import Normalized
from actions.text.segment import context


class Shared:
    """Values that records of one text hold alike, kept once (a large text has hundreds of
    thousands of records): the same marker, name or time text as one string, the sentence of
    consecutive items as one string. Strings are immutable, so sharing changes nothing but
    memory."""

    __slots__ = ("strings", "sentence_span", "sentence")

    def __init__(self) -> None:
        self.strings: dict[str, str] = {}
        self.sentence_span: tuple[int, int] | None = None
        self.sentence = ""

    def string(self, value: str) -> str:
        """One string object per short text (markers, names, time expressions)."""
        return self.strings.setdefault(value, value) if len(value) <= 12 else value

    def sentence_of(self, original: str, span: tuple[int, int], item_span: tuple[int, int], item_text: str) -> str:
        if span == item_span:
            return item_text
        if span != self.sentence_span:
            self.sentence_span, self.sentence = span, original[span[0] : span[1]]
        return self.sentence


def _pair(span: tuple[int, int], other: tuple[int, int]) -> tuple[int, int]:
    """`span`, holding the int objects of `other` where they are equal (ints above 256 are
    objects of their own: two spans that meet need not hold two of them)."""
    start, end = span
    if start == other[0]:
        start = other[0]
    elif start == other[1]:
        start = other[1]
    if end == other[1]:
        end = other[1]
    if start is other[0] and end is other[1]:
        return other
    return start, end


def remap_node(node: NodeDraft, norm: Normalized, titles: dict[str, str] | None = None,
               shared: Shared | None = None) -> OutlineNode:
    """The `OutlineNode` of a node draft (and its subtree) in original offsets; `titles`, when
    given, gets node id → title."""
    shared = shared or Shared()
    original = norm.original
    marker_span = norm.span_to_original(*node.marker_span)
    title_span = _pair(norm.span_to_original(*node.title_span), marker_span)
    title = original[title_span[0] : title_span[1]]
    if titles is not None:
        titles[node.id] = title
    return construct(OutlineNode, {
        "id": node.id,
        "marker": shared.string(original[marker_span[0] : marker_span[1]]),
        "family": node.family,
        "ordinal": node.ordinal,
        "level": node.level,
        "marker_span": marker_span,
        "title": title,
        "title_span": title_span,
        "span": _pair(norm.span_to_original(*node.span), marker_span),
        "children": [remap_node(child, norm, titles, shared) for child in node.children],
    })


def remap_item(item: ItemDraft, ids: ItemIds, norm: Normalized, node_titles: dict[str, str],
               changes: dict | None = None, shared: Shared | None = None) -> Item:
    """The `Item` of a draft (actions.items.draft) in original offsets, with its id (items in
    document order: see actions.ids) and its texts read from the original; `node_titles` are
    the remapped outline's (see `remap_node`); `changes`: other fields to set."""
    shared = shared or Shared()
    original = norm.original
    span = norm.span_to_original(*item.span)
    sentence_span = _pair(context(original, norm.span_to_original(*item.sentence_span), span), span)
    text = original[span[0] : span[1]]
    outline_path = [node.id for node in item.path]
    return item_of(
        item,
        ids.next(outline_path, text),
        text,
        shared.sentence_of(original, sentence_span, span, text),
        span=span,
        sentence_span=sentence_span,
        owners=[_remap_owner(owner, norm, shared) for owner in item.owners],
        deadline=_remap_deadline(item.deadline, norm, shared),
        outline_path=outline_path,
        # The category is the titles of the enclosing nodes but the item's own heading, as written.
        category=[node_titles[node_id] for node_id in outline_path[: item.headings]],
        **(changes or {}),
    )


def _remap_owner(owner: OwnerDraft, norm: Normalized, shared: Shared) -> Owner:
    span = norm.span_to_original(*owner.span)
    return construct(Owner, {"name": shared.string(norm.original[span[0] : span[1]]), "role": owner.role, "span": span,
                             "inherited": owner.inherited})


def _remap_deadline(deadline: Deadline | None, norm: Normalized, shared: Shared) -> Deadline | None:
    if deadline is None:
        return None
    span = norm.span_to_original(*deadline.span)
    return updated(deadline, {"span": span, "text": shared.string(norm.original[span[0] : span[1]])})
