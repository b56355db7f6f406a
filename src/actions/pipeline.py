"""`extract` runs the stages in order, each on the results of the ones before it:

    normalise     text → the normalised view and its offset map    actions.text.normalize
    page noise    site furniture, previews: no heading, no item     actions.text.noise
    outline       the nested enumeration markers                    actions.outline.build
    meeting date  the date relative deadlines resolve against       actions.timex.meeting_date
                  (per speech in a text of several: 第X篇)
    deadlines     every time limit of the view, resolved            actions.timex.scan
    owner index   where owners can be named, and who they are       actions.owners.index
    items         directive clauses with owners and deadlines       actions.items.detect
                  (and the rows of task tables)                    actions.items.table
    remap         every span back to the original text, once        actions.remap

Every stage but the last works on the normalised view; the remap maps all spans back to
the original text and re-reads every span-backed field from it, so that `text[start:end]`
equals the field it backs. The stages give outline nodes, owners and items as drafts (their
fields without a model's dict: actions.outline.node, actions.owners.draft,
actions.items.draft); the remap makes the models, all at once (`extract`) or one at a time
as a writer takes them (`extraction`: the command line's JSON and JSON Lines, so that a
large text's Document is never whole in memory). Each stage's start is reported to
actions.progress (a callback given to `extract`, for a bar on a long text).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Iterator, NamedTuple

from actions.collector import pauses_collector
from actions.ids import ItemIds
from actions.items.detect import item_drafts
from actions.items.draft import ItemDraft
from actions.lang.zh.script import fold_traditional
from actions.items.table import task_tables
from bisect import bisect_right

from actions.models import DOCUMENT_SEPARATOR, Document, Item, Outline, OutlineNode, ReferenceDateSource, Source, Span, SpeechDate
from actions.outline.build import build_outline
from actions.outline.node import NodeDraft
from actions.owners.index import OwnerIndex
from actions.progress import Progress, reports_progress, stage
from actions.remap import Shared, remap_item, remap_node
from actions.text.noise import find_noise
from actions.text.normalize import Normalized, normalize
from actions.timex.meeting_date import find_reference_date
from actions.timex.scan import scan_parts


class MeetingDate(NamedTuple):
    """The meeting date of a text, where it came from and, when written in the text, where (view offsets)."""

    date: dt.date | None
    source: ReferenceDateSource
    span: Span | None


def parse_outline(text: str) -> Outline:
    """Parse the enumeration outline of a speech.

    Returns an `Outline` whose nodes carry marker, family, ordinal, level, title and spans
    (`[start, end)` offsets into `text`). Never raises on any string input.
    """
    norm = normalize(text)
    return Outline(nodes=[remap_node(node, norm) for node in build_outline(norm.view, find_noise(norm.view))])


@pauses_collector
@reports_progress
def extract(
    text: str,
    reference_date: dt.date | str | None = None,
    *,
    name: str | None = None,
    encoding: str | None = None,
    progress: Progress | None = None,
) -> Document:
    """Extract the outline and the action items of a speech.

    `reference_date` is the meeting date that relative deadlines (本月20号前, 年底前, 三年内)
    resolve against; when None, a date written in the head or signature of the text is
    used, and when there is none, due dates keep an unknown year. `name` and `encoding`
    are recorded in `Document.source`. `progress(stage, done, total)`, when given, is told
    how far the stages have got (`reports_progress` hands it to them; see actions.progress).
    """
    return _stages(text, reference_date, name, encoding).document()


@pauses_collector
@reports_progress
def extraction(
    text: str,
    reference_date: dt.date | str | None = None,
    *,
    name: str | None = None,
    encoding: str | None = None,
    progress: Progress | None = None,
) -> Extraction:
    """`extract` but the remap: the Document's records still in view offsets, for a writer
    that remaps them one at a time as it writes them (`Extraction.streamed`), never holding
    the whole Document. The "remap" stage is reported done when this returns."""
    return _stages(text, reference_date, name, encoding)


def _stages(text: str, reference_date: dt.date | str | None, name: str | None, encoding: str | None) -> Extraction:
    stage("normalize")
    norm = normalize(text)
    stage("page noise")
    noise = find_noise(norm.view)
    stage("outline")
    outline = build_outline(norm.view, noise)
    stage("meeting date")
    speeches = speech_dates(norm, outline, reference_date)
    if len(speeches) < 2:
        meeting = meeting_date(norm, reference_date)
        speeches = [speeches[0]._replace(meeting=meeting)]
    else:
        meeting = shared_date(speeches)
    stage("deadlines")
    deadlines = scan_parts(norm.view, [(speech.start, speech.end, speech.meeting.date) for speech in speeches])
    stage("owner index")
    # Owners and items are read on the view folded to simplified characters (same offsets; the
    # view itself when it has no traditional character): the rules are written once, in
    # simplified characters, and the remap re-reads every text field from the original.
    read = fold_traditional(norm.view)
    owner_index = OwnerIndex(read, breaks=norm.indent_breaks())
    stage("items")
    items = task_tables(read, outline, deadlines).merged_with(item_drafts(read, outline, deadlines, owner_index, noise=noise))
    stage("remap")  # it ends when extract returns (actions.progress.reports_progress)
    source = Source(
        name=name, sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), chars=len(text), encoding=encoding
    )
    head = {
        "source": source,
        "reference_date": meeting.date,
        "reference_date_source": meeting.source,
        "reference_date_span": meeting.span and norm.span_to_original(*meeting.span),
        "speeches": [_speech_model(speech, norm) for speech in speeches] if len(speeches) >= 2 else [],
    }
    return Extraction(norm, outline, items, [speech.start for speech in speeches] if len(speeches) >= 2 else None,
                      [speech.meeting.date for speech in speeches], head)


class Extraction:
    """The records of one extraction before the remap (view offsets; items as drafts:
    actions.items.draft), made into a Document once: whole (`document`), or one record at a
    time as they are written (`streamed`)."""

    __slots__ = ("norm", "outline", "items", "speech_starts", "speech_dates", "fields")

    def __init__(self, norm: Normalized, outline: list[NodeDraft], items: list[ItemDraft], speech_starts: list[int] | None,
                 speech_dates: list[dt.date | None], fields: dict) -> None:
        self.norm, self.outline, self.items = norm, outline, items
        # In a text of several speeches (speech_starts: where each starts in the view), an item
        # carries its speech's meeting date.
        self.speech_starts, self.speech_dates = speech_starts, speech_dates
        self.fields = fields  # the Document's fields but its outline and items

    def document(self) -> Document:
        """The Document, every record remapped (in place: each record in view offsets is let go
        as soon as its remapped copy exists)."""
        outline, items = self.streamed(keep=True)
        for _ in outline:
            pass
        for _ in items:
            pass
        return self.head(outline=self.outline, items=self.items)

    def head(self, **lists) -> Document:
        """The Document without its outline and items (or with `lists` given)."""
        return Document(**self.fields, **lists)

    def streamed(self, keep: bool = False) -> tuple[Records, Records]:
        """The remapped outline nodes (level 1, with their subtrees) and items, each given once
        and in document order, the items after the nodes (their categories are the nodes'
        titles). `keep`: each record replaces its draft in `outline` / `items`, else the draft
        is let go."""
        if self.norm is None:
            raise RuntimeError("an Extraction is made into a Document once")
        norm, outline, items, starts, dates = self.norm, self.outline, self.items, self.speech_starts, self.speech_dates
        self.norm = None
        node_titles: dict[str, str] = {}
        ids = ItemIds(self.fields["source"].name)  # handed out in document order (actions.ids)
        shared = Shared()

        def nodes() -> Iterator[OutlineNode]:
            for index in range(len(outline)):
                node = remap_node(outline[index], norm, node_titles, shared)
                outline[index] = node if keep else None
                yield node

        def remapped() -> Iterator[Item]:
            for index in range(len(items)):
                draft = items[index]
                changes = None if starts is None else {"reference_date": dates[bisect_right(starts, draft.span[0]) - 1]}
                item = remap_item(draft, ids, norm, node_titles, changes, shared)
                items[index] = item if keep else None
                yield item

        return Records(len(outline), nodes()), Records(len(items), remapped())


class Records:
    """A count of records and an iterator that makes them one at a time (once)."""

    __slots__ = ("count", "records")

    def __init__(self, count: int, records: Iterator) -> None:
        self.count, self.records = count, records

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator:
        return self.records


def meeting_date(norm: Normalized, given: dt.date | str | None, start: int = 0, end: int | None = None) -> MeetingDate:
    """The date given (an argument wins), else the one written in the head or signature of the
    text (or of its part view[start:end]), else none."""
    if given is not None:
        if isinstance(given, str):
            given = dt.date.fromisoformat(given)
        return MeetingDate(given, "argument", None)
    found = find_reference_date(norm.view, start, end)
    if found is None:
        return MeetingDate(None, "none", None)
    date, span = found
    return MeetingDate(date, "text", span)


class Speech(NamedTuple):
    """One speech of the text (view offsets) and its meeting date."""

    start: int
    end: int
    meeting: MeetingDate


def speech_dates(norm: Normalized, outline: list[NodeDraft], given: dt.date | str | None) -> list[Speech]:
    """The speeches of the text, each with its own meeting date: one per level-1 第X篇 separator
    when there are several (the first from the text's start), else the whole text as one."""
    separators = [node.marker_span[0] for node in outline if node.family == DOCUMENT_SEPARATOR]
    size = len(norm.view)
    if len(separators) < 2:
        return [Speech(0, size, MeetingDate(None, "none", None))]  # the caller reads the whole text's date
    starts = [0] + separators[1:]
    ends = separators[1:] + [size]
    return [Speech(start, end, meeting_date(norm, given, start, end)) for start, end in zip(starts, ends)]


def shared_date(speeches: list[Speech]) -> MeetingDate:
    """The Document's date in a text of several speeches: the one they all share, else none."""
    dates = {speech.meeting.date for speech in speeches}
    first = speeches[0].meeting
    if len(dates) == 1 and first.date is not None:
        return MeetingDate(first.date, first.source, first.span if first.source == "argument" else None)
    return MeetingDate(None, "none", None)


def _speech_model(speech: Speech, norm: Normalized) -> SpeechDate:
    meeting = speech.meeting
    return SpeechDate(
        span=norm.span_to_original(speech.start, speech.end),
        reference_date=meeting.date,
        reference_date_source=meeting.source,
        reference_date_span=meeting.span and norm.span_to_original(*meeting.span),
    )
