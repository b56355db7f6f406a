"""Reading Document JSON (what `actions extract --format json` writes): one loader, one error format.

`actions export` reads a Document, or a list of them, from a file or standard input; `actions
eval --pred` reads one saved Document per gold file. Both go through `parse_documents`, so a
broken file gives the same one-line `InputError` either way:
`<name>: not a Document JSON: <where>: <what>`.

A batch's output reads here too (`read_batch`): JSON Lines of Documents (`actions extract
corpus.jsonl > documents.jsonl`, error records among them) and a directory of Document JSON
files (`--out OUTDIR`). JSON is never a speech: a file that parses as JSON but holds no
Document (a corpus still to extract, any other JSON) is refused.
"""

from __future__ import annotations

from pathlib import Path

import orjson
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


BATCH_HINT = "give Documents: actions extract CORPUS > documents.jsonl, or --out OUTDIR"
CORPUS_HINT = "this is a corpus to extract: run actions extract FILE > documents.jsonl, then export that"


def is_json_text(text: str) -> bool:
    """Text that starts like JSON: an object, or a list of objects (a speech never does)."""
    start = text.lstrip()[:1]
    return start == "{" or (start == "[" and text.lstrip()[1:].lstrip()[:1] in ("{", "]"))


def parse_batch(text: str, name: str) -> tuple[list[Document], list[dict]]:
    """The Documents of a JSON text: one Document, a list of them, or JSON Lines of Documents
    and error records; (the Documents, the error records). InputError for anything else."""
    try:
        whole = orjson.loads(text)
    except orjson.JSONDecodeError:
        whole = None
        lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
        if len(lines) < 2:
            raise InputError(f"{name}: not a Document JSON: {_json_error(text)}", HINT) from None
    else:
        lines = [(1, text)]
    if isinstance(whole, list) or (isinstance(whole, dict) and not _is_error(whole)):
        _refuse_corpus(whole if isinstance(whole, dict) else (whole[0] if whole and isinstance(whole[0], dict) else {}), name)
        return parse_documents(text, name), []
    documents, failures = [], []
    for number, line in lines:
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as error:
            raise InputError(f"{name}: line {number}: not JSON: {error}", BATCH_HINT) from None
        if not isinstance(record, dict):
            raise InputError(f"{name}: line {number}: not a Document (a JSON {type(record).__name__})", BATCH_HINT)
        if _is_error(record):
            failures.append(record)
            continue
        _refuse_corpus(record, f"{name}: line {number}")
        try:
            documents.append(Document.model_validate(record))
        except ValidationError as error:
            raise InputError(f"{name}: line {number}: not a Document: {first_error(error)}", BATCH_HINT) from None
    return documents, failures


def _is_error(record: dict) -> bool:
    """A batch's error record: `{"id", "line", "error"}` or `{"name", "error"}`."""
    return "error" in record and "source" not in record


def _refuse_corpus(record: dict, where: str) -> None:
    if "text" in record and "source" not in record:
        raise InputError(f'{where}: a corpus record ({{"id", "text"}}), not a Document', CORPUS_HINT)


def _json_error(text: str) -> str:
    try:
        orjson.loads(text)
    except orjson.JSONDecodeError as error:
        return str(error)
    return "invalid"


def read_directory(directory: Path) -> list[Document]:
    """The Documents of the `*.json` files under `directory` (what `actions extract --out`
    writes), recursively, hidden files skipped, in path order."""
    files = sorted(
        path for path in directory.rglob("*.json")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(directory).parts)
    )
    if not files:
        raise InputError(f"{directory}: no Document JSON files in it", "give the --out directory of: actions extract CORPUS --out OUTDIR")
    return [read_document(path) for path in files]
