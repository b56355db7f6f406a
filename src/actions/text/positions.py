"""Where a pattern or a character can match in a view: one scan, then bisection per span.

The item and owner detectors ask, for thousands of clauses, whether a cue can match inside
them; most cannot. A scan of the whole view gives every position where the pattern matches,
and a clause without one needs no search (see `hits` for why a clause's match is one of them).
"""

from __future__ import annotations

from bisect import bisect_left

import regex


def hits(pattern: regex.Pattern[str], view: str) -> list[int]:
    """Every position where `pattern` matches in the whole view (overlapping matches included).

    A match inside a clause [s, e) is also a match of the whole view at the same position, as
    the cue patterns look behind freely and look ahead only at characters that never follow
    a clause (clauses end before ，：。；！？, a line end or an outline marker). So a clause
    without a hit needs no search; a clause with one is searched within its bounds as before.
    """
    return [match.start() for match in pattern.finditer(view, overlapped=True)]


def positions(view: str, char: str) -> list[int]:
    """Every position of `char` (or of a word) in `view`."""
    found, index = [], view.find(char)
    while index >= 0:
        found.append(index)
        index = view.find(char, index + 1)
    return found


def any_within(found: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted positions `found` lies in [start, end)."""
    index = bisect_left(found, start)
    return index < len(found) and found[index] < end
