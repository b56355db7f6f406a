"""A batch of Documents as two flat tables, `documents` and `items`, for analysts.

    documents   one row per document of the batch, failed ones included (with their error)
    items       one row per action item, `document_id` naming its row in `documents`

Their columns are read off the models (actions.arrow_types): a span is two integer columns,
a deadline is flattened into `deadline_*` columns, the owners are a list of structs (name,
role, span, inherited), dates are calendar days. DuckDB, Polars and pandas read the Parquet
files written from them (actions.io.parquet) as they are; the schemas are checked in under
schemas/ (`*.arrow.json`).

A Document read back from the two tables (`documents_from_tables`) is the Document written,
but its review (the items a person deleted): what the exporters need.

This module is pure (Documents → rows → pyarrow Tables); pyarrow is imported only to build
a Table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any, Callable, Iterable, Mapping, Sequence

import orjson

from actions.arrow_types import ArrowField, ArrowType, arrow_value, model_fields, to_pyarrow
from actions.errors import InputError, install_hint
from actions.models import Deadline, Document, Item, OutlineNode, Owner, Source, SpeechDate

EXTRA = "parquet"


@dataclass(frozen=True)
class Failure:
    """A document that failed in a batch: its row in `documents` holds the error, it has no items."""

    name: str
    error: str


Entry = Document | Failure


def entry_of(value: Document | Failure | Mapping | bytes | str) -> Entry:
    """A Document, or a Failure from a batch's error record (`{"id", "line", "error"}` or
    `{"name", "error"}`, as a dict or as its JSON); a Document's JSON is parsed too."""
    if isinstance(value, (Document, Failure)):
        return value
    if isinstance(value, (bytes, str)):
        record = orjson.loads(value)
        if isinstance(record, dict) and "error" in record and "source" not in record:
            return entry_of(record)
        return Document.model_validate(record)
    if "error" in value:
        return Failure(record_name(value), str(value["error"]))
    return Document.model_validate(value)


def record_name(record: Mapping) -> str:
    """The name a batch gives the document of an error record: what `Source.name` would be
    (the JSONL id, else `line N`; the file's name without its directories)."""
    if record.get("id") is not None:
        return str(record["id"])
    if record.get("line") is not None:
        return f"line {record['line']}"
    return PurePosixPath(str(record.get("name") or "")).name


def default_id(entry: Entry) -> str:
    """The id of a document when the caller gives none: its name, else its text's hash."""
    if isinstance(entry, Failure):
        return entry.name
    return entry.source.name or f"sha256:{entry.source.sha256[:16]}"


class DefaultIds:
    """Hands out `default_id`s, each once: a name met again gets ~2, ~3 … (in the order met)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def __call__(self, entry: Entry) -> str:
        base = default_id(entry)
        given, number = base, 2
        while given in self.taken:
            given, number = f"{base}~{number}", number + 1
        self.taken.add(given)
        return given


# --- columns --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """What one row is read from: the document's id, the Document (None for a failure) and, in
    `items`, the item."""

    id: str
    document: Document | None
    failure: Failure | None = None
    item: Item | None = None


@dataclass(frozen=True)
class Column:
    field: ArrowField
    value: Callable[[Row], Any]


def _reading(field: ArrowField, get: Callable[[Row], Any]) -> Column:
    """The column of a model field, read from the model instance `get` gives (None: null)."""

    def value(row: Row):
        model = get(row)
        if model is None:
            return None
        raw = getattr(model, field.attribute)
        if field.part is not None:
            return None if raw is None else raw[field.part]
        return arrow_value(raw, field.type)

    return Column(field, value)


def _from_model(model, get, names: Sequence[str], *, prefix: str = "", nullable: bool = False) -> list[Column]:
    return [_reading(field, get) for field in model_fields(model, include=tuple(names), prefix=prefix, nullable=nullable)]


def _derived(name: str, type_name: str, nullable: bool, description: str, value: Callable[[Row], Any]) -> Column:
    return Column(ArrowField(name, ArrowType(type_name), nullable, description), value)


def _count(row: Row, test: Callable[[Item], bool]) -> int | None:
    return None if row.document is None else sum(1 for item in row.document.items if test(item))


def _named(columns: list[Column]) -> list[Column]:
    """The `name` column holds a failed document's name too (what Source.name would have been)."""
    def name(row: Row, read=columns[0].value):
        return row.failure.name if row.failure is not None else read(row)

    return [Column(columns[0].field, name), *columns[1:]]


