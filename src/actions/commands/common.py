"""Helpers shared by the commands: input arguments and writing output."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from actions.errors import InputError
from actions.text.sources import DEFAULT_MAX_BYTES


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a text file, or - for standard input")
    parser.add_argument("--encoding", help="force the input encoding (default: UTF-8)")
    parser.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help=f"refuse larger inputs (default {DEFAULT_MAX_BYTES})"
    )


def meeting_date(value: str | None) -> dt.date | None:
    """Parse --date; a clear error for anything but YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date {value!r} is not a date", "write it as YYYY-MM-DD, e.g. --date 2012-05-10") from None


def write_stdout(data: bytes | str) -> None:
    if isinstance(data, str):
        data = data.encode("utf-8")
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
