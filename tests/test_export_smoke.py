"""Extract + every format on all five seed speeches: valid output with one row per item.

No golden output here: the extractor changes; what must hold is that every format accepts
whatever it produces and writes exactly one task row per item.
"""

from __future__ import annotations

import json

import jsonschema
import pytest

from actions.export import FORMATS, export
from actions.pipeline import extract
from conftest import speech_text
from export_support import OPTIONS, ics_todos, item_rows, schema

SCHEMA_OF = {"jira-json": "jira-create-issue", "github": "github-create-issue", "gitlab": "gitlab-create-issue"}
_documents: dict[int, object] = {}


def document(number: int):
    if number not in _documents:
        _documents[number] = extract(speech_text(number), name=f"speech-{number}.txt")
    return _documents[number]


@pytest.mark.parametrize("number", range(1, 6))
@pytest.mark.parametrize("format_name", sorted(FORMATS))
def test_every_format_exports_every_speech(number, format_name):
    doc = document(number)
    data = export(doc, format_name, OPTIONS)
    assert item_rows(format_name, data) == len(doc.items)
    if format_name in SCHEMA_OF:
        validator = jsonschema.Draft202012Validator(schema(SCHEMA_OF[format_name]), format_checker=jsonschema.FormatChecker())
        for body in json.loads(data):
            validator.validate(body)
    if format_name == "ics":
        uids = [str(todo["UID"]) for todo in ics_todos(data)]
        assert len(uids) == len(set(uids))


def test_every_writer_module_is_found_by_its_format_line():
    import importlib
    from pathlib import Path

    package = importlib.import_module("actions.export")  # (the attribute actions.export is the function)
    modules = {path.stem for path in Path(package.__file__).parent.glob("*.py")} - {"__init__", "common"}
    assert set(FORMATS.values()) == modules
    for name, module in FORMATS.items():
        assert importlib.import_module(f"actions.export.{module}").FORMAT == name
