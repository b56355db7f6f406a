"""A Document a person corrected in the review (`actions serve`), read as a gold file.

The person checked the items: every item of the Document is a gold item with its kind,
owners (names and roles) and deadline; the items they deleted are not. They did not check
the outline, so only the items are scored (scope `items`). A deadline a person set that the
text does not write (a due date alone) has no span to match and is left out. The text is the
one the Document was extracted from: `<texts>/<source name>` (a .docx is rendered as the
extractor reads it) or `<texts>/<name>.txt`, and it must have the SHA-256 the Document records.
"""

from __future__ import annotations

from pathlib import Path, PurePath

import orjson

from actions.errors import InputError
from actions.evaluation.gold import GoldFile, GoldItem, span_problems
from actions.models import Document, Item


def is_document(data: bytes) -> bool:
    """True for Document JSON (as written by `actions extract --format json` or the review)."""
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        return False
    return isinstance(value, dict) and "schema_version" in value and "source" in value


def corrected_gold(path: Path, data: bytes, texts: Path) -> tuple[GoldFile, str]:
    """The gold file a corrected Document stands for, and its text."""
    from actions.review.documents import parse_document

    document = parse_document(data, str(path))
    if document.review is None:
        raise InputError(
            f"{path}: a Document no person has checked (it has no \"review\")",
            "correct and save it in actions serve, or give a gold file",
        )
    if document.reference_date is None:
        raise InputError(f"{path}: the corrected Document has no meeting date", "set the meeting date in actions serve and save it again")
    text = _text(path, document, texts)
    gold = GoldFile(
        id=path.stem,
        reference_date=document.reference_date,
        reference_note=f"corrected in the review ({document.reference_date_source})",
        scope="items",
        items=[gold_item(item) for item in document.items],
    )
    problems = span_problems(gold, text)
    if problems:
        raise InputError(f"{path}: {problems[0]}", "the Document's spans do not index its text")
    return gold, text


def gold_item(item: Item) -> GoldItem:
    deadline = item.deadline
    written = deadline is not None and deadline.span is not None and deadline.span[0] < deadline.span[1]
    return GoldItem.model_validate({
        "span": item.span,
        "class": item.kind,
        "text": item.text,
        "owners": [{"name": owner.name, "role": owner.role, "inherited": owner.inherited} for owner in item.owners],
        "deadline": {"span": deadline.span, "text": deadline.text, "due": deadline.due, "kind": deadline.kind} if written else None,
    })


def _text(path: Path, document: Document, texts: Path) -> str:
    from actions.review.documents import text_sha256
    from actions.io.sources import DEFAULT_MAX_BYTES, read_source

    candidates = []
    name = document.source.name
    if name and PurePath(name).name == name and not name.startswith("."):
        candidates.append(texts / name)
    candidates.append(texts / f"{path.stem}.txt")
    existing = [candidate for candidate in dict.fromkeys(candidates) if candidate.is_file()]
    if not existing:
        looked = " or ".join(str(candidate) for candidate in dict.fromkeys(candidates))
        raise InputError(f"{path}: no text for this corrected Document at {looked}", "give the texts directory with --texts DIR")
    for candidate in existing:
        text = read_source(str(candidate), max_bytes=DEFAULT_MAX_BYTES).text
        if text_sha256(text) == document.source.sha256:
            return text
    raise InputError(f"{path}: was corrected on another text than {existing[0]}", "give the text it was extracted from")
