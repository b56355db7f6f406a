"""Files and bytes → text. The only module of the core that reads files.

Errors are `InputError`s with a hint; the CLI prints them on one line.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from actions.errors import InputError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class SourceText:
    """Decoded text with where it came from and how it was decoded."""

    text: str
    name: str
    encoding: str


def read_source(path: str, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read a file (or `-` for standard input) and decode it."""
    data, name = _read_bytes(path, max_bytes)
    return SourceText(decode(data, name, encoding), name, encoding or "utf-8")


def _read_bytes(path: str, max_bytes: int) -> tuple[bytes, str]:
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    else:
        file = Path(path)
        if not file.exists():
            raise InputError(f"{path}: no such file", "check the path")
        if file.is_dir():
            raise InputError(f"{path}: is a directory", "give a file, or a directory to a batch command")
        try:
            with file.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as error:
            raise InputError(f"{path}: cannot read: {error.strerror}", "check the file's permissions") from None
        name = file.name
    if len(data) > max_bytes:
        raise InputError(f"{name}: larger than {max_bytes} bytes", "raise the limit with --max-bytes")
    return data, name


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode strictly: undecodable input is an error, never silently garbled text."""
    if not data.strip():
        raise InputError(f"{name}: empty input", "give a file with text in it")
    codec = encoding or "utf-8-sig"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not valid {codec} (byte {error.start})",
            "save it as UTF-8, or name its encoding with --encoding",
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", "use a Python codec name such as gb18030") from None
    if "\x00" in text:
        raise InputError(f"{name}: looks like binary data (NUL characters)", "give a text file")
    return text
