"""Print the README's Quality tables (markdown) from `actions eval`.

    python scripts/quality_table.py [GOLD_DIR]                 # one column per document and the total (default fixtures/gold)
    python scripts/quality_table.py GOLD_DIR GOLD_DIR ...      # the totals of several corpora side by side
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from actions.evaluate import evaluate  # noqa: E402

ROWS = [
    ("outline marker F1", "outline.marker_f1"),
    ("outline parent accuracy", "outline.parent_accuracy"),
    ("outline level accuracy", "outline.level_accuracy"),
    ("item precision", "items.item_precision"),
    ("item recall", "items.item_recall"),
    ("task recall", "items.task_recall"),
    ("kind accuracy", "items.kind_accuracy"),
    ("owner precision", "owners.precision"),
    ("owner recall", "owners.recall"),
    ("owner F1", "owners.f1"),
    ("deadline F1", "deadlines.f1"),
    ("due-date accuracy", "deadlines.due_accuracy"),
    ("exact task rows", "rows.exact_task_rows"),
]


def cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def corpora(paths: list[str]) -> int:
    labels = [Path(path).resolve().parent.name if Path(path).name == "gold" else Path(path).stem for path in paths]
    reports = [evaluate(path) for path in paths]
    print("| figure | " + " | ".join(f"**{label}**" for label in labels) + " |")
    print("|---|" + "---:|" * len(labels))
    for label, key in ROWS:
        print(f"| {label} | " + " | ".join(cell(report.figures.get(key)) for report in reports) + " |")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) > 1:
        return corpora(argv)
    report = evaluate(argv[0] if argv else str(ROOT / "fixtures" / "gold"))
    names = [document.name for document in report.documents]
    print("| figure | " + " | ".join(names) + " | **total** |")
    print("|---|" + "---:|" * (len(names) + 1))
    for label, key in ROWS:
        values = [cell(document.figures.get(key)) for document in report.documents]
        print(f"| {label} | " + " | ".join(values) + f" | **{cell(report.figures.get(key))}** |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
