"""One-to-one matching of predicted and gold spans by character overlap.

Every candidate pair gets a score; pairs are taken greedily, best score first (ties go to
the earlier gold span, then the earlier prediction), and each side is used at most once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Span = tuple[int, int]

MIN_SHARE_OF_SHORTER = 0.5
MIN_SHARE_OF_LONGER = 0.2


def overlap(a: Span, b: Span) -> int:
    """Number of characters two [start, end) spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def items_overlap_enough(a: Span, b: Span) -> bool:
    """An item pair needs overlap ≥ half the shorter span and ≥ a fifth of the longer."""
    shared = overlap(a, b)
    lengths = sorted((a[1] - a[0], b[1] - b[0]))
    return shared > 0 and shared >= MIN_SHARE_OF_SHORTER * lengths[0] and shared >= MIN_SHARE_OF_LONGER * lengths[1]


def greedy_one_to_one(
    gold: Sequence[Span], predicted: Sequence[Span], score: Callable[[Span, Span], tuple | None]
) -> dict[int, int]:
    """Map gold index → predicted index; `score` returns None for pairs that may not match."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            value = score(g, p)
            if value is not None:
                candidates.append((value, gi, pi))
    candidates.sort(key=lambda c: (tuple(-v for v in c[0]), c[1], c[2]))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in pairs and pi not in used:
            pairs[gi] = pi
            used.add(pi)
    return pairs


def item_score(g: Span, p: Span) -> tuple | None:
    """Items: the overlap rule above, best pair = largest overlap."""
    return (overlap(g, p),) if items_overlap_enough(g, p) else None


def marker_score(g: Span, p: Span) -> tuple | None:
    """Markers: same first character, or overlapping marker spans; same start wins."""
    same_start = g[0] == p[0]
    shared = overlap(g, p)
    if not same_start and shared == 0:
        return None
    return (int(same_start), shared)


def deadline_score(g: Span, p: Span) -> tuple | None:
    """Deadlines: any overlap, best pair = largest overlap."""
    shared = overlap(g, p)
    return (shared,) if shared > 0 else None
