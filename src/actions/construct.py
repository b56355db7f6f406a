"""Models built from parts that are already checked, without running validation.

The detectors build thousands of `Item` and `Owner` records per megabyte from slices of the
text and names from the rule lists; validating each again costs more than detecting it.
`construct` does what pydantic's `model_construct` does when every field is given (the
same instance state), with none of its per-field lookups. Every field must be passed, in
the model's field order; tests compare the records with validated ones.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

ModelT = TypeVar("ModelT", bound=BaseModel)
_set = object.__setattr__


def construct(cls: type[ModelT], values: dict[str, Any]) -> ModelT:
    """An instance of `cls` holding `values` (all its fields, already valid)."""
    return _instance(cls, values, set(values))


def updated(model: ModelT, changes: dict[str, Any]) -> ModelT:
    """`model.model_copy(update=changes)` for the models here (no extras, no private state).

    The same instance state (fields, fields set), without pydantic's generic copy steps,
    which cost more than the remapping they serve.
    """
    return _instance(type(model), {**model.__dict__, **changes}, model.__pydantic_fields_set__ | changes.keys())


def _instance(cls: type[ModelT], values: dict[str, Any], fields_set: set[str]) -> ModelT:
    """The instance state pydantic gives a model without extras or private attributes."""
    model = cls.__new__(cls)
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", fields_set)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model
