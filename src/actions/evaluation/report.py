"""The evaluation report: raw counts per document, figures derived from them, error entries.

Totals are micro-averaged: the counts of all documents are added, then the figures are
computed once from the sums (a long speech weighs more than a short one).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field


class Counts(BaseModel):
    """Everything the figures are computed from; additive over documents."""

    headings_gold: int = 0
    headings_predicted: int = 0
    headings_matched: int = 0
    parents_right: int = 0
    levels_right: int = 0
    items_gold: int = 0
    items_predicted: int = 0
    items_matched: int = 0
    tasks_gold: int = 0
    tasks_matched: int = 0
    kinds_right: int = 0
    owners_gold: int = 0
    owners_predicted: int = 0
    owners_right: int = 0
    deadlines_gold: int = 0
    deadlines_predicted: int = 0
    deadlines_matched: int = 0
    dues_right: int = 0
    rows_right: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(**{name: getattr(self, name) + getattr(other, name) for name in Counts.model_fields})


def ratio(numerator: int, denominator: int) -> float | None:
    """numerator / denominator, None when there is nothing to measure."""
    return None if denominator == 0 else numerator / denominator


def f1(right: int, predicted: int, gold: int) -> float | None:
    return ratio(2 * right, predicted + gold)


# figure name → (numerator, denominator) as count names; F1 figures are listed apart.
RATIOS: dict[str, tuple[str, str]] = {
    "outline.marker_precision": ("headings_matched", "headings_predicted"),
    "outline.marker_recall": ("headings_matched", "headings_gold"),
    "outline.parent_accuracy": ("parents_right", "headings_matched"),
    "outline.level_accuracy": ("levels_right", "headings_matched"),
    "items.item_precision": ("items_matched", "items_predicted"),
    "items.item_recall": ("items_matched", "items_gold"),
    "items.task_recall": ("tasks_matched", "tasks_gold"),
    "items.kind_accuracy": ("kinds_right", "items_matched"),
    "owners.precision": ("owners_right", "owners_predicted"),
    "owners.recall": ("owners_right", "owners_gold"),
    "deadlines.precision": ("deadlines_matched", "deadlines_predicted"),
    "deadlines.recall": ("deadlines_matched", "deadlines_gold"),
    "deadlines.due_accuracy": ("dues_right", "deadlines_matched"),
    "rows.exact_task_rows": ("rows_right", "tasks_gold"),
}
F1S: dict[str, tuple[str, str, str]] = {
    "outline.marker_f1": ("headings_matched", "headings_predicted", "headings_gold"),
    "owners.f1": ("owners_right", "owners_predicted", "owners_gold"),
    "deadlines.f1": ("deadlines_matched", "deadlines_predicted", "deadlines_gold"),
}
FIGURE_ORDER = (
    "outline.marker_precision",
    "outline.marker_recall",
    "outline.marker_f1",
    "outline.parent_accuracy",
    "outline.level_accuracy",
    "items.item_precision",
    "items.item_recall",
    "items.task_recall",
    "items.kind_accuracy",
    "owners.precision",
    "owners.recall",
    "owners.f1",
    "deadlines.precision",
    "deadlines.recall",
    "deadlines.f1",
    "deadlines.due_accuracy",
    "rows.exact_task_rows",
)


def figures(counts: Counts) -> dict[str, float | None]:
    """Every figure of the report, in display order; None where the denominator is zero."""
    values: dict[str, float | None] = {}
    for name, (num, den) in RATIOS.items():
        values[name] = ratio(getattr(counts, num), getattr(counts, den))
    for name, (right, predicted, gold) in F1S.items():
        values[name] = f1(getattr(counts, right), getattr(counts, predicted), getattr(counts, gold))
    return {name: values[name] for name in FIGURE_ORDER}


def fraction(counts: Counts, name: str) -> tuple[int, int]:
    """The (numerator, denominator) behind a figure, for display; F1 shows 2·right / (pred + gold)."""
    if name in RATIOS:
        num, den = RATIOS[name]
        return getattr(counts, num), getattr(counts, den)
    right, predicted, gold = F1S[name]
    return 2 * getattr(counts, right), getattr(counts, predicted) + getattr(counts, gold)


ErrorField = Literal["heading", "parent", "level", "item", "kind", "owners", "deadline"]
ErrorProblem = Literal["missed", "spurious", "wrong"]


class EvalError(BaseModel):
    """One disagreement with the gold file, with the text it is about."""

    field: ErrorField
    problem: ErrorProblem
    span: tuple[int, int]
    text: str = Field(description="The gold (or, when spurious, the predicted) text at `span`.")
    gold: str = ""
    predicted: str = ""


class DocumentReport(BaseModel):
    name: str
    reference_date: dt.date
    counts: Counts
    figures: dict[str, float | None]
    errors: list[EvalError] = Field(default_factory=list)


class EvaluationReport(BaseModel):
    """Per-document and total (micro-averaged) results of one evaluation run."""

    source: Literal["extractor", "predictions"]
    documents: list[DocumentReport]
    counts: Counts
    figures: dict[str, float | None]

    @classmethod
    def from_documents(cls, documents: list[DocumentReport], source: str) -> EvaluationReport:
        total = sum((d.counts for d in documents), Counts())
        return cls(source=source, documents=documents, counts=total, figures=figures(total))
