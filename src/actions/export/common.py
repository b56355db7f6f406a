"""What every exporter needs: items flattened into rows with their outline groups.

A `Task` is one item of one Document with the outline nodes around it. `groups` is the
hierarchy the trackers get: the enclosing outline nodes, outermost first, without the
`第X篇` separator when the Document holds a single speech (that wrapper only repeats the
file's title). Tasks come grouped: ordered by their group chain in outline order, then in
document order, so every group's tasks are contiguous and a group's own items come before
those of its sub-groups. For a Document whose items lie inside their outline nodes (what
the extractor produces) this is document order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterator

import regex

from actions.labels import KIND_LABELS, ROLE_HEADERS
from actions.models import DOCUMENT_SEPARATOR, Document, Item, OutlineNode

OWNER_SEPARATOR = "、"
UNDATED = "未定：会议日期未知（用 --date 指定会议日期）"
"""What a relative deadline's due date says when the meeting date is not known."""
NO_MEETING_DATE = "会议日期：未知（相对时限未定截止日期，用 --date 指定会议日期）"
"""The header note of an export whose document has no meeting date."""


def meeting_date_line(document: Document) -> str:
    """会议日期 for an export's header: the date, each speech's in a text of several, or the note that it is unknown."""
    if document.speeches and document.reference_date is None:
        dates = [speech.reference_date.isoformat() if speech.reference_date else "未知" for speech in document.speeches]
        line = "会议日期（各篇）：" + "；".join(f"第{number}篇 {date}" for number, date in enumerate(dates, start=1))
        return line + ("（未知的用 --date 指定）" if "未知" in dates else "")
    if document.reference_date is None:
        return NO_MEETING_DATE
    return f"会议日期：{document.reference_date.isoformat()}"

_MARKER_TRAIL = "，,、．.：:；; \u3000"
_WHITESPACE = regex.compile(r"\s+")
# Control characters have no visible form in any tracker field (C0 and C1 but the ones
# that are whitespace: tab, line ends, VT and FF, which Word uses for line and page breaks, NEL).
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_LINE_BREAK = regex.compile(r"[\n\r\v\f\x85\u2028\u2029]")
_CJK = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef“”‘’—…]")
_LABEL_UNSAFE = regex.compile(r"[\s\x00-\x1f\x7f-\x9f,，]+")
_CLAUSE_END = regex.compile(r"[，,；;]")
TITLE_MAX = 40
LABEL_MAX = 50  # GitHub's limit, the smallest of the trackers
EXCEL_CELL_MAX = 32_767  # characters in one cell (Excel's specifications and limits)
# A cell starting with one of these is read as a formula by Excel, LibreOffice and Google
# Sheets (tab and carriage return: some strip them and read what follows). OWASP's guidance
# on CSV injection: such a cell starts with an apostrophe, which makes it text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def is_speech_separator(node: OutlineNode) -> bool:
    """A `第X篇` node: the separator between speeches collected in one file (its marker family)."""
    return node.level == 1 and node.family == DOCUMENT_SEPARATOR


def speech_nodes(document: Document) -> list[OutlineNode]:
    """The `第X篇` separators of a Document, in order (empty for a single plain speech)."""
    return [node for node in document.outline if is_speech_separator(node)]


