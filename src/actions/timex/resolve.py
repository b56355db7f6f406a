"""Find time expressions and resolve them against the meeting date (to be written)."""

from __future__ import annotations

import datetime as dt

from actions.models import Deadline


def find_deadlines(view: str, start: int, end: int, reference_date: dt.date | None) -> list[Deadline]:
    """Deadline candidates inside view[start:end], spans in view offsets, resolved."""
    return []


def find_reference_date(view: str) -> tuple[dt.date, tuple[int, int]] | None:
    """The meeting date written in the head or signature of the text, with its view span."""
    return None
