"""Every format of the hand-made speech-1 Document against its reviewed golden file.

Regenerate after an intended change with ACTIONS_UPDATE_GOLDEN=1, then read the diff before
committing it: the golden files are the reviewed output.
"""

from __future__ import annotations

import io
import json
import os

import pytest

from actions.export import export
from export_support import GOLDEN, OPTIONS, fixture_document

GOLDEN_FILES = {
    "csv": "speech-1.csv",
    "markdown": "speech-1.md",
    "jira-csv": "speech-1.jira.csv",
    "jira-json": "speech-1.jira.json",
    "github": "speech-1.github.json",
    "gitlab": "speech-1.gitlab.json",
    "todoist": "speech-1.todoist.csv",
    "ics": "speech-1.ics",
    "json": "speech-1.json",
    "jsonl": "speech-1.jsonl",
    "xlsx": "speech-1.xlsx.json",  # the workbook's cells and layout (the zip itself holds timestamps)
}
UPDATE = os.environ.get("ACTIONS_UPDATE_GOLDEN") == "1"


def rendered(format_name: str) -> bytes:
    data = export(fixture_document(), format_name, OPTIONS)
    if format_name == "xlsx":
        return json.dumps(xlsx_layout(data), ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    return data.encode("utf-8") if isinstance(data, str) else data


def xlsx_layout(data: bytes) -> dict:
    """What a person sees in the workbook: values (dates typed), formats, widths, merges, panes."""
    import datetime as dt

    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(data))
    sheets = {}
    for sheet in workbook.worksheets:
        cells = []
        for row in sheet.iter_rows():
            values = []
            for cell in row:
                value = cell.value
                if isinstance(value, dt.datetime):
                    value = {"date": value.date().isoformat(), "format": cell.number_format}
                values.append(value)
            cells.append(values)
        header = [sheet.cell(3, column) for column in range(1, sheet.max_column + 1)]
        sheets[sheet.title] = {
            "freeze_panes": sheet.freeze_panes,
            "merged": sorted(str(cell_range) for cell_range in sheet.merged_cells.ranges),
            "auto_filter": sheet.auto_filter.ref,
            "widths": {letter: dimension.width for letter, dimension in sorted(sheet.column_dimensions.items())},
            "title_bold": sheet.cell(1, 1).font.b,
            "header_bold": all(cell.font.b for cell in header),
            "header_fill": sorted({cell.fill.fgColor.rgb for cell in header}),
            "data_wrapped": all(cell.alignment.wrap_text for row in sheet.iter_rows(min_row=4) for cell in row if cell.column != 8),
            "cells": cells,
        }
    return sheets


@pytest.mark.parametrize("format_name", sorted(GOLDEN_FILES))
def test_export_matches_golden_file(format_name):
    path = GOLDEN / GOLDEN_FILES[format_name]
    data = rendered(format_name)
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert path.exists(), f"missing {path}: run with ACTIONS_UPDATE_GOLDEN=1 and review it"
    assert data == path.read_bytes(), f"{format_name} differs from {path.name} (ACTIONS_UPDATE_GOLDEN=1 to regenerate, then review)"


def test_every_format_has_a_golden_file():
    from actions.export import FORMATS

    assert set(GOLDEN_FILES) == set(FORMATS)
