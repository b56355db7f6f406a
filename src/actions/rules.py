"""The record every rule is written as: a name, a pattern, a production and examples.

Rules modules (actions.outline.rules, actions.timex.rules, actions.items.rules,
actions.owners.lexicon) hold lists of `Rule`. Each rules module also defines
`check_example(rule, example) -> str | None` that runs one example and returns a message
when it fails; tests/test_rule_examples.py runs every example of every rule that way, so
adding a rule with its examples adds its tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable

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


# Modules whose `RULES` and `check_example` the example tests collect.
RULE_MODULES = (
    "actions.outline.rules",
    "actions.timex.rules",
    "actions.items.rules",
    "actions.owners.lexicon",
    "actions.text.noise",
)
