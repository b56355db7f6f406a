"""jira-csv: a file for Jira Cloud's CSV importer (System → External system import → CSV).

Columns: Summary, Issue Type, Description, Due date, Labels (repeated, one label per column),
Issue ID, Parent. Each outermost outline group that holds items becomes an issue of type
`ExportOptions.group_issue_type` (Epic) listed before its tasks; a task under it names the
group's Issue ID in Parent (Jira's hierarchy has one level above a task, so deeper groups are
written in the description's 类别 line). Due date is `YYYY-MM-DD`: give the wizard the date
format `yyyy-MM-dd`. No BOM: Jira would read it into the first header.

Limits of the target (Jira Cloud): a summary holds at most 255 characters and a text field
(the description) 32,767, longer text is cut with '…'; labels hold no spaces (written as _);
one level of parent above a task (deeper groups stay in the 类别 line). The file is opened
in spreadsheets too: a cell that starts with = + - @ (or a tab, a CR) starts with an
apostrophe (OWASP's guidance on CSV injection).
"""

from __future__ import annotations

import csv
import io

from actions.export.common import (
    GroupStart,
    Task,
    csv_cell,
    csv_row,
    detail_lines,
    group_title,
    hierarchy,
    node_origin,
    one_line,
    task_labels,
    tasks,
)
from actions.models import Document

FORMAT = "jira-csv"
EXTENSION = "csv"
BINARY = False
TEXT = True
DESCRIPTION = "Jira Cloud CSV import: Summary, Issue Type, Description, Due date, Labels, Issue ID, Parent (groups as epics)"

SUMMARY_MAX = 255  # Jira rejects longer summaries
DESCRIPTION_MAX = 32_767  # characters of a Jira text field


def write(documents: list[Document], options) -> str:
    rows = jira_rows(tasks(documents), options)
    label_columns = max((len(row["labels"]) for row in rows), default=0) or 1
    buffer = io.StringIO(newline="")
    out = csv.writer(buffer, lineterminator="\r\n")
    out.writerow(["Summary", "Issue Type", "Description", "Due date", *["Labels"] * label_columns, "Issue ID", "Parent"])
    for row in rows:
        labels = row["labels"] + [""] * (label_columns - len(row["labels"]))
        out.writerow(csv_row([row["summary"], row["type"], row["description"], row["due"], *labels, row["id"], row["parent"]]))
    return buffer.getvalue()


def jira_rows(rows: list[Task], options) -> list[dict]:
    """Epics and tasks in import order (a parent always before its children), numbered from 1."""
    out: list[dict] = []
    epic_ids: dict[tuple[int, str], int] = {}
    for entry in hierarchy(rows):
        if isinstance(entry, GroupStart):
            if entry.depth == 1:
                epic_ids[entry.task.group_key(entry.node)] = len(out) + 1
                out.append(epic_row(entry, len(out) + 1, options))
            continue
        parent = epic_ids[entry.group_key(entry.groups[0])] if entry.groups else ""
        out.append(task_row(entry, len(out) + 1, parent, options))
    return out


def epic_row(group: GroupStart, number: int, options) -> dict:
    node = group.node
    description = f"{one_line(node.marker + node.title)}\n出处：{node_origin(group.task.document, node)}"
    return {
        "summary": csv_cell(one_line(group_title(node)), SUMMARY_MAX),
        "type": options.group_issue_type,
        "description": description,
        "due": "",
        "labels": [],
        "id": number,
        "parent": "",
    }


def task_row(task: Task, number: int, parent: int | str, options) -> dict:
    return {
        "summary": csv_cell(one_line(task.item.text), SUMMARY_MAX),
        "type": options.issue_type,
        "description": csv_cell(description_text(task), DESCRIPTION_MAX),
        "due": task.due.isoformat() if task.due else "",
        "labels": task_labels(task),
        "id": number,
        "parent": parent,
    }


def description_text(task: Task) -> str:
    """Plain lines '类别：…', '牵头单位：…', …, then the source sentence."""
    lines = [f"{heading}：{value}" for heading, value in detail_lines(task)]
    lines.append(f"原文：“{one_line(task.item.sentence or task.item.text)}”")
    return "\n".join(lines)
