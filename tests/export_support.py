"""Helpers for the exporter tests: the hand-made Document fixture and readers of each format."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from actions.export import ExportOptions
from actions.models import Document

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
GOLDEN = TESTS / "golden" / "export"
SCHEMAS = TESTS / "schemas"
FIXTURE = DATA / "speech-1.document.json"

# A fixed timestamp, so DTSTAMP in the .ics golden file does not move.
CREATED = dt.datetime(2012, 5, 10, 8, 0, tzinfo=dt.timezone.utc)
OPTIONS = ExportOptions(project="AQ", created=CREATED)


def fixture_document() -> Document:
    return Document.model_validate_json(FIXTURE.read_text(encoding="utf-8"))


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def as_text(data: bytes | str) -> str:
    return data.decode("utf-8") if isinstance(data, bytes) else data


def csv_rows(data: bytes | str) -> list[dict[str, str]]:
    """Rows of a CSV export read back with the csv module (a BOM is dropped)."""
    text = as_text(data).removeprefix("\ufeff")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def csv_table(data: bytes | str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(as_text(data).removeprefix("\ufeff"), newline="")))


def xlsx_sheets(data: bytes) -> dict[str, list[tuple]]:
    """Sheet name → data rows (below the header) of an xlsx export, read back with openpyxl."""
    import openpyxl

    from actions.export.xlsx import HEADER_ROW

    workbook = openpyxl.load_workbook(io.BytesIO(data))
    return {
        sheet.title: [row for row in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True)]
        for sheet in workbook.worksheets
    }


def ics_todos(data: bytes) -> list:
    from icalendar import Calendar

    return [component for component in Calendar.from_ical(data).walk("VTODO")]


def item_rows(format_name: str, data: bytes | str) -> int:
    """How many rows of an export are items (not groups, not headers) — one per Document item."""
    if format_name in ("csv",):
        return len(csv_rows(data))
    if format_name == "xlsx":
        return sum(len(rows) for rows in xlsx_sheets(data).values())
    if format_name == "jira-csv":
        return sum(1 for row in csv_table(data)[1:] if row[1] == OPTIONS.issue_type)
    if format_name == "todoist":
        return sum(1 for row in csv_rows(data) if row["TYPE"] == "task" and not row["CONTENT"].startswith("* "))
    if format_name in ("jira-json", "github", "gitlab"):
        return len(json.loads(as_text(data)))
    if format_name == "ics":
        return sum(1 for todo in ics_todos(data) if "-item-" in str(todo["UID"]))
    if format_name == "markdown":
        return sum(1 for line in as_text(data).splitlines() if line.startswith("- [ ] "))
    if format_name == "json":
        return len(Document.model_validate_json(as_text(data)).items)
    if format_name == "jsonl":
        return len(as_text(data).splitlines())
    raise AssertionError(f"no reader for {format_name}")
