"""Every example of every rule runs as a test (rules are data; their examples are the corpus).

The rule sets are those the engines register (actions.rules.register) when the package loads:
a new rules module is found without a list kept here.
"""

from __future__ import annotations

import pytest

import actions  # noqa: F401  (loads every stage, which registers its rules)
from actions.rules import rule_sets


def _cases():
    for rule_set in rule_sets():
        for rule in rule_set.rules:
            for number, example in enumerate(rule.examples):
                yield pytest.param(rule_set, rule, example, id=f"{rule_set.name}:{rule.name}:{number}")


@pytest.mark.parametrize(("rule_set", "rule", "example"), list(_cases()))
def test_rule_example(rule_set, rule, example):
    failure = rule_set.check(rule, example)
    assert failure is None, failure


def test_every_dimension_registers_its_rules():
    assert {"outline", "timex", "items", "owners"} <= {rule_set.name for rule_set in rule_sets()}


def test_rule_names_are_unique_per_rule_set():
    for rule_set in rule_sets():
        names = [rule.name for rule in rule_set.rules]
        assert len(names) == len(set(names)), rule_set.name