_NODE = ArrowType("struct", fields=tuple(model_fields(OutlineNode, exclude=("children",))))
_SPEECH = ArrowType("struct", fields=tuple(model_fields(SpeechDate)))
_ID = "The document's id in its batch: the name of its output file under `actions extract --out` (unique in the batch), else its name (Source.name)."


def _outline(row: Row):
    if row.document is None:
        return None
    return [arrow_value(node, _NODE) for node in row.document.walk_outline()]


DOCUMENT_COLUMNS: list[Column] = [
    _derived("id", "string", False, _ID, lambda row: row.id),
    *_named(_from_model(Source, lambda row: row.document.source if row.document else None, ("name", "sha256", "chars", "encoding"), nullable=True)),
    *_from_model(Document, lambda row: row.document, ("reference_date", "reference_date_source", "reference_date_span"), nullable=True),
    _derived("item_count", "int64", True, "Items of the document (null for a document that failed).", lambda row: _count(row, lambda item: True)),
    _derived("task_count", "int64", True, "Items of kind 'task'.", lambda row: _count(row, lambda item: item.kind == "task")),
    _derived("directive_count", "int64", True, "Items of kind 'directive'.", lambda row: _count(row, lambda item: item.kind == "directive")),
    _derived("owned_count", "int64", True, "Items with at least one owner.", lambda row: _count(row, lambda item: bool(item.owners))),
    _derived("due_count", "int64", True, "Items with a due date.", lambda row: _count(row, lambda item: item.deadline is not None and item.deadline.due is not None)),
    Column(
        ArrowField("outline", ArrowType("list", item=_NODE), True, "Every outline node in document order (pre-order); a node's parent is its id without the last '.N'."),
        _outline,
    ),
    Column(
        ArrowField("speeches", ArrowType("list", item=_SPEECH), True, Document.model_fields["speeches"].description or ""),
        lambda row: None if row.document is None else arrow_value(row.document.speeches, ArrowType("list", item=_SPEECH)),
    ),
    _from_model(Document, lambda row: row.document, ("schema_version",), nullable=True)[0],
    _derived("error", "string", True, "Why the document failed in the batch (it has no items then); null for a document extracted.", lambda row: row.failure.error if row.failure else None),
]


def _reference_date(row: Row) -> dt.date | None:
    """The meeting date the item's deadline was resolved against (its speech's, in a text of several)."""
    return row.item.reference_date if row.document.speeches else row.document.reference_date


ITEM_COLUMNS: list[Column] = [
    _derived("document_id", "string", False, "The id of the item's document (documents.id).", lambda row: row.id),
    *_from_model(Item, lambda row: row.item, ("id", "kind", "text", "span", "outline_path", "category", "owners")),
    *_from_model(Deadline, lambda row: row.item.deadline, ("text", "span", "kind", "start", "due", "value", "rule"), prefix="deadline_", nullable=True),
    _derived(
        "reference_date", "date32", True,
        "The meeting date the deadline was resolved against: the item's speech's in a text of several (Item.reference_date), else the document's.",
        _reference_date,
    ),
    *_from_model(Item, lambda row: row.item, ("sentence", "sentence_span", "rule", "confidence", "corrected")),
]

