"""JSON output through orjson: one place that turns models into bytes.

`to_json` gives the whole text at once; `json_chunks` gives the same bytes in pieces, so a
large Document is written without holding its JSON (six times the input) or the dicts of
its dump (more again) in memory: the list fields are dumped one record at a time.
"""

from __future__ import annotations

from typing import Any, Iterator, Sized

import orjson
from pydantic import BaseModel


# Characters JSON allows raw inside strings but that line-based readers (Python's
# str.splitlines, JavaScript before ES2019) take for line ends: written as escapes, so one
# JSON Lines record stays one line for every reader. In valid UTF-8 these byte sequences
# can only be these characters.
_LINE_BREAKING = ((b"\xc2\x85", b"\\u0085"), (b"\xe2\x80\xa8", b"\\u2028"), (b"\xe2\x80\xa9", b"\\u2029"))
_OPTIONS = orjson.OPT_NON_STR_KEYS
CHUNK_BYTES = 1 << 20  # records gathered into pieces of about this size before they are handed on


def to_json(model: BaseModel | Any, *, indent: bool = True) -> bytes:
    """Serialise a model (or plain data) to UTF-8 JSON; dates as YYYY-MM-DD.

    NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR inside strings are written as \\u escapes.
    """
    data = model.model_dump() if isinstance(model, BaseModel) else model
    return _dumps(data, _OPTIONS | orjson.OPT_INDENT_2 if indent else _OPTIONS)


def _dumps(data: Any, option: int) -> bytes:
    out = orjson.dumps(data, option=option)
    for raw, escaped in _LINE_BREAKING:
        if raw in out:
            out = out.replace(raw, escaped)
    return out


def json_chunks(model: BaseModel, *, indent: bool = True, lists: dict[str, Sized] | None = None) -> Iterator[bytes]:
    """`to_json(model, indent=indent)` in pieces whose concatenation is exactly those bytes.

    The model's fields that are lists (always written: no exclude_if) are dumped one element
    at a time; the rest of the model at once. With indent, each piece is indented as orjson
    indents it inside the whole (a JSON string holds no raw line break, so re-indenting the
    lines of a piece cannot touch a string). `lists`: list fields' elements given apart from
    the model (sized iterables, each read once, in the model's field order), as if the model
    held them: a caller that makes the records one at a time never holds them all.
    """
    fields = type(model).model_fields
    lists = lists or {}
    streamed = {name for name, field in fields.items() if field.exclude_if is None and not field.exclude
                and isinstance(getattr(model, name), list) and len(lists.get(name) or getattr(model, name))}
    if not streamed:
        yield to_json(model, indent=indent)
        return
    option = _OPTIONS | orjson.OPT_INDENT_2 if indent else _OPTIONS
    rest = model.model_dump(exclude=streamed)
    # orjson's layouts: `{\n  "key": value,\n  …\n}` indented, `{"key":value,…}` compact.
    open_, colon, comma, close = (b"{\n  ", b": ", b",\n  ", b"\n}") if indent else (b"{", b":", b",", b"}")
    pending: list[bytes] = [open_]
    size = 0
    first = True
    for name in fields:
        if name not in streamed and name not in rest:
            continue
        if not first:
            pending.append(comma)
        first = False
        pending.append(_dumps(name, option) + colon)
        if name not in streamed:
            pending.append(_indented(_dumps(rest[name], option), 1, indent))
            continue
        pending.append(b"[\n    " if indent else b"[")
        separator = b",\n    " if indent else b","
        for index, element in enumerate(lists.get(name) or getattr(model, name)):
            if index:
                pending.append(separator)
            piece = _indented(_dumps(element.model_dump() if isinstance(element, BaseModel) else element, option), 2, indent)
            pending.append(piece)
            size += len(piece)
            if size >= CHUNK_BYTES:
                yield b"".join(pending)
                pending, size = [], 0
        pending.append(b"\n  ]" if indent else b"]")
    pending.append(close)
    yield b"".join(pending)


def _indented(piece: bytes, depth: int, indent: bool) -> bytes:
    return piece.replace(b"\n", b"\n" + b"  " * depth) if indent else piece
