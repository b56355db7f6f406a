"""jira-json: a JSON array of Jira Cloud REST create-issue bodies, one per task.

Each element is the body of `POST /rest/api/3/issue`: `fields.project.key` (from --project),
`summary`, `issuetype.name`, `description` in Atlassian Document Format (a `doc` with one
paragraph per fact and the source sentence as a blockquote), `duedate` (`YYYY-MM-DD`, only
when a due date is known) and `labels` (the kind and the owners, without spaces).

Limits of the target (Jira Cloud): a summary of at most 255 characters, a description of at
most 32,767 characters of text (the quoted sentence is cut with '…' to keep within it),
labels without spaces of at most 255 characters.
"""

from __future__ import annotations

from actions.errors import InputError
from actions.export.common import Task, detail_lines, fit, one_line, task_labels, tasks
from actions.io.jsonio import to_json
from actions.models import Document

FORMAT = "jira-json"
EXTENSION = "json"
BINARY = True
TEXT = True
DESCRIPTION = "Jira Cloud REST create-issue bodies (ADF description, duedate, labels); needs --project"

SUMMARY_MAX = 255
DESCRIPTION_MAX = 32_767  # characters of text in a Jira text field


def write(documents: list[Document], options) -> bytes:
    if not options.project or not options.project.strip() or any(char.isspace() for char in options.project):
        raise InputError("jira-json needs the Jira project key", "give it with --project KEY, e.g. --project OPS")
    return to_json([issue_body(task, options) for task in tasks(documents)]) + b"\n"


def issue_body(task: Task, options) -> dict:
    """The create-issue body of one task."""
    fields: dict = {
        "project": {"key": options.project},
        "summary": one_line(task.item.text, SUMMARY_MAX),
        "issuetype": {"name": options.issue_type},
        "description": adf_description(task),
    }
    if task.due:
        fields["duedate"] = task.due.isoformat()
    fields["labels"] = task_labels(task)
    return {"fields": fields}


def adf_description(task: Task) -> dict:
    """An ADF document: '类别：…' paragraphs (heading in bold), then the sentence quoted."""
    content = [
        {"type": "paragraph", "content": [_text(f"{heading}：", strong=True), _text(value)]}
        for heading, value in detail_lines(task)
    ]
    facts = sum(len(heading) + 1 + len(value) for heading, value in detail_lines(task))
    quote = fit(one_line(task.item.sentence or task.item.text), max(DESCRIPTION_MAX - facts, 1))
    content.append({"type": "blockquote", "content": [{"type": "paragraph", "content": [_text(quote)]}]})
    return {"type": "doc", "version": 1, "content": content}


def _text(text: str, *, strong: bool = False) -> dict:
    node: dict = {"type": "text", "text": text}
    if strong:
        node["marks"] = [{"type": "strong"}]
    return node
