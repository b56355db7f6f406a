"""jsonl: one item per line, with the source it came from.

Limits of the target (JSON Lines): one record per line, so no raw line break inside a
record: U+0085, U+2028 and U+2029 are written as \\u escapes (actions.io.jsonio), which line
readers would otherwise split at.
"""

from __future__ import annotations

from typing import Iterator

from actions.io.jsonio import CHUNK_BYTES, to_json
from actions.models import Document

FORMAT = "jsonl"
EXTENSION = "jsonl"
BINARY = True
TEXT = True
DESCRIPTION = "one item per line (JSON Lines), each with its source name and sha256"


def write(documents: list[Document], options) -> bytes:
    return b"".join(write_chunks(documents, options))


def write_chunks(documents: list[Document], options) -> Iterator[bytes]:
    """`write` in pieces of whole lines, each item dumped on its own."""
    lines, size = [], 0
    for document in documents:
        source = {"name": document.source.name, "sha256": document.source.sha256}
        for item in document.items:
            line = to_json({"source": source, **item.model_dump()}, indent=False) + b"\n"
            lines.append(line)
            size += len(line)
            if size >= CHUNK_BYTES:
                yield b"".join(lines)
                lines, size = [], 0
    yield b"".join(lines)
