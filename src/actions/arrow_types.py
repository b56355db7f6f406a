"""Arrow column types read off the pydantic models, described without pyarrow.

A model field's annotation decides its Arrow type: `str` and the `Literal` names are
`string`, `int` `int64`, `float` `float64`, `bool` `bool`, `datetime.date` `date32` (a
calendar day: no time, no zone), `list[X]` a list of X, a model a struct of its fields, and
`X | None` a nullable X. A span (`tuple[int, int]`) is two `int64` columns, `<name>_start`
and `<name>_end`: what every SQL dialect and data-frame library reads without unpacking.

The description is plain data (`ArrowField`), so `actions schema` writes it with or without
pyarrow installed; `to_pyarrow` turns it into a `pyarrow.Schema` when pyarrow is there.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass

from pydantic import BaseModel

from actions.models import Span

SCALARS = {str: "string", int: "int64", float: "float64", bool: "bool", dt.date: "date32"}


@dataclass(frozen=True)
class ArrowType:
    """`string`, `int64`, `float64`, `bool`, `date32`, `list` (of `item`) or `struct` (of `fields`)."""

    name: str
    item: ArrowType | None = None
    fields: tuple[ArrowField, ...] = ()

    def as_json(self) -> dict:
        if self.name == "list":
            return {"type": "list", "item": self.item.as_json()}
        if self.name == "struct":
            return {"type": "struct", "fields": [field.as_json() for field in self.fields]}
        return {"type": self.name}


@dataclass(frozen=True)
class ArrowField:
    name: str
    type: ArrowType
    nullable: bool
    description: str = ""
    attribute: str = ""  # the model field it is read from (not part of the schema)
    part: int | None = None  # 0 or 1: the start or the end of a span

    def as_json(self) -> dict:
        return {"name": self.name, **self.type.as_json(), "nullable": self.nullable, "description": self.description}


def unwrap_optional(annotation) -> tuple[object, bool]:
    """(the annotation without `None`, whether `None` was allowed)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        members = [member for member in typing.get_args(annotation) if member is not type(None)]
        if len(members) == 1:
            return members[0], True
    return annotation, False


def is_span(annotation) -> bool:
    return annotation == Span


def arrow_type(annotation) -> ArrowType:
    """The Arrow type of a (non-optional) annotation; TypeError for one the tables cannot hold."""
    if annotation in SCALARS:
        return ArrowType(SCALARS[annotation])
    origin = typing.get_origin(annotation)
    if origin is typing.Literal and all(isinstance(value, str) for value in typing.get_args(annotation)):
        return ArrowType("string")
    if origin is list:
        (item,) = typing.get_args(annotation)
        return ArrowType("list", item=arrow_type(item))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return ArrowType("struct", fields=tuple(model_fields(annotation)))
    raise TypeError(f"no Arrow type for {annotation!r}")


def model_fields(
    model: type[BaseModel], *, include: tuple[str, ...] | None = None, exclude: tuple[str, ...] = (), prefix: str = "", nullable: bool = False
) -> list[ArrowField]:
    """The Arrow fields of a model's fields (spans as two fields), in the order of `include`
    (default: the model's order, less `exclude`); `nullable` makes every field nullable (the
    fields of an optional model flattened into columns)."""
    out = []
    infos = model.model_fields
    for name in include if include is not None else [name for name in infos if name not in exclude]:
        info = infos[name]
        annotation, optional = unwrap_optional(info.annotation)
        description = info.description or ""
        can_be_null = optional or nullable
        if is_span(annotation):
            start = f"start of {name}" + (f": {description}" if description else "")
            out.append(ArrowField(f"{prefix}{name}_start", ArrowType("int64"), can_be_null, start, name, 0))
            out.append(ArrowField(f"{prefix}{name}_end", ArrowType("int64"), can_be_null, f"end of {name} (exclusive)", name, 1))
            continue
        out.append(ArrowField(f"{prefix}{name}", arrow_type(annotation), can_be_null, description, name))
    return out


def struct_value(model: BaseModel, fields: tuple[ArrowField, ...]) -> dict:
    """A model instance as the dict a struct of `fields` holds (spans split, nested models too)."""
    out = {}
    for field in fields:
        out[field.name] = _field_value(model, field)
    return out


def _field_value(model: BaseModel, field: ArrowField):
    value = getattr(model, field.attribute)
    if field.part is not None:
        return None if value is None else value[field.part]
    return arrow_value(value, field.type)


def arrow_value(value, kind: ArrowType):
    """A model value as Arrow takes it: lists of models as lists of dicts."""
    if value is None:
        return None
    if kind.name == "struct":
        return struct_value(value, kind.fields)
    if kind.name == "list" and kind.item.name == "struct":
        return [struct_value(member, kind.item.fields) for member in value]
    return value


def to_pyarrow(fields: list[ArrowField]):
    """The `pyarrow.Schema` of `fields` (descriptions as field metadata)."""
    import pyarrow as pa

    return pa.schema([_pa_field(field) for field in fields])


def _pa_field(field: ArrowField):
    import pyarrow as pa

    metadata = {"description": field.description} if field.description else None
    return pa.field(field.name, _pa_type(field.type), nullable=field.nullable, metadata=metadata)


def _pa_type(kind: ArrowType):
    import pyarrow as pa

    if kind.name == "list":
        return pa.list_(_pa_type(kind.item))
    if kind.name == "struct":
        return pa.struct([_pa_field(field) for field in kind.fields])
    return {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(), "date32": pa.date32()}[kind.name]
