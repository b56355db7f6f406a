"""todoist: a Todoist CSV import file (TYPE, CONTENT, DESCRIPTION, PRIORITY, INDENT, AUTHOR,
RESPONSIBLE, DATE, DATE_LANG, TIMEZONE).

The outermost outline groups become `section` rows; deeper groups become uncompletable
parent tasks (content starting with `* `, Todoist's convention) and tasks nest under them by
INDENT (1 = top, at most 4: Todoist's levels of sub-tasks; deeper levels are folded to 4,
their groups stay in the description's 类别 line). Dates are written in English with the
month's name, `May 20 2012`, DATE_LANG `en`: Todoist reads that the same whatever the user's
language and date-order setting, and as an all-day date with no time zone. AUTHOR and
RESPONSIBLE stay empty (owners are units, not Todoist users); the owners are in DESCRIPTION.
PRIORITY is 4, Todoist's normal priority: the speech does not rank its tasks.

Limits of the target (Todoist): a project holds at most 300 active tasks, and one CSV file
is imported into one project, so a longer task list is written as several files
(`write_parts`), each at most 300 task rows (parent tasks included), cut between sections
where a section fits, and otherwise inside one with its section and parent tasks repeated;
INDENT runs 1–4; a task name holds at most 500 characters and a description 16,383 (cut with
'…'). A cell that starts with = + - @ (or a tab, a CR) starts with an apostrophe (OWASP's
guidance on CSV injection), as the file is opened in spreadsheets too.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from actions.errors import InputError
from actions.export.common import GroupStart, Task, csv_cell, csv_row, detail_lines, group_title, hierarchy, one_line, tasks
from actions.models import Document

FORMAT = "todoist"
EXTENSION = "csv"
BINARY = False
TEXT = True
DESCRIPTION = "Todoist CSV import: outline groups as sections and parent tasks, INDENT nesting, all-day dates"

HEADER = ("TYPE", "CONTENT", "DESCRIPTION", "PRIORITY", "INDENT", "AUTHOR", "RESPONSIBLE", "DATE", "DATE_LANG", "TIMEZONE")
MAX_INDENT = 4
MAX_TASKS = 300  # active tasks in one Todoist project
CONTENT_MAX = 500
DESCRIPTION_MAX = 16_383
NORMAL_PRIORITY = "4"
UNCOMPLETABLE = "* "
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def write(documents: list[Document], options) -> str:
    """The import file; InputError when the tasks need more than one project (see write_parts)."""
    rows = todoist_rows(tasks(documents))
    if _task_count(rows) > MAX_TASKS:
        raise InputError(
            f"the Todoist import has {_task_count(rows)} task rows, more than the {MAX_TASKS} Todoist takes in one project",
            "write one file per project: actions export … --to todoist -o OUT.csv (OUT-1.csv, OUT-2.csv …), "
            "or actions.export.export_files()",
        )
    return _csv(rows)


def write_parts(documents: list[Document], options) -> list[str]:
    """One import file per Todoist project, each with at most MAX_TASKS task rows."""
    return [_csv(part) for part in projects(todoist_rows(tasks(documents)))]


def _csv(rows: list[list[str]]) -> str:
    buffer = io.StringIO(newline="")
    out = csv.writer(buffer, lineterminator="\r\n")
    out.writerow(HEADER)
    out.writerows(csv_row(row) for row in rows)
    return buffer.getvalue()


def projects(rows: list[list[str]], limit: int = MAX_TASKS) -> list[list[list[str]]]:
    """The rows cut into projects of at most `limit` task rows.

    Whole sections are packed in order while they fit; a section longer than `limit` is cut
    inside, and the next project starts with that section's row and the parent tasks open at
    the cut, so every task keeps its place in the outline.
    """
    parts: list[list[list[str]]] = [[]]
    count = 0
    for block in _sections(rows):
        size = _task_count(block)
        if size <= limit - count:
            parts[-1].extend(block)
            count += size
        elif size <= limit:
            parts.append(list(block))
            count = size
        else:  # longer than a project: cut, beginning in the room left
            _cut(block, limit - count, limit, parts)
            count = _task_count(parts[-1])
    return [part for part in parts if part] or [[]]


def _cut(block: list[list[str]], room: int, limit: int, parts: list) -> None:
    """Spread one long section over parts: `room` task rows left in the last part, then new ones."""
    section = block[0] if block[0][0] == "section" else None
    open_parents: list[list[str]] = []  # the parent task open at each indent, outermost first
    for row in block:
        if row[0] == "task":
            indent = int(row[4])
            del open_parents[indent - 1 :]
            if room == 0:
                context = ([section] if section else []) + open_parents
                parts.append(list(context))
                room = limit - _task_count(context)
            if row[1].startswith(UNCOMPLETABLE):
                open_parents.append(row)
            room -= 1
        parts[-1].append(row)


def _sections(rows: list[list[str]]) -> list[list[list[str]]]:
    """The rows split before every section row."""
    blocks: list[list[list[str]]] = []
    for row in rows:
        if row[0] == "section" or not blocks:
            blocks.append([])
        blocks[-1].append(row)
    return blocks


def _task_count(rows: list[list[str]]) -> int:
    return sum(1 for row in rows if row[0] == "task")


def todoist_rows(rows: list[Task]) -> list[list[str]]:
    """Sections, group tasks and tasks in order; a section holds every row up to the next one."""
    out: list[list[str]] = []
    in_section = False
    named: set[int] = set()
    for entry in hierarchy(rows):
        if isinstance(entry, GroupStart):
            if entry.depth == 1:  # in an export of several Documents the section names its source
                title = group_title(entry.node)
                out.append(section_row(f"{entry.task.document.source.name or '文档'} › {title}" if entry.task.batch else title))
                in_section = True
            elif entry.depth <= MAX_INDENT:  # a parent task at INDENT depth-1, its tasks at most at MAX_INDENT
                out.append(task_row(UNCOMPLETABLE + group_title(entry.node), one_line(entry.node.marker + entry.node.title), entry.depth - 1, None))
            continue
        if not entry.groups and in_section and entry.index not in named:
            # An item outside every group, after a section: give it its document's own section.
            out.append(section_row(entry.document.source.name or "其他"))
            named.add(entry.index)
        indent = max(1, min(len(entry.groups), MAX_INDENT))
        out.append(task_row(task_content(entry), description(entry), indent, entry.due))
    return out


def section_row(title: str) -> list[str]:
    return ["section", one_line(title), "", "", "", "", "", "", "", ""]


def task_row(content: str, description_text: str, indent: int, due: dt.date | None) -> list[str]:
    date = todoist_date(due) if due else ""
    return [
        "task", csv_cell(content, CONTENT_MAX), csv_cell(description_text, DESCRIPTION_MAX), NORMAL_PRIORITY, str(indent),
        "", "", date, "en" if date else "", "",
    ]


def task_content(task: Task) -> str:
    """The item's text; a leading '*' becomes '＊' so Todoist does not make the task uncompletable."""
    content = one_line(task.item.text)
    return "＊" + content[1:] if content.startswith("*") else content


def todoist_date(day: dt.date) -> str:
    """'May 20 2012': unambiguous in any date-order setting, an all-day date."""
    return f"{_MONTHS[day.month - 1]} {day.day} {day.year}"


def description(task: Task) -> str:
    lines = [f"{heading}：{value}" for heading, value in detail_lines(task)]
    lines.append(f"原文：“{one_line(task.item.sentence or task.item.text)}”")
    return "\n".join(lines)