@dataclass(frozen=True)
class Task:
    """One item with the outline nodes around it, ready to be written as a row."""

    document: Document
    index: int  # position of the document in the export, to keep keys unique across documents
    item: Item
    path: tuple[OutlineNode, ...]  # every enclosing node, outermost first
    groups: tuple[OutlineNode, ...]  # the hierarchy trackers get (see the module docstring)
    speech: OutlineNode | None  # the `第X篇` node the item stands in, if any
    batch: bool = False  # the export holds several Documents: rows and labels name their source

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.item.kind]

    @property
    def due(self) -> dt.date | None:
        return self.item.deadline.due if self.item.deadline else None

    @property
    def reference_date(self) -> dt.date | None:
        """The meeting date the item's deadline was resolved against (its speech's, in a text of several)."""
        return self.item.reference_date if self.document.speeches else self.document.reference_date

    @property
    def undated(self) -> bool:
        """A deadline relative to a meeting date that is not known (本月20号前, 三年内): no due date for it."""
        deadline = self.item.deadline
        return (deadline is not None and deadline.due is None and self.reference_date is None
                and bool(deadline.value) and ("X" in deadline.value or deadline.value.startswith("P")))

    @property
    def deadline_text(self) -> str:
        return one_line(self.item.deadline.text) if self.item.deadline else ""

    def owners(self, role: str) -> list[str]:
        """Names of the owners with `role`, in order, each once, on one line (`one_line`)."""
        names: list[str] = []
        for owner in self.item.owners:
            name = one_line(owner.name)
            if owner.role == role and name not in names:
                names.append(name)
        return names

    def all_owners(self) -> list[str]:
        """Every owner name once: lead, then responsible, then support."""
        names: list[str] = []
        for role in ROLE_HEADERS:
            names.extend(name for name in self.owners(role) if name not in names)
        return names

    @property
    def category(self) -> str:
        """The short titles of the group chain, as 类别: '抓重点工作全力推进 / 全力推进两化建设'."""
        return " / ".join(group_title(node, with_marker=False) for node in self.groups)

    @property
    def origin(self) -> str:
        """出处: the markers of the full outline path and the item's span, '第一是 › 第四是 [1620:1660]'."""
        markers = " › ".join(short_marker(node) for node in self.path)
        span = f"[{self.item.span[0]}:{self.item.span[1]}]"
        return f"{markers} {span}" if markers else span

    def group_key(self, node: OutlineNode) -> tuple[int, str]:
        return (self.index, node.id)


def tasks(documents: list[Document]) -> list[Task]:
    """Every item of every Document as a Task, grouped (see the module docstring)."""
    out: list[Task] = []
    for index, document in enumerate(documents):
        out.extend(document_tasks(document, index, batch=len(documents) > 1))
    return out


def document_tasks(document: Document, index: int = 0, *, batch: bool = False) -> list[Task]:
    """The Tasks of one Document, grouped by outline order, then in document order."""
    nodes = {node.id: node for node in document.walk_outline()}
    order = {node.id: number for number, node in enumerate(document.walk_outline())}
    several_speeches = len(speech_nodes(document)) >= 2
    built = []
    for position, item in enumerate(document.items):
        path = tuple(nodes[node_id] for node_id in item.outline_path if node_id in nodes)
        speech = path[0] if path and is_speech_separator(path[0]) else None
        groups = path if (speech is None or several_speeches) else path[1:]
        key = (tuple(order[node.id] for node in groups), position)
        built.append((key, Task(document, index, item, path, groups, speech, batch)))
    built.sort(key=lambda pair: pair[0])
    return [task for _, task in built]


@dataclass(frozen=True)
class GroupStart:
    """A group opens: emitted once, right before the first task inside it."""

    node: OutlineNode
    depth: int  # 1 = outermost group
    parent: OutlineNode | None
    task: Task  # the first task inside, for its document and index


def hierarchy(rows: list[Task]) -> Iterator[GroupStart | Task]:
    """Groups and tasks in output order, parents always before their children.

    Only groups that contain at least one task appear.
    """
    opened: set[tuple[int, str]] = set()
    for task in rows:
        parent = None
        for depth, node in enumerate(task.groups, start=1):
            key = task.group_key(node)
            if key not in opened:
                opened.add(key)
                yield GroupStart(node, depth, parent, task)
            parent = node
        yield task


def short_marker(node: OutlineNode) -> str:
    """The marker without its trailing punctuation: '第一，' → '第一', '（一）' stays."""
    return node.marker.rstrip(_MARKER_TRAIL) or node.marker


def short_title(node: OutlineNode) -> str:
    """A node's title up to its first comma, on one line, at most 40 characters.

    Titles run to the first full stop, and speakers often go on after the heading proper
    ('要统一标准,各个行业各个区县要拟定统一的标准,…'); the first clause names the group.
    """
    return one_line(_CLAUSE_END.split(node.title, maxsplit=1)[0], TITLE_MAX)


