"""Sentences and clauses of the normalised view, with [start, end) spans.

A sentence ends at 。！？； or a line end (the view has already removed PDF page numbers,
so a line break inside a sentence is rare); a clause ends at ，or ：inside a sentence.
The scan is a single pass, linear in the text.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

SENTENCE_ENDS = frozenset("。！？；\n")
CLAUSE_ENDS = frozenset("，：")
_BLANK = frozenset(" \t\r\u3000")


@dataclass(frozen=True)
class Segment:
    """A sentence or a clause: its span in the view, without end punctuation or blanks."""

    start: int
    end: int


def _trimmed(view: str, start: int, end: int) -> Segment | None:
    while start < end and view[start] in _BLANK:
        start += 1
    while end > start and view[end - 1] in _BLANK:
        end -= 1
    return Segment(start, end) if end > start else None


_SPLITTERS: dict[frozenset[str], regex.Pattern[str]] = {}


def split(view: str, start: int, end: int, ends: frozenset[str]) -> list[Segment]:
    """The non-empty pieces of view[start:end] between characters of `ends`."""
    splitter = _SPLITTERS.get(ends)
    if splitter is None:
        splitter = _SPLITTERS[ends] = regex.compile("[^" + regex.escape("".join(sorted(ends))) + "]+")
    pieces: list[Segment] = []
    for match in splitter.finditer(view, start, end):
        segment = _trimmed(view, match.start(), match.end())
        if segment:
            pieces.append(segment)
    return pieces


def sentences(view: str) -> list[Segment]:
    """Every sentence of the view in order (end punctuation excluded)."""
    return split(view, 0, len(view), SENTENCE_ENDS)


def clauses(view: str, start: int, end: int) -> list[Segment]:
    """The clauses of view[start:end], split at ，and ：."""
    return split(view, start, end, CLAUSE_ENDS)
