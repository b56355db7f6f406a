"""Writing output files safely: never overwrite without --force, never leave half a file.

Data goes to a temporary file in the target's directory and is renamed over the target
(atomic on POSIX), so an interrupted run leaves either the old file or the new one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from actions.errors import InputError


def check_writable(path: Path, force: bool) -> None:
    """Refuse to replace an existing file unless `force`; call before doing the work."""
    if path.is_dir():
        raise InputError(f"{path}: is a directory", "give a file name with -o")
    if path.exists() and not force:
        raise InputError(f"{path}: already exists", "use --force to overwrite it, or choose another -o")


def atomic_write(path: Path, data: bytes | str, *, force: bool = False) -> None:
    """Write `data` to `path` through a temporary file and a rename."""
    path = Path(path)
    check_writable(path, force)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
