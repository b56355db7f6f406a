"""`actions extract`: the task list of one speech, or of a batch.

One speech:   actions extract FILE [--date D] [--format table|json|jsonl] [-o OUT [--force]]
A batch:      actions extract FILE... | DIR | corpus.jsonl  [--jobs N] [--out OUTDIR [--force | --skip-existing]]
Tables:       actions extract FILE... | DIR | corpus.jsonl  --format parquet --out OUTDIR [--force]
On Dask:      actions extract CORPUS... --dask [SCHEDULER_ADDRESS] [--out OUTDIR …]   (CORPUS may be a URL: actions.dask)
              actions extract --jsonl < corpus.jsonl

A batch writes one Document per line (JSON Lines) to standard output in input order, or one
`<name>.json` per document into OUTDIR (names that would meet get ~2, ~3 …; files that exist
are kept unless --force, and --skip-existing leaves their documents out: see commands.outdir). A JSONL input holds one `{"id", "text", "date"}`
object per line. A document that fails gives an error record (`{"id", "line", "error"}` or
`{"name", "error"}`) in its place; the failures are listed at the end and the exit code is 1.
With --format parquet the batch (or one speech) is written as OUTDIR/documents.parquet and
OUTDIR/items.parquet instead (commands.parquet_out; a failed document is a row with its error).
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from typing import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from actions.batch import (
    DEFAULT_CHUNKSIZE,
    JSONL_SUFFIXES,
    Outcome,
    Settings,
    count_jobs,
    expand_inputs,
    jobs_from_inputs,
    jsonl_jobs,
    run_batch,
)
from actions.commands.common import add_source_options, check_output, emit, meeting_date, stdin_is_piped, write_stdout
from actions.commands.outdir import OutDirectory
from actions.commands.stage_bar import WRITE_STAGE, add_quiet_option, is_terminal, stage_bar, wants_bar
from actions.errors import InputError
from actions.export import EXTRACT_FORMATS, ExportOptions, export_chunks
from actions.models import Document
from actions.io.output import STDOUT_NAME, OutputError, output_error, silence_stdout
from actions.collector import collector_paused
from actions.export import json_doc, jsonl
from actions.pipeline import Extraction, extract, extraction
from actions.present.table import render_table
from actions.io.sources import read_source

_SHOWN_FAILURES = 20
PARQUET = "parquet"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="extract action items with owners and deadlines (one speech or a batch)",
        description="Extract the action items of a speech, or of many: files, directories, JSONL corpora.",
    )
    parser.add_argument(
        "inputs", nargs="*", metavar="FILE", help="a text or .docx file (- for standard input), several files, a directory, or a .jsonl corpus"
    )
    parser.add_argument("--jsonl", action="store_true", help='read a JSONL corpus ({"id", "text", "date"} per line) from standard input')
    add_source_options(parser)
    parser.add_argument("--date", help="the meeting date, YYYY-MM-DD (default: a date written in the text; a JSONL \"date\" wins)")
    parser.add_argument(
        "--format",
        choices=("table", *EXTRACT_FORMATS, PARQUET),
        help="one speech: table (default), json (the Document) or jsonl (one item per line); "
        "a batch: one Document per line (default), or table; "
        "parquet (with --out OUTDIR): the documents and items tables, OUTDIR/documents.parquet and OUTDIR/items.parquet",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="one speech: write to this file (default: standard output)")
    parser.add_argument("--out", metavar="OUTDIR", help="a batch: write <name>.json per document into OUTDIR")
    parser.add_argument("--force", action="store_true", help="overwrite existing output files")
    parser.add_argument(
        "--skip-existing", action="store_true",
        help="a batch with --out: leave the files that exist as they are and extract only the other documents",
    )
    parser.add_argument(
        "--jobs", "-j", type=int, default=0, metavar="N",
        help="worker processes for a batch (default 0: one per core, no more than the files given; 1: no workers)",
    )
    parser.add_argument(
        "--dask", nargs="?", const="", default=None, metavar="SCHEDULER",
        help="a batch on a Dask cluster: the scheduler's address (tcp://HOST:8786), or none for a local cluster "
        "of one worker per core (--jobs N: N workers); FILE may be a URL that fsspec opens (needs the dask extra)",
    )
    parser.add_argument("--chunksize", type=int, default=DEFAULT_CHUNKSIZE, help=argparse.SUPPRESS)
    add_quiet_option(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    if args.jobs < 0:  # checked for one speech too, so the same command line is refused either way
        raise InputError(f"--jobs {args.jobs}: not a number of workers", "give 0 for one per core, 1 for no workers, or more")
    date = meeting_date(args.date)
    if args.format == PARQUET:
        _check_parquet_options(args)
    if not args.inputs and not args.jsonl and stdin_is_piped():
        args.inputs = ["-"]  # `actions extract < speech.txt`
    if is_single(args):
        return run_single(args, date)
    return run_many(args, date)


def _check_parquet_options(args) -> None:
    """Parquet is two files in a directory: --out OUTDIR, and pyarrow, before any work."""
    if args.output or not args.out:
        raise InputError("--format parquet writes two files, documents.parquet and items.parquet", "name their directory with --out OUTDIR")
    if args.skip_existing:
        raise InputError("--skip-existing keeps the JSON files of an earlier --out run; Parquet tables are written whole",
                         "drop --skip-existing (and give --force to replace the tables)")
    from actions.tables import require_pyarrow

    require_pyarrow()


def is_single(args) -> bool:
    """One speech: one input that is a file (or -), not a JSONL corpus, and no --out or --dask."""
    if args.jsonl or args.out or args.dask is not None or len(args.inputs) != 1:
        return False
    path = args.inputs[0]
    return path == "-" or (not Path(path).is_dir() and Path(path).suffix.lower() not in JSONL_SUFFIXES)


def run_single(args, date) -> int:
    check_output(args)
    source = read_source(args.inputs[0], encoding=args.encoding, max_bytes=args.max_bytes)
    if args.inputs[0] == "-" and source.text.lstrip().startswith("{"):  # a speech never starts with "{"
        raise InputError(
            "standard input is JSON, not a speech",
            "for a JSONL corpus add --jsonl; for a Document JSON use: actions export - --to FORMAT",
        )
    # JSON and JSON Lines are written as the records are remapped, one at a time: a large
    # text's Document is never whole in memory (actions.pipeline.Extraction).
    extract_one = extraction if args.format in _STREAMED else extract
    with stage_bar(len(source.text), quiet=args.quiet) as report:
        document = extract_one(source.text, date, name=source.name, encoding=source.encoding, progress=report)
        to_terminal = not args.output and is_terminal(sys.stdout)
        written = report is not None and not to_terminal
        if written:  # a file or a pipe takes the output: the bar stays up while it is written
            report(WRITE_STAGE, 0, 1)
            _write_single(args, document)
    if not written:  # the bar (if any) is gone before the terminal shows the result
        _write_single(args, document)
    return 0


_STREAMED = ("json", "jsonl")


def _streamed_chunks(extraction: Extraction, format_name: str) -> Iterator[bytes]:
    """The output of `export_chunks(extraction.document(), format_name)`, each record remapped
    as it is written and let go (the cyclic collector paused, as in the extraction)."""
    with collector_paused():
        outline, items = extraction.streamed()
        if format_name == "json":
            yield from json_doc.lists_chunks(extraction.head(), {"outline": outline, "items": items})
        else:
            for _ in outline:  # (the items' categories are the remapped nodes' titles)
                pass
            yield from jsonl.item_chunks(extraction.head().source, items)


def _write_single(args, document: Document | Extraction) -> None:
    if isinstance(document, Extraction):
        emit(args, _streamed_chunks(document, args.format))
    elif (args.format or "table") == "table":
        if args.output:
            emit(args, _table_text(document))
        else:
            render_table(document)
    else:
        emit(args, export_chunks(document, args.format, ExportOptions()))


def _no_standard_input(args) -> None:
    """A speech piped in is one document: a batch (--out, --dask, several inputs) reads files."""
    if "-" in args.inputs:
        option = "--dask" if args.dask is not None else "--out" if args.out else "several inputs"
        raise InputError(
            f"standard input holds one speech, and {option} reads a batch of files",
            "extract it alone (actions extract - -o FILE), save it to a file first, or pipe a JSONL corpus with --jsonl",
        )


def run_many(args, date) -> int:
    if args.output:
        raise InputError("-o names one output file; a batch writes many", "use --out OUTDIR, or redirect standard output")
    if not args.inputs and not args.jsonl:
        raise InputError(
            "nothing to extract",
            "give a FILE, a directory or a .jsonl corpus, pipe a speech in (actions extract < speech.txt), "
            "or --jsonl with a corpus on standard input",
        )
    if args.jsonl and args.inputs:
        raise InputError("--jsonl reads standard input; do not also give files", "drop --jsonl, or the file names")
    if args.skip_existing and (not args.out or args.force):
        raise InputError("--skip-existing works with --out OUTDIR and without --force", "give --out OUTDIR; drop --force")
    out_dir = _output_directory(args.out)
    if args.dask is not None:
        from actions import dask as on_dask

        if args.dask and ":" not in args.dask and Path(args.dask).exists():  # `--dask corpus/`: argparse took it
            raise InputError(
                f"--dask {args.dask}: a file or directory, not a scheduler address",
                "write the inputs first (actions extract CORPUS --dask --out OUTDIR), or --dask tcp://HOST:PORT",
            )
        _no_standard_input(args)
        if args.dask and args.jobs:
            raise InputError(f"--jobs {args.jobs} with --dask {args.dask}: the cluster has its own workers", "drop --jobs")
        on_dask.require()
        inputs = on_dask.local_inputs(args.inputs)
        jobs = jsonl_jobs(sys.stdin.buffer) if args.jsonl else on_dask.corpus_jobs(args.inputs)
    else:
        _no_standard_input(args)
        inputs = expand_inputs(args.inputs)
        jobs = jsonl_jobs(sys.stdin.buffer) if args.jsonl else jobs_from_inputs(inputs)
    writer = None
    if args.format == PARQUET:
        from actions.commands.parquet_out import ParquetDirectory, ParquetParts

        tables = ParquetParts if args.dask is not None else ParquetDirectory  # partitioned files from the Dask path
        writer = tables(out_dir, force=args.force, max_bytes=args.max_bytes)
        jobs = writer.planned(jobs)
    elif out_dir is not None:
        writer = OutDirectory(out_dir, force=args.force, skip_existing=args.skip_existing, max_bytes=args.max_bytes)
        jobs = writer.planned(jobs)
    settings = Settings(date=date, encoding=args.encoding, max_bytes=args.max_bytes, indent=out_dir is not None and args.format != PARQUET)
    failures, failed, done, counted = [], 0, 0, 0
    stream = _Stream()
    tables = writer if args.format == PARQUET else nullcontext()
    with _outcomes(args, jobs, settings, inputs) as outcomes, progress_bar(None if args.jsonl else inputs, quiet=args.quiet) as advance, tables:
        try:
            for outcome in outcomes:
                error = writer.write(outcome) if writer else _to_stdout(outcome, args.format, stream)
                done += 1
                if error:
                    failed += 1
                    if len(failures) < _SHOWN_FAILURES:
                        failures.append(outcome.describe() if error == outcome.error else f"{outcome.where()}: {error}")
                skipped = writer.skipped if writer else 0
                advance(done + skipped - counted)
                counted = done + skipped
        except OutputError as error:  # standard output refused a record: the stream ends at the last whole one
            return stream.cut(error)
    if writer is not None:
        for line in writer.summary(done):
            print(line, file=sys.stderr)
    return _summary(done, failed, failures)


@contextmanager
def _outcomes(args, jobs, settings: Settings, inputs):
    """The batch's outcomes in input order: from local worker processes, or from a Dask cluster."""
    chunksize = max(args.chunksize, 1)
    if args.dask is None:
        yield run_batch(jobs, settings, workers=_workers(args.jobs, None if args.jsonl else inputs), chunksize=chunksize)
        return
    from actions import dask as on_dask

    with on_dask.cluster_client(args.dask or None, workers=args.jobs or None) as client:
        yield on_dask.run_on_cluster(jobs, settings, client, partition_size=chunksize)