def group_title(node: OutlineNode, *, with_marker: bool = True) -> str:
    """A group's name on one line: '第一是 抓重点工作全力推进' (or the title alone)."""
    title = short_title(node)
    if not with_marker:
        return title or short_marker(node)
    return f"{short_marker(node)} {title}".strip()


def one_line(text: str, limit: int | None = None) -> str:
    """The text as one line: a line wrap next to Chinese text joined, other whitespace and
    control characters collapsed to single spaces; cut to `limit` characters with '…'."""
    text = _WHITESPACE.sub(_joined, _CONTROL.sub(" ", text)).strip()
    if limit is not None and len(text) > limit:
        return text[: limit - 1] + "…"
    return text


def fit(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, '…' at the cut (line breaks kept)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def starts_like_a_formula(text: str) -> bool:
    """True for text a spreadsheet would evaluate: it starts with = + - @ (or a tab, a CR)."""
    return text.startswith(_FORMULA_START)


def csv_cell(value: str, limit: int = EXCEL_CELL_MAX) -> str:
    """A CSV cell that a spreadsheet shows as text and never evaluates, of at most `limit`
    characters (Excel's cell limit): text that starts like a formula gets a leading
    apostrophe (OWASP)."""
    if starts_like_a_formula(value):
        return "'" + fit(value, limit - 1)
    return fit(value, limit)


def csv_row(values) -> list:
    """Every text cell of a row through `csv_cell`."""
    return [csv_cell(value) if isinstance(value, str) else value for value in values]


def _joined(blank: regex.Match[str]) -> str:
    """Nothing for a line wrap next to Chinese text (PDF lines, a name broken over two
    lines: Chinese joins them without a space); else one space."""
    if not _LINE_BREAK.search(blank.group()):
        return " "
    text, start, end = blank.string, blank.start(), blank.end()
    if (start > 0 and _CJK.match(text, start - 1)) or (end < len(text) and _CJK.match(text, end)):
        return ""
    return " "


def safe_label(text: str) -> str:
    """A label every tracker accepts: no spaces (Jira), no commas (GitLab), at most 50 characters."""
    return _LABEL_UNSAFE.sub("_", text.strip())[:LABEL_MAX].strip("_")


SOURCE_LABEL = "来源:"


def source_label(task: Task) -> str:
    """来源 of a row in an export of several Documents: the document's name (its place in the
    export when it has none), and the speech's 第X篇 title in a text of several."""
    name = one_line(task.document.source.name or f"文档{task.index + 1}")
    if task.speech is not None and len(speech_nodes(task.document)) >= 2:
        return f"{name} {group_title(task.speech)}"
    return name


def task_labels(task: Task) -> list[str]:
    """The kind, then every owner name, as tracker-safe labels without duplicates; in an export
    of several Documents the source first ('来源:<name>')."""
    labels: list[str] = []
    source = [SOURCE_LABEL + one_line(task.document.source.name or f"文档{task.index + 1}")] if task.batch else []
    for text in [*source, task.kind_label, *task.all_owners()]:
        label = safe_label(text)
        if label and label not in labels:
            labels.append(label)
    return labels


def detail_lines(task: Task) -> list[tuple[str, str]]:
    """The non-empty facts of a task as (heading, value) pairs, for descriptions and bodies."""
    lines = [("类别", task.category), ("类型", task.kind_label)]
    lines += [(header, OWNER_SEPARATOR.join(task.owners(role))) for role, header in ROLE_HEADERS.items()]
    lines += [
        ("完成时限", task.deadline_text),
        ("截止日期", task.due.isoformat() if task.due else UNDATED if task.undated else ""),
        ("出处", source_line(task)),
    ]
    return [(heading, value) for heading, value in lines if value]


def source_line(task: Task) -> str:
    """出处 with the source file name in front when it is known."""
    name = task.document.source.name
    return f"{name} {task.origin}" if name else task.origin


def node_origin(document: Document, node: OutlineNode) -> str:
    """出处 of an outline group: the source name and the node's span."""
    span = f"[{node.span[0]}:{node.span[1]}]"
    return f"{document.source.name} {span}" if document.source.name else span
