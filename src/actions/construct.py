"""Models built from parts that are already checked, without running validation.

The detectors build thousands of `Item` and `Owner` records per megabyte from slices of the
text and names from the rule lists; validating each again costs more than detecting it.
`construct` does what pydantic's `model_construct` does when every field is given (the
same instance state), with none of its per-field lookups. Every field must be passed, in
the model's field order; tests compare the records with validated ones.

A record that has every field set shares one set of field names with the other such records
of its model (pydantic gives each record a set of its own: some 700 bytes, more than the
record's fields take, and half a large Document's memory). The shared set is never changed:
setting a field adds a name it already holds.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

ModelT = TypeVar("ModelT", bound=BaseModel)
_set = object.__setattr__
_ALL_FIELDS: dict[type, set[str]] = {}


def construct(cls: type[ModelT], values: dict[str, Any]) -> ModelT:
    """An instance of `cls` holding `values` (all its fields, already valid)."""
    return _instance(cls, values, _fields_set(cls, values.keys()))


def updated(model: ModelT, changes: dict[str, Any]) -> ModelT:
    """`model.model_copy(update=changes)` for the models here (no extras, no private state).

    The same instance state (fields, fields set), without pydantic's generic copy steps,
    which cost more than the remapping they serve.
    """
    cls = type(model)
    fields_set = model.__pydantic_fields_set__
    if fields_set is not _ALL_FIELDS.get(cls):
        fields_set = _fields_set(cls, fields_set | changes.keys())
    return _instance(cls, {**model.__dict__, **changes}, fields_set)


def all_fields(cls: type[BaseModel]) -> set[str]:
    """The one set of every field name of `cls` that the records given every field share."""
    shared = _ALL_FIELDS.get(cls)
    if shared is None:
        shared = _ALL_FIELDS[cls] = set(cls.model_fields)
    return shared


def _fields_set(cls: type[BaseModel], names) -> set[str]:
    """The shared set when `names` are all the fields of `cls`, else a set of its own."""
    shared = all_fields(cls)
    return shared if len(names) == len(shared) and shared.issuperset(names) else set(names)


def _instance(cls: type[ModelT], values: dict[str, Any], fields_set: set[str]) -> ModelT:
    """The instance state pydantic gives a model without extras or private attributes."""
    model = cls.__new__(cls)
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", fields_set)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model
