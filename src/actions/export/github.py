"""github: a JSON array of GitHub create-issue bodies (`POST /repos/{owner}/{repo}/issues`).

Each body has `title`, `body` (Markdown: the facts, the outline path, the source quote) and
`labels`. GitHub issues have no due-date field, so the due date is written twice: a line
`**截止日期**：YYYY-MM-DD` in the body and a label `due:YYYY-MM-DD` (sortable, filterable with
`label:due:2012-05-20`). Labels are the kind, the owners, and the due label.

Limits of the target (GitHub): a title of at most 256 characters, a body of at most 65,536,
a label name of at most 50 (longer text is cut with '…', labels are cut); no due-date field.
"""

from __future__ import annotations

from actions.export.common import Task, detail_lines, fit, one_line, safe_label, task_labels, tasks
from actions.export.markdown import escape
from actions.io.jsonio import to_json
from actions.models import Document

FORMAT = "github"
EXTENSION = "json"
BINARY = True
TEXT = True
DESCRIPTION = "GitHub create-issue bodies: title, Markdown body, labels (due date as a due:YYYY-MM-DD label)"

TITLE_MAX = 256
BODY_MAX = 65_536


def write(documents: list[Document], options) -> bytes:
    return to_json([issue_body(task) for task in tasks(documents)]) + b"\n"


def issue_body(task: Task) -> dict:
    labels = task_labels(task)
    if task.due:
        labels.append(safe_label(due_label(task)))
    return {"title": one_line(task.item.text, TITLE_MAX), "body": fit(markdown_body(task), BODY_MAX), "labels": labels}


def due_label(task: Task) -> str:
    return f"due:{task.due.isoformat()}"


def markdown_body(task: Task) -> str:
    """The facts as a bold-headed list, then the source sentence as a quote."""
    lines = [f"- **{heading}**：{escape(value)}" for heading, value in detail_lines(task)]
    lines += ["", f"> {escape(one_line(task.item.sentence or task.item.text))}"]
    return "\n".join(lines) + "\n"
