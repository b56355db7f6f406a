"""`actions eval GOLD... [--pred DIR] [--texts DIR] [--docs] [--json] [--show-errors]`: score against gold files."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console

from actions.commands.common import write_stdout
from actions.errors import InputError
from actions.evaluate import evaluate
from actions.evaluation.render import render_comparison, render_report
from actions.io.jsonio import to_json


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score the extractor against hand-made gold files",
        description="Score the extractor (or saved predictions) against gold files; figures per document and in total. "
        "Several GOLD directories (e.g. fixtures/gold ../shared/corpus/dev/gold) print their totals side by side.",
    )
    parser.add_argument("gold", metavar="GOLD", nargs="+", help="a directory of gold files (e.g. fixtures/gold) or one gold file")
    parser.add_argument("--pred", metavar="DIR", help="read predictions (Document JSON, <name>.json) instead of running the extractor")
    parser.add_argument("--texts", metavar="DIR", help="where the texts <name>.txt are (default: GOLD/../speeches, else GOLD/../texts)")
    parser.add_argument("--docs", action="store_true", help="with several GOLD: also print each corpus's per-document table")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--show-errors", action="store_true", help="list missed and spurious items, wrong owners and deadlines")
    parser.set_defaults(run=run)


def run(args) -> int:
    if len(args.gold) > 1 and (args.texts or args.pred):
        raise InputError("--texts and --pred name the files of one GOLD", "give one GOLD with them, or put each corpus's texts beside its gold")
    reports = [(corpus_label(gold, index), evaluate(gold, pred_dir=args.pred, texts_dir=args.texts)) for index, gold in enumerate(args.gold)]
    exclude = None if args.show_errors else {"documents": {"__all__": {"errors"}}}
    if args.json:
        if len(reports) == 1:
            data = reports[0][1].model_dump(mode="json", exclude=exclude)
        else:
            data = {"corpora": {label: report.model_dump(mode="json", exclude=exclude) for label, report in reports}}
        write_stdout(to_json(data) + b"\n")
        return 0
    console = Console(file=sys.stdout)
    if len(reports) == 1:
        render_report(reports[0][1], console, show_errors=args.show_errors)
        return 0
    render_comparison(reports, console)
    if args.docs or args.show_errors:
        for label, report in reports:
            console.print(f"\n{label}", style="bold", markup=False, highlight=False)
            render_report(report, console, show_errors=args.show_errors)
    return 0


def corpus_label(gold: str, index: int) -> str:
    """A short name for a corpus: `fixtures` for fixtures/gold, `dev` for corpus/dev/gold, else the name given."""
    path = Path(gold)
    name = path.resolve().parent.name if path.name == "gold" else path.stem
    return name or f"corpus-{index + 1}"
