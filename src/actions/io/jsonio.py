"""JSON output through orjson: one place that turns models into bytes."""

from __future__ import annotations

from typing import Any

import orjson
from pydantic import BaseModel


# Characters JSON allows raw inside strings but that line-based readers (Python's
# str.splitlines, JavaScript before ES2019) take for line ends: written as escapes, so one
# JSON Lines record stays one line for every reader. In valid UTF-8 these byte sequences
# can only be these characters.
_LINE_BREAKING = ((b"\xc2\x85", b"\\u0085"), (b"\xe2\x80\xa8", b"\\u2028"), (b"\xe2\x80\xa9", b"\\u2029"))


def to_json(model: BaseModel | Any, *, indent: bool = True) -> bytes:
    """Serialise a model (or plain data) to UTF-8 JSON; dates as YYYY-MM-DD.

    NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR inside strings are written as \\u escapes.
    """
    data = model.model_dump() if isinstance(model, BaseModel) else model
    option = orjson.OPT_INDENT_2 if indent else 0
    out = orjson.dumps(data, option=option | orjson.OPT_NON_STR_KEYS)
    for raw, escaped in _LINE_BREAKING:
        if raw in out:
            out = out.replace(raw, escaped)
    return out
