"""Helpers shared by the commands: input arguments and writing output."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Iterable

from actions.errors import InputError
from actions.io.output import atomic_write, check_writable, write_stdout
from actions.io.sources import DEFAULT_MAX_BYTES

_SIZE_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}


def byte_size(value: str) -> int:
    """Parse --max-bytes: a number of bytes, optionally with K, M or G (50M)."""
    text = value.strip().upper().removesuffix("B").removesuffix("I")
    unit = text[-1:] if text[-1:] in ("K", "M", "G") else ""
    number = text[: len(text) - len(unit)]
    try:
        size = int(float(number) * _SIZE_UNITS[unit])
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size (write e.g. 50000000 or 50M)") from None
    if size <= 0:
        raise argparse.ArgumentTypeError(f"{value!r}: the limit must be positive")
    return size


def add_source_options(parser: argparse.ArgumentParser) -> None:
    """--encoding and --max-bytes, for every command that reads speeches."""
    parser.add_argument(
        "--encoding", help="force the input encoding (default: detected: UTF-8, UTF-16 with BOM, GB18030/GBK)"
    )
    parser.add_argument(
        "--max-bytes",
        type=byte_size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help=f"refuse larger inputs (default {DEFAULT_MAX_BYTES // 1024**2}M; K, M, G suffixes allowed)",
    )


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", nargs="?", help="a text or .docx file, or - for standard input (the default when it is not a terminal)"
    )
    add_source_options(parser)


def stdin_is_piped() -> bool:
    """True when standard input is a file or a pipe (`actions extract < speech.txt`), not a terminal."""
    stream = sys.stdin
    if stream is None:
        return False
    try:
        return not stream.isatty()
    except (ValueError, OSError):  # closed
        return False


def input_path(path: str | None) -> str:
    """FILE as given; without one, standard input when it is not a terminal."""
    if path is not None:
        return path
    if stdin_is_piped():
        return "-"
    raise InputError("no input", "give a FILE, or - for standard input, or pipe the speech in: actions COMMAND < speech.txt")


def meeting_date(value: str | None) -> dt.date | None:
    """Parse --date; a clear error for anything but YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date {value!r} is not a date", "write it as YYYY-MM-DD, e.g. --date 2012-05-10") from None




def add_output_arguments(parser: argparse.ArgumentParser) -> None:
    """-o OUT and --force: write to a file atomically, never replacing one without --force."""
    parser.add_argument("-o", "--output", metavar="OUT", help="write to this file (default: standard output)")
    parser.add_argument("--force", action="store_true", help="overwrite existing output files")


def check_output(args) -> None:
    """Fail before any work when -o names a file that exists (and --force is not given)."""
    if getattr(args, "output", None):
        check_writable(Path(args.output), args.force)


def emit(args, data: bytes | str | Iterable[bytes]) -> None:
    """Write the result (whole, or in byte chunks) to -o OUT (atomically) or to standard output."""
    if getattr(args, "output", None):
        atomic_write(Path(args.output), data, force=args.force)
    else:
        write_stdout(data)
