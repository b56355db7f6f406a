"""jsonl: one item per line, with the source it came from.

Limits of the target (JSON Lines): one record per line, so no raw line break inside a
record: U+0085, U+2028 and U+2029 are written as \\u escapes (actions.io.jsonio), which line
readers would otherwise split at.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from actions.io.jsonio import CHUNK_BYTES, to_json
from actions.models import Document, Item, Source

FORMAT = "jsonl"
EXTENSION = "jsonl"
BINARY = True
TEXT = True
DESCRIPTION = "one item per line (JSON Lines), each with its source name and sha256"


def write(documents: list[Document], options) -> bytes:
    return b"".join(write_chunks(documents, options))


def write_chunks(documents: list[Document], options) -> Iterator[bytes]:
    """`write` in pieces of whole lines, each item dumped on its own."""
    for document in documents:
        yield from item_chunks(document.source, document.items)


def item_chunks(source: Source, items: Iterable[Item]) -> Iterator[bytes]:
    """The lines of one Document's items in pieces of whole lines (`items` read once: they
    may be made one at a time, actions.pipeline.Extraction)."""
    lines, size = [], 0
    record_source = {"name": source.name, "sha256": source.sha256}
    for item in items:
        line = to_json({"source": record_source, **item.model_dump()}, indent=False) + b"\n"
        lines.append(line)
        size += len(line)
        if size >= CHUNK_BYTES:
            yield b"".join(lines)
            lines, size = [], 0
    yield b"".join(lines)
