"""`actions export FILE --to FORMAT [-o OUT] [--date D] [--project KEY] [--force]`.

(also --issue-type and --group-issue-type for Jira instances whose issue types are named
otherwise, e.g. in Chinese.)

FILE is a speech (extracted here, with --date as the meeting date), a Document JSON written
by `actions extract --format json`, or a batch's output: JSON Lines of Documents (`actions
extract CORPUS > documents.jsonl`), an `--out` directory of Document JSON files, or the
Parquet tables of `--format parquet` (the directory, or its items.parquet). Text that starts
like JSON is never read as a speech; JSON without Documents is refused. Documents that
failed in the batch (error records, rows with an error) are named on standard error and have
no rows. The whole batch goes into one file. The export goes
to standard output, or with -o to a file written atomically that is never overwritten without
--force. Formats that are not text (xlsx) are not printed to a terminal.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from actions.commands.common import add_input_arguments, input_path, meeting_date, write_stdout
from actions.commands.stage_bar import add_quiet_option, stage_bar
from actions.errors import InputError
from actions.export import FORMATS, ExportOptions, export_files, part_name, writer
from actions.io.documents import is_json_text, parse_batch, read_directory
from actions.models import Document
from actions.io.output import atomic_write, check_writable
from actions.io.parquet import SUFFIX, is_parquet, read_parquet
from actions.pipeline import extract
from actions.tables import record_name
from actions.io.sources import SourceText, read_source



def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export the task list to a tracker or a spreadsheet",
        description="Export the action items of a speech (or of a Document JSON from `actions extract --format json`).",
    )
    add_input_arguments(parser)
    parser.add_argument("--to", dest="format", required=True, metavar="FORMAT", help="one of: " + ", ".join(FORMATS))
    parser.add_argument("-o", "--output", metavar="OUT", help="write to this file (default: standard output)")
    parser.add_argument("--force", action="store_true", help="overwrite OUT when it exists")
    parser.add_argument("--date", help="the meeting date, YYYY-MM-DD (speech input only)")
    parser.add_argument("--project", metavar="KEY", help="Jira project key (jira-json)")
    parser.add_argument("--issue-type", default="Task", metavar="NAME", help="Jira issue type of a task (default: Task)")
    parser.add_argument(
        "--group-issue-type", default="Epic", metavar="NAME", help="Jira issue type of an outline group in jira-csv (default: Epic)"
    )
    add_quiet_option(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    module = writer(args.format)  # an unknown format fails before any work
    date = meeting_date(args.date)
    if args.output:
        check_writable(Path(args.output), args.force)
    elif not getattr(module, "TEXT", True) and sys.stdout.isatty():
        raise InputError(f"{args.format} is a binary format and standard output is a terminal", "write it to a file with -o OUT")
    documents = load_documents(args, date)
    options = ExportOptions(
        project=args.project, issue_type=args.issue_type, group_issue_type=args.group_issue_type, created=creation_time()
    )
    parts = export_files(documents, args.format, options)
    if len(parts) > 1:
        return write_parts(args, parts)
    if args.output:
        atomic_write(Path(args.output), parts[0], force=args.force)
    else:
        write_stdout(parts[0])
    return 0


def write_parts(args, parts: list[bytes | str]) -> int:
    """A target that imports a limited number of tasks per file (Todoist: 300 a project):
    OUT-1.csv, OUT-2.csv …, all checked before any is written."""
    if not args.output:
        raise InputError(
            f"the {args.format} export needs {len(parts)} files: its target takes a limited number of tasks per import",
            "write them with -o OUT (OUT-1, OUT-2 … are written)",
        )
    target = Path(args.output)
    paths = [target.with_name(part_name(target.name, number)) for number in range(1, len(parts) + 1)]
    for path in paths:
        check_writable(path, args.force)
    for path, data in zip(paths, parts):
        atomic_write(path, data, force=args.force)
    print(
        f"actions: wrote {len(parts)} files, one per import (the {args.format} target's limit): " + ", ".join(str(path) for path in paths),
        file=sys.stderr,
    )
    return 0


def load_documents(args, date: dt.date | None) -> list[Document]:
    """The Documents to export: read from Documents (a file, a batch's output), or extracted from a speech."""
    path = input_path(args.file)
    documents = read_extracted(path)
    if documents is not None:
        return _no_date(documents, date)
    source = read_source(path, encoding=args.encoding, max_bytes=args.max_bytes)
    if is_document_json(path, source):
        documents, failures = parse_batch(source.text, source.name)
        return _no_date(_batch(documents, [record_name(record) for record in failures]), date)
    with stage_bar(len(source.text), quiet=args.quiet) as report:
        return [extract(source.text, date, name=source.name, encoding=source.encoding, progress=report)]


def _no_date(documents: list[Document], date: dt.date | None) -> list[Document]:
    if date is not None:
        raise InputError(
            "--date applies to a speech, not to a Document already extracted",
            "run `actions extract FILE --date D --format json` again, or drop --date",
        )
    return documents


def read_extracted(path: str) -> list[Document] | None:
    """The Documents of a directory (Document JSON files, or Parquet tables) or of a Parquet
    file; None for a file to read as text (or one that is not there: read_source says so)."""
    location = Path(path)
    if path == "-" or not location.exists():
        return None
    if location.suffix.lower() == SUFFIX or is_parquet(location):
        documents, failures = read_parquet(location)
        return _batch(documents, [failure.name for failure in failures])
    if location.is_dir():
        return read_directory(location)
    return None


def _batch(documents: list[Document], failed: list[str]) -> list[Document]:
    """The Documents of a batch; the names of those that failed in it on standard error."""
    if failed:
        shown = ", ".join(failed[:5]) + (f" … and {len(failed) - 5} more" if len(failed) > 5 else "")
        print(f"actions: {len(failed)} documents of the batch failed and have no rows: {shown}", file=sys.stderr)
    if not documents:
        raise InputError("no Documents to export: every document of the batch failed", "see the errors in the batch's output")
    return documents


def is_document_json(path: str, source: SourceText) -> bool:
    """A `.json` or `.jsonl` file, or text that starts like a JSON object or a list of objects:
    a speech never does, so JSON is never read as one."""
    if path != "-" and path.lower().endswith((".json", ".jsonl", ".ndjson")):
        return True
    return is_json_text(source.text)


def creation_time() -> dt.datetime | None:
    """SOURCE_DATE_EPOCH when set (reproducible output), else None: the writers use now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    except (ValueError, OverflowError):
        raise InputError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds", "unset it or give an integer") from None

