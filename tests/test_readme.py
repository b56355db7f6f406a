"""The README's Python examples run as written (from the repository root)."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parents[1]
PYTHON_BLOCK = regex.compile(r"^```python\n(.*?)^```", regex.M | regex.S)


def python_blocks() -> list[str]:
    return PYTHON_BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_readme_has_python_examples():
    assert python_blocks(), "README.md lost its library examples"


@pytest.mark.parametrize("index", range(len(python_blocks())))
def test_readme_python_example_runs(index, tmp_path):
    source = python_blocks()[index]
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(io.StringIO()) as printed:
            exec(compile(source, f"README.md python block {index + 1}", "exec"), {"__name__": "readme"})
    finally:
        os.chdir(cwd)
    assert printed.getvalue().strip(), "a README example should show its result"
