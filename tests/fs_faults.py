"""Run the command line on a small or read-only tmpfs, in a private mount namespace.

`run_on_tmpfs` starts `unshare -rm` (a user and mount namespace: no root needed where user
namespaces are allowed, and nothing is left mounted afterwards), mounts a tmpfs of the given
size at the given directory, runs `python -m actions ARGS` there (standard output to a file
in the tmpfs when asked) and reports what the command did and what the tmpfs holds.
Tests call `require_tmpfs()` first: it skips them where no tmpfs can be mounted.
"""

from __future__ import annotations

import base64
import functools
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

_DRIVER = r"""
import base64, json, os, subprocess, sys
mount, size, readonly, stdout_name, argv = sys.argv[1], sys.argv[2], sys.argv[3] == "ro", sys.argv[4], sys.argv[5:]
options = f"size={size}" + (",ro" if readonly else "")
subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", mount], check=True)
stdout = open(os.path.join(mount, stdout_name), "wb") if stdout_name else subprocess.DEVNULL
try:
    result = subprocess.run([sys.executable, "-m", "actions", *argv], stdout=stdout, stderr=subprocess.PIPE, cwd=mount)
finally:
    if stdout_name:
        stdout.close()
files = {}
for root, _, names in os.walk(mount):
    for name in names:
        path = os.path.join(root, name)
        with open(path, "rb") as handle:
            files[os.path.relpath(path, mount)] = [base64.b64encode(handle.read()).decode(), os.stat(path).st_mode & 0o777]
print(json.dumps({"code": result.returncode, "stderr": result.stderr.decode("utf-8", "replace"), "files": files}))
"""


@dataclass
class Run:
    code: int
    stderr: str
    files: dict[str, bytes]
    modes: dict[str, int]


@functools.cache
def _can_mount() -> bool:
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "d=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs \"$d\""],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def require_tmpfs() -> None:
    if not sys.platform.startswith("linux") or not _can_mount():
        pytest.skip("cannot mount a tmpfs here (needs unshare and user namespaces)")


def run_on_tmpfs(mount: Path, argv: list[str], *, size: str = "1m", readonly: bool = False, stdout_to: str = "") -> Run:
    """`actions ARGV` with a tmpfs of `size` at `mount` (an empty directory, created here)."""
    mount.mkdir(parents=True, exist_ok=True)
    command = ["unshare", "-rm", sys.executable, "-c", _DRIVER, str(mount), size, "ro" if readonly else "rw", stdout_to, *argv]
    done = subprocess.run(command, capture_output=True, check=True, timeout=600)
    report = json.loads(done.stdout)
    files = {name: base64.b64decode(data) for name, (data, _) in report["files"].items()}
    modes = {name: mode for name, (_, mode) in report["files"].items()}
    return Run(report["code"], report["stderr"], files, modes)
