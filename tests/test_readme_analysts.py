"""The README's section for analysts runs as written: its commands on a folder of speeches, then
its SQL on the tables they wrote."""

from __future__ import annotations

import os
import shlex
import shutil
from pathlib import Path

import pytest
import regex

from actions.cli import main
from conftest import ROOT, SPEECHES_DIR
from export_support import csv_rows, xlsx_sheets
from test_tables import TWO_SPEECHES

SECTION = "## Analysts: a batch as tables"


def section_blocks(language: str) -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index(SECTION) :].split("\n## ", 1)[0]
    return regex.findall(rf"^```{language}\n(.*?)^```", section, flags=regex.M | regex.S)


def commands() -> list[str]:
    [block] = section_blocks("sh")
    lines = [line.split("  #", 1)[0].strip() for line in block.splitlines()]
    return [line for line in lines if line and "--dask" not in line]  # the cluster's command runs in the Dask tests


def run_line(line: str, capsysbinary) -> None:
    words = shlex.split(line)
    target = None
    if ">" in words:
        target = Path(words[words.index(">") + 1])
        words = words[: words.index(">")]
    assert words[0] == "actions", line
    code = main(words[1:])
    out, err = capsysbinary.readouterr()
    assert code == 0, f"{line}: {err.decode()}"
    if target is not None:
        target.write_bytes(out)


@pytest.fixture
def in_a_folder_of_speeches(tmp_path):
    speeches = tmp_path / "speeches"
    speeches.mkdir()
    for path in sorted(SPEECHES_DIR.glob("speech-*.txt")):
        shutil.copy(path, speeches / path.name)
    (speeches / "两篇.txt").write_text(TWO_SPEECHES, encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(cwd)


def test_the_analysts_commands_and_sql_run_as_written(in_a_folder_of_speeches, capsysbinary):
    pytest.importorskip("pyarrow")
    duckdb = pytest.importorskip("duckdb")
    here = in_a_folder_of_speeches
    lines = commands()
    assert any("--format parquet" in line for line in lines) and any("--to xlsx" in line for line in lines)
    for line in lines:
        run_line(line, capsysbinary)
    sheets = xlsx_sheets((here / "batch.xlsx").read_bytes())
    assert len(sheets) == 7 and "speech-1.txt" in sheets  # 5 speeches and a text of two
    assert {row["来源"] for row in csv_rows((here / "batch.csv").read_bytes())} >= {"speech-1.txt", "speech-5.txt"}
    [sql] = section_blocks("sql")
    rows = duckdb.connect().execute(sql).fetchall()
    assert 0 < len(rows) <= 10 and all(isinstance(owner, str) and items > 0 for owner, items, _ in rows)
    assert all(first_due is not None for _, _, first_due in rows) and [row[2] for row in rows] == sorted(row[2] for row in rows)
    assert ("市应急局", 1) in [row[:2] for row in rows]  # the invented speech's unit, due 2023-03-31
