"""The task table for people in a terminal (rich measures the width of Chinese text)."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.table import Table

from actions.labels import KIND_LABELS, REFERENCE_SOURCE_LABELS, ROLE_LABELS
from actions.models import DOCUMENT_SEPARATOR, Document, Item

NO_DATE_HINT = "相对时限（本月20号前、年底前、三年内 …）未定截止日期，X 为未知的年月；用 --date YYYY-MM-DD 指定会议日期"


def render_table(document: Document, file=None) -> None:
    """Print 序号, 任务, 责任单位, 时限 (with due date), 出处 (the outline path)."""
    console = Console(file=file or sys.stdout, soft_wrap=False)
    title = document.source.name or ""
    if document.reference_date:
        title += f"  会议日期 {document.reference_date.isoformat()}（{REFERENCE_SOURCE_LABELS[document.reference_date_source]}）"
    table = Table(title=title.strip() or None, show_lines=True)
    for header, style in (("序号", "dim"), ("任务", ""), ("类型", "dim"), ("责任单位", "cyan"), ("时限", "magenta"), ("出处", "dim")):
        table.add_column(header, style=style or None, overflow="fold")
    markers = {node.id: node.marker.rstrip("，,、：: ") for node in document.walk_outline()}
    for number, item in enumerate(document.items, start=1):
        table.add_row(str(number), item.text, KIND_LABELS[item.kind], owners_cell(item), deadline_cell(item), source_cell(item, markers))
    console.print(table)
    console.print(f"{len(document.items)} 项（任务 {sum(i.kind == 'task' for i in document.items)}，要求 {sum(i.kind == 'directive' for i in document.items)}）")
    note = meeting_date_note(document)
    if note:
        console.print(note, markup=False)


def meeting_date_note(document: Document) -> str:
    """What the reader must know about the meeting date, said once: each speech's date in a text
    of several, and, when one is unknown, what that leaves open and how to give it (--date)."""
    if document.speeches:
        markers = [node.marker.rstrip("：:、，,. ") for node in document.outline if node.family == DOCUMENT_SEPARATOR]
        markers += [f"第{number}部分" for number in range(len(markers) + 1, len(document.speeches) + 1)]
        dated = [f"{marker} {speech.reference_date.isoformat()}（{REFERENCE_SOURCE_LABELS[speech.reference_date_source]}）"
                 for marker, speech in zip(markers, document.speeches) if speech.reference_date]
        undated = [marker for marker, speech in zip(markers, document.speeches) if not speech.reference_date]
        if not undated and len({speech.reference_date for speech in document.speeches}) == 1:
            return ""  # one date for all: the title says it
        line = "会议日期（各篇）：" + ("；".join(dated) if dated else "均未写明")
        if undated:
            line += f"\n{'、'.join(undated)} 未写明会议日期：{NO_DATE_HINT}"
        return line
    if document.reference_date is None:
        return f"会议日期未知：{NO_DATE_HINT}"
    return ""


def owners_cell(item: Item) -> str:
    """The owners, each with its role in brackets but the plain responsible one: 市交通局（牵头）、各街道（配合）."""
    parts = []
    for owner in item.owners:
        role = "" if owner.role == "responsible" else ROLE_LABELS[owner.role]
        parts.append(f"{owner.name}（{role}）" if role else owner.name)
    return "、".join(parts)


def deadline_cell(item: Item) -> str:
    deadline = item.deadline
    if deadline is None:
        return ""
    if deadline.due:
        return f"{deadline.text}\n→ {deadline.due.isoformat()}"
    if deadline.value and deadline.value[:1].isdigit() or (deadline.value or "").startswith("X"):
        return f"{deadline.text}\n→ {deadline.value}"  # a partial date (year unknown)
    if deadline.kind == "asap":
        return f"{deadline.text}\n→ 尽快"
    return deadline.text


def source_cell(item: Item, markers: dict[str, str] | None = None) -> str:
    """The outline path as the markers a reader sees (第一是 › 第四是 › 第一), and the offset."""
    path = " › ".join((markers or {}).get(node_id, node_id) for node_id in item.outline_path)
    return f"{path}\n@{item.span[0]}" if path else f"@{item.span[0]}"
