"""Task tables: a 任务分解表 written as a table gives one item per row.

A table reaches the text one line per row, its cells separated by tabs (a Word table as
actions.io.docx_reader reads it, or a table pasted from a spreadsheet). A line whose cells
name a task column (工作任务, 任务, 工作内容 …) and at least one owner or time column (牵头单位,
责任单位, 配合单位, 责任人, 完成时限, 时间节点 …) is the header of a task table; it is never an
item itself. Each row under it with as many cells is one task: its task cell is the item, the
names in its owner cells are its owners with the role of their column (牵头 lead, 配合 support,
else responsible), and the first deadline read in its time cell is its deadline. Every span is
a cell's place in the text as read. Rows that do not fit the header, and tables without such a
header, stay lines of text that the clause rules read like any other.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from actions.lang.zh.words import OWNER_FIELD_LABELS, TIME_FIELD_LABELS
from actions.items.draft import ItemDraft
from actions.models import Deadline
from actions.owners.draft import OwnerDraft
from actions.outline.node import NodeDraft

TASK_HEADERS = ("工作任务", "任务", "工作内容", "任务内容", "重点任务", "主要任务", "具体任务", "工作事项", "事项", "工作措施", "具体措施")
"""Headers of the column that states the task."""

OWNER_HEADERS: dict[str, str] = {
    **{label: role for role, labels in OWNER_FIELD_LABELS.items() for label in labels},
    "责任人": "responsible", "负责人": "responsible", "牵头领导": "lead", "责任领导": "responsible",
}
"""Headers of owner columns and the role they give."""

TIME_HEADERS = TIME_FIELD_LABELS + ("时间节点", "时限", "完成时限要求", "截止时间", "完成日期")
"""Headers of the time-limit column."""

CELL = "\t"
_NAME_SEPARATORS = regex.compile(r"[、，,；;/／\s]+")
_HEADER_NOISE = regex.compile(r"[\s*＊（）()]")


class Column(NamedTuple):
    kind: str  # task, owner, time or other
    role: str | None = None


class TableRows(NamedTuple):
    """What the task tables of a text give: the items and the spans of their lines (header included)."""

    items: list[ItemDraft]
    lines: list[tuple[int, int]]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether view[start:end] overlaps a line of a task table (such an item is the table's to give)."""
        index = bisect.bisect_left(self.lines, (start, start))
        return any(line[0] < end and start < line[1] for line in self.lines[max(0, index - 1):index + 1])

    def merged_with(self, items: list[ItemDraft]) -> list[ItemDraft]:
        """`items` without those in a task table's lines, with the table's rows, in text order."""
        if not self.lines:
            return items
        kept = [item for item in items if not self.overlaps(*item.span)]
        return sorted(kept + self.items, key=lambda item: item.span)


def task_tables(view: str, outline: list[NodeDraft], deadlines: list[Deadline]) -> TableRows:
    """The items of the task tables of `view` (drafts in view offsets: actions.items.draft)."""
    items: list[ItemDraft] = []
    lines: list[tuple[int, int]] = []
    if CELL not in view:
        return TableRows(items, lines)
    starts = [deadline.span[0] for deadline in deadlines]
    columns: list[Column] | None = None
    for start, end in _lines(view):
        cells = _cells(view, start, end)
        if len(cells) < 2:
            columns = None
            continue
        header = _header(view, cells)
        if header is not None:
            columns = header
            lines.append((start, end))
        elif columns is not None and len(cells) == len(columns):
            item = _row_item(view, cells, columns, outline, deadlines, starts)
            if item is not None:
                items.append(item)
                lines.append((start, end))
        else:
            columns = None
    return TableRows(items, lines)


def _lines(view: str):
    start = 0
    for match in regex.finditer(r"\n", view):
        yield start, match.start()
        start = match.end()
    yield start, len(view)


def _cells(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a line, each trimmed of spaces (view offsets)."""
    cells, cursor = [], start
    while True:
        tab = view.find(CELL, cursor, end)
        stop = end if tab < 0 else tab
        cells.append(_trimmed(view, cursor, stop))
        if tab < 0:
            return cells
        cursor = tab + 1


def _trimmed(view: str, start: int, end: int) -> tuple[int, int]:
    while start < end and view[start] in " \u3000":
        start += 1
    while end > start and view[end - 1] in " \u3000":
        end -= 1
    return start, end


def _header(view: str, cells: list[tuple[int, int]]) -> list[Column] | None:
    """The columns when the line is a task table's header, else None."""
    columns = [_column(_HEADER_NOISE.sub("", view[start:end])) for start, end in cells]
    kinds = [column.kind for column in columns]
    if kinds.count("task") != 1 or not ({"owner", "time"} & set(kinds)):
        return None
    return columns


def _column(label: str) -> Column:
    if label in TASK_HEADERS:
        return Column("task")
    if label in OWNER_HEADERS:
        return Column("owner", OWNER_HEADERS[label])
    if label in TIME_HEADERS:
        return Column("time")
    return Column("other")


def _row_item(view: str, cells, columns: list[Column], outline: list[NodeDraft], deadlines, starts) -> ItemDraft | None:
    task = next(cell for cell, column in zip(cells, columns) if column.kind == "task")
    if task[1] <= task[0]:
        return None
    owners: list[OwnerDraft] = []
    deadline = None
    for (start, end), column in zip(cells, columns):
        if column.kind == "owner":
            owners.extend(_owners(view, start, end, column.role))
        elif column.kind == "time" and deadline is None:
            deadline = _first_deadline(deadlines, starts, start, end)
    path = _enclosing(outline, task[0])
    return ItemDraft(
        span=task, kind="task", path=tuple(path), headings=len(path),
        owners=owners, deadline=deadline, sentence_span=(cells[0][0], cells[-1][1]), rule="table_row",
        confidence=0.9 if owners or deadline else 0.75,
    )


def _owners(view: str, start: int, end: int, role: str) -> list[OwnerDraft]:
    owners, cursor = [], start
    for separator in _NAME_SEPARATORS.finditer(view, start, end):
        owners += _owner(view, cursor, separator.start(), role)
        cursor = separator.end()
    return owners + _owner(view, cursor, end, role)


def _owner(view: str, start: int, end: int, role: str) -> list[OwnerDraft]:
    if end <= start:
        return []
    return [OwnerDraft(view[start:end], role, (start, end), False)]


def _first_deadline(deadlines: list[Deadline], starts: list[int], start: int, end: int) -> Deadline | None:
    index = bisect.bisect_left(starts, start)
    if index < len(deadlines) and deadlines[index].span[1] <= end:
        return deadlines[index]
    return None


def _enclosing(outline: list[NodeDraft], position: int) -> list[NodeDraft]:
    path, level = [], outline
    while level:
        node = next((node for node in level if node.span[0] <= position < node.span[1]), None)
        if node is None:
            break
        path.append(node)
        level = node.children
    return path
