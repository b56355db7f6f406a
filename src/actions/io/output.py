"""Writing output safely: never overwrite without --force, never leave half a file or half a record.

A file goes to a temporary file in the target's directory and is renamed over the target
(atomic on POSIX), so an interrupted run leaves either the old file or the new one. It gets
the permissions `open()` would give it: those of the file it replaces, else 0666 less the
umask (0644 under the usual 022), not mkstemp's private 0600.

Standard output takes whole records: when a write fails (a full disk under `> out.jsonl`),
a regular file is cut back to the end of the last whole record, so a reader never meets a
cut line. Every OSError becomes an `OutputError`: one line naming the path and the cause.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from actions.errors import InputError

try:
    import fcntl
except ImportError:  # not POSIX
    fcntl = None

STDOUT_NAME = "<stdout>"

_HINTS = {
    errno.ENOSPC: "free space on the disk, or write elsewhere",
    errno.EDQUOT: "the disk quota is used up: free space, or write elsewhere",
    errno.EROFS: "the file system is read-only: write elsewhere",
    errno.EACCES: "check the directory's permissions, or write elsewhere",
    errno.EPERM: "check the directory's permissions, or write elsewhere",
    errno.EFBIG: "the file is larger than this file system (or a limit) allows: write elsewhere",
    errno.ENAMETOOLONG: "choose a shorter name",
    errno.ENOTDIR: "a part of the path is a file, not a directory",
}


class OutputError(InputError):
    """Output that could not be written: the path and the operating system's reason.

    The CLI prints it on one line (exit code 2 for one document; a batch records it for the
    document and goes on, exit code 1).
    """


def output_error(path: Path | str, error: OSError, what: str = "cannot write") -> OutputError:
    return OutputError(f"{path}: {what}: {error.strerror or error}", _HINTS.get(error.errno or 0, ""))


def check_writable(path: Path, force: bool, *, hint: str = "use --force to overwrite it, or choose another -o") -> None:
    """Refuse to replace an existing file unless `force`; call before doing the work."""
    if path.is_dir():
        raise InputError(f"{path}: is a directory", "give a file name with -o")
    if path.exists() and not force:
        raise InputError(f"{path}: already exists", hint)


def atomic_write(
    path: Path, data: bytes | str | Iterable[bytes], *, force: bool = False, exists_hint: str | None = None
) -> None:
    """Write `data` (bytes, text, or byte chunks) to `path` through a temporary file and a rename.

    Without `force` an existing file is never replaced, even one that appears while writing.
    """
    chunks = [data.encode("utf-8") if isinstance(data, str) else data] if isinstance(data, (bytes, str)) else data
    with atomic_file(path, force=force, exists_hint=exists_hint) as temporary:
        with open(temporary, "wb") as file:  # an OSError here is reported by atomic_file, in one line
            for chunk in chunks:
                file.write(chunk)


@contextmanager
def atomic_file(path: Path, *, force: bool = False, exists_hint: str | None = None) -> Iterator[Path]:
    """A temporary file beside `path` for a writer that wants a file name (a Parquet writer):
    renamed into place when the block ends, removed when it raises; the rules of `atomic_write`."""
    path = Path(path)
    hint = {"hint": exists_hint} if exists_hint else {}
    check_writable(path, force, **hint)
    handle, temporary = _temporary_beside(path)
    try:
        os.fchmod(handle, _mode_for(path))
        os.close(handle)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise output_error(path, error) from None
    try:
        yield Path(temporary)
        with open(temporary, "rb+") as file:
            os.fsync(file.fileno())
        _publish(temporary, path, force, hint)
    except OSError as error:
        raise output_error(path, error) from None
    finally:
        Path(temporary).unlink(missing_ok=True)


def _temporary_beside(path: Path) -> tuple[int, str]:
    """An open temporary file in `path`'s directory (created if missing), for a rename into place."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # mkdir's word for a file standing where the directory should be
        raise output_error(path.parent, NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR)), "cannot create the directory") from None
    except OSError as error:
        raise output_error(path.parent, error, "cannot create the directory") from None
    try:
        return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise output_error(path, error) from None


def _publish(temporary: str, path: Path, force: bool, hint: dict) -> None:
    """Rename the finished file into place; without `force`, never over a file that exists."""
    if force:
        os.replace(temporary, path)
        return
    try:
        os.link(temporary, path)  # fails if `path` exists: no check-then-replace race
    except FileExistsError:
        raise InputError(f"{path}: already exists", hint.get("hint", "use --force to overwrite it, or choose another -o")) from None
    except OSError:  # a file system without hard links: the check above stands
        os.replace(temporary, path)


def _mode_for(path: Path) -> int:
    """The permissions open() would give: the replaced file's, else 0666 less the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_stdout(data: bytes | str | Iterable[bytes], *, name: str = STDOUT_NAME) -> None:
    """Write one whole record (bytes, text, or byte chunks) to standard output, or nothing of it (OutputError).

    On a regular file a failed write is cut back to where the record began; on a pipe or a
    terminal what the system took cannot be taken back, but a record is never split by us.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    chunks = [data] if isinstance(data, bytes) else data
    stream = sys.stdout.buffer
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):  # not a real file (captured, redirected in-process)
        fd = None
    if fd is None:
        try:
            for chunk in chunks:
                stream.write(chunk)
            stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise output_error(name, error) from None
        return
    stream.flush()
    start = _position(fd)
    try:
        for chunk in chunks:
            view = memoryview(chunk)
            while view:
                view = view[os.write(fd, view) :]
    except BrokenPipeError:
        raise
    except OSError as error:
        if start is not None:
            try:
                os.ftruncate(fd, start)
            except OSError:
                pass
        raise output_error(name, error) from None


def _position(fd: int) -> int | None:
    """The offset of a regular file (where a record starts), None for pipes and terminals."""
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            return None
        if fcntl is not None and fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND:  # `>>`: the record goes at the end
            return status.st_size
        return os.lseek(fd, 0, os.SEEK_CUR)
    except OSError:
        return None


def silence_stdout() -> None:
    """Point standard output at /dev/null, so nothing left in its buffer is written (or
    fails again) when the interpreter exits after a write error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
