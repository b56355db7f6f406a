"""markdown: a checklist grouped by the outline, owners and due dates inline.

One `#` heading per Document, one heading per outline group (nested groups one level deeper,
down to `######`), and one `- [ ]` line per item:

    - [ ] 各县市区政府要加大两化建设示范的力度 — 责任：各县市区政府 · 任务 · `[1707:1725]`

Limits of the target (CommonMark): six heading levels, so groups deeper than five levels
below the document heading stay at `######`; text is backslash-escaped where Markdown would
read it as markup.
"""

from __future__ import annotations

import regex

from actions.export.common import GroupStart, Task, group_title, hierarchy, meeting_date_line, one_line, tasks
from actions.models import Document

FORMAT = "markdown"
EXTENSION = "md"
BINARY = False
TEXT = True
DESCRIPTION = "a Markdown checklist grouped by the outline, owners and due dates inline"

_MARKDOWN_SPECIAL = regex.compile(r"([\\`*_\[\]<>#|~])")
_ROLE_WORDS = (("lead", "牵头"), ("responsible", "责任"), ("support", "配合"))
MAX_HEADING = 6


def write(documents: list[Document], options) -> str:
    rows = tasks(documents)
    blocks = [document_block(document, [task for task in rows if task.index == index]) for index, document in enumerate(documents)]
    return "\n".join(blocks)


def document_block(document: Document, rows: list[Task]) -> str:
    heading = f"# 任务清单：{escape(document.source.name)}" if document.source.name else "# 任务清单"
    lines = [heading, ""]
    facts = []
    facts.append(meeting_date_line(document))
    kinds = [task.item.kind for task in rows]
    facts.append(f"共 {len(kinds)} 项（任务 {kinds.count('task')}，要求 {kinds.count('directive')}）")
    lines += ["　".join(facts), ""]
    for entry in hierarchy(rows):
        if isinstance(entry, GroupStart):
            level = min(entry.depth + 1, MAX_HEADING)
            if lines[-1].startswith("- ["):
                lines.append("")
            lines += [f"{'#' * level} {escape(group_title(entry.node))}", ""]
        else:
            lines.append(checklist_line(entry))
    return "\n".join(lines).rstrip("\n") + "\n"


def checklist_line(task: Task) -> str:
    """'- [ ] text — 牵头：X · 责任：Y · 截止 2012-05-20（本月20号前） · 任务 · `[s:e]`'."""
    parts = []
    for role, word in _ROLE_WORDS:
        names = task.owners(role)
        if names:
            parts.append(f"{word}：{escape('、'.join(names))}")
    if task.due:
        written = f"（{escape(task.deadline_text)}）" if task.deadline_text else ""
        parts.append(f"截止 {task.due.isoformat()}{written}")
    elif task.deadline_text:
        parts.append(f"时限：{escape(task.deadline_text)}")
    parts.append(task.kind_label)
    parts.append(f"`[{task.item.span[0]}:{task.item.span[1]}]`")
    return f"- [ ] {escape(one_line(task.item.text))} — " + " · ".join(parts)


def escape(text: str) -> str:
    """Backslash the characters Markdown would read as markup."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
