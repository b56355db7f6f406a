"""How the values of the data contract are written for people: one table for every output.

The terminal table, the task-breakdown exports (CSV, Excel, Markdown, trackers) and their
headings all read these, so 任务/要求 and 牵头/责任/配合 are spelled once.
"""

from __future__ import annotations

KIND_LABELS = {"task": "任务", "directive": "要求"}
"""How the item kind is written (a column, a label, a line)."""

ROLE_LABELS = {"lead": "牵头", "responsible": "责任", "support": "配合"}
"""How an owner's role is written; in this order (lead, responsible, support) the columns of a 任务分解表."""

ROLE_HEADERS = {role: f"{label}单位" for role, label in ROLE_LABELS.items()}
"""The column of each role in a 任务分解表: 牵头单位, 责任单位, 配合单位."""

REFERENCE_SOURCE_LABELS = {"argument": "--date", "text": "文中", "none": "未知"}
"""Where the meeting date came from (Document.reference_date_source)."""
