"""Extraction with Python's cyclic garbage collector paused.

The collector looks for reference cycles: each time enough container objects have been
created it walks the young ones, and every so often every object alive. An extraction
creates hundreds of thousands of records per megabyte and keeps them, so the collector
walks the same records again and again (a quarter of the time of a 2 MB text) and finds
nothing: the stages make no reference cycles (tests/test_collector.py checks that a
collection after an extraction finds no garbage). Reference counting frees every object
as before; only the search for cycles waits until the outermost paused call returns.
"""

from __future__ import annotations

import functools
import gc
import threading
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

Function = TypeVar("Function", bound=Callable)

_lock = threading.Lock()
_depth = 0  # paused calls running (threads, or a call inside another)
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector while the block runs (nested and concurrent blocks share
    one pause; the collector is enabled again when the last one ends, if it was before)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def pauses_collector(function: Function) -> Function:
    """`function` run with the cyclic collector paused (see collector_paused)."""

    @functools.wraps(function)
    def run(*args, **kwargs):
        with collector_paused():
            return function(*args, **kwargs)

    return run  # type: ignore[return-value]
