"""`actions extract … --format parquet --out OUTDIR`: the batch as two Parquet tables.

OUTDIR/documents.parquet holds a row per document (a failed one with its error) and
OUTDIR/items.parquet a row per item (actions.tables). A document's id is the name its JSON
file would have under `--out` (actions.output_names: unique in the batch, the same on a
rerun). The files are written as the batch runs and appear when it ends; an interrupted run
leaves none.
"""

from __future__ import annotations

from pathlib import Path

from actions.batch import Outcome
from actions.commands.outdir import OutDirectory
from actions.errors import InputError
from actions.io.parquet import DOCUMENTS, ITEMS, SUFFIX, ParquetTables, part_files


class ParquetDirectory(OutDirectory):
    """Names the documents like OutDirectory, and writes them into the two tables."""

    def __init__(self, directory: Path, *, force: bool, max_bytes: int) -> None:
        super().__init__(directory, force=force, skip_existing=False, max_bytes=max_bytes)
        self.tables = ParquetTables(directory, force=force)

    def write(self, outcome: Outcome) -> str | None:
        self.tables.add(outcome.data if outcome.ok else outcome.error_record(), outcome.job.output_name)
        if outcome.ok:
            self.written += 1
        return outcome.error

    def __enter__(self) -> ParquetDirectory:
        return self

    def __exit__(self, kind, error, trace) -> None:
        self.tables.__exit__(kind, error, trace)

    def summary(self, tried: int) -> list[str]:
        documents, items = self.tables.paths
        failed = tried - self.written
        note = f" ({failed} failed: their rows hold the error)" if failed else ""
        lines = [f"actions: wrote {tried} documents{note} and {self.tables.items} items to {documents} and {items}"]
        if self.names.renamed:
            lines.append(f"  {len(self.names.renamed)} ids told apart with ~2, ~3 …: their names were taken by an earlier document")
        return lines


PART_DOCUMENTS = 1000  # documents per part file of a partitioned (Dask) run


class ParquetParts(ParquetDirectory):
    """With --dask: the two tables in parts, OUTDIR/documents/part-N.parquet and
    OUTDIR/items/part-N.parquet, a part per PART_DOCUMENTS documents in input order. A part
    is put in place when it is complete, so an interrupted run keeps the parts it finished;
    the ids are the batch's names, unique across the parts."""

    def __init__(self, directory: Path, *, force: bool, max_bytes: int, part_documents: int | None = None) -> None:
        OutDirectory.__init__(self, directory, force=force, skip_existing=False, max_bytes=max_bytes)
        self.part_documents = max(part_documents or PART_DOCUMENTS, 1)
        self.tables = None
        self.parts = 0
        self.items = 0
        self.in_part = 0
        earlier = self._earlier_tables()
        if earlier and not force:
            raise InputError(f"{earlier[0]}: exists (the tables of an earlier run)", "use --force to replace them, or choose another --out")

    def _earlier_tables(self, from_part: int = 0) -> list[Path]:
        found = [self.directory / f"{name}{SUFFIX}" for name in (DOCUMENTS, ITEMS) if (self.directory / f"{name}{SUFFIX}").exists()]
        for name in (DOCUMENTS, ITEMS):
            folder = self.directory / name
            if folder.is_dir():
                found += part_files(folder, from_part)
        return found

    def write(self, outcome: Outcome) -> str | None:
        if self.tables is None:
            self.tables = ParquetTables(self.directory, self.parts, force=self.force)
        self.tables.add(outcome.data if outcome.ok else outcome.error_record(), outcome.job.output_name)
        if outcome.ok:
            self.written += 1
        self.in_part += 1
        if self.in_part >= self.part_documents:
            self._close_part()
        return outcome.error

    def _close_part(self) -> None:
        self.tables.close()
        self.items += self.tables.items
        self.parts += 1
        self.tables, self.in_part = None, 0

    def __exit__(self, kind, error, trace) -> None:
        if self.tables is not None:
            if kind is None:
                self._close_part()
            else:  # the part being written is left out; the finished ones stay
                self.tables.__exit__(kind, error, trace)
                self.tables = None
        if kind is None and self.force:  # the tables of an earlier run are replaced, not mixed in
            for path in self._earlier_tables(from_part=self.parts):
                path.unlink()

    def summary(self, tried: int) -> list[str]:
        failed = tried - self.written
        note = f" ({failed} failed: their rows hold the error)" if failed else ""
        where = f"{self.directory / DOCUMENTS}/ and {self.directory / ITEMS}/"
        lines = [f"actions: wrote {tried} documents{note} and {self.items} items to {where} ({self.parts} parts)"]
        if self.names.renamed:
            lines.append(f"  {len(self.names.renamed)} ids told apart with ~2, ~3 …: their names were taken by an earlier document")
        return lines
