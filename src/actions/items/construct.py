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
    model = cls.__new__(cls)
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", set(values))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


def updated(model: ModelT, changes: dict[str, Any]) -> ModelT:
    """`model.model_copy(update=changes)` for the models here (no extras, no private state).

    The same instance state (fields, fields set), without pydantic's generic copy steps,
    which cost more than the remapping they serve.
    """
    cls = type(model)
    copy = cls.__new__(cls)
    _set(copy, "__dict__", {**model.__dict__, **changes})
    _set(copy, "__pydantic_fields_set__", model.__pydantic_fields_set__ | changes.keys())
    _set(copy, "__pydantic_extra__", None)
    _set(copy, "__pydantic_private__", None)
    return copy
