"""Any text the extractor may hand over survives every format: quotes, commas, newlines, spaces."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions.export import FORMATS, export
from actions.export.common import csv_cell, one_line
from actions.models import Deadline, Document, Item, OutlineNode, Owner, Source
from export_support import OPTIONS, csv_rows, ics_todos, item_rows, schema

_alphabet = st.sampled_from(list("要各县市区政府部门落实，,、。；\"'“”\n\r\t =@#*[]<>|\\-_0123456789abc") + ["\u3000", "😀", "\x00", "\x01", "\x0b", "\x0c", "\x1f", "\x7f", "\x85", "\u2028", "\ufffe"])
_text = st.text(_alphabet, min_size=1, max_size=30).filter(lambda value: one_line(value) != "")
_dates = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)))


@st.composite
def documents(draw) -> Document:
    titles = draw(st.lists(_text, min_size=0, max_size=3))
    nodes = [
        OutlineNode(id=str(n), marker=f"{n}、", family="t", ordinal=n, level=1, marker_span=(n * 100, n * 100 + 2),
                    title=title, span=(n * 100, n * 100 + 99))
        for n, title in enumerate(titles, start=1)
    ]
    items = []
    for number in range(draw(st.integers(0, 6))):
        owners = [
            Owner(name=draw(_text), role=draw(st.sampled_from(["lead", "responsible", "support"])), span=(0, 1))
            for _ in range(draw(st.integers(0, 3)))
        ]
        due = draw(_dates)
        deadline = draw(st.one_of(st.none(), st.just(Deadline(text=draw(_text), span=(0, 1), kind="by", due=due))))
        path = [str(draw(st.integers(1, len(nodes))))] if nodes and draw(st.booleans()) else []
        items.append(Item(id=f"T{number:03d}", text=draw(_text), span=(number * 10, number * 10 + 5), kind=draw(st.sampled_from(["task", "directive"])),
                          outline_path=path, owners=owners, deadline=deadline, sentence=draw(_text), sentence_span=(0, 1)))
    return Document(source=Source(name=draw(st.one_of(st.none(), _text)), sha256="0" * 64, chars=1000), outline=nodes, items=items)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_every_format_keeps_one_row_per_item(document):
    for format_name in FORMATS:
        assert item_rows(format_name, export(document, format_name, OPTIONS)) == len(document.items), format_name


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_csv_and_ics_give_back_text_and_dates(document):
    rows = {row["工作任务"]: row for row in csv_rows(export(document, "csv"))}
    todos = {str(todo["UID"]): todo for todo in ics_todos(export(document, "ics", OPTIONS))}
    for item in document.items:
        row = rows[csv_cell(one_line(item.text))]  # a formula-like text starts with an apostrophe
        due = item.deadline.due if item.deadline else None
        if len([other for other in document.items if one_line(other.text) == one_line(item.text)]) == 1:
            assert row["截止日期"] == (due.isoformat() if due else "")
    dues = sorted(todo["DUE"].dt for todo in todos.values() if "DUE" in todo)
    assert dues == sorted(item.deadline.due for item in document.items if item.deadline and item.deadline.due)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_tracker_bodies_stay_valid(document):
    checks = {"jira-json": "jira-create-issue", "github": "github-create-issue", "gitlab": "gitlab-create-issue"}
    for format_name, schema_name in checks.items():
        validator = jsonschema.Draft202012Validator(schema(schema_name), format_checker=jsonschema.FormatChecker())
        for body in json.loads(export(document, format_name, OPTIONS)):
            validator.validate(body)