class _Stream:
    """What went to standard output: the records written whole, and the last one."""

    def __init__(self) -> None:
        self.records = 0
        self.last = ""

    def cut(self, error: OutputError) -> int:
        silence_stdout()
        where = f", the last for {self.last}" if self.last else ""
        print(
            f"actions: error: {error}; the output holds {self.records} whole records{where}; the batch stopped there",
            file=sys.stderr,
        )
        return 1


def _to_stdout(outcome: Outcome, format_name: str | None, stream: _Stream) -> str | None:
    """One outcome on standard output (a Document or an error record per line, or a table)."""
    if format_name == "table":
        try:
            if outcome.ok:
                render_table(Document.model_validate_json(outcome.data))
            else:
                print(f"error: {outcome.describe()}")
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise output_error(STDOUT_NAME, error) from None
    else:
        write_stdout((outcome.data if outcome.ok else outcome.error_record()) + b"\n")
    stream.records += 1
    stream.last = outcome.where()
    return outcome.error


def _workers(jobs: int, inputs: list[tuple[str, Path]] | None) -> int:
    """--jobs N as given; 0: one per core, but no more than the documents of a list of files
    (a directory or a JSONL corpus is counted only by reading it, and is usually large)."""
    if jobs > 0:
        return jobs
    cores = os.cpu_count() or 1
    if inputs and all(kind == "file" for kind, _ in inputs):
        return min(cores, len(inputs))
    return cores


