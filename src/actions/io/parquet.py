"""The `documents` and `items` tables (actions.tables) as Parquet files, written and read back.

    DIR/documents.parquet, DIR/items.parquet                   one batch, one file each
    DIR/documents/part-N.parquet, DIR/items/part-N.parquet     one part of a partitioned batch

DuckDB (`read_parquet('DIR/items.parquet')`, or `'DIR/items/*.parquet'`), Polars and pandas
read them as they are. A batch is written as it runs, a row group every 8,192 items (or 1,024
documents), so memory does not grow with the batch; each file is written beside its place and
renamed into it when complete (never half a file, never one overwritten without `force`).
A target with a scheme (`s3://bucket/run`) is written through pyarrow's file systems, each
file in one piece.

Reading accepts what was written: the directory, either file of the pair, or the `items/`
(or `documents/`) directory of the parts; the parts are read in the order of their numbers.
"""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import Iterable, Sequence

import regex

from actions.arrow_types import to_pyarrow
from actions.errors import InputError
from actions.io.output import atomic_file, check_writable
from actions.models import Document
from actions.tables import DOCUMENT_FIELDS, ITEM_FIELDS, Failure, TableColumns, documents_from_rows, require_pyarrow

DOCUMENTS, ITEMS = "documents", "items"
SUFFIX = ".parquet"
COMPRESSION = "zstd"
DOCUMENTS_PER_GROUP = 1024
ITEMS_PER_GROUP = 8192  # a row group when this many items (or documents) are pending: memory stays flat
_PART = regex.compile(r"part-(\d+)\.parquet")


def parquet_paths(target: str | Path, part: int | None = None) -> tuple[str, str]:
    """Where the two files of `target` go: DIR/documents.parquet and DIR/items.parquet, or with
    `part` DIR/documents/part-N.parquet and DIR/items/part-N.parquet."""
    base = str(target).rstrip("/")
    if part is None:
        return f"{base}/{DOCUMENTS}{SUFFIX}", f"{base}/{ITEMS}{SUFFIX}"
    if part < 0:
        raise ValueError(f"part {part}: a part number is 0 or more")
    return f"{base}/{DOCUMENTS}/part-{part}{SUFFIX}", f"{base}/{ITEMS}/part-{part}{SUFFIX}"


def _remote(target: str | Path) -> bool:
    return "://" in str(target)


class ParquetTables:
    """The two tables of one batch written as the documents come: `add` each Document (or
    error record), then `close` to put the files in place; leaving a `with` block by an
    exception leaves no file."""

    def __init__(self, target: str | Path, part: int | None = None, *, force: bool = False) -> None:
        self.pa = require_pyarrow()
        import pyarrow.parquet as pq

        self.pq = pq
        self.paths = parquet_paths(target, part)
        self.remote = _remote(target)
        if not self.remote:
            for path in self.paths:
                check_writable(Path(path), force, hint="use --force to replace it, or choose another --out")
        self.force = force
        self.schemas = (to_pyarrow(DOCUMENT_FIELDS), to_pyarrow(ITEM_FIELDS))
        self.pending = TableColumns()
        self.documents = 0
        self.items = 0
        self._stack = ExitStack()
        self._writers = [self._open(path, schema) for path, schema in zip(self.paths, self.schemas)]

    def _open(self, path: str, schema):
        if self.remote:
            from pyarrow import fs

            filesystem, inner = fs.FileSystem.from_uri(path)
            filesystem.create_dir(inner.rsplit("/", 1)[0], recursive=True)
            return self.pq.ParquetWriter(inner, schema, filesystem=filesystem, compression=COMPRESSION)
        temporary = self._stack.enter_context(atomic_file(Path(path), force=self.force))
        return self.pq.ParquetWriter(str(temporary), schema, compression=COMPRESSION)

    def add(self, entry: Document | Failure | dict | bytes | str, document_id: str | None = None) -> None:
        """One document of the batch (a Document, its JSON, or an error record), with its id
        (default: its name, told apart with ~2 … from the names met before)."""
        self.pending.add(entry, document_id)
        if self.pending.items.rows >= ITEMS_PER_GROUP or self.pending.documents.rows >= DOCUMENTS_PER_GROUP:
            self.flush()

    def flush(self) -> None:
        """The rows pending as one row group of each file."""
        pending = self.pending
        if not pending.documents.rows:
            return
        for writer, columns, schema in zip(self._writers, (pending.documents, pending.items), self.schemas):
            writer.write_table(columns.table(schema))
        self.documents += pending.documents.rows
        self.items += pending.items.rows
        self.pending = TableColumns()
        self.pending.default_ids = pending.default_ids  # ids stay unique across row groups

    def close(self) -> tuple[str, str]:
        """Write what is pending and put both files in place; their paths."""
        self.flush()
        for writer in self._writers:
            writer.close()
        self._stack.close()
        return self.paths

    def __enter__(self) -> ParquetTables:
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is None:
            self.close()
            return
        for writer in self._writers:
            try:
                writer.close()
            except Exception:  # the error that ended the block is the one to report
                pass
        self._stack.__exit__(kind, error, trace)


