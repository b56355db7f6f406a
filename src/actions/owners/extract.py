"""Owners of an action: explicit subjects, coordinated parties, role forms.

Inheritance (from a lead-in or a previous sentence) is decided by the item detector,
which knows the sentence structure; this module reads owners written in one span.
"""

from __future__ import annotations

import regex

from actions.models import Owner
from actions.owners.lexicon import ANCHORED, AUDIENCE, JOINER, RULES, UNIT
from actions.rules import Rule

_UNIT_ONLY = regex.compile(f"(?:{UNIT})")
_SPLIT = regex.compile(JOINER)
_LEADING = regex.compile(r"(?:必须|一定|主要是|主要|尤其|并|再|就|都|也|还|则|同时|另外|此外|特别是|尤其是|其中|然后|首先|最后)")


def _parties(view: str, start: int, end: int, role: str) -> list[Owner]:
    """Split a unit list view[start:end] at 、和与及 into owners (audience words dropped)."""
    owners: list[Owner] = []
    piece_start = start
    pieces: list[tuple[int, int]] = []
    for match in _SPLIT.finditer(view, start, end):
        pieces.append((piece_start, match.start()))
        piece_start = match.end()
    pieces.append((piece_start, end))
    for a, b in pieces:
        lead = _LEADING.match(view, a, b)
        if lead:
            a = lead.end()
        name = view[a:b]
        if not name or name in AUDIENCE or name.startswith(("我", "大家", "同志")) or not _UNIT_ONLY.fullmatch(name):
            continue
        if len(name) == 1:
            continue
        owners.append(Owner(name=name, role=role, span=(a, b), inherited=False))
    return owners


def owners_by_rule(rule: Rule, view: str, start: int, end: int) -> list[Owner]:
    """Owners one lexicon rule finds in view[start:end]."""
    found: list[Owner] = []
    # An anchored rule reads the start of the span only (finditer would re-anchor \G after each match).
    matches = [m for m in (rule.compiled.match(view, start, end),) if m] if rule.name in ANCHORED \
        else rule.compiled.finditer(view, start, end)
    for match in matches:
        a, b = match.span("units")
        if rule.name.endswith("_form"):
            # The form lists units up to the end of the field; split at 、，和.
            for piece in regex.finditer(r"[^、，,和及与]+", view[a:b]):
                name = piece.group()
                if _UNIT_ONLY.fullmatch(name) and name not in AUDIENCE:
                    found.append(Owner(name=name, role=rule.extra["role"], span=(a + piece.start(), a + piece.end())))
            continue
        if rule.extra.get("kinds"):
            # Listed parties share the kind word after 等: no unit suffix of their own.
            for piece in regex.finditer(r"[^、]+", view[a:b]):
                found.append(Owner(name=piece.group(), role=rule.extra["role"], span=(a + piece.start(), a + piece.end())))
            continue
        found.extend(_parties(view, a, b, rule.extra["role"]))
    return found


def explicit_owners(view: str, start: int, end: int) -> list[Owner]:
    """Owners written in the action view[start:end]: subject, 请X, 由X牵头, X配合, the unit forms.

    Each name is kept once (first role wins: lead and support forms are tried before the
    plain subject). Recipients (上报X) and objects (对X进行) are never in these positions.
    """
    owners: list[Owner] = []
    seen: set[tuple[int, int]] = set()
    window = view[start:end]
    for rule in RULES:
        if rule.name in ANCHORED:
            continue
        # A rule runs only where one of its trigger words is written (most clauses have none).
        if not any(word in window for word in rule.extra.get("triggers", ("",))):
            continue
        for owner in owners_by_rule(rule, view, start, end):
            if owner.span not in seen and owner.name not in {o.name for o in owners}:
                seen.add(owner.span)
                owners.append(owner)
    for rule in RULES:
        if rule.name in ANCHORED:
            for owner in owners_by_rule(rule, view, start, min(end, start + 40)):
                if owner.name not in {o.name for o in owners}:
                    owners.append(owner)
    owners.sort(key=lambda owner: owner.span)
    return owners
