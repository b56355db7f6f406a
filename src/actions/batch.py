"""Many documents through the extractor: files, directories and JSONL streams.

A batch is a stream of `Job`s (one per file, or one per JSONL line) turned into a stream of
`Outcome`s in input order. Workers (`--jobs N` processes) read, decode and extract; the
parent only reads JSONL lines and writes results. Memory does not grow with the number of
documents: jobs are produced lazily, and at most a few chunks per worker are in flight. A
document that fails becomes an `Outcome` with an error, never the end of the batch, and so
does a document whose worker process dies (actions.pool).
"""

from __future__ import annotations

import datetime as dt
import functools
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Literal

import orjson

from actions.errors import InputError
from actions.io.jsonio import to_json
from actions.pipeline import extract
from actions.io.sources import DOCX_SUFFIXES, SourceText, check_size, read_source
from actions.pool import run_in_workers

TEXT_SUFFIXES = (".txt", ".text", ".md") + DOCX_SUFFIXES
JSONL_SUFFIXES = (".jsonl", ".ndjson")
DEFAULT_CHUNKSIZE = 8


@dataclass(frozen=True, slots=True)
class Job:
    """One document to extract: a file path, or one line of a JSONL stream."""

    kind: Literal["file", "jsonl"]
    key: str  # the path, or the JSONL line's id once read ("" until then)
    payload: bytes | str  # the raw JSONL line, or the path
    line: int | None = None  # 1-based line number in the JSONL input
    output_name: str = ""  # relative output file name (without .json) for --out


@dataclass(frozen=True, slots=True)
class Settings:
    """What every worker needs; picklable."""

    date: dt.date | None = None
    encoding: str | None = None
    max_bytes: int = 50 * 1024 * 1024
    indent: bool = False


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of one job: the Document as JSON bytes, or an error message."""

    job: Job
    key: str
    data: bytes | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def error_record(self) -> bytes:
        """The JSON line that stands in for a failed document in the output stream."""
        if self.job.kind == "jsonl":
            record = {"id": self.key or None, "line": self.job.line, "error": self.error}
        else:
            record = {"name": self.key, "error": self.error}
        return orjson.dumps(record)

    def where(self) -> str:
        """A short location for the summary: 'line 17 (id doc-17)' or the path."""
        if self.job.kind == "jsonl":
            return f"line {self.job.line}" + (f" (id {self.key})" if self.key else "")
        return self.key

    def describe(self) -> str:
        """'<where>: <error>' for people, without naming the file twice."""
        error = self.error or ""
        # (an error about the size of a JSON line names the line itself: line 42: larger than …)
        named = Path(self.key).name + ": " if self.job.kind == "file" else f"line {self.job.line}: "
        if error.startswith(named):
            error = error[len(named) :]
        return f"{self.where()}: {error}"


# --- producing jobs ------------------------------------------------------------------


def expand_inputs(paths: Iterable[str]) -> list[tuple[str, Path]]:
    """Check every input exists (InputError otherwise) and classify it: file, dir or jsonl."""
    found = []
    for text in paths:
        path = Path(text)
        if not path.exists():
            raise InputError(f"{text}: no such file or directory", "check the path")
        if path.is_dir():
            next(directory_jobs(path))  # InputError now, before any work, when it holds no speech
            found.append(("dir", path))
        elif path.suffix.lower() in JSONL_SUFFIXES:
            found.append(("jsonl", path))
        else:
            found.append(("file", path))
    return found


def jobs_from_inputs(inputs: list[tuple[str, Path]]) -> Iterator[Job]:
    """The jobs of checked inputs, lazily: files, the files of directories, JSONL lines."""
    for kind, path in inputs:
        if kind == "dir":
            yield from directory_jobs(path)
        elif kind == "jsonl":
            with path.open("rb") as stream:
                yield from jsonl_jobs(stream)
        else:
            yield Job("file", str(path), str(path), output_name=path.stem)


def directory_jobs(directory: Path) -> Iterator[Job]:
    """Text and Word files under `directory` (recursively, hidden ones skipped), sorted."""
    files = sorted(
        path for path in directory.rglob("*") if path.is_file() and is_speech_file(path.relative_to(directory).parts)
    )
    if not files:
        raise no_speech_files(directory)
    for path in files:
        relative = path.relative_to(directory).with_suffix("")
        yield Job("file", str(path), str(path), output_name=relative.as_posix())


def is_speech_file(relative_parts: tuple[str, ...]) -> bool:
    """A file a directory batch reads, by its path under the directory: a text or Word
    suffix, and no hidden part (`.git/…`, `.notes.txt`) nor a Word lock file (`~$a.docx`)."""
    return (
        bool(relative_parts)
        and Path(relative_parts[-1]).suffix.lower() in TEXT_SUFFIXES
        and not any(part.startswith((".", "~$")) for part in relative_parts)
    )


def no_speech_files(directory) -> InputError:
    return InputError(f"{directory}: no speech files in it", "a directory batch reads " + ", ".join(TEXT_SUFFIXES))


def jsonl_jobs(stream: BinaryIO) -> Iterator[Job]:
    """One job per non-blank line of a JSONL stream; the line is parsed in the worker."""
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield Job("jsonl", "", line, line=number)


# --- running one job (in a worker) ---------------------------------------------------------


def run_job(job: Job, settings: Settings, *, read: Callable[..., SourceText] = read_source) -> Outcome:
    """Extract one document; every failure becomes an error Outcome. `read` turns a file
    job's path into text (actions.dask passes one that opens URLs)."""
    key = job.key
    try:
        if job.kind == "jsonl":
            record = _json_record(job, settings)
            key = _record_id(record)
            text, date = _record_text_and_date(record, settings)
            encoding, name = "utf-8", key or f"line {job.line}"
        else:
            source = read(job.payload, encoding=settings.encoding, max_bytes=settings.max_bytes)
            text, date, encoding, name = source.text, settings.date, source.encoding, source.name
        document = extract(text, date, name=name, encoding=encoding)
        return Outcome(job, key, data=to_json(document, indent=settings.indent))
    except InputError as error:
        return Outcome(job, key, error=str(error))
    except Exception as error:  # a bug must not end the batch; the record names it
        return Outcome(job, key, error=f"internal error: {type(error).__name__}: {error}")


