"""An owner while the extraction runs: the fields of an `Owner`, as a tuple.

The owner stages (actions.owners, the task tables) give `OwnerDraft`s (view offsets); the
item detector reads their fields by name, as it would a model's, and the remap makes each an
`Owner` (actions.remap). A large text names an owner every 200 characters or so: a tuple
takes a quarter of a model's memory.
"""

from __future__ import annotations

from typing import NamedTuple


class OwnerDraft(NamedTuple):
    """The fields of actions.models.Owner (see there), in view offsets."""

    name: str
    role: str
    span: tuple[int, int]
    inherited: bool = False
