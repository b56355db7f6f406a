"""The name the project installs under, the hints that name it, and standard input read
without `-` when it is not a terminal."""

from __future__ import annotations

import io
import subprocess
import sys
import tomllib
from pathlib import Path

import orjson
import pytest

from actions.cli import main
from actions.errors import DISTRIBUTION, InputError

ROOT = Path(__file__).resolve().parents[1]
SPEECH_5 = ROOT / "fixtures" / "speeches" / "speech-5.txt"


def run_cli(argv, capsysbinary):
    code = main(argv)
    captured = capsysbinary.readouterr()
    return code, captured.out.decode("utf-8"), captured.err.decode("utf-8")


def test_pyproject_names_the_distribution_and_an_spdx_license():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["name"] == DISTRIBUTION != "actions"  # `actions` on PyPI is another project
    assert project["project"]["license"] == "MIT"  # an SPDX expression, not the deprecated table
    assert project["project"]["scripts"] == {"actions": "actions.cli:main"}
    assert any(requirement.startswith("setuptools>=77") for requirement in project["build-system"]["requires"])


def test_readme_installs_the_distribution_not_the_unrelated_project():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"pip install '{DISTRIBUTION}[all]'" in readme
    assert "pip install 'actions[" not in readme and "pip install actions" not in readme


def test_a_missing_extra_names_the_distribution_and_the_package(monkeypatch):
    from actions.export import writer

    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl fails as if not installed
    monkeypatch.delitem(sys.modules, "actions.export.xlsx", raising=False)
    with pytest.raises(InputError) as error:
        writer("xlsx")
    message = str(error.value)
    assert f"pip install '{DISTRIBUTION}[xlsx]'" in message and "pip install openpyxl" in message
    assert "'actions[" not in message


def test_a_missing_python_docx_names_the_distribution(monkeypatch):
    from actions.io.docx_reader import docx_to_text

    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(InputError) as error:
        docx_to_text(b"", "a.docx")
    assert f"pip install '{DISTRIBUTION}[docx]'" in str(error.value)


def run_piped(argv: list[str], stdin: bytes) -> subprocess.CompletedProcess:
    """The installed command with standard input from a pipe (not a terminal)."""
    return subprocess.run([sys.executable, "-m", "actions", *argv], input=stdin, capture_output=True, check=False)


@pytest.mark.parametrize("command", [["extract", "--format", "json"], ["outline", "--format", "json"], ["text"]])
def test_standard_input_is_read_without_a_dash_when_it_is_not_a_terminal(command):
    piped = run_piped(command, SPEECH_5.read_bytes())
    dashed = run_piped([*command, "-"], SPEECH_5.read_bytes())
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == dashed.stdout and piped.stdout
    if command[0] == "extract":
        named = run_piped([*command, str(SPEECH_5)], b"")
        piped_document, named_document = orjson.loads(piped.stdout), orjson.loads(named.stdout)
        assert piped_document["source"]["name"] == "<stdin>"
        # The same items; their ids differ, as the document's name is part of an id (actions.ids).
        without_ids = [[{**item, "id": None} for item in document["items"]] for document in (piped_document, named_document)]
        assert without_ids[0] == without_ids[1] and without_ids[0]


def test_export_reads_standard_input_without_a_dash():
    piped = run_piped(["export", "--to", "csv"], SPEECH_5.read_bytes())
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.decode("utf-8-sig").count("\r\n") > 5


def test_table_from_standard_input():
    piped = run_piped(["extract"], SPEECH_5.read_bytes())
    assert piped.returncode == 0 and "nothing to extract" not in piped.stderr.decode()
    assert len(piped.stdout.decode("utf-8").splitlines()) > 5


def test_a_jsonl_corpus_on_standard_input_without_jsonl_is_told_what_to_do():
    line = orjson.dumps({"id": "a", "text": SPEECH_5.read_text(encoding="utf-8")}) + b"\n"
    result = run_piped(["extract"], line)
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1 and "--jsonl" in result.stderr.decode()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_without_input_on_a_terminal_the_error_says_how_to_give_one(monkeypatch, capsysbinary):
    monkeypatch.setattr(sys, "stdin", _Terminal())
    code, _, err = run_cli(["extract"], capsysbinary)
    assert code == 2 and "nothing to extract" in err and "actions extract < speech.txt" in err
    code, _, err = run_cli(["outline"], capsysbinary)
    assert code == 2 and "no input" in err and err.count("\n") == 1
