"""`actions review FILE [-o review.html] [--date D] [--document JSON]`: the review page of a speech.

One self-contained HTML file (no network; styles and script inline; system fonts that carry
Chinese) that opens by double-click or goes by mail: the speech with every item, owner and
deadline highlighted, the outline, the task table, filters and counts. With `--document` it
shows a Document saved earlier (corrected in `actions serve`, or from `actions extract
--format json`) instead of extracting again; FILE must be the speech it was made from.
"""

from __future__ import annotations

from pathlib import Path

from actions.commands.common import add_input_arguments, add_output_arguments, check_output, emit, meeting_date
from actions.errors import InputError
from actions.pipeline import extract
from actions.review.documents import check_same_text, parse_document
from actions.review.page import build_page
from actions.io.sources import read_source


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "review",
        help="write the review page of a speech (one HTML file: text with highlights, outline, task table)",
        description="Write the review page of a speech: one self-contained HTML file to open in a browser.",
    )
    add_input_arguments(parser)
    parser.add_argument("--date", help="the meeting date, YYYY-MM-DD (default: a date written in the text)")
    parser.add_argument(
        "--document", metavar="JSON", help="show this Document (saved from actions serve, or by actions extract --format json) for FILE"
    )
    add_output_arguments(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    check_output(args)
    date = meeting_date(args.date)
    source = read_source(args.file, encoding=args.encoding, max_bytes=args.max_bytes)
    if args.document:
        if date is not None:
            raise InputError("--date applies when extracting, not to a saved Document", "drop --date, or drop --document")
        document = parse_document(_read(args.document), args.document)
        check_same_text(document, source.text, args.document)
    else:
        document = extract(source.text, date, name=source.name, encoding=source.encoding)
    emit(args, build_page(document, source.text))
    return 0


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file", "check the path") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from None
