"""JSON output through orjson: one place that turns models into bytes."""

from __future__ import annotations

from typing import Any

import orjson
from pydantic import BaseModel


def to_json(model: BaseModel | Any, *, indent: bool = True) -> bytes:
    """Serialise a model (or plain data) to UTF-8 JSON; dates as YYYY-MM-DD."""
    data = model.model_dump() if isinstance(model, BaseModel) else model
    option = orjson.OPT_INDENT_2 if indent else 0
    return orjson.dumps(data, option=option | orjson.OPT_NON_STR_KEYS)
