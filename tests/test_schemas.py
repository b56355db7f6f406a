"""schemas/ is generated from the models: a stale file fails here."""

from __future__ import annotations

from pathlib import Path

from actions.commands.schema import generate

SCHEMAS_DIR = Path(__file__).resolve().parents[1] / "schemas"


def test_checked_in_schemas_match_the_models():
    for name, data in generate().items():
        checked_in = (SCHEMAS_DIR / name).read_bytes()
        assert checked_in == data, f"schemas/{name} is stale: run `make schemas` and commit it"
