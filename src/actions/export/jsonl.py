"""jsonl: one item per line, with the source it came from.

Limits of the target (JSON Lines): one record per line, so no raw line break inside a
record: U+0085, U+2028 and U+2029 are written as \\u escapes (actions.io.jsonio), which line
readers would otherwise split at.
"""

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
