"""Batches: JSONL corpora and directories, in input order, errors per document, bounded memory."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

import actions
from actions.batch import Job, Settings, jsonl_jobs, run_batch, run_job
from actions.cli import main
from actions.models import Document

SPEECHES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "speeches").glob("speech-*.txt"))
TEXTS = [path.read_text(encoding="utf-8") for path in SPEECHES]


def corpus_lines(count: int, broken: set[int] = frozenset()) -> list[str]:
    lines = []
    for number in range(count):
        if number in broken:
            lines.append('{"id": "broken", "text": "未闭合的')
        else:
            lines.append(json.dumps({"id": f"doc-{number}", "text": TEXTS[number % len(TEXTS)], "date": "2012-05-10"}, ensure_ascii=False))
    return lines


def run_cli(argv, capsysbinary):
    code = main(argv)
    captured = capsysbinary.readouterr()
    return code, captured.out.decode("utf-8"), captured.err.decode("utf-8")


@pytest.mark.parametrize("jobs", [1, 2])
def test_jsonl_batch_keeps_input_order_and_reports_the_broken_line(tmp_path, capsysbinary, jobs):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(corpus_lines(12, broken={4})) + "\n", encoding="utf-8")
    code, out, err = run_cli(["extract", str(corpus), "--format", "jsonl", "--jobs", str(jobs), "--chunksize", "2"], capsysbinary)
    assert code == 1
    records = [orjson.loads(line) for line in out.splitlines()]
    assert len(records) == 12
    assert records[4] == {"id": None, "line": 5, "error": records[4]["error"]}
    assert records[4]["error"].startswith("not a JSON object")
    documents = [Document.model_validate(record) for i, record in enumerate(records) if i != 4]
    assert [d.source.name for d in documents] == [f"doc-{i}" for i in range(12) if i != 4]
    expected = actions.extract(TEXTS[0], "2012-05-10", name="doc-0", encoding="utf-8")
    assert documents[0] == expected
    assert "1 of 12 documents failed" in err and "line 5" in err


def test_jsonl_from_stdin_with_per_line_errors(monkeypatch, capsysbinary):
    lines = [
        json.dumps({"id": 1, "text": TEXTS[4]}, ensure_ascii=False),
        json.dumps({"id": 2, "text": "   "}),
        json.dumps({"id": 3, "text": TEXTS[4], "date": "2012-13-40"}, ensure_ascii=False),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": 5}),
        "",
        json.dumps({"id": 6, "text": TEXTS[4], "date": "2012-03-09"}, ensure_ascii=False),
    ]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("\n".join(lines).encode("utf-8"))))
    code, out, err = run_cli(["extract", "--jsonl"], capsysbinary)
    assert code == 1
    records = [orjson.loads(line) for line in out.splitlines()]
    assert [r.get("id") or r.get("source", {}).get("name") for r in records] == ["1", "2", "3", None, "5", "6"]
    assert records[1]["error"].startswith("empty text")
    assert "is not a date" in records[2]["error"]
    assert records[3] == {"id": None, "line": 4, "error": records[3]["error"]}
    assert 'no "text"' in records[4]["error"]
    assert records[5]["reference_date"] == "2012-03-09" and records[5]["reference_date_source"] == "argument"
    assert records[0]["source"]["encoding"] == "utf-8"
    assert "4 of 6 documents failed" in err


def test_directory_batch_writes_one_file_per_document_and_never_overwrites(tmp_path, capsysbinary):
    source = tmp_path / "in"
    (source / "sub").mkdir(parents=True)
    (source / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (source / "sub" / "b.txt").write_bytes(TEXTS[4].encode("gbk"))
    (source / "empty.txt").write_bytes(b"")
    (source / ".hidden.txt").write_text(TEXTS[1], encoding="utf-8")
    (source / "notes.csv").write_text("a,b", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run_cli(["extract", str(source), "--out", str(out), "--date", "2012-05-10"], capsysbinary)
    assert code == 1  # empty.txt failed
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json")) == ["a.json", "sub/b.json"]
    b = Document.model_validate_json((out / "sub" / "b.json").read_bytes())
    assert b.source.encoding == "gb18030" and b.source.name == "b.txt" and b.items
    assert "empty.txt: empty input" in err and "wrote 2 of 3 documents" in err
    assert not list(out.rglob("*.tmp"))

    before = (out / "a.json").read_bytes()
    (out / "a.json").write_bytes(b"my edits")
    code, _, err = run_cli(["extract", str(source / "a.txt"), "--out", str(out)], capsysbinary)
    assert code == 1 and "already exists" in err
    assert (out / "a.json").read_bytes() == b"my edits"
    code, _, _ = run_cli(["extract", str(source / "a.txt"), "--out", str(out), "--date", "2012-05-10", "--force"], capsysbinary)
    assert code == 0 and (out / "a.json").read_bytes() == before


def test_several_files_to_stdout_in_order(tmp_path, capsysbinary):
    paths = [str(SPEECHES[4]), str(SPEECHES[1])]
    code, out, _ = run_cli(["extract", *paths, "--jobs", "2"], capsysbinary)
    assert code == 0
    names = [orjson.loads(line)["source"]["name"] for line in out.splitlines()]
    assert names == ["speech-5.txt", "speech-2.txt"]


def test_default_workers_give_the_output_of_one_process(capsysbinary, monkeypatch):
    import actions.commands.extract as extract_command

    seen = []
    real_run_batch = extract_command.run_batch

    def spy(jobs, settings, *, workers, chunksize):
        seen.append(workers)
        return real_run_batch(jobs, settings, workers=workers, chunksize=chunksize)

    monkeypatch.setattr(extract_command, "run_batch", spy)
    monkeypatch.setattr(extract_command.os, "cpu_count", lambda: 8)
    paths = [str(path) for path in SPEECHES[:3]]
    _, default_out, _ = run_cli(["extract", *paths, "--date", "2012-05-10"], capsysbinary)
    _, single_out, _ = run_cli(["extract", *paths, "--date", "2012-05-10", "--jobs", "1"], capsysbinary)
    assert seen == [3, 1]  # one per core, but no more than the three files
    assert default_out == single_out


def test_a_negative_number_of_jobs_is_a_clear_error(capsysbinary):
    code, _, err = run_cli(["extract", str(SPEECHES[0]), str(SPEECHES[1]), "--jobs", "-2"], capsysbinary)
    assert code == 2 and err.count("\n") <= 2 and "--jobs -2" in err and "Traceback" not in err
    code, _, err = run_cli(["extract", str(SPEECHES[0]), "--jobs", "-2"], capsysbinary)
    assert code == 2 and "--jobs -2" in err


def test_run_batch_consumes_its_input_lazily():
    """The pool never reads far ahead of the results: memory stays flat on any corpus size."""
    pulled = []

    def jobs():
        for number, line in enumerate(corpus_lines(40), start=1):
            pulled.append(number)
            yield Job("jsonl", "", line.encode("utf-8"), line=number)

    outcomes = run_batch(jobs(), Settings(), workers=2, chunksize=2)
    first = next(outcomes)
    assert first.ok
    time.sleep(1.0)  # a slow consumer: an unthrottled pool would read all 40 lines meanwhile
    assert len(pulled) <= 2 * 2 * 4 + 2  # limit = chunksize * workers * 4, plus one chunk being built
    rest = list(outcomes)
    assert len(rest) == 39 and all(outcome.ok for outcome in rest)


def test_run_job_turns_any_failure_into_an_outcome():
    outcome = run_job(Job("file", "missing.txt", "missing.txt"), Settings())
    assert not outcome.ok and "no such file" in outcome.error
    assert orjson.loads(outcome.error_record()) == {"name": "missing.txt", "error": outcome.error}


def test_jsonl_jobs_skip_blank_lines_and_count_lines():
    stream = io.BytesIO(b'{"id": 1, "text": "x"}\n\n  \n{"id": 2, "text": "y"}\n')
    assert [job.line for job in jsonl_jobs(stream)] == [1, 4]


def test_batch_through_the_installed_cli_is_silent_on_stderr_when_piped(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(corpus_lines(6)) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "actions", "extract", str(corpus), "--format", "jsonl", "--jobs", "2"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stderr == b""  # no progress bar when stderr is not a terminal
    assert len(result.stdout.splitlines()) == 6


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_is_drawn_on_a_terminal(tmp_path):
    import os
    import pty

    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(corpus_lines(6)) + "\n", encoding="utf-8")
    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100"}
    process = subprocess.Popen(
        [sys.executable, "-m", "actions", "extract", str(corpus)], stdout=subprocess.PIPE, stderr=slave, env=env
    )
    os.close(slave)
    stdout, _ = process.communicate(timeout=120)
    drawn = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        drawn += chunk
    os.close(master)
    assert process.returncode == 0
    assert len(stdout.splitlines()) == 6  # the documents go to standard output, untouched
    assert b"extracting" in drawn and b"6/6" in drawn


def test_an_oversize_jsonl_line_is_named_once_in_the_summary(tmp_path, capsysbinary):
    corpus = tmp_path / "corpus.jsonl"
    big = json.dumps({"id": "big", "text": "要加强领导。" * 400}, ensure_ascii=False)
    corpus.write_text(json.dumps({"id": "small", "text": "各乡镇要加强领导。"}, ensure_ascii=False) + "\n" + big + "\n",
                      encoding="utf-8")
    code, _, err = run_cli(["extract", str(corpus), "--out", str(tmp_path / "out"), "--max-bytes", "2K", "--jobs", "1"],
                           capsysbinary)
    assert code == 1
    assert "line 2: line 2" not in err
    assert "line 2: larger than the limit of 2048 bytes" in err
