"""Find time expressions in the normalised view: the scanner of the time rules.

`scan_deadlines` reads the whole text once: one combined pattern (the alternation of every
expression rule of actions.timex.rules) gives `Reading`s, adjacent readings merge into
windows (6月底7月初, the context rule context.window), the context rules judge each
(actions.timex.context: narrative times dropped, 最后期限是… makes a `by`), and each survivor
is resolved against the meeting date (actions.timex.resolve) to a `Deadline`.

Text in traditional characters (兩週內, 會後) is matched on its fold to simplified characters
(actions.lang.zh.script: one character for one, so spans do not move); `Deadline.text` is
taken from the view as written.

This module is the engine of the time rules: it runs their examples (`check_example`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import lru_cache

import regex

from actions.construct import updated
from actions.lang.zh.script import fold_traditional
from actions.models import Deadline
from actions.rules import Example, Rule, register
from actions.timex import rules
from actions.timex.context import CONTEXT_RULES, READINGS, WINDOW, ended, judge
from actions.timex.reading import Reading
from actions.timex.resolve import resolve

# Scanning. The keys of all rules form one character set K; every match of a rule
# contains a character of K, and the first such character is one of the rule's own keys
# (TimeRule.keys: 年/月 for calendar dates, 每 for 每年 …), with at most _LEAD
# characters of the rules' alphabet before it. So instead of trying every rule at every
# position of a 10 MB text, the scanner jumps from key to key (a fast character-class
# search), steps back over the alphabet, and tries there only the rules keyed on that
# character, in the rules' order. This finds exactly the leftmost-first, non-overlapping
# matches of the full alternation (tests/test_timex_scan.py checks it).
_LEAD = 8  # longest run before the first key: 二〇一二年, ××××年, 重大节日期间
_REACH = 40  # longest run after the first key, with room for look-aheads
_KEYS = "".join(sorted({key for rule in rules.EXPRESSION_RULES for key in rule.keys}))
# The key search runs over the whole text: the standard library's engine finds the characters
# of a class about four times faster than `regex` (the rules themselves need `regex`).
_KEY = re.compile("[" + re.escape(_KEYS) + "]")
_LOOKAROUND = regex.compile(r"\(\?<?[!=][^()]*+\)")  # our look-arounds hold no nested groups
_ALPHABET = frozenset(
    char
    for rule in rules.EXPRESSION_RULES
    for char in regex.findall(r"[\p{Han}xX×*＊○□\-－—~～]", _LOOKAROUND.sub("", rule.pattern))
) | frozenset("0123456789")


def _master(rule_indexes: tuple[int, ...]) -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?P<r{i}>{rules.EXPRESSION_RULES[i].pattern})" for i in rule_indexes))


_MASTER_BY_KEY = {
    key: _master(tuple(i for i, rule in enumerate(rules.EXPRESSION_RULES) if key in rule.keys))
    for key in _KEYS
}

_WINDOW_JOIN = regex.compile(WINDOW.pattern)
FROM_NOW = "asap.from_now"  # the rule whose reading a window may start from (即日起至…)
_WINDOW_PART = READINGS[WINDOW.applies]


def scan_deadlines(view: str, reference_date: dt.date | None) -> list[Deadline]:
    """Every deadline candidate in `view`, sorted by span start, non-overlapping, resolved.

    `view` is the normalised view (actions.text.normalize); spans are view offsets and
    `Deadline.text == view[start:end]`. `reference_date` is the meeting date; without it
    relative times keep a partial value and a null due date.
    """
    deadlines = []
    folded = fold_traditional(view)
    for reading in _merge_windows(folded, list(_read(folded))):
        kind = judge(folded, reading)
        if kind is None:
            continue
        deadline = resolve(view, reading, kind, reference_date)
        if deadline is not None and not ended(reading, deadline, reference_date):
            deadlines.append(deadline)
    return deadlines


def scan_parts(view: str, parts: list[tuple[int, int, dt.date | None]]) -> list[Deadline]:
    """`scan_deadlines` for a text of several speeches: each part view[start:end] against its
    own meeting date (spans in view offsets). One part covering the view is `scan_deadlines`."""
    if len(parts) == 1 and parts[0][:2] == (0, len(view)):
        return scan_deadlines(view, parts[0][2])
    found = []
    for start, end, reference in parts:
        for deadline in scan_deadlines(view[start:end], reference):
            found.append(updated(deadline, {"span": (deadline.span[0] + start, deadline.span[1] + start)}))
    return found


def find_deadlines(view: str, start: int, end: int, reference_date: dt.date | None) -> list[Deadline]:
    """The deadline candidates lying inside view[start:end] (spans in view offsets).

    The whole view is scanned once per (view, reference_date) and cached, so calling this
    for every clause of a long text stays linear.
    """
    found, starts = _cached_scan(view, reference_date)
    first = bisect_left(starts, start)
    inside = []
    for deadline in found[first:]:
        if deadline.span[0] >= end:
            break
        if deadline.span[1] <= end:
            inside.append(deadline.model_copy())
    return inside


@lru_cache(maxsize=2)
def _cached_scan(view: str, reference_date: dt.date | None) -> tuple[tuple[Deadline, ...], list[int]]:
    found = tuple(scan_deadlines(view, reference_date))
    return found, [deadline.span[0] for deadline in found]


# --------------------------------------------------------------------------- reading


def _read(view: str):
    for match in _matches(view):
        rule = rules.EXPRESSION_RULES[_rule_index(match)]
        reading = rule.produce(match)
        if reading is not None:
            yield reading


def _matches(view: str):
    """Leftmost-first, non-overlapping matches of the expression rules, key by key."""
    # `cursor`: the end of the last match; `tried`: every start up to here is known to give
    # no match (a match from there covering a later key would have covered this one too).
    cursor = tried = 0
    size, alphabet, masters = len(view), _ALPHABET, _MASTER_BY_KEY
    for key in _KEY.finditer(view):
        position = key.start()
        if position < cursor:
            continue
        floor = position - _LEAD
        floor = max(floor, cursor, tried)
        start = position
        while start > floor and view[start - 1] in alphabet:
            start -= 1
        match_at, endpos = masters[view[position]].match, min(size, position + _REACH)
        for candidate in range(start, position + 1):
            match = match_at(view, candidate, endpos)
            if match is not None and match.end() > position:
                yield match
                cursor = match.end()
                break
        else:
            tried = position + 1


def _rule_index(match: regex.Match[str]) -> int:
    name = match.lastgroup or ""
    if name[:1] == "r" and name[1:].isdigit():
        return int(name[1:])
    for index in range(len(rules.EXPRESSION_RULES)):  # defensive: lastgroup is the wrapper
        try:
            if match.start(f"r{index}") >= 0:
                return index
        except IndexError:
            continue
    raise AssertionError("a master match without a rule")


def _merge_windows(view: str, readings: list[Reading]) -> list[Reading]:
    """6月底7月初, 7月至9月: two calendar readings joined by nothing or 至/到 become one window;
    即日起至10月31日: a start from the meeting day joined by 至/到 to a time is a window from that day."""
    merged: list[Reading] = []
    for reading in readings:
        previous = merged[-1] if merged else None
        head = None
        if previous is not None and _joinable(view, previous, reading):
            head = previous
        elif previous is not None and _from_now_joined(view, previous, reading):
            head = Reading(previous.rule, previous.span, "today")
        if head is not None:
            kind = "by" if reading.suffix in ("by", "inside") else "on"
            merged[-1] = Reading(WINDOW.name, (previous.span[0], reading.span[1]), "window",
                                 kind=kind, parts=(head, reading))
        else:
            merged.append(reading)
    return merged


def _joinable(view: str, first: Reading, second: Reading) -> bool:
    """Whether the context rule context.window joins `first` and `second` into one window."""
    gap = second.span[0] - first.span[1]
    return (
        0 <= gap <= WINDOW.reach
        and _WINDOW_PART(first)
        and _WINDOW_PART(second)
        and first.suffix not in ("by", "inside")
        and _WINDOW_JOIN.fullmatch(view, first.span[1], second.span[0]) is not None
    )


def _from_now_joined(view: str, first: Reading, second: Reading) -> bool:
    """即日起 + 至/到 + a calendar time (the join written, not empty)."""
    gap = second.span[0] - first.span[1]
    return (
        first.rule == FROM_NOW
        and 0 < gap <= WINDOW.reach
        and _WINDOW_PART(second)
        and _WINDOW_JOIN.fullmatch(view, first.span[1], second.span[0]) is not None
    )


def check_example(rule: Rule, example: Example) -> str | None:
    """Scan the example's text against its meeting date; a message when the deadlines differ."""
    reference, expected = example.expect
    reference_date = dt.date.fromisoformat(reference) if reference else None
    found = scan_deadlines(example.text, reference_date)
    got = []
    for deadline, want in zip(found, expected):
        row = (deadline.text, deadline.kind, deadline.due and deadline.due.isoformat(), deadline.value)
        if len(want) > 4:
            row += (deadline.start and deadline.start.isoformat(),)
        got.append(row)
    got += [(d.text, d.kind, d.due and d.due.isoformat(), d.value) for d in found[len(expected):]]
    if got != [tuple(w) for w in expected]:
        return f"{rule.name}: {example.text!r} (reference {reference}) gave {got}, expected {list(expected)}"
    if expected and rule in rules.EXPRESSION_RULES and not any(d.rule == rule.name for d in found):
        return f"{rule.name}: {example.text!r} was read by {[d.rule for d in found]}, not by this rule"
    return None


register("timex", rules.EXPRESSION_RULES, check_example)
register("timex.context", CONTEXT_RULES, check_example)

__all__ = ["scan_deadlines", "scan_parts", "find_deadlines"]