def write_parquet(
    entries: Iterable[Document | Failure | dict | bytes | str],
    target: str | Path,
    part: int | None = None,
    *,
    ids: Sequence[str] | None = None,
    force: bool = False,
) -> tuple[str, str]:
    """Write the `documents` and `items` tables of `entries` (Documents, their JSON, or a
    batch's error records) under `target` (see parquet_paths); `ids` are the documents' ids
    (default: their names). The paths written."""
    with ParquetTables(target, part, force=force) as tables:
        for position, entry in enumerate(entries):
            tables.add(entry, ids[position] if ids is not None else None)
    return tables.paths


# --- reading ------------------------------------------------------------------------------


def is_parquet(path: Path) -> bool:
    """A Parquet file, or a directory holding the tables (as files or as parts)."""
    if path.is_dir():
        return any((path / name).exists() for name in (f"{ITEMS}{SUFFIX}", ITEMS)) or bool(part_files(path))
    try:
        with path.open("rb") as file:
            return file.read(4) == b"PAR1"
    except OSError:
        return False


def part_files(directory: Path, from_part: int = 0) -> list[Path]:
    """The part-N.parquet files of a directory with N >= `from_part`, by number."""
    found = [(int(match.group(1)), path) for path in directory.iterdir() if (match := _PART.fullmatch(path.name))]
    return [path for number, path in sorted(found) if number >= from_part]


def table_locations(path: Path) -> tuple[Path, Path]:
    """(documents, items) of what `path` names: the directory written, one file of the pair,
    or one directory of the parts."""
    if path.is_dir() and ((path / ITEMS).is_dir() or (path / f"{ITEMS}{SUFFIX}").exists()):
        items = path / ITEMS if (path / ITEMS).is_dir() else path / f"{ITEMS}{SUFFIX}"
        documents = path / DOCUMENTS if (path / DOCUMENTS).is_dir() else path / f"{DOCUMENTS}{SUFFIX}"
        return documents, items
    stem = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.name
    if stem not in (DOCUMENTS, ITEMS):
        raise InputError(
            f"{path}: a Parquet file, but not a documents or items table",
            f"give the {ITEMS}{SUFFIX} written by: actions extract … --format parquet --out DIR (or DIR)",
        )
    sibling = path.with_name((ITEMS if stem == DOCUMENTS else DOCUMENTS) + (SUFFIX if path.name.endswith(SUFFIX) else ""))
    documents, items = (path, sibling) if stem == DOCUMENTS else (sibling, path)
    return documents, items


def read_parquet(path: str | Path) -> tuple[list[Document], list[Failure]]:
    """The Documents of a batch's Parquet tables, in the order written, and its failures."""
    require_pyarrow()
    documents, items = table_locations(Path(path))
    for needed in (documents, items):
        if not needed.exists():
            raise InputError(f"{needed}: not found; the {ITEMS} table is read with its {DOCUMENTS} table", "keep the two side by side as written")
    return documents_from_rows(_read(documents, DOCUMENT_FIELDS), _read(items, ITEM_FIELDS))


def _read(location: Path, fields) -> list[dict]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    files = part_files(location) if location.is_dir() else [location]
    if not files:
        raise InputError(f"{location}: no part-N{SUFFIX} files in it", "give the directory written by the batch")
    names = [field.name for field in fields]
    rows: list[dict] = []
    for file in files:
        try:
            table = pq.read_table(file)
        except (pa.ArrowException, OSError) as error:
            raise InputError(f"{file}: cannot read it as Parquet: {str(error).splitlines()[0]}") from None
        missing = [name for name in names if name not in table.column_names]
        if missing:
            raise InputError(f"{file}: not a {location.name.removesuffix(SUFFIX)} table of actions: no column {missing[0]!r}",
                             "give the tables written by: actions extract … --format parquet")
        rows.extend(table.select(names).to_pylist())
    return rows