DOCUMENT_FIELDS = [column.field for column in DOCUMENT_COLUMNS]
ITEM_FIELDS = [column.field for column in ITEM_COLUMNS]
TABLES = {"documents": DOCUMENT_FIELDS, "items": ITEM_FIELDS}


def schema_json(name: str) -> dict:
    """The schema of table `name` as data (what schemas/<name>.arrow.json holds)."""
    return {"table": name, "fields": [field.as_json() for field in TABLES[name]]}


# --- rows and tables ------------------------------------------------------------------------


def _rows(entries: Iterable, ids: Sequence[str] | None) -> Iterable[Row]:
    give = DefaultIds()
    for position, value in enumerate(entries):
        entry = entry_of(value)
        key = ids[position] if ids is not None else give(entry)
        if isinstance(entry, Failure):
            yield Row(key, None, entry)
        else:
            yield Row(key, entry)


def _item_contexts(rows: Iterable[Row]) -> Iterable[Row]:
    for row in rows:
        if row.document is not None:
            for item in row.document.items:
                yield Row(row.id, row.document, item=item)


class Columns:
    """Column name → values, for the rows of one table: what pyarrow builds a Table from
    fastest (Table.from_pydict, a column at a time)."""

    def __init__(self, columns: list[Column]) -> None:
        self.columns = columns
        self.values: dict[str, list] = {column.field.name: [] for column in columns}
        self.rows = 0

    def add(self, row: Row) -> None:
        for column in self.columns:
            self.values[column.field.name].append(column.value(row))
        self.rows += 1

    def table(self, schema=None):
        pa = require_pyarrow()
        fields = [column.field for column in self.columns]
        return pa.Table.from_pydict(self.values, schema=schema if schema is not None else to_pyarrow(fields))


class TableColumns:
    """The two tables' columns, one document at a time (Documents, their JSON or error records)."""

    def __init__(self) -> None:
        self.documents, self.items = Columns(DOCUMENT_COLUMNS), Columns(ITEM_COLUMNS)
        self.default_ids = DefaultIds()

    def add(self, value, document_id: str | None = None) -> None:
        entry = entry_of(value)
        key = document_id if document_id is not None else self.default_ids(entry)
        row = Row(key, None, entry) if isinstance(entry, Failure) else Row(key, entry)
        self.documents.add(row)
        for item_row in _item_contexts([row]):
            self.items.add(item_row)


def document_rows(entries: Iterable, ids: Sequence[str] | None = None) -> list[dict]:
    """One dict per document (column name → value), failures included."""
    return [{column.field.name: column.value(row) for column in DOCUMENT_COLUMNS} for row in _rows(entries, ids)]


def item_rows(entries: Iterable, ids: Sequence[str] | None = None) -> list[dict]:
    """One dict per item of every Document, in document order."""
    return [{column.field.name: column.value(row) for column in ITEM_COLUMNS} for row in _item_contexts(_rows(entries, ids))]


def require_pyarrow():
    try:
        import pyarrow
    except ModuleNotFoundError:
        raise InputError("Parquet needs the package 'pyarrow'", install_hint(EXTRA, "pyarrow")) from None
    return pyarrow


def _tables(entries: Iterable, ids: Sequence[str] | None) -> TableColumns:
    require_pyarrow()  # before any work
    built = TableColumns()
    for position, value in enumerate(entries):
        built.add(value, ids[position] if ids is not None else None)
    return built


def documents_table(entries: Iterable, ids: Sequence[str] | None = None):
    """The `documents` table (a pyarrow.Table) of Documents and error records; `ids` (one per
    entry) are the documents' ids, else their names (told apart with ~2 …)."""
    return _tables(entries, ids).documents.table()


def items_table(entries: Iterable, ids: Sequence[str] | None = None):
    """The `items` table (a pyarrow.Table): every item of every Document, `document_id` first."""
    return _tables(entries, ids).items.table()


# --- back to Documents ----------------------------------------------------------------------


