"""File names of a batch written with --out: one file per document, never two on one name.

Names that would meet (`a.txt` and `a.md` both want `a.json`; two JSONL records with the
same id; two directories with an `a.txt` each) are told apart in input order: the first
document keeps the name, each later one gets `~2`, `~3`, … (`a~2.json`), and the batch's
summary lists them. Names are compared as a case-insensitive file system (macOS, Windows)
would compare them, so `A.txt` and `a.txt` never meet on one file there either. The same
input always gives the same names, so a rerun finds its own files again.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_RESERVED = '/\\:*?"<>|\0'
NAME_MAX = 200


@dataclass(frozen=True, slots=True)
class Renamed:
    """A document written under another name than the one it asked for."""

    source: str  # where the document came from: a path, or 'line 7 (id a)'
    wanted: str
    name: str


class OutputNames:
    """Hands out output names in input order; remembers the ones taken and the renamed."""

    def __init__(self) -> None:
        self._taken: set[str] = set()
        self.renamed: list[Renamed] = []

    def claim(self, wanted: str, source: str) -> str:
        """A name for `source`: `wanted`, or `wanted~N` with the lowest N not taken yet."""
        name, number = wanted, 2
        while _key(name) in self._taken:
            name = f"{wanted}~{number}"
            number += 1
        self._taken.add(_key(name))
        if name != wanted:
            self.renamed.append(Renamed(source, wanted, name))
        return name


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def safe_name(key: str) -> str:
    """A JSONL id as a file name: no directories, no hidden files, no control characters."""
    cleaned = "".join("_" if char in _RESERVED or ord(char) < 32 else char for char in key).strip(". ")
    return cleaned[:NAME_MAX]
