"""csv: the task-breakdown table as UTF-8 CSV with a BOM, so Excel in a Chinese locale opens it right.

Columns: 序号, 类别, 工作任务, 牵头单位, 责任单位, 配合单位, 完成时限 (as written), 截止日期 (ISO),
出处 (outline markers and span), 原文 (the sentence), 类型 (任务 or 要求). An export of several
Documents (a batch) has 来源 after 序号: the document's name (and the speech, in a text of several).

Limits of the target (Excel): a cell holds at most 32,767 characters (longer text is cut,
'…' at the cut; the Document JSON keeps it whole); a cell that starts with = + - @ (or a
tab, a CR) would be evaluated as a formula, so it starts with an apostrophe (OWASP's guidance
on CSV injection), which Excel shows; Excel opens at most 1,048,576 rows of a CSV (xlsx
continues on further sheets).
"""

from __future__ import annotations

import csv
import io

from actions.export.common import OWNER_SEPARATOR, Task, csv_row, one_line, source_label, source_line, tasks
from actions.models import Document

FORMAT = "csv"
EXTENSION = "csv"
BINARY = True
TEXT = True
DESCRIPTION = "任务分解表 as CSV (UTF-8 with BOM for Excel): 序号, 类别, 工作任务, 牵头/责任/配合单位, 完成时限, 截止日期, 出处, 原文, 类型"

HEADER = ("序号", "类别", "工作任务", "牵头单位", "责任单位", "配合单位", "完成时限", "截止日期", "出处", "原文", "类型")


SOURCE_COLUMN = "来源"


def with_source(names: tuple[str, ...]) -> tuple[str, ...]:
    """The columns of a batch's table: 来源 after 序号."""
    return (names[0], SOURCE_COLUMN, *names[1:])


def table_row(number: int, task: Task, source: bool = False) -> list[str]:
    """One row of the task-breakdown table (shared with the xlsx writer); `source`: with 来源."""
    return [
        str(number),
        *([source_label(task)] if source else []),
        task.category,
        one_line(task.item.text),
        OWNER_SEPARATOR.join(task.owners("lead")),
        OWNER_SEPARATOR.join(task.owners("responsible")),
        OWNER_SEPARATOR.join(task.owners("support")),
        task.deadline_text,
        task.due.isoformat() if task.due else "",
        source_line(task),
        one_line(task.item.sentence),
        task.kind_label,
    ]


UNDATED_HEADER = "截止日期（会议日期未知的，用 --date 指定）"


def header(rows: list[Task], source: bool = False) -> tuple[str, ...]:
    """The header row (with 来源 for a batch); its 截止日期 says when some relative deadline has
    no date for want of a meeting date."""
    names = with_source(HEADER) if source else HEADER
    if not any(task.undated for task in rows):
        return names
    return tuple(UNDATED_HEADER if name == "截止日期" else name for name in names)


def write(documents: list[Document], options) -> bytes:
    buffer = io.StringIO(newline="")
    out = csv.writer(buffer, lineterminator="\r\n")
    rows = tasks(documents)
    source = len(documents) > 1
    out.writerow(header(rows, source))
    for number, task in enumerate(rows, start=1):
        out.writerow(csv_row(table_row(number, task, source)))
    return "\ufeff".encode("utf-8") + buffer.getvalue().encode("utf-8")
