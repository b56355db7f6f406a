"""`extract` wires the stages together: text → view → outline → items → Document.

Every stage works on the normalised view (see actions.text.normalize); this module maps
all spans back to the original text once, at the end, and re-reads every span-backed
field from the original so that `text[start:end]` equals the field it backs.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from actions.construct import updated
from actions.items.detect import detect_items
from actions.models import Deadline, Document, Item, Outline, OutlineNode, Owner, Source
from actions.outline.build import build_outline
from actions.text.normalize import Normalized, normalize
from actions.text.segment import context
from actions.timex.meeting_date import find_reference_date


def parse_outline(text: str) -> Outline:
    """Parse the enumeration outline of a speech.

    Returns an `Outline` whose nodes carry marker, family, ordinal, level, title and spans
    (`[start, end)` offsets into `text`). Never raises on any string input.
    """
    norm = normalize(text)
    return Outline(nodes=[_remap_node(node, norm) for node in build_outline(norm.view)])


def extract(
    text: str,
    reference_date: dt.date | str | None = None,
    *,
    name: str | None = None,
    encoding: str | None = None,
) -> Document:
    """Extract the outline and the action items of a speech.

    `reference_date` is the meeting date that relative deadlines (本月20号前, 年底前, 三年内)
    resolve against; when None, a date written in the head or signature of the text is
    used, and when there is none, due dates keep an unknown year. `name` and `encoding`
    are recorded in `Document.source`.
    """
    norm = normalize(text)
    ref_date, ref_source, ref_span = _reference_date(norm, reference_date)
    outline = build_outline(norm.view)
    items = detect_items(norm.view, outline, ref_date)
    return Document(
        source=Source(
            name=name,
            sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
            chars=len(text),
            encoding=encoding,
        ),
        reference_date=ref_date,
        reference_date_source=ref_source,
        reference_date_span=ref_span,
        outline=[_remap_node(node, norm) for node in outline],
        items=[_remap_item(item, number, norm) for number, item in enumerate(items, start=1)],
    )


def _reference_date(norm: Normalized, given: dt.date | str | None):
    if given is not None:
        if isinstance(given, str):
            given = dt.date.fromisoformat(given)
        return given, "argument", None
    found = find_reference_date(norm.view)
    if found is None:
        return None, "none", None
    date, span = found
    return date, "text", norm.span_to_original(*span)


def _remap_node(node: OutlineNode, norm: Normalized) -> OutlineNode:
    marker_span = norm.span_to_original(*node.marker_span)
    return updated(
        node,
        {
            "marker": norm.original[marker_span[0] : marker_span[1]],
            "marker_span": marker_span,
            "span": norm.span_to_original(*node.span),
            "children": [_remap_node(child, norm) for child in node.children],
        }
    )


def _remap_item(item: Item, number: int, norm: Normalized) -> Item:
    span = norm.span_to_original(*item.span)
    sentence_span = context(norm.original, norm.span_to_original(*item.sentence_span), span)
    return updated(
        item,
        {
            "id": f"T{number:03d}",
            "span": span,
            "text": norm.original[span[0] : span[1]],
            "sentence_span": sentence_span,
            "sentence": norm.original[sentence_span[0] : sentence_span[1]],
            "owners": [_remap_owner(owner, norm) for owner in item.owners],
            "deadline": _remap_deadline(item.deadline, norm),
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
