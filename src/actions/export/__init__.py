"""Exporters: format name → writer module. A new tracker is one new module here.

Each writer module defines:
    FORMAT: str             its format name ("jira-csv"): the module is found by it, no list to edit
    EXTENSION: str          file extension without the dot ("csv", "ics")
    BINARY: bool            True when `write` returns bytes
    TEXT: bool              False when the output is not text (xlsx): the CLI will not
                            print it to a terminal (optional, default True)
    DESCRIPTION: str        one line for `actions export --help`
    def write(documents: list[Document], options: ExportOptions) -> bytes | str
    def write_parts(documents, options) -> list[bytes | str]   (optional: a target that
                            imports a limited number of tasks per file, see export_files)
    def write_chunks(documents, options) -> Iterator[bytes]    (optional, BINARY writers:
                            `write` in pieces, so a large export is never whole in memory;
                            see export_chunks)

Each writer's docstring names the limits of its target and how the writer keeps to them.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from dataclasses import dataclass
from pathlib import Path, PurePath
from types import ModuleType
from typing import Iterable

from actions.errors import InputError, install_hint
from actions.models import Document

_FORMAT_LINE = re.compile(r'^FORMAT = "([a-z0-9-]+)"$', re.M)


def _writer_modules() -> dict[str, str]:
    """Format name → module under actions.export, read from each module's `FORMAT` line.

    The modules are read as text, not imported: they are imported only when used, so optional
    dependencies (openpyxl, icalendar) are needed only by the formats that use them.
    """
    found = {}
    for path in sorted(Path(__file__).parent.glob("*.py")):
        declared = _FORMAT_LINE.search(path.read_text(encoding="utf-8"))
        if declared:
            found[declared.group(1)] = path.stem
    return found


FORMATS: dict[str, str] = _writer_modules()

# The formats of the registry that `actions extract` writes too, besides its table: the
# Document and its items one per line (the CLI reads its choices from here).
EXTRACT_FORMATS = ("json", "jsonl")

# The extra of pyproject.toml that brings each optional package a writer imports.
_EXTRAS = {"openpyxl": "xlsx", "icalendar": "ics"}


@dataclass(frozen=True)
class ExportOptions:
    """Settings some trackers need; every writer ignores what it does not use."""

    project: str | None = None  # Jira project key (jira-json needs it)
    issue_type: str = "Task"  # Jira issue type of an item
    group_issue_type: str = "Epic"  # Jira issue type of an outline group that holds items
    created: dt.datetime | None = None  # timestamp written into files that need one (ics DTSTAMP); None: now


def writer(format_name: str) -> ModuleType:
    """The writer module of a format; InputError for an unknown format or a missing extra."""
    if format_name not in FORMATS:
        raise InputError(f"unknown export format {format_name!r}", "choose one of: " + ", ".join(FORMATS))
    try:
        return importlib.import_module(f"actions.export.{FORMATS[format_name]}")
    except ModuleNotFoundError as error:
        if error.name and error.name.startswith("actions"):
            raise
        package = (error.name or "").split(".")[0]
        raise InputError(
            f"format {format_name!r} needs the package {package!r}", install_hint(_EXTRAS.get(package, "all"), package)
        ) from None


def export(
    documents: Document | list[Document], format_name: str, options: ExportOptions | None = None
) -> bytes | str:
    """Render one or more Documents in a tracker format (see FORMATS).

    InputError when the target takes the tasks only in several files (todoist: 300 tasks a
    project); `export_files` gives those.
    """
    if isinstance(documents, Document):
        documents = [documents]
    return writer(format_name).write(documents, options or ExportOptions())


def export_chunks(
    documents: Document | list[Document], format_name: str, options: ExportOptions | None = None
) -> Iterable[bytes]:
    """`export` as UTF-8 in pieces whose concatenation it is: the writer's own (`write_chunks`) where it
    has them (json, jsonl: the output of a large Document is never held whole), else one."""
    if isinstance(documents, Document):
        documents = [documents]
    module = writer(format_name)
    chunks = getattr(module, "write_chunks", None)
    if chunks is None:
        whole = module.write(documents, options or ExportOptions())
        return [whole.encode("utf-8") if isinstance(whole, str) else whole]
    return chunks(documents, options or ExportOptions())


def part_name(name: str, number: int) -> str:
    """The file name of part `number` (from 1) of an export in several files: 讲话.csv → 讲话-2.csv."""
    path = PurePath(name)
    return f"{path.stem}-{number}{path.suffix}"


def export_files(
    documents: Document | list[Document], format_name: str, options: ExportOptions | None = None
) -> list[bytes | str]:
    """The export as the files its target imports one at a time: one file for most formats,
    one per project of at most 300 tasks for todoist (writers with `write_parts`)."""
    if isinstance(documents, Document):
        documents = [documents]
    module = writer(format_name)
    parts = getattr(module, "write_parts", None)
    if parts is None:
        return [module.write(documents, options or ExportOptions())]
    return parts(documents, options or ExportOptions())