def _output_directory(out: str | None) -> Path | None:
    if out is None:
        return None
    directory = Path(out)
    if directory.exists() and not directory.is_dir():
        raise InputError(f"{out}: exists and is not a directory", "give a directory for --out")
    return directory


def _summary(done: int, failed: int, failures: list[str]) -> int:
    if not failed:
        return 0
    print(f"actions: {failed} of {done} documents failed:", file=sys.stderr)
    for line in failures:
        print(f"  {line}", file=sys.stderr)
    if failed > len(failures):
        print(f"  … and {failed - len(failures)} more (see the error records in the output)", file=sys.stderr)
    return 1


def _table_text(document: Document) -> str:
    buffer = io.StringIO()
    render_table(document, file=buffer)
    return buffer.getvalue()


@contextmanager
def progress_bar(inputs, *, quiet: bool = False):
    """A rich progress bar on standard error when it is a terminal (and not --quiet); silent otherwise."""
    if not wants_bar(None, quiet):
        yield lambda count=1: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    total = count_jobs(inputs) if inputs is not None else None
    columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    # No refresh thread (auto_refresh=False): worker processes are forked while the bar runs,
    # and a fork must not copy a lock that a thread holds.
    with Progress(*columns, console=Console(stderr=True), transient=True, auto_refresh=False) as progress:
        task = progress.add_task("extract", total=total)

        def advance(count: int = 1) -> None:
            progress.advance(task, count)
            progress.refresh()

        yield advance
