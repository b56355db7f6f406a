"""todoist: a Todoist CSV import file (TYPE, CONTENT, DESCRIPTION, PRIORITY, INDENT, AUTHOR,
RESPONSIBLE, DATE, DATE_LANG, TIMEZONE).

The outermost outline groups become `section` rows; deeper groups become uncompletable
parent tasks (content starting with `* `, Todoist's convention) and tasks nest under them by
INDENT (1 = top, at most 5: Todoist's four levels of sub-tasks; deeper groups are left out and
stay in the description's 类别 line). Dates are written in English with the month's name,
`May 20 2012`, DATE_LANG `en`: Todoist reads that the same whatever the user's language and
date-order setting, and as an all-day date with no time zone. AUTHOR and RESPONSIBLE stay
empty (owners are units, not Todoist users); the owners are in DESCRIPTION. PRIORITY is 4,
Todoist's normal priority: the speech does not rank its tasks.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from actions.export.common import GroupStart, Task, detail_lines, group_title, hierarchy, one_line, tasks
from actions.models import Document

FORMAT = "todoist"
EXTENSION = "csv"
BINARY = False
TEXT = True
DESCRIPTION = "Todoist CSV import: outline groups as sections and parent tasks, INDENT nesting, all-day dates"

HEADER = ("TYPE", "CONTENT", "DESCRIPTION", "PRIORITY", "INDENT", "AUTHOR", "RESPONSIBLE", "DATE", "DATE_LANG", "TIMEZONE")
MAX_INDENT = 5
NORMAL_PRIORITY = "4"
UNCOMPLETABLE = "* "
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def write(documents: list[Document], options) -> str:
    buffer = io.StringIO(newline="")
    out = csv.writer(buffer, lineterminator="\r\n")
    out.writerow(HEADER)
    out.writerows(todoist_rows(tasks(documents)))
    return buffer.getvalue()


def todoist_rows(rows: list[Task]) -> list[list[str]]:
    """Sections, group tasks and tasks in order; a section holds every row up to the next one."""
    out: list[list[str]] = []
    in_section = False
    named: set[int] = set()
    for entry in hierarchy(rows):
        if isinstance(entry, GroupStart):
            if entry.depth == 1:
                out.append(section_row(group_title(entry.node)))
                in_section = True
            elif entry.depth < MAX_INDENT + 1:
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
    return ["task", content, description_text, NORMAL_PRIORITY, str(indent), "", "", date, "en" if date else "", ""]


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