def documents_from_rows(documents: Iterable[Mapping], items: Iterable[Mapping]) -> tuple[list[Document], list[Failure]]:
    """The Documents of a `documents` table and its `items` table (rows as dicts), in the
    documents' order, and the failures among them. InputError for an item whose document_id
    is not in `documents`."""
    built: dict[str, Document] = {}
    failures, failed = [], set()
    for row in documents:
        if row["id"] in built or row["id"] in failed:
            raise InputError(f"documents table: two documents have the id {row['id']!r}", "their items cannot be told apart: write the tables again")
        if row.get("error") is not None:
            failures.append(Failure(row.get("name") or row["id"], row["error"]))
            failed.add(row["id"])
            continue
        built[row["id"]] = _document(row)
    for row in items:
        document = built.get(row["document_id"])
        if document is None:
            if row["document_id"] in failed:
                continue
            raise InputError(f"item {row.get('id')}: its document_id {row['document_id']!r} is not in the documents table",
                             "give the documents table written with this items table")
        document.items.append(_item(row, document))
    return list(built.values()), failures


def _span(row: Mapping, name: str):
    start, end = row.get(f"{name}_start"), row.get(f"{name}_end")
    return None if start is None or end is None else (start, end)


def _document(row: Mapping) -> Document:
    nodes = [_node(node) for node in row.get("outline") or []]
    return Document(
        schema_version=row.get("schema_version") or Document.model_fields["schema_version"].default,
        source=Source(name=row.get("name"), sha256=row["sha256"], chars=row["chars"], encoding=row.get("encoding")),
        reference_date=row.get("reference_date"),
        reference_date_source=row.get("reference_date_source") or "none",
        reference_date_span=_span(row, "reference_date_span"),
        outline=_tree(nodes),
        speeches=[SpeechDate(span=_span(speech, "span"), reference_date=speech.get("reference_date"),
                             reference_date_source=speech.get("reference_date_source") or "none",
                             reference_date_span=_span(speech, "reference_date_span")) for speech in row.get("speeches") or []],
    )


def _node(row: Mapping) -> OutlineNode:
    return OutlineNode(
        id=row["id"], marker=row["marker"], family=row["family"], ordinal=row["ordinal"], level=row["level"],
        marker_span=_span(row, "marker_span"), title=row["title"], title_span=_span(row, "title_span"), span=_span(row, "span"),
    )


def _tree(nodes: list[OutlineNode]) -> list[OutlineNode]:
    """The nested outline from its nodes in pre-order, each under the node its id extends."""
    by_id: dict[str, OutlineNode] = {}
    roots = []
    for node in nodes:
        parent = by_id.get(node.id.rpartition(".")[0])
        (parent.children if parent is not None else roots).append(node)
        by_id[node.id] = node
    return roots


def _item(row: Mapping, document: Document) -> Item:
    deadline = None
    if row.get("deadline_kind") is not None:
        deadline = Deadline(
            text=row["deadline_text"], span=_span(row, "deadline_span"), kind=row["deadline_kind"], start=row.get("deadline_start"),
            due=row.get("deadline_due"), value=row.get("deadline_value"), rule=row.get("deadline_rule") or "",
        )
    owners = [Owner(name=owner["name"], role=owner["role"], span=_span(owner, "span"), inherited=bool(owner["inherited"]))
              for owner in row.get("owners") or []]
    return Item(
        id=row["id"], text=row["text"], span=_span(row, "span"), kind=row["kind"], outline_path=list(row.get("outline_path") or []),
        category=list(row.get("category") or []), owners=owners, deadline=deadline, sentence=row.get("sentence") or "",
        sentence_span=_span(row, "sentence_span") or (0, 0), rule=row.get("rule") or "", confidence=row["confidence"],
        reference_date=row.get("reference_date") if document.speeches else None, corrected=list(row.get("corrected") or []),
    )
