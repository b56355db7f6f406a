"""Reading Document JSON (what `actions extract --format json` writes): one loader, one error format.

`actions export` reads a Document, or a list of them, from a file or standard input; `actions
eval --pred` reads one saved Document per gold file. Both go through `parse_documents`, so a
broken file gives the same one-line `InputError` either way:
`<name>: not a Document JSON: <where>: <what>`.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from actions.errors import InputError
from actions.models import Document

_DOCUMENTS = TypeAdapter(list[Document])
HINT = "write it with: actions extract SPEECH --format json"


def parse_documents(data: str | bytes, name: str) -> list[Document]:
    """A Document, or a list of Documents (what `export --to json` writes for several)."""
    opening = "[" if isinstance(data, str) else b"["
    try:
        if data.lstrip().startswith(opening):
            return _DOCUMENTS.validate_json(data)
        return [Document.model_validate_json(data)]
    except ValidationError as error:
        raise InputError(f"{name}: not a Document JSON: {first_error(error)}", HINT) from None


def read_document(path: Path) -> Document:
    """The one Document saved in the file `path`; FileNotFoundError is left to the caller."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as error:
        raise InputError(f"{path}: cannot read the Document ({error.strerror})") from None
    documents = parse_documents(data, str(path))
    if len(documents) != 1:
        raise InputError(f"{path}: not a Document JSON: a list of {len(documents)} Documents, expected one", HINT)
    return documents[0]


def first_error(error: ValidationError) -> str:
    """The first problem pydantic found, on one line: 'items.0.span: Field required'."""
    problem = error.errors()[0]
    where = ".".join(str(part) for part in problem.get("loc", ()))
    message = problem.get("msg", "invalid")
    return f"{where}: {message}" if where else message
