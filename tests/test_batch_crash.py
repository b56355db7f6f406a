"""A batch survives a worker process that dies: the document it was extracting becomes an
error record, a new worker takes its place, the other documents finish, exit code 1."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

import actions
import actions.batch
from actions.cli import main
from actions.models import Document
from actions.pool import run_in_workers

SPEECHES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "speeches").glob("speech-*.txt"))
TEXTS = [path.read_text(encoding="utf-8") for path in SPEECHES]
DEADLY = "（这一篇让进程死掉）"

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the test reaches the workers through fork")


def corpus(tmp_path: Path, count: int, deadly: set[int]) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = []
    for number in range(count):
        text = TEXTS[number % len(TEXTS)] + (DEADLY if number in deadly else "")
        lines.append(json.dumps({"id": f"doc-{number}", "text": text, "date": "2012-05-10"}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def killing_extract(real):
    """extract, except that the worker holding a DEADLY text kills itself with os.kill."""

    def extract(text, *args, **kwargs):
        if DEADLY in text:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(text, *args, **kwargs)

    return extract


@pytest.mark.parametrize("chunksize", [1, 3])
def test_a_worker_killed_by_a_signal_loses_only_its_document(tmp_path, capsysbinary, monkeypatch, chunksize):
    monkeypatch.setattr(actions.batch, "extract", killing_extract(actions.batch.extract))  # the forked workers inherit it
    path = corpus(tmp_path, 12, deadly={4, 9})
    code = main(["extract", str(path), "--jobs", "2", "--chunksize", str(chunksize)])
    captured = capsysbinary.readouterr()
    out, err = captured.out.decode("utf-8"), captured.err.decode("utf-8")
    assert code == 1
    records = [orjson.loads(line) for line in out.splitlines()]
    assert len(records) == 12  # every document has its place, in input order
    for number, record in enumerate(records):
        if number in (4, 9):
            assert record["id"] == f"doc-{number}" and record["line"] == number + 1
            assert "killed by signal 9 (SIGKILL)" in record["error"]
        else:
            document = Document.model_validate(record)
            assert document.source.name == f"doc-{number}"
            assert document == actions.extract(TEXTS[number % len(TEXTS)], "2012-05-10", name=f"doc-{number}", encoding="utf-8")
    assert "2 of 12 documents failed" in err and "SIGKILL" in err and "Traceback" not in err


def _square_or_die(number: int) -> int:
    if number in (3, 4, 5):
        os._exit(7)
    return number * number


def test_the_pool_puts_back_what_a_dead_worker_had_not_started():
    results = list(
        run_in_workers(_square_or_die, range(20), lambda job, reason: (job, reason), workers=2, chunksize=4, lookahead=8)
    )
    assert len(results) == 20
    for number, result in enumerate(results):
        if number in (3, 4, 5):
            assert result == (number, "the worker process exited with code 7")
        else:
            assert result == number * number


def _children(pid: int) -> list[int]:
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds the workers through /proc")
def test_a_worker_killed_from_outside_during_a_cli_batch(tmp_path):
    path = tmp_path / "corpus.jsonl"
    big = "\n".join(TEXTS)  # about half a second of work per document
    path.write_text(
        "\n".join(json.dumps({"id": f"doc-{n}", "text": big, "date": "2012-05-10"}, ensure_ascii=False) for n in range(10)) + "\n",
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "actions", "extract", str(path), "--jobs", "2", "--chunksize", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while len(_children(process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)  # both workers are busy with a document
    victim = _children(process.pid)[0]
    os.kill(victim, signal.SIGKILL)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 1, err
    records = [orjson.loads(line) for line in out.splitlines()]
    assert len(records) == 10
    lost = [record for record in records if "error" in record]
    assert len(lost) == 1 and "SIGKILL" in lost[0]["error"] and lost[0]["id"].startswith("doc-")
    assert all(record["items"] for record in records if "error" not in record)
    assert b"1 of 10 documents failed" in err and b"Traceback" not in err
