"""The stages of one long extraction as a bar on standard error, when it is a terminal.

    [4/9] outline      ━━━━━━━━━━━━╸━━━━━━━━━━━━━━━  45% 0:00:12

One line: the stage (actions.progress.STAGES, then `write` while the output is written),
how far it has got, the time since the start. It is drawn only for a text of at least
BAR_CHARS characters (about a second of work: a shorter one is done before a bar helps),
when standard error is a terminal that can redraw a line (not TERM=dumb) and without
--quiet; it goes away when the work is done, so it leaves nothing in the terminal.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from contextlib import contextmanager
from typing import Iterator

from actions.progress import STAGES, Progress

BAR_CHARS = 200_000
WRITE_STAGE = "write"
_STAGE_NUMBERS = {name: number for number, name in enumerate((*STAGES, WRITE_STAGE), start=1)}


def add_quiet_option(parser) -> None:
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar on standard error (errors are still reported)")


def wants_bar(chars: int | None, quiet: bool) -> bool:
    """Whether a bar helps: a long text (None: a batch), not --quiet, a terminal on standard error."""
    if quiet or (chars is not None and chars < BAR_CHARS) or os.environ.get("TERM") == "dumb":
        return False
    return is_terminal(sys.stderr)


def is_terminal(stream) -> bool:
    """Whether `stream` is a terminal (False for None or a closed stream)."""
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):  # closed
        return False


@contextmanager
def stage_bar(chars: int, *, quiet: bool = False) -> Iterator[Progress | None]:
    """A callback for `extract(…, progress=…)` that draws the bar, or None when no bar is
    wanted (see `wants_bar`). The bar stays until the block ends: report WRITE_STAGE before
    writing the output to a file, and leave the block before printing to the terminal."""
    if not wants_bar(chars, quiet):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress as Bars, ProgressColumn, TaskProgressColumn, TextColumn
    from rich.text import Text

    started = time.monotonic()

    class Elapsed(ProgressColumn):
        """The time since the start (rich's own column stops at the first stage that ends)."""

        def render(self, task) -> Text:
            return Text(str(dt.timedelta(seconds=int(time.monotonic() - started))), style="progress.elapsed")

    columns = (TextColumn("[{task.fields[number]}/{task.fields[stages]}] {task.description:<12}"), BarColumn(),
               TaskProgressColumn(), Elapsed())
    # Standard output is not redirected: the result may be written there while the bar is up.
    with Bars(*columns, console=Console(stderr=True), transient=True, refresh_per_second=4,
              redirect_stdout=False, redirect_stderr=False) as bars:
        task = bars.add_task(STAGES[0], total=1.0, number=1, stages=len(_STAGE_NUMBERS))

        shown = ""  # the stage last drawn

        def report(stage: str, done: int, total: int) -> None:
            nonlocal shown
            # A new stage is drawn at once (a stage shorter than a refresh would never be seen).
            new, shown = stage != shown, stage
            bars.update(task, description=stage, number=_STAGE_NUMBERS.get(stage, 0),
                        completed=done / total if total else 0, refresh=new)

        yield report
