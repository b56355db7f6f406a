"""Compare a parsed outline with an expected outline written as an indented text file.

Format (tests/data/outline_speech1.txt): one node a line, marker and the start of its title,
two spaces of indentation per level. A line ending in "  ?" is a node a reader could hang
elsewhere: it must be found, its place is not checked. "  ??" marks a node that may also be
absent (a reader could read it as narrative).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from actions import parse_outline
from actions.text.normalize import normalize


@dataclass
class Expected:
    text: str
    level: int
    parent: int | None  # index of the expected parent line
    loose: bool
    optional: bool


def read_expected(path: Path) -> list[Expected]:
    lines: list[Expected] = []
    open_at_level: list[int] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        optional = raw.endswith("  ??")
        loose = optional or raw.endswith("  ?")
        body = raw.rstrip(" ?")
        level = (len(body) - len(body.lstrip(" "))) // 2 + 1
        del open_at_level[level - 1 :]
        parent = open_at_level[-1] if open_at_level else None
        lines.append(Expected(body.strip(), level, parent, loose, optional))
        open_at_level.append(len(lines) - 1)
    return lines


def compare(text: str, expected: list[Expected]) -> list[str]:
    """Differences between the outline of `text` and the expectation (empty when they agree)."""
    nodes = list(parse_outline(text).walk())
    parent_of = {}
    for node in nodes:
        for child in node.children:
            parent_of[child.id] = node.id
    readable = [normalize(node.marker + node.title).view for node in nodes]
    problems: list[str] = []
    found: dict[int, str] = {}
    cursor = 0
    for number, line in enumerate(expected):
        match = next((k for k in range(cursor, len(nodes)) if readable[k].startswith(line.text)), None)
        if match is None:
            if not line.optional:
                problems.append(f"missing: {line.text}")
            continue
        skipped = [readable[k][:20] for k in range(cursor, match)]
        problems.extend(f"unexpected node: {extra}" for extra in skipped)
        cursor = match + 1
        found[number] = nodes[match].id
        if line.loose:
            continue
        want_parent = found.get(line.parent) if line.parent is not None else None
        if parent_of.get(nodes[match].id) != want_parent:
            problems.append(f"wrong parent: {line.text} (id {nodes[match].id}, parent {parent_of.get(nodes[match].id)}, expected {want_parent})")
    problems.extend(f"unexpected node: {readable[k][:20]}" for k in range(cursor, len(nodes)))
    return problems
