"""Nest enumeration markers into the outline tree (to be written: scored search)."""

from __future__ import annotations

from actions.models import OutlineNode


def build_outline(view: str) -> list[OutlineNode]:
    """The level-1 outline nodes of `view`, spans in view offsets."""
    return []
