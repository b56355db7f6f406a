"""ics: an iCalendar file (RFC 5545) with one VTODO per task, written with the icalendar library.

Every outline group that holds tasks is a VTODO too, and each VTODO names its enclosing group
with `RELATED-TO;RELTYPE=PARENT`, so clients that nest to-dos (Thunderbird, Apple Reminders
through CalDAV) show the outline. `UID` is the item's id behind a hash of the document's name
(`<name hash>-item-<item id>@actions`; a group: `<name hash>-group-<node id>-<hash of its
title>@actions`): what keeps an item id (actions.ids) keeps its UID, so a speech corrected
elsewhere and imported again updates its to-dos instead of duplicating them, and documents of
other names do not share one. `DUE;VALUE=DATE` is an all-day date (no time, no
time zone: it never shifts); a task without a due date has no DUE. `CATEGORIES` lists the
owners. DTSTAMP is ExportOptions.created (now when unset).

Limits of the target (RFC 5545): content lines of at most 75 octets (longer ones folded, never
inside a UTF-8 character), CRLF line ends, no control character but HTAB in a value, text
values with , ; \\ and line breaks escaped, and a UID unique in the calendar.
"""

from __future__ import annotations

import datetime as dt

import regex
from icalendar import Calendar, Todo

from actions.export.common import GroupStart, Task, detail_lines, group_title, hierarchy, node_origin, one_line, source_label, tasks
from actions.ids import key_text, name_hash, short_hash
from actions.models import Document, OutlineNode

FORMAT = "ics"
EXTENSION = "ics"
BINARY = True
TEXT = True
DESCRIPTION = "iCalendar VTODOs: stable UIDs, all-day DUE dates, owners as CATEGORIES, groups as parent to-dos"

PRODID = "-//actions//meeting speech task list//ZH"
UID_DOMAIN = "actions"
# RFC 5545 allows no CONTROL character but HTAB in a value (line breaks in text are
# written as \\n, a content line ends in CRLF): one left by a text value becomes a space.
_CONTROL = regex.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!\n)|(?<!\r)\n")


def write(documents: list[Document], options) -> bytes:
    stamp = (options.created or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    uids = Uids()
    for entry in hierarchy(tasks(documents)):
        if isinstance(entry, GroupStart):
            calendar.add_component(group_todo(entry, stamp, uids))
        else:
            calendar.add_component(task_todo(entry, stamp, uids))
    return _CONTROL.sub(b" ", calendar.to_ical())


class Uids:
    """The UIDs of one calendar: each to-do's own, made unique within the calendar in output
    order (the same Document exported twice: the second copy's UIDs end in -2)."""

    def __init__(self) -> None:
        self._given: dict[tuple, str] = {}
        self._taken: set[str] = set()

    def of(self, key: tuple, base: str) -> str:
        if key not in self._given:
            uid, number = base, 2
            while uid in self._taken:
                uid = base.replace(f"@{UID_DOMAIN}", f"-{number}@{UID_DOMAIN}")
                number += 1
            self._taken.add(uid)
            self._given[key] = uid
        return self._given[key]

    def group(self, index: int, document: Document, node: OutlineNode) -> str:
        return self.of((index, "group", node.id), group_uid(document, node))

    def task(self, task: Task) -> str:
        return self.of((task.index, "item", task.item.id, task.item.span), task_uid(task))


def uid(document: Document, role: str, key: str) -> str:
    """A UID stable under edits elsewhere in the speech: the name's hash, the role, the key."""
    return f"{name_hash(document.source.name)}-{role}-{key}@{UID_DOMAIN}"


def group_uid(document: Document, node: OutlineNode) -> str:
    """The node's place and its title, as an item's id is made (actions.ids)."""
    return uid(document, "group", f"{node.id}-{short_hash(document.source.name or '', node.id, key_text(node.title))}")


def task_uid(task: Task) -> str:
    return uid(task.document, "item", task.item.id)


def group_todo(group: GroupStart, stamp: dt.datetime, uids: Uids) -> Todo:
    document, index = group.task.document, group.task.index
    todo = Todo()
    todo.add("uid", uids.group(index, document, group.node))
    todo.add("dtstamp", stamp)
    todo.add("summary", group_title(group.node))
    todo.add("description", f"{one_line(group.node.marker + group.node.title)}\n出处：{node_origin(document, group.node)}")
    todo.add("status", "NEEDS-ACTION")
    if group.parent is not None:
        todo.add("related-to", uids.group(index, document, group.parent), parameters={"RELTYPE": "PARENT"})
    return todo


def task_todo(task: Task, stamp: dt.datetime, uids: Uids) -> Todo:
    todo = Todo()
    todo.add("uid", uids.task(task))
    todo.add("dtstamp", stamp)
    todo.add("summary", one_line(task.item.text))
    lines = [f"{heading}：{value}" for heading, value in detail_lines(task)]
    lines.append(f"原文：“{one_line(task.item.sentence or task.item.text)}”")
    todo.add("description", "\n".join(lines))
    todo.add("status", "NEEDS-ACTION")
    if task.due:
        todo.add("due", task.due)  # a date, not a datetime: DUE;VALUE=DATE
    owners = task.all_owners()
    if task.batch:  # an export of several Documents: the source is a category too
        owners = [source_label(task), *owners]
    if owners:
        todo.add("categories", owners)
    if task.groups:
        todo.add("related-to", uids.group(task.index, task.document, task.groups[-1]), parameters={"RELTYPE": "PARENT"})
    return todo
