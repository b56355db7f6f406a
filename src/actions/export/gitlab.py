"""gitlab: a JSON array of GitLab create-issue bodies (`POST /projects/:id/issues`).

Each body has `title`, `description` (Markdown: the facts, the outline path, the source
quote), `labels` (one comma-separated string: the kind and the owners) and `due_date`
(`YYYY-MM-DD`, only when a due date is known).

Limits of the target (GitLab): a title of at most 255 characters, a description of at most
1,048,576 (longer text is cut with '…'); labels are one comma-separated string, so a label
holds no comma.
"""

from __future__ import annotations

from actions.export.common import Task, fit, one_line, task_labels, tasks
from actions.export.github import markdown_body
from actions.io.jsonio import to_json
from actions.models import Document

FORMAT = "gitlab"
EXTENSION = "json"
BINARY = True
TEXT = True
DESCRIPTION = "GitLab create-issue bodies: title, description, labels (comma string), due_date"

TITLE_MAX = 255
DESCRIPTION_MAX = 1_048_576


def write(documents: list[Document], options) -> bytes:
    return to_json([issue_body(task) for task in tasks(documents)]) + b"\n"


def issue_body(task: Task) -> dict:
    body: dict = {
        "title": one_line(task.item.text, TITLE_MAX),
        "description": fit(markdown_body(task), DESCRIPTION_MAX),
        "labels": ",".join(task_labels(task)),
    }
    if task.due:
        body["due_date"] = task.due.isoformat()
    return body
