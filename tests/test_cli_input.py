"""The command line on real input: encodings, bad input (one line, exit 2, no traceback),
`actions text`, and output files that are never half-written or overwritten."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from actions.cli import main

ROOT = Path(__file__).resolve().parents[1]
SPEECH_5 = (ROOT / "fixtures" / "speeches" / "speech-5.txt").read_text(encoding="utf-8")


def run_cli(argv, capsysbinary):
    code = main(argv)
    captured = capsysbinary.readouterr()
    return code, captured.out.decode("utf-8"), captured.err.decode("utf-8")


@pytest.mark.parametrize(
    ("codec", "recorded"), [("gbk", "gb18030"), ("gb18030", "gb18030"), ("utf-16", "utf-16"), ("utf-8-sig", "utf-8-sig")]
)
def test_encoded_speech_gives_the_same_items_and_records_the_encoding(tmp_path, capsysbinary, codec, recorded):
    path = tmp_path / "speech-5.txt"
    path.write_bytes(SPEECH_5.encode(codec))
    code, out, _ = run_cli(["extract", str(path), "--format", "json"], capsysbinary)
    assert code == 0
    document = orjson.loads(out)
    assert document["source"]["encoding"] == recorded
    _, reference, _ = run_cli(["extract", str(ROOT / "fixtures" / "speeches" / "speech-5.txt"), "--format", "json"], capsysbinary)
    assert document["items"] == orjson.loads(reference)["items"]
    assert document["outline"] == orjson.loads(reference)["outline"]


def test_gbk_speech_outline_through_the_cli(tmp_path, capsysbinary):
    path = tmp_path / "speech-5.txt"
    path.write_bytes(SPEECH_5.encode("gbk"))
    code, out, _ = run_cli(["outline", str(path)], capsysbinary)
    assert code == 0
    assert "1. 发改经信委主任盛嘉华同志作大会发言" in out


@pytest.mark.parametrize(
    ("content", "extra", "message"),
    [
        (b"", [], "empty input"),
        (b"\x00\x01\x02binary\x00", [], "binary input"),
        (b"PK\x03\x04not really a zip", [], "binary input"),
        ("一、总体要求".encode("gb18030") + b"\xff\xff", [], "undecodable input"),
        ("一、总体要求".encode("gb18030"), ["--encoding", "utf-8"], "undecodable input"),
        ("一、总体要求".encode("utf-8"), ["--encoding", "no-such-codec"], "unknown encoding"),
        ("一、总体要求".encode("utf-8") * 100, ["--max-bytes", "1K"], "larger than the limit of 1024 bytes"),
    ],
)
@pytest.mark.parametrize("command", ["extract", "outline", "text"])
def test_bad_input_is_one_line_and_exit_code_2(tmp_path, capsysbinary, content, extra, message, command):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    code, out, err = run_cli([command, str(path), *extra], capsysbinary)
    assert code == 2
    assert out == ""
    assert message in err
    assert err.count("\n") == 1 and err.startswith("actions: error: ")


def test_missing_path_and_directory_without_speeches(tmp_path, capsysbinary):
    code, _, err = run_cli(["extract", str(tmp_path / "nope.txt")], capsysbinary)
    assert code == 2 and "no such file" in err
    code, _, err = run_cli(["extract", str(tmp_path / "nope.txt"), str(tmp_path / "also-nope.txt")], capsysbinary)
    assert code == 2 and "nope.txt: no such file or directory" in err
    code, _, err = run_cli(["extract", str(tmp_path), "--out", str(tmp_path / "out")], capsysbinary)
    assert code == 2 and "no speech files" in err


def test_errors_have_no_traceback_in_a_real_process(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    result = subprocess.run([sys.executable, "-m", "actions", "extract", str(path)], capture_output=True, check=False)
    assert result.returncode == 2
    assert result.stderr.decode() == f"actions: error: {path.name}: binary input (a PNG image) (give the speech as text or .docx)\n"


def test_text_command_prints_the_decoded_text_and_the_view(tmp_path, capsysbinary):
    path = tmp_path / "gbk.txt"
    path.write_bytes("一、总体要求\r\n今年市里抓了两个典 7 型，(一)\n".encode("gbk"))
    code, out, err = run_cli(["text", str(path), "--show-encoding"], capsysbinary)
    assert code == 0 and out == "一、总体要求\r\n今年市里抓了两个典 7 型，(一)\n"
    assert err == "gbk.txt: gb18030\n"
    code, out, _ = run_cli(["text", str(path), "--view"], capsysbinary)
    assert out == "一、总体要求\n今年市里抓了两个典型，（一）\n"


def test_output_file_is_never_overwritten_without_force(tmp_path, capsysbinary):
    speech = ROOT / "fixtures" / "speeches" / "speech-5.txt"
    target = tmp_path / "doc.json"
    target.write_text("keep me", encoding="utf-8")
    code, _, err = run_cli(["extract", str(speech), "--format", "json", "-o", str(target)], capsysbinary)
    assert code == 2 and "already exists" in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "keep me"
    code, _, _ = run_cli(["extract", str(speech), "--format", "json", "-o", str(target), "--force"], capsysbinary)
    assert code == 0 and orjson.loads(target.read_bytes())["source"]["name"] == "speech-5.txt"
    code, _, err = run_cli(["text", str(speech), "-o", str(target)], capsysbinary)
    assert code == 2 and "already exists" in err


def test_an_interrupted_write_leaves_the_old_file_and_no_temporary(tmp_path, capsysbinary, monkeypatch):
    speech = ROOT / "fixtures" / "speeches" / "speech-5.txt"
    target = tmp_path / "doc.json"
    target.write_text("old", encoding="utf-8")

    def crash(_fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", crash)
    code, _, err = run_cli(["extract", str(speech), "--format", "json", "-o", str(target), "--force"], capsysbinary)
    assert code == 130 and "interrupted" in err
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.json"]


def test_max_bytes_accepts_suffixes(capsysbinary):
    speech = str(ROOT / "fixtures" / "speeches" / "speech-5.txt")
    assert run_cli(["text", speech, "--max-bytes", "1M"], capsysbinary)[0] == 0
    with pytest.raises(SystemExit):
        main(["text", speech, "--max-bytes", "lots"])


def test_running_out_of_memory_is_one_line_and_exit_code_1(tmp_path, capsysbinary, monkeypatch):
    # Memory grows with the outline (a file of nothing but markers); the user gets a message, not a traceback.
    import actions.commands.extract as extract_command

    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(extract_command, "extract", exhausted)
    path = tmp_path / "markers.txt"
    path.write_text("1.\n" * 100, encoding="utf-8")
    code, out, err = run_cli(["extract", str(path)], capsysbinary)
    assert code == 1 and out == ""
    assert err.startswith("actions: error: out of memory:") and err.count("\n") == 1


def test_extract_reads_its_formats_from_the_export_registry():
    from actions.cli import build_parser
    from actions.export import EXTRACT_FORMATS, FORMATS

    assert set(EXTRACT_FORMATS) <= set(FORMATS)
    extract = build_parser()._subparsers._group_actions[0].choices["extract"]
    [option] = [action for action in extract._actions if "--format" in action.option_strings]
    assert option.choices == ("table", *EXTRACT_FORMATS, "parquet")  # parquet: two tables, not a registry format


@pytest.mark.parametrize("options", [["--out", "OUT"], ["--dask"], ["-", "SPEECH", "--out", "OUT"]])
def test_a_speech_piped_into_a_batch_is_one_clear_error(tmp_path, options):
    speech = Path(__file__).resolve().parents[1] / "fixtures" / "speeches" / "speech-2.txt"
    argv = [str(tmp_path / "out") if part == "OUT" else str(speech) if part == "SPEECH" else part for part in options]
    result = subprocess.run([sys.executable, "-m", "actions", "extract", *argv], input="各乡镇要加强领导。".encode("utf-8"),
                            capture_output=True)
    assert result.returncode == 2
    error = result.stderr.decode("utf-8")
    assert error.count("\n") == 1 and "standard input holds one speech" in error and "Traceback" not in error
    assert not (tmp_path / "out").exists()
