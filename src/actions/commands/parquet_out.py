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
from actions.io.parquet import ParquetTables


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
