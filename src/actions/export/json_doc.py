"""json: the Document itself (a list of Documents when several are exported).

Limits of the target: none of its own (JSON, RFC 8259, in UTF-8); every character is kept as
written, with its span.
"""

from __future__ import annotations

from typing import Iterator, Sized

from actions.io.jsonio import json_chunks, to_json
from actions.models import Document

FORMAT = "json"
EXTENSION = "json"
BINARY = True
TEXT = True
DESCRIPTION = "the Document as JSON (the schema in schemas/document.schema.json)"


def write(documents: list[Document], options) -> bytes:
    return b"".join(write_chunks(documents, options))


def write_chunks(documents: list[Document], options) -> Iterator[bytes]:
    """`write` in pieces: one Document's records are dumped a few at a time (actions.io.jsonio)."""
    if len(documents) == 1:
        yield from json_chunks(documents[0])
    else:
        yield to_json([document.model_dump() for document in documents])
    yield b"\n"


def lists_chunks(head: Document, lists: dict[str, Sized]) -> Iterator[bytes]:
    """`write_chunks([document])` of the Document that is `head` with the records of `lists`
    (field name → its elements, each read once in field order: made one at a time, they are
    never all held; see actions.pipeline.Extraction)."""
    yield from json_chunks(head, lists=lists)
    yield b"\n"
