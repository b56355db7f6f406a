"""json: the Document itself (a list of Documents when several are exported).

Limits of the target: none of its own (JSON, RFC 8259, in UTF-8); every character is kept as
written, with its span.
"""

from __future__ import annotations

from actions.io.jsonio import to_json
from actions.models import Document

FORMAT = "json"
EXTENSION = "json"
BINARY = True
TEXT = True
DESCRIPTION = "the Document as JSON (the schema in schemas/document.schema.json)"


def write(documents: list[Document], options) -> bytes:
    if len(documents) == 1:
        return to_json(documents[0]) + b"\n"
    return to_json([document.model_dump() for document in documents]) + b"\n"
