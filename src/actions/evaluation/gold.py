"""Gold files (the format of the behaviour spec, gold-format.md): models, loading, checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from actions.errors import InputError

FLOOR_FILE_NAME = "floor.json"
"""A gold directory may hold the recorded floor figures; that file is not a gold file."""


class _GoldModel(BaseModel):
    # Gold files carry free-form extras (`notes`, the item `text`); they are kept, not checked.
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class GoldHeading(_GoldModel):
    at: int = Field(ge=0)
    marker: str = Field(min_length=1)
    level: int = Field(ge=1)
    parent_at: int | None = None
    title_end: int | None = None

    @property
    def marker_span(self) -> tuple[int, int]:
        return (self.at, self.at + len(self.marker))


class GoldOwner(_GoldModel):
    name: str = Field(min_length=1)
    role: Literal["responsible", "lead", "support"] = "responsible"
    inherited: bool = False


class GoldDeadline(_GoldModel):
    span: tuple[int, int]
    text: str
    due: dt.date | None = None
    kind: Literal["by", "on", "within", "asap", "recurring"]


class GoldItem(_GoldModel):
    span: tuple[int, int]
    kind: Literal["task", "directive"] = Field(alias="class")
    owners: list[GoldOwner] = Field(default_factory=list)
    deadline: GoldDeadline | None = None


class GoldFile(_GoldModel):
    id: str
    reference_date: dt.date
    reference_note: str = ""
    scope: Literal["all", "outline", "items"] = "all"
    """`outline`: only the headings are annotated; the items of the text are not scored.
    `items`: only the items are (a Document a person corrected: its outline was not checked)."""
    headings: list[GoldHeading] = Field(default_factory=list)
    items: list[GoldItem] = Field(default_factory=list)


def gold_paths(gold: Path) -> list[Path]:
    """The gold files named by GOLD: the file itself, or every *.json of the directory but the floor."""
    if gold.is_file():
        return [gold]
    if not gold.is_dir():
        raise InputError(f"{gold}: no such gold file or directory", "give a directory of gold files, e.g. fixtures/gold")
    paths = sorted(p for p in gold.glob("*.json") if p.name != FLOOR_FILE_NAME)
    if not paths:
        raise InputError(f"{gold}: holds no gold files (*.json)", "write gold files with scripts/gold/, see gold-format.md")
    return paths


def parse_gold(path: Path, data: bytes) -> GoldFile:
    """Validate the JSON of a gold file; a malformed one is an InputError naming the first problem."""
    try:
        return GoldFile.model_validate_json(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(top level)"
        raise InputError(f"{path}: not a valid gold file: {where}: {first['msg']}", "see gold-format.md") from None


def span_problems(gold: GoldFile, text: str) -> list[str]:
    """Spans that do not index `text`: markers not at `at`, item or deadline spans outside or mismatched."""
    problems = []
    for heading in gold.headings:
        start, end = heading.marker_span
        if text[start:end] != heading.marker:
            problems.append(f"heading at {heading.at}: text there is {text[start:end]!r}, not the marker {heading.marker!r}")
    for item in gold.items:
        start, end = item.span
        if not 0 <= start < end <= len(text):
            problems.append(f"item span {list(item.span)} is not inside the text ({len(text)} characters)")
            continue
        written = (item.model_extra or {}).get("text")
        if written is not None and text[start:end] != written:
            problems.append(f"item span {list(item.span)} does not hold its text {written[:20]!r}")
        deadline = item.deadline
        if deadline is not None and text[deadline.span[0] : deadline.span[1]] != deadline.text:
            problems.append(f"deadline span {list(deadline.span)} does not hold {deadline.text!r}")
    return problems
