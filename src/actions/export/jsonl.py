"""jsonl: one item per line, with the source it came from."""

from __future__ import annotations

from actions.io.jsonio import to_json
from actions.models import Document

FORMAT = "jsonl"
EXTENSION = "jsonl"
BINARY = True
TEXT = True
DESCRIPTION = "one item per line (JSON Lines), each with its source name and sha256"


def write(documents: list[Document], options) -> bytes:
    lines = []
    for document in documents:
        source = {"name": document.source.name, "sha256": document.source.sha256}
        for item in document.items:
            lines.append(to_json({"source": source, **item.model_dump()}, indent=False))
    return b"".join(line + b"\n" for line in lines)
