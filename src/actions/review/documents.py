"""A Document given back (saved from the review, or by `actions extract --format json`) and its text.

Spans index the text a Document was extracted from, and the Document records that text's
SHA-256: a Document is shown or corrected only with the very same text.
"""

from __future__ import annotations

import hashlib

from pydantic import ValidationError

from actions.errors import InputError
from actions.models import Document


def text_sha256(text: str) -> str:
    """The digest `Document.source.sha256` records (of the text as UTF-8)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def parse_document(data: bytes | str | dict, name: str) -> Document:
    """A Document from JSON (or parsed JSON); InputError naming the first problem."""
    try:
        if isinstance(data, dict):
            return Document.model_validate(data)
        return Document.model_validate_json(data)
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(part) for part in problem.get("loc", ())) or "(top level)"
        raise InputError(f"{name}: not a Document: {where}: {problem.get('msg', 'invalid')}",
                         "give a JSON file saved from the review or written by actions extract --format json") from None


def check_same_text(document: Document, text: str, name: str) -> None:
    """InputError unless `document` was extracted from `text`."""
    if document.source.sha256 != text_sha256(text) or document.source.chars != len(text):
        where = f" ({document.source.name})" if document.source.name else ""
        raise InputError(
            f"{name}: this Document was made from another text{where}",
            "open the same speech it was made from",
        )
