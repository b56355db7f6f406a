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
_FIGURE_COLUMN_WIDTH = 2 + max(len(label) for label in _LABELS.values()) + 3
_TOTAL_COLUMNS_WIDTH = (5 + 3) + (7 + 3)  # total and count, with borders and padding


def render_report(report: EvaluationReport, console: Console, *, show_errors: bool = False) -> None:
    """Print the figures table; documents that do not fit the terminal's width go to further tables."""
    for number, (documents, with_total) in enumerate(_column_groups(report, console.width)):
        console.print(_figures_table(report, documents, with_total, title="actions eval" if number == 0 else None))
    counts = report.counts
    console.print(
        f"{len(report.documents)} documents ({report.source}): {counts.headings_gold} gold headings, "
        f"{counts.items_gold} gold items ({counts.tasks_gold} tasks), {counts.deadlines_gold} gold deadlines",
        markup=False,
        highlight=False,
    )
    if show_errors:
        for document in report.documents:
            render_errors(document, console)


def render_comparison(reports: list[tuple[str, EvaluationReport]], console: Console) -> None:
    """One table with the totals of several corpora side by side (each with its counts)."""
    table = Table(title="actions eval", show_lines=False)
    table.add_column("figure", no_wrap=True)
    for label, _ in reports:
        table.add_column(label, justify="right", no_wrap=True, style="bold")
        table.add_column("count", justify="right", no_wrap=True, style="dim")
    group = None
    for name in reports[0][1].figures:
        prefix = name.split(".")[0]
        if prefix != group:
            group = prefix
            table.add_row(f"[italic]{_GROUP_TITLES[prefix]}[/italic]", *[""] * (2 * len(reports)))
        cells = []
        for _, report in reports:
            numerator, denominator = fraction(report.counts, name)
            cells += [_cell(report.figures[name]), f"{numerator}/{denominator}"]
        table.add_row("  " + _LABELS[name], *cells)
    console.print(table)
    for label, report in reports:
        counts = report.counts
        console.print(
            f"{label}: {len(report.documents)} documents ({report.source}), {counts.headings_gold} gold headings, "
            f"{counts.items_gold} gold items ({counts.tasks_gold} tasks), {counts.deadlines_gold} gold deadlines",
            markup=False,
            highlight=False,
        )


def _column_width(document: DocumentReport) -> int:
    return max(len(document.name), 5) + 3


def _column_groups(report: EvaluationReport, width: int) -> list[tuple[list[DocumentReport], bool]]:
    """Split the document columns into tables that fit `width`; the last one carries the total."""
    groups: list[list[DocumentReport]] = [[]]
    used = _FIGURE_COLUMN_WIDTH
    for document in report.documents:
        if used + _column_width(document) > width and groups[-1]:
            groups.append([])
            used = _FIGURE_COLUMN_WIDTH
        if _FIGURE_COLUMN_WIDTH + _column_width(document) <= width:
            groups[-1].append(document)
            used += _column_width(document)
    if used + _TOTAL_COLUMNS_WIDTH > width and groups[-1]:
        groups.append([])
    return [(group, False) for group in groups[:-1]] + [(groups[-1], True)]


def _figures_table(
    report: EvaluationReport, documents: list[DocumentReport], with_total: bool, title: str | None
) -> Table:
    table = Table(title=title, show_lines=False)
    table.add_column("figure", no_wrap=True)
    for document in documents:
        table.add_column(document.name, justify="right", no_wrap=True)
    if with_total:
        table.add_column("total", justify="right", no_wrap=True, style="bold")
        table.add_column("count", justify="right", no_wrap=True, style="dim")
    group = None
    for name, value in report.figures.items():
        prefix = name.split(".")[0]
        if prefix != group:
            group = prefix
            table.add_row(f"[italic]{_GROUP_TITLES[prefix]}[/italic]", *[""] * (len(documents) + 2 * with_total))
        cells = [_cell(d.figures[name]) for d in documents]
        if with_total:
            numerator, denominator = fraction(report.counts, name)
            cells += [_cell(value), f"{numerator}/{denominator}"]
        table.add_row("  " + _LABELS[name], *cells)
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
