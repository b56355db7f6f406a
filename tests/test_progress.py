"""Progress of one extraction: the library's callback, and the bar `actions extract` draws on a terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import actions
from actions.commands.stage_bar import BAR_CHARS
from actions.progress import EVERY, STAGES

ROOT = Path(__file__).resolve().parents[1]
SPEECHES = "\n".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "fixtures" / "speeches").glob("speech-*.txt")))
LONG = "\n".join([SPEECHES] * 3)  # more than EVERY sentences and markers: the loops report too


def reports_of(text: str) -> list[tuple[str, int, int]]:
    calls: list[tuple[str, int, int]] = []
    actions.extract(text, "2012-05-10", progress=lambda *call: calls.append(call))
    return calls


def test_every_stage_reports_in_order_from_0_of_1_to_1_of_1():
    calls = reports_of(LONG)
    assert [name for name, done, total in calls if (done, total) == (0, 1)] == list(STAGES)
    names = []
    for name, _, _ in calls:
        if not names or names[-1] != name:
            names.append(name)
    assert names == list(STAGES)  # each stage once, in the pipeline's order, never back
    for name in STAGES:
        mine = [(done, total) for stage, done, total in calls if stage == name]
        assert mine[0] == (0, 1) and mine[-1] == (1, 1)
        fractions = [done / total for done, total in mine]
        assert fractions == sorted(fractions) and all(0 <= done <= total for done, total in mine)
    assert calls[-1] == ("remap", 1, 1)


def test_the_long_stages_report_as_they_go():
    calls = reports_of(LONG)
    for name in ("outline", "items"):
        steps = [(done, total) for stage, done, total in calls if stage == name and total > 1]
        assert len(steps) >= 3, name  # a bar that moves, not one that jumps from 0 to 1
        assert all(done < total and done % EVERY == 0 for done, total in steps)


def test_a_speech_reports_only_its_stages_and_the_result_is_the_same():
    text = (ROOT / "fixtures" / "speeches" / "speech-5.txt").read_text(encoding="utf-8")
    calls: list[tuple[str, int, int]] = []
    reported = actions.extract(text, "2012-05-10", name="s.txt", progress=lambda *call: calls.append(call))
    assert reported == actions.extract(text, "2012-05-10", name="s.txt")
    assert len(calls) <= 2 * len(STAGES) + 4  # the loops report at step 0 at most


def test_an_extraction_inside_a_callback_does_not_report_into_it():
    calls: list[str] = []

    def callback(stage: str, done: int, total: int) -> None:
        calls.append(stage)
        if stage == "outline" and done == 0 and total == 1:
            actions.extract("一、加强领导\n各部门要在6月底前制定方案。")  # its own run: reports to nobody

    actions.extract(SPEECHES, progress=callback)
    assert calls.count("normalize") == 2  # the outer run's start and end only


def test_a_failing_callback_ends_the_extraction_and_reports_nothing_after():
    calls: list[str] = []

    def callback(stage: str, done: int, total: int) -> None:
        calls.append(stage)
        if stage == "outline":
            raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        actions.extract(LONG, progress=callback)
    before = len(calls)
    actions.parse_outline(LONG)  # runs the outline loop: nobody listens any more
    actions.extract(SPEECHES)
    assert len(calls) == before


# -- the bar of the command line ------------------------------------------------------------


def _long_file(tmp_path: Path) -> Path:
    path = tmp_path / "long.txt"
    copies = BAR_CHARS // len(SPEECHES) + 1
    path.write_text("\n".join([SPEECHES] * copies), encoding="utf-8")
    return path


def _stderr_on_a_terminal(argv: list[str]) -> tuple[int, bytes]:
    """Exit code and what `actions ARGV` draws on standard error when it is a pseudo-terminal."""
    import pty

    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100"}
    process = subprocess.Popen([sys.executable, "-m", "actions", *argv], stdout=subprocess.DEVNULL, stderr=slave, env=env)
    os.close(slave)
    drawn = b""
    while True:  # read as it comes: a full terminal buffer would block the writer
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other side closed (EIO on Linux)
            break
        if not chunk:
            break
        drawn += chunk
    os.close(master)
    return process.wait(timeout=300), drawn


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_a_long_text_draws_its_stages_on_a_terminal_and_nothing_on_a_pipe(tmp_path):
    path = _long_file(tmp_path)
    out = tmp_path / "out.json"
    code, drawn = _stderr_on_a_terminal(["extract", str(path), "--format", "json", "-o", str(out)])
    assert code == 0 and out.exists()
    assert "━".encode() in drawn  # a bar
    for number, name in ((1, "normalize"), (3, "outline"), (7, "items"), (9, "write")):
        assert f"[{number}/9] {name}".encode() in drawn
    assert drawn.endswith(b"\x1b[2K") or b"\x1b[?25h" in drawn  # erased at the end, cursor shown again
    piped = subprocess.run(
        [sys.executable, "-m", "actions", "extract", str(path), "--format", "json", "-o", str(out), "--force"],
        capture_output=True,
        check=False,
    )
    assert piped.returncode == 0 and piped.stderr == b""
    assert out.read_bytes() == actions.export(actions.extract(path.read_text(encoding="utf-8"), name=path.name, encoding="utf-8"), "json")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_no_bar_with_quiet_or_for_a_short_text(tmp_path):
    path = _long_file(tmp_path)
    code, drawn = _stderr_on_a_terminal(["extract", str(path), "--format", "json", "-o", str(tmp_path / "a.json"), "--quiet"])
    assert code == 0 and drawn == b""
    speech = ROOT / "fixtures" / "speeches" / "speech-5.txt"
    code, drawn = _stderr_on_a_terminal(["extract", str(speech), "--format", "json", "-o", str(tmp_path / "b.json")])
    assert code == 0 and drawn == b""
