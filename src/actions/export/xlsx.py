"""xlsx: the 任务分解表 as an Excel workbook (openpyxl), one sheet per speech.

Each sheet has a title row, a line with the source and the meeting date, a styled and frozen
header, the csv columns with fixed widths and wrapped text, and 截止日期 as real date cells
(an Excel date has no time zone, so the day never shifts). A file that holds several
speeches (`第X篇` separators) or an export of several Documents gets one sheet per speech,
named after the document (or the 第X篇 title); past 100 sheets (a batch of a year's meetings:
more tabs than anyone can find one in) the whole export is one sheet `任务分解表` with a 来源
column naming each row's document and speech.

Limits of the target (Excel): a cell holds at most 32,767 characters (longer text is cut,
'…' at the cut); a sheet has 1,048,576 rows (a longer table continues on a sheet of its own,
`name (2)`); a sheet name has at most 31 characters, none of []:*?/\\, and is unique
ignoring case. Text that starts with = + - @ is a text cell with Excel's quote prefix (the
hidden apostrophe of a typed '=…): shown as written, never evaluated, even after an edit.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import regex
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from actions.export.common import EXCEL_CELL_MAX, Task, document_tasks, fit, group_title, meeting_date_line, speech_nodes, starts_like_a_formula
from actions.export.csv_table import HEADER, table_row, with_source
from actions.models import Document

FORMAT = "xlsx"
EXTENSION = "xlsx"
BINARY = True
TEXT = False
DESCRIPTION = "任务分解表 as an Excel workbook: styled header, real date cells, one sheet per speech"

WIDTHS = (6, 24, 40, 14, 18, 14, 14, 12, 30, 60, 8)
SOURCE_WIDTH = 24
DUE_COLUMN = HEADER.index("截止日期") + 1
NUMBER_COLUMN = HEADER.index("序号") + 1
MAX_SHEETS = 100
"""More sheets than this: one sheet with a 来源 column (Excel's own limit is the memory; a
workbook's tab bar stops being usable long before)."""
ALL_IN_ONE = "任务分解表"
TITLE_ROW, INFO_ROW, HEADER_ROW = 1, 2, 3
DATE_FORMAT = "yyyy-mm-dd"
_SHEET_UNSAFE = regex.compile(r"[\[\]:*?/\\：\x00-\x1f\x7f]")
# Characters an OOXML string cannot hold raw (XML 1.0 forbids them), written as the
# format's _xHHHH_ escape, which Excel reads back as the character; an underscore that
# starts what looks like such an escape is escaped itself (_x005F_), so the text stays as
# written (ECMA-376 Part 1, ST_Xstring).
_OOXML_UNSAFE = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
SHEET_NAME_MAX = 31
SHEET_ROWS_MAX = 1_048_576

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")


@dataclass(frozen=True)
class Sheet:
    name: str
    heading: str
    document: Document | None
    rows: list[Task]
    source: bool = False  # a 来源 column (the sheet holds rows of several documents)


def write(documents: list[Document], options) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.creator = "actions"
    if options.created is not None:
        workbook.properties.created = options.created.replace(tzinfo=None)
    used: set[str] = set()
    for sheet in continued(one_sheet_past_the_limit(plan_sheets(documents))):
        fill_sheet(workbook.create_sheet(unique_name(sheet.name, used)), sheet)
    if not workbook.worksheets:
        fill_sheet(workbook.create_sheet("任务分解表"), Sheet("任务分解表", "任务分解表", None, []))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def plan_sheets(documents: list[Document]) -> list[Sheet]:
    """One sheet per speech: per `第X篇` node when a Document holds several, else per Document."""
    sheets = []
    for index, document in enumerate(documents):
        rows = document_tasks(document, index)
        name = document.source.name or "任务分解表"
        speeches = speech_nodes(document)
        if len(speeches) < 2:
            if len(documents) == 1:
                name = "任务分解表"
            sheets.append(Sheet(name, document_heading(document), document, rows))
            continue
        for node in speeches:
            title = group_title(node)
            sheets.append(Sheet(title, title, document, [row for row in rows if row.speech is node]))
        outside = [row for row in rows if row.speech is None]
        if outside:
            sheets.append(Sheet(f"{name} 其他", f"{name}（篇外）", document, outside))
    return sheets


def one_sheet_past_the_limit(sheets: list[Sheet]) -> list[Sheet]:
    """The sheets as planned, or past MAX_SHEETS all rows on one sheet with a 来源 column."""
    if len(sheets) <= MAX_SHEETS:
        return sheets
    rows = [row for sheet in sheets for row in sheet.rows]
    heading = f"{len(sheets)} 篇（多于 {MAX_SHEETS} 篇，合为一表，见来源列）"
    return [Sheet(ALL_IN_ONE, heading, None, rows, source=True)]


def continued(sheets: list[Sheet]) -> list[Sheet]:
    """Sheets with more rows than a sheet holds, continued on further sheets of the same name."""
    room = SHEET_ROWS_MAX - HEADER_ROW
    out = []
    for sheet in sheets:
        out.append(Sheet(sheet.name, sheet.heading, sheet.document, sheet.rows[:room], sheet.source))
        for start in range(room, len(sheet.rows), room):
            out.append(Sheet(sheet.name, sheet.heading, sheet.document, sheet.rows[start : start + room], sheet.source))
    return out


def document_heading(document: Document) -> str:
    """The speech's title line when the text starts with one, else the source name."""
    speeches = speech_nodes(document)
    if speeches:
        return group_title(speeches[0], with_marker=False)
    return document.source.name or ""


def unique_name(name: str, used: set[str]) -> str:
    """A valid sheet name (no []:*?/\\, at most 31 characters), not used yet in the workbook."""
    base = _SHEET_UNSAFE.sub(" ", name).strip()[:SHEET_NAME_MAX] or "任务分解表"
    candidate, number = base, 2
    while candidate.lower() in used:
        suffix = f" ({number})"
        candidate = base[: SHEET_NAME_MAX - len(suffix)] + suffix
        number += 1
    used.add(candidate.lower())
    return candidate


def fill_sheet(sheet, plan: Sheet) -> None:
    header = with_source(HEADER) if plan.source else HEADER
    widths = (WIDTHS[0], SOURCE_WIDTH, *WIDTHS[1:]) if plan.source else WIDTHS
    last_column = get_column_letter(len(header))
    sheet.merge_cells(f"A{TITLE_ROW}:{last_column}{TITLE_ROW}")
    sheet.merge_cells(f"A{INFO_ROW}:{last_column}{INFO_ROW}")
    title = sheet.cell(TITLE_ROW, 1, cell_text(f"任务分解表：{plan.heading}" if plan.heading else "任务分解表"))
    title.font = Font(bold=True, size=16)
    title.alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[TITLE_ROW].height = 30
    sheet.cell(INFO_ROW, 1, cell_text(info_line(plan))).alignment = Alignment(horizontal="left")
    for column, (name, width) in enumerate(zip(header, widths), start=1):
        cell = sheet.cell(HEADER_ROW, column, name)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    for number, task in enumerate(plan.rows, start=1):
        write_row(sheet, HEADER_ROW + number, number, task, plan.source)
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if plan.rows:
        sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{HEADER_ROW + len(plan.rows)}"


def cell_text(value: str) -> str:
    """`value` as an OOXML cell string (see _OOXML_UNSAFE)."""
    return _OOXML_UNSAFE.sub(lambda unsafe: f"_x{ord(unsafe.group()):04X}_", value)


def write_row(sheet, row: int, number: int, task: Task, source: bool = False) -> None:
    values: list[object] = table_row(number, task, source)
    values[NUMBER_COLUMN - 1] = number
    values[DUE_COLUMN - 1 + int(source)] = task.due  # a real date cell, or empty
    for column, value in enumerate(values, start=1):
        formula_like = isinstance(value, str) and starts_like_a_formula(value)
        if isinstance(value, str):
            value = cell_text(fit(value, EXCEL_CELL_MAX))
        cell = sheet.cell(row, column, value if value != "" else None)
        if isinstance(value, str) and value:
            cell.data_type = "s"  # text from the speech, never a formula
            if formula_like:
                cell.quotePrefix = True  # and stays text when someone edits the cell
        cell.border = _BORDER
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        if isinstance(value, dt.date):
            cell.number_format = DATE_FORMAT
            cell.alignment = Alignment(horizontal="center", vertical="top")


def info_line(plan: Sheet) -> str:
    """来源, 会议日期 and the counts, for the line under the title."""
    parts = []
    if plan.document is not None:
        if plan.document.source.name:
            parts.append(f"来源：{plan.document.source.name}")
        parts.append(meeting_date_line(plan.document))
    kinds = [task.item.kind for task in plan.rows]
    parts.append(f"共 {len(kinds)} 项（任务 {kinds.count('task')}，要求 {kinds.count('directive')}）")
    return "　".join(parts)
