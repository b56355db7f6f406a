"""`actions extract … --out OUTDIR`: one `<name>.json` per document, nothing lost or overwritten.

Names are handed out in input order before any work (actions.output_names), so two
documents never share a file and a rerun meets its own files under the same names. A file
that exists already is replaced only with --force; with --skip-existing its document is not
extracted again (a rerun after an interruption does only the rest); without either, the
document is reported with what to do. The summary counts the files written, not the
documents tried.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Iterable, Iterator

import orjson

from actions.batch import Job, Outcome
from actions.errors import InputError
from actions.io.output import atomic_write
from actions.output_names import OutputNames, safe_name

EXISTS_HINT = "a batch: --skip-existing keeps the files already written and extracts only the rest, --force replaces them"
_SHOWN_RENAMED = 20


class OutDirectory:
    """Names, skips and writes the documents of one batch run into `directory`."""

    def __init__(self, directory: Path, *, force: bool, skip_existing: bool, max_bytes: int) -> None:
        self.directory, self.force, self.skip_existing, self.max_bytes = directory, force, skip_existing, max_bytes
        self.names = OutputNames()
        self.written = 0
        self.skipped = 0

    def planned(self, jobs: Iterable[Job]) -> Iterator[Job]:
        """The jobs with their output names; with --skip-existing, without those whose file exists."""
        for job in jobs:
            wanted, source = self._wanted(job)
            job = dataclasses.replace(job, output_name=self.names.claim(wanted, source))
            if self.skip_existing and self.path(job).exists():
                self.skipped += 1
                continue
            yield job

    def _wanted(self, job: Job) -> tuple[str, str]:
        """The name a job asks for, and how the summary names the job."""
        if job.kind == "file":
            return job.output_name or Path(job.key).stem, job.key
        key = self._jsonl_id(job)
        where = f"line {job.line}" + (f" (id {key})" if key else "")
        return safe_name(key) or f"line-{job.line}", where

    def _jsonl_id(self, job: Job) -> str:
        """The id of a JSONL line, read here because the file name must be known before the work."""
        if len(job.payload) > self.max_bytes:
            return ""
        try:
            record = orjson.loads(job.payload)
        except orjson.JSONDecodeError:
            return ""
        key = record.get("id") if isinstance(record, dict) else None
        return "" if key is None else str(key)

    def path(self, job: Job) -> Path:
        return self.directory / f"{job.output_name}.json"

    def write(self, outcome: Outcome) -> str | None:
        """Write one document's file; the error (the document's, or the file's), if any."""
        if not outcome.ok:
            return outcome.error
        try:
            atomic_write(self.path(outcome.job), outcome.data + b"\n", force=self.force, exists_hint=EXISTS_HINT)
        except InputError as error:  # exists, or an OutputError: disk full, read-only, permissions
            return str(error)
        self.written += 1
        return None

    def summary(self, tried: int) -> list[str]:
        """Lines for standard error: files written, skipped, renamed."""
        total = tried + self.skipped
        notes = []
        if self.skipped:
            notes.append(f"{self.skipped} skipped: their files exist")
        if self.names.renamed:
            notes.append(f"{len(self.names.renamed)} renamed: their names were taken by an earlier document")
        lines = [f"actions: wrote {self.written} of {total} documents to {self.directory}" + (f" ({'; '.join(notes)})" if notes else "")]
        for renamed in self.names.renamed[:_SHOWN_RENAMED]:
            lines.append(f"  {renamed.source} → {renamed.name}.json ({renamed.wanted}.json is another document's)")
        if len(self.names.renamed) > _SHOWN_RENAMED:
            lines.append(f"  … and {len(self.names.renamed) - _SHOWN_RENAMED} more renamed")
        return lines
