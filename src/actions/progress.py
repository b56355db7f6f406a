"""How far one extraction has got, for a progress bar on a long text.

`actions.extract(text, progress=callback)` calls `callback(stage, done, total)` as it works.
`stage` is one of STAGES, in that order (the stages of actions.pipeline); `done / total` is
the part of the stage finished. Every stage reports `(stage, 0, 1)` when it starts and
`(stage, 1, 1)` when it ends; the long ones report between, every EVERY steps, with totals
of their own (markers placed for the outline, sentences read for the items; there
`0 <= done < total`). A run's last report is `("remap", 1, 1)`; a run that raises ends
without it.

The stages report through a context variable, so the core keeps its signatures: `stage(name)`
starts a stage of the extraction running in this context, and a loop reads `current()` once
before it starts. When nobody listens, a stage costs one lookup and a loop step one `is None`
test. Each extraction sets its own (None without a callback), so an extraction run inside
another (the review's, of a selection) never reports into the other's bar.
"""

from __future__ import annotations

import functools
from contextvars import ContextVar
from typing import Callable, TypeVar

Progress = Callable[[str, int, int], None]
"""`callback(stage, done, total)`: `done` of `total` steps of `stage` are finished."""

STAGES = ("normalize", "page noise", "outline", "meeting date", "deadlines", "owner index", "items", "remap")
EVERY = 256  # loop steps between two reports: hundreds of reports on a large text, none inside a speech's loops

Function = TypeVar("Function", bound=Callable)


class _Run:
    """The stage an extraction is in, and whom it tells."""

    __slots__ = ("callback", "stage")

    def __init__(self, callback: Progress) -> None:
        self.callback = callback
        self.stage: str | None = None

    def start(self, name: str) -> None:
        if self.stage is not None:
            self.callback(self.stage, 1, 1)
        self.stage = name
        self.callback(name, 0, 1)

    def end(self) -> None:
        if self.stage is not None:
            self.callback(self.stage, 1, 1)
            self.stage = None


_CURRENT: ContextVar[_Run | None] = ContextVar("actions_progress", default=None)


def reports_progress(function: Function) -> Function:
    """`function(…, progress=callback)` with the stages it runs reporting to `callback`
    (None or no argument: to nobody); the last stage ends when the function returns."""

    @functools.wraps(function)
    def run(*args, **kwargs):
        callback = kwargs.get("progress")
        reporting = None if callback is None else _Run(callback)
        token = _CURRENT.set(reporting)
        try:
            result = function(*args, **kwargs)
        finally:
            _CURRENT.reset(token)
        if reporting is not None:
            reporting.end()
        return result

    return run  # type: ignore[return-value]


def stage(name: str) -> None:
    """Start stage `name` of the extraction running here (it ends the stage before it)."""
    reporting = _CURRENT.get()
    if reporting is not None:
        reporting.start(name)


def current() -> Progress | None:
    """The callback of the extraction running here, or None: read it once before a loop and
    report `(stage, done, total)` every EVERY steps when it is not None."""
    reporting = _CURRENT.get()
    return None if reporting is None else reporting.callback
