"""The data contract: one set of pydantic models for the library, the CLI and the exporters.

Every span is a `[start, end)` pair of code-point offsets into the input text exactly as
given, and for every span the text it backs equals `text[start:end]`.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterator, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Span = tuple[int, int]
"""`[start, end)` code-point offsets into the original text."""

OwnerRole = Literal["responsible", "lead", "support"]
ItemKind = Literal["task", "directive"]
DeadlineKind = Literal["by", "on", "within", "asap", "recurring"]
ReferenceDateSource = Literal["argument", "text", "none"]
CorrectedField = Literal["span", "kind", "owners", "deadline"]
"""An item field a person set in the review (`actions serve`)."""
PERSON_RULE = "person"
"""The `rule` of an item a person added and of a deadline a person wrote."""


def _empty(value) -> bool:
    """Fields added for the review are left out of the JSON at their default, so that a
    Document as extracted is written exactly as before they existed."""
    return value is None or value == []

DOCUMENT_SEPARATOR = "document_separator"
"""The marker family (OutlineNode.family) of a 第X篇 separator between documents collected in one text."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OutlineNode(_Model):
    """One enumeration marker that opens a node of the speech's outline."""

    id: str = Field(description="Stable path id: '2.1.3' is the third child of the first child of the second root.")
    marker: str = Field(description="The marker as written, with its punctuation: '一、', '（一）', '第二，', '一是'.")
    family: str = Field(description="Name of the marker rule that matched (see actions.outline.rules).")
    ordinal: int = Field(ge=0, description="The position the marker announces: 一是 → 1, 最后 → the last.")
    level: int = Field(ge=1, description="Depth in the tree, 1 = outermost list of the text.")
    marker_span: Span
    title: str = Field(description="Text after the marker up to the first 。；：！？ or line end.")
    title_span: Span | None = Field(default=None, description="Where the title is written (null only in Documents written before it existed).")
    span: Span = Field(description="From the marker to the start of the next sibling or the end of the parent.")
    children: list[OutlineNode] = Field(default_factory=list)

    def walk(self) -> Iterator[OutlineNode]:
        """This node and all its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


class Outline(_Model):
    """The nested enumeration outline of a text."""

    nodes: list[OutlineNode] = Field(default_factory=list, description="The level-1 nodes.")

    def walk(self) -> Iterator[OutlineNode]:
        """Every node in document order (pre-order)."""
        for node in self.nodes:
            yield from node.walk()


class Owner(_Model):
    """A responsible party, written as in the text."""

    name: str
    role: OwnerRole = "responsible"
    span: Span | None = Field(
        description="Where the name is written; for an inherited owner, in the lead-in it comes from. "
        "Null only for an owner a person named in the review that the text does not write."
    )
    inherited: bool = Field(default=False, description="True when taken from a governing lead-in or an earlier sentence.")


class Deadline(_Model):
    """The time limit of an action, resolved against the meeting date."""

    text: str = Field(description="The time expression as written: '本月20号前', '6月底7月初', '三年内'.")
    span: Span | None = Field(description="Where `text` is written; null only for a deadline a person set in the review that the text does not write.")
    kind: DeadlineKind
    start: dt.date | None = Field(default=None, description="First day of the window, when the expression names one.")
    due: dt.date | None = Field(default=None, description="Latest day the action may be done; null when unknown or open.")
    value: str | None = Field(default=None, description="TIMEX3-style value: '2012-09-30', 'XXXX-09-30', '2012-H2', 'P3Y'.")
    rule: str = Field(default="", description="Name of the time rule that matched.")


class Item(_Model):
    """An action item: a directive clause group that asks someone to do something."""

    id: str = Field(
        description="Stable id: 'T' and six characters of a hash of the document's name (Source.name), the id of the "
        "deepest outline node around the item and the item's text (blanks removed, NFKC), never its offsets: an edit "
        "elsewhere in the speech keeps it, a new text or place gives a new one. The same text twice in one node: "
        "'-2', '-3' … in document order. A row a person added in the review: 'P' and the same hash. A person's "
        "corrections keep the id. See actions.ids."
    )
    text: str
    span: Span
    kind: ItemKind
    outline_path: list[str] = Field(default_factory=list, description="Ids of the enclosing outline nodes, outermost first.")
    category: list[str] = Field(default_factory=list, description="Titles of the enclosing outline nodes, outermost first.")
    owners: list[Owner] = Field(default_factory=list)
    deadline: Deadline | None = None
    sentence: str = Field(
        default="",
        description="The whole sentence the item stands in (原文); in a 'sentence' over 400 characters "
        "(text without sentence ends), the whole clauses around the item within 400 characters.",
    )
    sentence_span: Span = (0, 0)
    rule: str = Field(default="", description="Name of the item rule that fired.")
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    reference_date: dt.date | None = Field(
        default=None,
        exclude_if=_empty,
        description="In a text of several speeches (Document.speeches): the meeting date of the item's speech, "
        "the one its deadline was resolved against; left out when that speech states none. In a text of one "
        "speech it is left out: the date is Document.reference_date.",
    )
    corrected: list[CorrectedField] = Field(
        default_factory=list,
        exclude_if=_empty,
        description="The fields a person set in the review (`actions serve`): 'span' for a row a person added "
        "(rule 'person') or re-cut to a selection of the text, 'kind', 'owners', 'deadline'. Left out when empty: "
        "the item is as extracted.",
    )


class Review(_Model):
    """Marks a Document a person has checked in the review (`actions serve`): its items are the person's."""

    deleted: list[Item] = Field(
        default_factory=list, description="Items the extractor found and the person deleted, as they were (wrong finds)."
    )


class SpeechDate(_Model):
    """The meeting date of one speech of a text that collects several (第一篇 … 第五篇)."""

    span: Span = Field(description="The speech: from its 第X篇 separator to the next one (the first from the text's start).")
    reference_date: dt.date | None = Field(default=None, description="The date its relative deadlines resolve against.")
    reference_date_source: ReferenceDateSource = "none"
    reference_date_span: Span | None = Field(default=None, description="Where the date is written in the speech's head or signature.")


class Source(_Model):
    """Where the text came from."""

    name: str | None = None
    sha256: str = Field(description="SHA-256 of the text as UTF-8.")
    chars: int = Field(ge=0, description="Length of the text in code points.")
    encoding: str | None = Field(default=None, description="Encoding the input bytes were decoded with, when read from bytes.")


class Document(_Model):
    """Everything extracted from one text."""

    schema_version: str = SCHEMA_VERSION
    source: Source
    reference_date: dt.date | None = Field(default=None, description="The meeting date relative dates resolve against.")
    reference_date_source: ReferenceDateSource = "none"
    reference_date_span: Span | None = Field(default=None, description="Where the meeting date is written, when found in the text.")
    outline: list[OutlineNode] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    speeches: list[SpeechDate] = Field(
        default_factory=list,
        exclude_if=_empty,
        description="A text of several speeches (第X篇 separators): each speech's own meeting date, found in its own "
        "head or signature (or the date given, for all). Then `reference_date` is the date they share, null when "
        "they differ, and each item says its own (Item.reference_date). Left out for a text of one speech.",
    )
    review: Review | None = Field(
        default=None,
        exclude_if=_empty,
        description="Present when a person checked the items (`actions serve`); `actions eval` reads such a Document as gold.",
    )

    def walk_outline(self) -> Iterator[OutlineNode]:
        """Every outline node in document order."""
        for node in self.outline:
            yield from node.walk()


OutlineNode.model_rebuild()
