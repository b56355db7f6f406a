"""`actions eval` output for people: a figures table (documents × figures) and the error list."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from actions.evaluation.report import DocumentReport, EvaluationReport, fraction

_LABELS = {
    "outline.marker_precision": "marker precision",
    "outline.marker_recall": "marker recall",
    "outline.marker_f1": "marker F1",
    "outline.parent_accuracy": "parent accuracy",
    "outline.level_accuracy": "level accuracy",
    "items.item_precision": "item precision",
    "items.item_recall": "item recall",
    "items.task_recall": "task recall",
    "items.kind_accuracy": "kind accuracy",
    "owners.precision": "owner precision",
    "owners.recall": "owner recall",
    "owners.f1": "owner F1",
    "deadlines.precision": "deadline precision",
    "deadlines.recall": "deadline recall",
    "deadlines.f1": "deadline F1",
    "deadlines.due_accuracy": "due-date accuracy",
    "rows.exact_task_rows": "exact task rows",
}
_GROUP_TITLES = {"outline": "outline", "items": "items", "owners": "owners", "deadlines": "deadlines", "rows": "rows"}
_DOCUMENT_COLUMN_WIDTH = 9
_FIXED_WIDTH = 20 + 18


def render_report(report: EvaluationReport, console: Console, *, show_errors: bool = False) -> None:
    """Print the figures table; per-document columns are dropped when the terminal is too narrow."""
    per_document = console.width >= _FIXED_WIDTH + _DOCUMENT_COLUMN_WIDTH * len(report.documents)
    console.print(_figures_table(report, per_document))
    counts = report.counts
    console.print(
        f"{len(report.documents)} documents ({report.source}): {counts.headings_gold} gold headings, "
        f"{counts.items_gold} gold items ({counts.tasks_gold} tasks), {counts.deadlines_gold} gold deadlines",
        markup=False,
        highlight=False,
    )
    if not per_document:
        console.print("(per-document columns hidden: the terminal is too narrow; use --json)", style="dim")
    if show_errors:
        for document in report.documents:
            render_errors(document, console)


def _figures_table(report: EvaluationReport, per_document: bool) -> Table:
    table = Table(title="actions eval", show_lines=False)
    table.add_column("figure", no_wrap=True)
    documents = report.documents if per_document else []
    for document in documents:
        table.add_column(document.name, justify="right", no_wrap=True)
    table.add_column("total", justify="right", no_wrap=True, style="bold")
    table.add_column("count", justify="right", no_wrap=True, style="dim")
    group = None
    for name, value in report.figures.items():
        prefix = name.split(".")[0]
        if prefix != group:
            group = prefix
            table.add_row(f"[italic]{_GROUP_TITLES[prefix]}[/italic]", *[""] * (len(documents) + 2))
        numerator, denominator = fraction(report.counts, name)
        table.add_row(
            "  " + _LABELS[name],
            *[_cell(d.figures[name]) for d in documents],
            _cell(value),
            f"{numerator}/{denominator}",
        )
    return table


def _cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


_PROBLEM_ORDER = ("missed", "spurious", "wrong")


def render_errors(document: DocumentReport, console: Console) -> None:
    """The disagreements of one document, grouped by field and problem, with their text."""
    console.print(f"\n{document.name}: {len(document.errors)} errors", style="bold", markup=False, highlight=False)
    for field in ("item", "kind", "owners", "deadline", "heading", "level", "parent"):
        for problem in _PROBLEM_ORDER:
            entries = [e for e in document.errors if e.field == field and e.problem == problem]
            if not entries:
                continue
            console.print(f"  {problem} {field} ({len(entries)})", style="underline", markup=False, highlight=False)
            for entry in entries:
                detail = _detail(entry)
                line = f"    [{entry.span[0]}:{entry.span[1]}] {_short(entry.text)}"
                console.print(line + (f"\n        {detail}" if detail else ""), markup=False, highlight=False, soft_wrap=True)


def _detail(entry) -> str:
    if entry.problem == "missed" and entry.field in ("item", "heading"):
        return f"gold: {entry.gold}" if entry.gold else ""
    if entry.problem == "spurious" and entry.field in ("item", "heading"):
        return f"predicted: {entry.predicted}" if entry.predicted else ""
    return f"gold: {entry.gold}  |  predicted: {entry.predicted}"


def _short(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
