"""Every example of every rule runs as a test (rules are data; their examples are the corpus)."""

from __future__ import annotations

import importlib

import pytest

from actions.rules import RULE_MODULES


def _cases():
    for module_name in RULE_MODULES:
        module = importlib.import_module(module_name)
        for rule in module.RULES:
            for number, example in enumerate(rule.examples):
                yield pytest.param(module, rule, example, id=f"{module_name.split('.')[1]}:{rule.name}:{number}")


@pytest.mark.parametrize(("module", "rule", "example"), list(_cases()))
def test_rule_example(module, rule, example):
    failure = module.check_example(rule, example)
    assert failure is None, failure


def test_rule_names_are_unique_per_module():
    for module_name in RULE_MODULES:
        names = [rule.name for rule in importlib.import_module(module_name).RULES]
        assert len(names) == len(set(names)), module_name
