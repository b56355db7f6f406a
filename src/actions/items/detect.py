"""Clauses → action items (to be written)."""

from __future__ import annotations

import datetime as dt

from actions.models import Item, OutlineNode


def detect_items(view: str, outline: list[OutlineNode], reference_date: dt.date | None) -> list[Item]:
    """Items of `view` with owners and deadlines; spans in view offsets; ids left empty."""
    return []
