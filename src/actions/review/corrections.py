"""Corrections a person makes in the review, as pure functions: (Document, text, correction) → Document.

A correction names an item by id and says what the person set: its kind, its owners (names
and roles), its deadline (the words and/or the due date), its text (a new selection), or
that it goes (delete) or comes (a row added from a selection of the text). The result keeps
every span: an owner or deadline a person writes is looked up in the text (in the item,
then its sentence, then the nearest place before or after it); only what the text does not
write gets a null span. Each item lists the fields a person set (`Item.corrected`); a row a
person added has the rule `person`; deleted items are kept in `Document.review.deleted`, and
`Document.review` marks the Document as checked by a person. A correction that sets what is
already there changes nothing. A corrected item keeps its id, even with a new text (a
tracker that imported it updates it); a row a person adds gets an id made as an extracted
item's, from its place and its text, with P for person (`P7d2h0c`, see actions.ids).
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from actions.errors import InputError
from actions.export.common import one_line
from actions.ids import PERSON_PREFIX, ItemIds
from actions.models import (
    PERSON_RULE,
    CorrectedField,
    Deadline,
    DeadlineKind,
    Document,
    Item,
    ItemKind,
    OutlineNode,
    Owner,
    OwnerRole,
    Review,
    Span,
)

NAME_MAX = 100
_FIELD_ORDER: tuple[CorrectedField, ...] = ("span", "kind", "owners", "deadline")
_SENTENCE_ENDS = frozenset("。！？；!?;\n")
_CONTEXT = 200  # characters of sentence kept on each side of an added row, at most


class _Correction(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SetKind(_Correction):
    action: Literal["kind"]
    item: str
    kind: ItemKind


class OwnerEntry(_Correction):
    name: str = Field(max_length=NAME_MAX)
    role: OwnerRole = "responsible"


class SetOwners(_Correction):
    action: Literal["owners"]
    item: str
    owners: list[OwnerEntry]


class SetDeadline(_Correction):
    """The deadline as the person writes it; no words and no date removes it."""

    action: Literal["deadline"]
    item: str
    text: str = Field(default="", max_length=NAME_MAX)
    due: dt.date | None = None
    kind: DeadlineKind | None = None  # None: read from the words (else 'by')


class SetSpan(_Correction):
    action: Literal["span"]
    item: str
    start: int
    end: int


class DeleteItem(_Correction):
    action: Literal["delete"]
    item: str


class AddItem(_Correction):
    action: Literal["add"]
    start: int
    end: int
    kind: ItemKind = "task"


Correction = Annotated[Union[SetKind, SetOwners, SetDeadline, SetSpan, DeleteItem, AddItem], Field(discriminator="action")]
CORRECTIONS = TypeAdapter(list[Correction])


def apply_corrections(document: Document, text: str, corrections: list) -> tuple[Document, str | None]:
    """Apply the corrections in order; the new Document and the id of the item touched last."""
    touched = None
    for correction in corrections:
        document, touched = apply_correction(document, text, correction)
    return document, touched


def apply_correction(document: Document, text: str, correction) -> tuple[Document, str | None]:
    if isinstance(correction, AddItem):
        return _add(document, text, correction)
    index = _index(document, correction.item)
    item = document.items[index]
    if isinstance(correction, DeleteItem):
        return _delete(document, index), None
    if isinstance(correction, SetKind):
        changed = _changed(item, "kind", {"kind": correction.kind}) if correction.kind != item.kind else item
    elif isinstance(correction, SetOwners):
        changed = _set_owners(item, text, correction.owners)
    elif isinstance(correction, SetDeadline):
        changed = _set_deadline(item, text, correction, document.reference_date)
    else:
        changed = _set_span(document, item, text, correction.start, correction.end)
    if changed is item:
        return document, item.id
    items = list(document.items)
    items[index] = changed
    return _reviewed(document, items=items), item.id


# -- single fields -----------------------------------------------------------------------------------


def _index(document: Document, item_id: str) -> int:
    for index, item in enumerate(document.items):
        if item.id == item_id:
            return index
    raise InputError(f"no row {item_id!r} in this Document", "reload the page")


def _changed(item: Item, field: CorrectedField, update: dict) -> Item:
    marked = set(item.corrected) | {field}
    return item.model_copy(update={**update, "corrected": [name for name in _FIELD_ORDER if name in marked]})


def _reviewed(document: Document, **update) -> Document:
    return document.model_copy(update={"review": document.review or Review(), **update})


def _set_owners(item: Item, text: str, entries: list[OwnerEntry]) -> Item:
    # Names compare as one line: a name the text wraps (市城⏎管局) is the one the form shows as 市城管局.
    wanted: list[tuple[str, OwnerRole]] = []
    for entry in entries:
        name = one_line(entry.name)
        if name and (name, entry.role) not in wanted:
            wanted.append((name, entry.role))
    if wanted == [(one_line(owner.name), owner.role) for owner in item.owners]:
        return item
    owners = []
    for name, role in wanted:
        known = next((owner for owner in item.owners if one_line(owner.name) == name), None)
        if known is not None:
            owners.append(known.model_copy(update={"role": role}))
            continue
        span = locate(text, name, item)
        inherited = span is not None and not (item.span[0] <= span[0] and span[1] <= item.span[1])
        owners.append(Owner(name=name, role=role, span=span, inherited=inherited))
    return _changed(item, "owners", {"owners": owners})


def _set_deadline(item: Item, text: str, correction: SetDeadline, reference: dt.date | None) -> Item:
    words = one_line(correction.text)
    old = item.deadline
    if not words and correction.due is None:
        return item if old is None else _changed(item, "deadline", {"deadline": None})
    read = read_deadline(words, reference) if words else None
    due = correction.due if correction.due is not None else (read.due if read else None)
    kind = correction.kind or (read.kind if read else "by")
    if old is not None and (one_line(old.text), old.due, old.kind) == (words, due, kind):
        return item
    agrees = read is not None and read.due == due
    if old is not None and one_line(old.text) == words:
        span, words = old.span, old.text
    else:
        span = locate(text, words, item) if words else None
    deadline = Deadline(
        text=words,
        span=span,
        kind=kind,
        start=read.start if agrees else None,
        due=due,
        value=read.value if agrees else (due.isoformat() if due else None),
        rule=PERSON_RULE,
    )
    return _changed(item, "deadline", {"deadline": deadline})


def read_deadline(words: str, reference: dt.date | None) -> Deadline | None:
    """What the time rules read in the words a person wrote ('年底前' → by, 12-31 of the meeting year)."""
    from actions.text.normalize import normalize
    from actions.timex.scan import scan_deadlines

    found = scan_deadlines(normalize(words).view, reference)
    return found[0] if found else None


def _set_span(document: Document, item: Item, text: str, start: int, end: int) -> Item:
    span = trimmed_span(text, start, end)
    if span == tuple(item.span):
        return item
    update = {"span": span, "text": text[span[0] : span[1]]}
    if not (item.sentence_span[0] <= span[0] and span[1] <= item.sentence_span[1]):
        update.update(_sentence_fields(text, span))
    update.update(_outline_fields(document, span))
    return _changed(item, "span", update)


# -- rows --------------------------------------------------------------------------------------------


def _delete(document: Document, index: int) -> Document:
    items = list(document.items)
    gone = items.pop(index)
    review = document.review or Review()
    if gone.rule != PERSON_RULE:  # a row the person added and removed again was never found
        review = review.model_copy(update={"deleted": [*review.deleted, gone]})
    return document.model_copy(update={"items": items, "review": review})


def _add(document: Document, text: str, correction: AddItem) -> tuple[Document, str]:
    span = trimmed_span(text, correction.start, correction.end)
    outline = _outline_fields(document, span)
    item = Item(
        id=_new_id(document, outline["outline_path"], text[span[0] : span[1]]),
        text=text[span[0] : span[1]],
        span=span,
        kind=correction.kind,
        rule=PERSON_RULE,
        confidence=1.0,
        corrected=["span", "kind"],
        **outline,
        **_sentence_fields(text, span),
        **_found_inside(text, span, document.reference_date),
    )
    items = list(document.items)
    position = bisect.bisect_right([tuple(existing.span) for existing in items], tuple(span))
    items.insert(position, item)
    return _reviewed(document, items=items), item.id


def _new_id(document: Document, outline_path: list[str], text: str) -> str:
    """The id of a row a person adds: made as an extracted item's (actions.ids), with P for
    person, and none that an item of the Document, kept or deleted, has."""
    used = [item.id for item in document.items] + [item.id for item in (document.review.deleted if document.review else [])]
    return ItemIds(document.source.name, taken=used).next(outline_path, text, prefix=PERSON_PREFIX)


def _found_inside(text: str, span: Span, reference: dt.date | None) -> dict:
    """Owners and deadline the extractor reads inside the selection alone, as a start for the person."""
    from actions.pipeline import extract

    start = span[0]
    found = extract(text[span[0] : span[1]], reference)
    owners: list[Owner] = []
    deadline = None
    for item in found.items:
        for owner in item.owners:
            if owner.span is not None and all(owner.name != known.name for known in owners):
                owners.append(owner.model_copy(update={"span": (owner.span[0] + start, owner.span[1] + start), "inherited": False}))
        if deadline is None and item.deadline is not None and item.deadline.span is not None:
            begin, end = item.deadline.span
            deadline = item.deadline.model_copy(update={"span": (begin + start, end + start)})
    return {"owners": owners, "deadline": deadline}


# -- places in the text ------------------------------------------------------------------------------


def trimmed_span(text: str, start: int, end: int) -> Span:
    """A selection as a span: inside the text, without blanks at either end; InputError if empty."""
    if not (0 <= start < end <= len(text)):
        raise InputError(f"selection [{start}:{end}] is not inside the text ({len(text)} characters)", "select the text again")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise InputError("the selection holds only blanks", "select the words of the task")
    return (start, end)


def locate(text: str, words: str, item: Item) -> Span | None:
    """Where `words` are written for `item`: inside it, in its sentence, else the nearest place."""
    if not words:
        return None
    for begin, end in (item.span, item.sentence_span):
        found = text.find(words, begin, end)
        if found >= 0:
            return (found, found + len(words))
    before = text.rfind(words, 0, item.span[0] + len(words) - 1)
    after = text.find(words, item.span[0])
    if before < 0 and after < 0:
        return None
    if after < 0 or (before >= 0 and item.span[0] - before <= after - item.span[1]):
        return (before, before + len(words))
    return (after, after + len(words))


def _sentence_fields(text: str, span: Span) -> dict:
    start, end = span
    low = max(0, start - _CONTEXT)
    while start > low and text[start - 1] not in _SENTENCE_ENDS:
        start -= 1
    high = min(len(text), end + _CONTEXT)
    while end < high and text[end - 1] not in _SENTENCE_ENDS:
        end += 1
    return {"sentence": text[start:end], "sentence_span": (start, end)}


def _outline_fields(document: Document, span: Span) -> dict:
    """The outline nodes around a span (each containing its start), outermost first."""
    path: list[OutlineNode] = []
    nodes = document.outline
    while True:
        node = next((node for node in nodes if node.span[0] <= span[0] < node.span[1]), None)
        if node is None:
            break
        path.append(node)
        nodes = node.children
    return {"outline_path": [node.id for node in path], "category": [node.title for node in path]}
