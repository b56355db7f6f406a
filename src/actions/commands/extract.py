"""`actions extract FILE [--date D] [--format table|json|jsonl]`: the task list of a speech."""

from __future__ import annotations

from actions.commands.common import add_input_arguments, meeting_date, write_stdout
from actions.export import ExportOptions, export
from actions.pipeline import extract
from actions.render import render_table
from actions.text.sources import read_source


def register(subparsers) -> None:
    parser = subparsers.add_parser("extract", help="extract action items with owners and deadlines")
    add_input_arguments(parser)
    parser.add_argument("--date", help="the meeting date, YYYY-MM-DD (default: a date written in the text)")
    parser.add_argument(
        "--format", choices=("table", "json", "jsonl"), default="table", help="table for people (default), json: the Document, jsonl: one item per line"
    )
    parser.set_defaults(run=run)


def run(args) -> int:
    date = meeting_date(args.date)
    source = read_source(args.file, encoding=args.encoding, max_bytes=args.max_bytes)
    document = extract(source.text, date, name=source.name, encoding=source.encoding)
    if args.format == "table":
        render_table(document)
    else:
        write_stdout(export(document, args.format, ExportOptions()))
    return 0
