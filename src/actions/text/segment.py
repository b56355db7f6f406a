"""Sentences and clauses of the normalised view, with [start, end) spans.

A sentence ends at 。！？； or a line end (the view has already removed PDF page numbers,
so a line break inside a sentence is rare); a clause ends at ，or ：inside a sentence.
Each scan is a single pass, linear in the text.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from typing import NamedTuple

SENTENCE_ENDS = frozenset("。！？；\n")
CLAUSE_ENDS = frozenset("，：")
_BLANK = " \t\r\u3000"


class Segment(NamedTuple):
    """A sentence or a clause: its span in the view, without end punctuation or blanks."""

    start: int
    end: int


def sentences(view: str) -> list[Segment]:
    """Every sentence of the view in order: the non-empty pieces between SENTENCE_ENDS, blanks trimmed."""
    return list(sentence_table(view))


class Sentences(Sequence[Segment]):
    """The sentences of a view, held as two arrays of offsets (16 bytes a sentence, where a list
    of Segments takes 130): a sentence's Segment is made when it is read."""

    __slots__ = ("starts", "ends")

    def __init__(self, starts: array, ends: array) -> None:
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, index):  # (a slice is not needed: the detector reads them one by one)
        return Segment(self.starts[index], self.ends[index])

    def __iter__(self) -> Iterator[Segment]:
        return map(Segment, self.starts, self.ends)


def sentence_table(view: str) -> Sentences:
    """`sentences(view)` as a compact table.

    The ends become line breaks and the text is split at them: `str.split` and `replace`
    scan in C at memchr speed, about twice as fast as the pattern scan over Han text.
    """
    text = view
    for end_mark in _SENTENCE_END_MARKS:
        text = text.replace(end_mark, "\n")
    starts, ends = array("q"), array("q")
    position = 0
    for piece in text.split("\n"):
        stop = position + len(piece)
        if piece:
            if piece[0] in _BLANK or piece[-1] in _BLANK:
                inner = piece.strip(_BLANK)
                if inner:
                    first = stop - len(piece.lstrip(_BLANK))
                    starts.append(first)
                    ends.append(first + len(inner))
            else:
                starts.append(position)
                ends.append(stop)
        position = stop + 1
    return Sentences(starts, ends)


_SENTENCE_END_MARKS = "".join(sorted(SENTENCE_ENDS - {"\n"}))


def clauses(view: str, start: int, end: int) -> list[Segment]:
    """The clauses of view[start:end]: the non-empty pieces between ，and ：(CLAUSE_ENDS), blanks trimmed.

    A clause is a few characters long and read once per unit: two `find`s and the blank
    trims cost less than setting up a pattern scan. Each end character is found once.
    """
    pieces: list[Segment] = []
    comma, colon = view.find("，", start, end), view.find("：", start, end)
    position = start
    while True:
        if comma >= 0 and (colon < 0 or comma < colon):
            stop, comma = comma, view.find("，", comma + 1, end)
        elif colon >= 0:
            stop, colon = colon, view.find("：", colon + 1, end)
        else:
            stop = end
        first, last = position, stop
        while first < last and view[first] in _BLANK:
            first += 1
        while last > first and view[last - 1] in _BLANK:
            last -= 1
        if first < last:
            pieces.append(Segment(first, last))
        if stop >= end:
            return pieces
        position = stop + 1


CONTEXT_MAX = 400
"""Longest context an item carries: a real sentence is shorter (the seed speeches' longest is
230 characters); a longer one is text without sentence ends (OCR output, comma-joined lines),
where the whole "sentence" for every item would make the output quadratic in the input."""

_CONTEXT_CUTS = "，：,:"  # clause ends in the original text (the view has only the full-width ones)
_CONTEXT_BLANK = _BLANK + "\n"  # a wrapped line's break, kept in the original


def context(text: str, sentence: tuple[int, int], item: tuple[int, int], limit: int = CONTEXT_MAX) -> tuple[int, int]:
    """The span of `text` to show with an item: its sentence, or in a sentence longer than
    `limit`, the whole clauses around the item within `limit` characters (at least the item)."""
    start, end = sentence
    if end - start <= limit:
        return sentence
    item_start, item_end = item
    room = max(0, limit - (item_end - item_start)) // 2
    low, high = max(start, item_start - room), min(end, item_end + room)
    if low > start:  # begin after the first clause end in the cut-off part, if there is one
        cuts = [found for found in (text.find(mark, low, item_start) for mark in _CONTEXT_CUTS) if found >= 0]
        low = min(cuts) + 1 if cuts else low
    if high < end:  # and stop at the last one after the item
        high = max([text.rfind(mark, item_end, high) for mark in _CONTEXT_CUTS] + [-1])
        high = high if high >= 0 else min(end, item_end + room)
    while low < item_start and text[low] in _CONTEXT_BLANK:
        low += 1
    while high > item_end and text[high - 1] in _CONTEXT_BLANK:
        high -= 1
    return min(low, item_start), max(high, item_end)