_ONE_OBJECT = 'write one {"id", "text", "date"} object per line'


def _json_record(job: Job, settings: Settings) -> dict:
    check_size(len(job.payload), f"line {job.line}", settings.max_bytes)
    try:
        record = orjson.loads(job.payload.strip())
    except orjson.JSONDecodeError as error:
        raise InputError(f"not a JSON object: {error}", _ONE_OBJECT) from None
    if not isinstance(record, dict):
        raise InputError("not a JSON object", _ONE_OBJECT)
    return record


def _record_id(record: dict) -> str:
    key = record.get("id")
    return "" if key is None else str(key)


def _record_text_and_date(record: dict, settings: Settings) -> tuple[str, dt.date | None]:
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError('no "text" string', 'each line needs "text": the speech')
    if not text.strip():
        raise InputError("empty text", 'give the speech in "text"')
    date = record.get("date") or settings.date
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date)
        except ValueError:
            raise InputError(f'"date" {date!r} is not a date', "write it as YYYY-MM-DD") from None
    elif date is not None and not isinstance(date, dt.date):
        raise InputError(f'"date" {date!r} is not a date', "write it as a string YYYY-MM-DD")
    return text, date


# --- running many -------------------------------------------------------------------------


def run_batch(
    jobs: Iterable[Job], settings: Settings, *, workers: int = 1, chunksize: int = DEFAULT_CHUNKSIZE
) -> Iterator[Outcome]:
    """Outcomes in input order. With workers > 1, worker processes with bounded look-ahead;
    a document whose worker dies (killed, out of memory) becomes an error Outcome, and a new
    worker takes the dead one's place (see actions.pool)."""
    work = functools.partial(run_job, settings=settings)
    if workers <= 1:
        for job in jobs:
            yield work(job)
        return
    limit = max(chunksize, 1) * workers * 4  # jobs read ahead of the results, at most
    yield from run_in_workers(
        work, jobs, lost_job, workers=workers, chunksize=chunksize, lookahead=limit, initializer=_ignore_interrupts
    )


def lost_job(job: Job, reason: str) -> Outcome:
    """The Outcome of a document whose worker process died while extracting it."""
    key = job.key
    if job.kind == "jsonl" and not key:
        try:
            key = _record_id(orjson.loads(job.payload))
        except (orjson.JSONDecodeError, AttributeError):
            pass
    return Outcome(job, key, error=f"{reason} while extracting this document; the batch went on without it")


def _ignore_interrupts() -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def count_jobs(inputs: list[tuple[str, Path]]) -> int | None:
    """How many documents the inputs hold (for the progress bar), or None when unknown."""
    total = 0
    for kind, path in inputs:
        if kind == "jsonl":
            with path.open("rb") as stream:
                total += sum(1 for line in stream if line.strip())
        elif kind == "dir":
            total += sum(1 for _ in directory_jobs(path))
        else:
            total += 1
    return total

