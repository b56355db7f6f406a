"""Output files: batch names that never collide, reruns, file-system faults as one line,
streams without a cut record, and permissions that follow the umask."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import orjson
import pytest

import actions
import actions.batch
from actions.cli import main
from actions.errors import InputError
from actions.io.jsonio import to_json
from actions.models import Document
from actions.io.output import OutputError, atomic_write
from fs_faults import require_tmpfs, run_on_tmpfs

ROOT = Path(__file__).resolve().parents[1]
SPEECHES = sorted((ROOT / "fixtures" / "speeches").glob("speech-*.txt"))
TEXTS = [path.read_text(encoding="utf-8") for path in SPEECHES]
SMALL = TEXTS[4]  # speech-5: a short speech


def run_cli(argv, capsysbinary):
    code = main(argv)
    captured = capsysbinary.readouterr()
    return code, captured.out.decode("utf-8"), captured.err.decode("utf-8")


def documents_in(directory: Path) -> dict[str, Document]:
    return {path.relative_to(directory).as_posix(): Document.model_validate_json(path.read_bytes()) for path in directory.rglob("*.json")}


# --- names that would meet -------------------------------------------------------------------


def test_two_files_with_one_stem_get_two_output_files(tmp_path, capsysbinary):
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text(TEXTS[0], encoding="utf-8")  # speech-1: a 90-item speech
    (source / "a.md").write_text(SMALL, encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run_cli(["extract", str(source), "--out", str(out), "--jobs", "1"], capsysbinary)
    assert code == 0
    found = documents_in(out)
    assert {name: document.source.name for name, document in found.items()} == {"a.json": "a.md", "a~2.json": "a.txt"}
    assert len(found["a~2.json"].items) == len(actions.extract(TEXTS[0]).items) > 80
    assert "wrote 2 of 2 documents" in err and "1 renamed" in err and "a.txt → a~2.json" in err

    code, _, err = run_cli(["extract", str(source), "--out", str(out), "--jobs", "1", "--force"], capsysbinary)
    assert code == 0 and {name: d.source.name for name, d in documents_in(out).items()} == {"a.json": "a.md", "a~2.json": "a.txt"}
    assert "wrote 2 of 2 documents" in err


def test_two_jsonl_records_with_one_id_and_names_of_other_cases(tmp_path, capsysbinary):
    corpus = tmp_path / "corpus.jsonl"
    records = [{"id": "a", "text": TEXTS[0]}, {"id": "a", "text": SMALL}, {"id": "A", "text": SMALL}, {"id": "a/b", "text": SMALL}]
    corpus.write_text("\n".join(json.dumps(record, ensure_ascii=False) for record in records) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run_cli(["extract", str(corpus), "--out", str(out), "--jobs", "2", "--chunksize", "1"], capsysbinary)
    assert code == 0
    found = documents_in(out)
    assert sorted(found) == ["A~3.json", "a.json", "a_b.json", "a~2.json"]  # A would meet a on a case-insensitive disk
    assert len(found["a.json"].items) > 80 and found["a~2.json"].source.name == "a" and found["A~3.json"].source.name == "A"
    assert "wrote 4 of 4 documents" in err and "line 2 (id a) → a~2.json" in err


def test_files_of_the_same_name_from_two_directories(tmp_path, capsysbinary):
    for directory, text in (("x", TEXTS[0]), ("y", SMALL)):
        (tmp_path / directory).mkdir()
        (tmp_path / directory / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    code, _, _ = run_cli(["extract", str(tmp_path / "x" / "a.txt"), str(tmp_path / "y" / "a.txt"), "--out", str(out), "--jobs", "1"], capsysbinary)
    assert code == 0
    assert sorted(documents_in(out)) == ["a.json", "a~2.json"]


# --- reruns --------------------------------------------------------------------------------


def test_a_rerun_is_told_what_to_do_and_skip_existing_does_only_the_rest(tmp_path, capsysbinary, monkeypatch):
    source = tmp_path / "in"
    source.mkdir()
    for number in (1, 2, 5):
        (source / f"s{number}.txt").write_text(TEXTS[number - 1], encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli(["extract", str(source), "--out", str(out), "--jobs", "1"], capsysbinary)[0] == 0
    (out / "s1.json").write_bytes(b"my edits")
    (out / "s2.json").unlink()

    code, _, err = run_cli(["extract", str(source), "--out", str(out), "--jobs", "1"], capsysbinary)
    assert code == 1 and "already exists" in err and "--skip-existing" in err and "--force" in err
    assert "use --force to overwrite it, or choose another -o" not in err  # the advice for one file, not for a batch
    assert (out / "s1.json").read_bytes() == b"my edits"

    (out / "s2.json").unlink()
    extracted = []
    real = actions.batch.extract
    monkeypatch.setattr(actions.batch, "extract", lambda text, *a, **k: extracted.append(k["name"]) or real(text, *a, **k))
    code, _, err = run_cli(["extract", str(source), "--out", str(out), "--jobs", "1", "--skip-existing"], capsysbinary)
    assert code == 0 and extracted == ["s2.txt"]  # only the document without a file is extracted again
    assert "wrote 1 of 3 documents" in err and "2 skipped" in err
    assert (out / "s1.json").read_bytes() == b"my edits" and Document.model_validate_json((out / "s2.json").read_bytes())


def test_skip_existing_needs_out_and_contradicts_force(tmp_path, capsysbinary):
    paths = [str(SPEECHES[4]), str(SPEECHES[1])]
    code, _, err = run_cli(["extract", *paths, "--skip-existing"], capsysbinary)
    assert code == 2 and "--skip-existing" in err
    code, _, err = run_cli(["extract", *paths, "--out", str(tmp_path), "--skip-existing", "--force"], capsysbinary)
    assert code == 2 and "--force" in err


# --- file-system faults ----------------------------------------------------------------------


def test_an_output_directory_that_cannot_be_made_is_one_line_per_document(tmp_path, capsysbinary):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    paths = [str(SPEECHES[4]), str(SPEECHES[1])]
    code, _, err = run_cli(["extract", *paths, "--out", str(blocker / "sub"), "--jobs", "1"], capsysbinary)
    assert code == 1 and "Traceback" not in err
    assert err.count("cannot create the directory: Not a directory") == 2
    assert "wrote 0 of 2 documents" in err


@pytest.mark.parametrize("command", [["extract", "--format", "json"], ["export", "--to", "csv"], ["text"]])
def test_one_output_file_that_cannot_be_written_is_one_line_and_exit_2(tmp_path, capsysbinary, command):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    code, out, err = run_cli([command[0], str(SPEECHES[4]), *command[1:], "-o", str(blocker / "out.json")], capsysbinary)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Not a directory" in err and str(blocker) in err


def record_size(text: str, name: str) -> int:
    return len(to_json(actions.extract(text, "2012-05-10", name=name, encoding="utf-8"), indent=False)) + 1


def test_a_full_disk_under_a_jsonl_stream_leaves_whole_records(tmp_path):
    require_tmpfs()
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "\n".join(json.dumps({"id": f"doc-{n}", "text": SMALL, "date": "2012-05-10"}, ensure_ascii=False) for n in range(12)) + "\n",
        encoding="utf-8",
    )
    size = record_size(SMALL, "doc-0")
    run = run_on_tmpfs(tmp_path / "mnt", ["extract", str(corpus), "--jobs", "1"], size=f"{int(size * 3.5)}", stdout_to="out.jsonl")
    assert run.code == 1
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert "No space left on device" in run.stderr
    written = run.files["out.jsonl"]
    assert written.endswith(b"\n")  # no cut record
    lines = written.splitlines()
    assert 1 <= len(lines) < 12
    assert [orjson.loads(line)["source"]["name"] for line in lines] == [f"doc-{n}" for n in range(len(lines))]
    assert f"holds {len(lines)} whole records, the last for line {len(lines)} (id doc-{len(lines) - 1})" in run.stderr


def test_a_full_disk_under_out_keeps_every_file_whole_and_goes_on(tmp_path):
    require_tmpfs()
    paths = [str(SPEECHES[4]), str(SPEECHES[0]), str(SPEECHES[1])]  # small, large (does not fit), small
    size = record_size(SMALL, "speech-5.txt") * 2 + 20_000
    run = run_on_tmpfs(tmp_path / "mnt", ["extract", *paths, "--out", "results", "--jobs", "1"], size=str(size))
    assert run.code == 1 and "Traceback" not in run.stderr
    assert sorted(run.files) == ["results/speech-2.json", "results/speech-5.json"]  # no temporary file left
    for data in run.files.values():
        assert Document.model_validate_json(data)
    assert "speech-1.txt: results/speech-1.json: cannot write: No space left on device" in run.stderr
    assert "wrote 2 of 3 documents" in run.stderr


def test_a_read_only_file_system_is_one_line(tmp_path):
    require_tmpfs()
    run = run_on_tmpfs(tmp_path / "mnt", ["extract", str(SPEECHES[4]), "-o", "out.json", "--format", "json"], readonly=True)
    assert run.code == 2 and run.stderr.count("\n") == 1
    assert "out.json: cannot write: Read-only file system" in run.stderr and run.files == {}
    run = run_on_tmpfs(tmp_path / "mnt2", ["extract", str(SPEECHES[4]), str(SPEECHES[1]), "--out", "results", "--jobs", "1"], readonly=True)
    assert run.code == 1 and run.stderr.count("Read-only file system") == 2 and "Traceback" not in run.stderr


def test_standard_output_on_a_full_device_is_one_line(tmp_path):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    import subprocess
    import sys

    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "actions", "extract", str(SPEECHES[4]), "--format", "json"], stdout=full, stderr=subprocess.PIPE, check=False
        )
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "actions: error: <stdout>: cannot write: No space left on device (free space on the disk, or write elsewhere)\n"
    )


# --- permissions ---------------------------------------------------------------------------


@pytest.fixture
def umask():
    def set_mask(mask: int) -> None:
        os.umask(mask)

    old = os.umask(0o022)
    yield set_mask
    os.umask(old)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_output_files_follow_the_umask(tmp_path, umask, mask, mode):
    umask(mask)
    path = tmp_path / "out.json"
    atomic_write(path, b"{}")
    assert stat.S_IMODE(path.stat().st_mode) == mode


def test_a_replaced_file_keeps_its_permissions(tmp_path, umask):
    path = tmp_path / "out.json"
    path.write_bytes(b"old")
    path.chmod(0o600)
    atomic_write(path, b"new", force=True)
    assert path.read_bytes() == b"new" and stat.S_IMODE(path.stat().st_mode) == 0o600


def test_batch_files_through_the_cli_are_readable_by_others(tmp_path, capsysbinary, umask):
    out = tmp_path / "out"
    assert run_cli(["extract", str(SPEECHES[4]), str(SPEECHES[1]), "--out", str(out), "--jobs", "1"], capsysbinary)[0] == 0
    assert {stat.S_IMODE(path.stat().st_mode) for path in out.glob("*.json")} == {0o644}
    single = tmp_path / "one.csv"
    assert run_cli(["export", str(SPEECHES[4]), "--to", "csv", "-o", str(single)], capsysbinary)[0] == 0
    assert stat.S_IMODE(single.stat().st_mode) == 0o644


def test_a_file_that_appears_while_writing_is_not_replaced(tmp_path, monkeypatch):
    path = tmp_path / "out.json"
    monkeypatch.setattr("actions.io.output.check_writable", lambda *args, **kwargs: None)  # the file appears after the check
    path.write_bytes(b"theirs")
    with pytest.raises(InputError, match="already exists"):
        atomic_write(path, b"ours")
    assert path.read_bytes() == b"theirs" and [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_output_error_is_an_input_error_with_the_cause():
    error = OutputError("x: cannot write: No space left on device")
    assert isinstance(error, InputError)
