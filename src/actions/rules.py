"""The record every rule is written as: a name, a pattern, a production and examples.

Each dimension has its own kind of rule, a subclass of `Rule` with typed fields and the
function that applies it: `MarkerRule` (actions.outline.rules → a `MarkerHit`), `TimeRule`
and `ContextRule` (actions.timex.rules, actions.timex.context → a `Reading`, a verdict on
one), `OwnerRule` and `SubjectRule` (actions.owners.lexicon → owners, a subject's place),
`CueRule` and `ClauseRule` (actions.items.rules → the class of a clause, a clause's role).
`SpanRule` is the common kind of a rule whose match itself is the answer (where a clause
opens, ends or turns); its examples run through `check_span_example`.

The module that applies a rule set (its engine) registers it with the check that runs one
example through that engine (`register`); tests/test_rule_examples.py runs every example of
every registered set, so adding a rule with its examples adds its tests, and a new rules
module is found without a hand-kept list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Sequence

import regex


@dataclass(frozen=True)
class Example:
    """Input text and what the rule must produce from it (None: the rule must not fire)."""

    text: str
    expect: Any = None


@dataclass(frozen=True)
class Rule:
    """A named pattern with the production that turns a match into a value."""

    name: str
    pattern: str
    produce: Callable[[regex.Match[str]], Any] | None = None
    examples: tuple[Example, ...] = ()
    flags: int = 0
    doc: str = ""
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @cached_property
    def compiled(self) -> regex.Pattern[str]:
        return regex.compile(self.pattern, self.flags)


@dataclass(frozen=True)
class SpanRule(Rule):
    """A pattern whose match (or its absence) is the production: read at a span's start
    (`apply="match"`), anywhere in it ("search") or on the whole span ("fullmatch").

    `starts` (optional) lists words one of which every match starts with, a cheap pre-check.
    Its examples expect the matched text, or None where it must not match.
    """

    apply: str = "match"
    starts: tuple[str, ...] = ()

    def find(self, text: str, start: int = 0, end: int | None = None) -> regex.Match[str] | None:
        end = len(text) if end is None else end
        return getattr(self.compiled, self.apply)(text, start, end)


def check_span_example(rule: Rule, example: Example) -> str | None:
    """A span rule's example: the rule applied to the whole text matches `expect` (None: no match)."""
    assert isinstance(rule, SpanRule)
    match = rule.find(example.text)
    got = None if match is None else match.group()
    if got != example.expect:
        return f"{rule.name}: {example.text!r} ({rule.apply}) gave {got!r}, expected {example.expect!r}"
    if got is not None and rule.starts and not got.startswith(rule.starts):
        return f"{rule.name}: {got!r} does not start with one of {rule.starts}"
    return None


Check = Callable[[Rule, Example], "str | None"]


@dataclass(frozen=True)
class RuleSet:
    """The rules of one dimension and the check that runs one of their examples through their engine."""

    name: str
    rules: Sequence[Rule]
    check: Check  # (rule, example) -> None, or a message saying how the example failed


_REGISTERED: dict[str, RuleSet] = {}


def register(name: str, rules: Sequence[Rule], check: Check) -> RuleSet:
    """Make `rules` known to the example tests (called by the module that applies them)."""
    rule_set = _REGISTERED[name] = RuleSet(name, rules, check)
    return rule_set


def rule_sets() -> list[RuleSet]:
    """Every rule set registered so far (import `actions` first: its stages register theirs)."""
    return list(_REGISTERED.values())
