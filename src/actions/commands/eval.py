"""`actions eval GOLD [--pred DIR] [--texts DIR] [--json] [--show-errors]`: score against gold files."""

from __future__ import annotations

import sys

from rich.console import Console

from actions.commands.common import write_stdout
from actions.evaluate import evaluate
from actions.evaluation.render import render_report
from actions.io.jsonio import to_json


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score the extractor against hand-made gold files",
        description="Score the extractor (or saved predictions) against gold files; figures per document and in total.",
    )
    parser.add_argument("gold", metavar="GOLD", help="a directory of gold files (e.g. fixtures/gold) or one gold file")
    parser.add_argument("--pred", metavar="DIR", help="read predictions (Document JSON, <name>.json) instead of running the extractor")
    parser.add_argument("--texts", metavar="DIR", help="where the texts <name>.txt are (default: GOLD/../speeches)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--show-errors", action="store_true", help="list missed and spurious items, wrong owners and deadlines")
    parser.set_defaults(run=run)


def run(args) -> int:
    report = evaluate(args.gold, pred_dir=args.pred, texts_dir=args.texts)
    if args.json:
        exclude = None if args.show_errors else {"documents": {"__all__": {"errors"}}}
        write_stdout(to_json(report.model_dump(mode="json", exclude=exclude)) + b"\n")
    else:
        render_report(report, Console(file=sys.stdout), show_errors=args.show_errors)
    return 0
