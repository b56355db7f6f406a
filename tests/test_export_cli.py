"""`actions export`: every path a user takes, through the real CLI entry point."""

from __future__ import annotations

import io
import json
import sys

import pytest

from actions.cli import main
from actions.models import Document
from export_support import FIXTURE, csv_rows, xlsx_sheets
from conftest import SPEECHES_DIR

SPEECH = str(SPEECHES_DIR / "speech-1.txt")


def run(capsysbinary, *argv: str) -> tuple[int, bytes, str]:
    code = main(["export", *argv])
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8")


def test_document_json_to_stdout(capsysbinary):
    code, out, err = run(capsysbinary, str(FIXTURE), "--to", "csv")
    assert code == 0 and err == ""
    assert len(csv_rows(out)) == len(Document.model_validate_json(FIXTURE.read_text(encoding="utf-8")).items)


def test_speech_is_extracted_with_the_date(capsysbinary):
    code, out, err = run(capsysbinary, SPEECH, "--to", "json", "--date", "2012-05-10")
    assert code == 0, err
    document = Document.model_validate_json(out)
    assert document.reference_date.isoformat() == "2012-05-10" and document.source.name == "speech-1.txt"


def test_output_file_is_never_overwritten_without_force(capsysbinary, tmp_path):
    target = tmp_path / "tasks.csv"
    assert run(capsysbinary, str(FIXTURE), "--to", "csv", "-o", str(target))[0] == 0
    first = target.read_bytes()
    target.write_bytes(b"mine")
    code, out, err = run(capsysbinary, str(FIXTURE), "--to", "csv", "-o", str(target))
    assert code == 2 and "already exists" in err and "--force" in err and err.count("\n") == 1
    assert target.read_bytes() == b"mine"
    assert run(capsysbinary, str(FIXTURE), "--to", "csv", "-o", str(target), "--force")[0] == 0
    assert target.read_bytes() == first
    assert sorted(path.name for path in tmp_path.iterdir()) == ["tasks.csv"], "no temporary file left behind"


def test_xlsx_to_a_file(capsysbinary, tmp_path):
    target = tmp_path / "tasks.xlsx"
    assert run(capsysbinary, str(FIXTURE), "--to", "xlsx", "-o", str(target))[0] == 0
    assert list(xlsx_sheets(target.read_bytes())) == ["任务分解表"]


def test_xlsx_is_not_printed_to_a_terminal(capsysbinary, monkeypatch):
    class Terminal(io.TextIOWrapper):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdout", Terminal(io.BytesIO()))
    code = main(["export", str(FIXTURE), "--to", "xlsx"])
    err = capsysbinary.readouterr().err.decode()
    assert code == 2 and "terminal" in err and "-o" in err
    assert sys.stdout.buffer.getvalue() == b""


def test_xlsx_to_a_pipe_is_written(capsysbinary):
    code, out, err = run(capsysbinary, str(FIXTURE), "--to", "xlsx")
    assert code == 0 and out.startswith(b"PK")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--to", "trello"], "unknown export format 'trello'"),
        (["--to", "jira-json"], "--project"),
        (["--to", "csv", "--date", "2012-05-10"], "--date applies to a speech"),
        (["--to", "csv", "--date", "10/05/2012"], "is not a date"),
    ],
)
def test_errors_are_one_line_with_exit_2(capsysbinary, argv, message):
    code, out, err = run(capsysbinary, str(FIXTURE), *argv)
    assert code == 2 and out == b""
    assert message in err and err.startswith("actions: error:") and err.count("\n") == 1


def test_invalid_document_json_is_a_clear_error(capsysbinary, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"items": []}), encoding="utf-8")
    code, out, err = run(capsysbinary, str(broken), "--to", "csv")
    assert code == 2 and "broken.json: not a Document JSON" in err and "actions extract" in err
    broken.write_text("{no", encoding="utf-8")
    code, out, err = run(capsysbinary, str(broken), "--to", "csv")
    assert code == 2 and "not a Document JSON" in err and err.count("\n") == 1


def test_document_json_on_standard_input(capsysbinary, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FIXTURE.read_bytes())))
    code, out, err = run(capsysbinary, "-", "--to", "markdown")
    assert code == 0 and out.decode("utf-8").startswith("# 任务清单：speech-1.txt")


def test_reproducible_timestamp_from_source_date_epoch(capsysbinary, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1336636800")
    code, out, err = run(capsysbinary, str(FIXTURE), "--to", "ics")
    assert code == 0 and b"DTSTAMP:20120510T080000Z" in out


def test_jira_issue_types_can_be_renamed(capsysbinary):
    code, out, err = run(capsysbinary, str(FIXTURE), "--to", "jira-csv", "--issue-type", "任务", "--group-issue-type", "长篇故事")
    types = {row["Issue Type"] for row in csv_rows(out)}
    assert code == 0 and types == {"任务", "长篇故事"}


def test_a_speech_on_standard_input_starting_with_a_bracket_is_text(capsysbinary, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("[正文]各乡镇要在6月底前完成排查。\n".encode("utf-8"))))
    code, out, err = run(capsysbinary, "-", "--to", "json", "--date", "2020-03-01")
    assert code == 0, err
    assert Document.model_validate_json(out).source.name == "<stdin>"
