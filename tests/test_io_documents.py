"""One Document loader: `actions export` and `actions eval --pred` read Document JSON alike."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from actions.cli import main
from actions.errors import InputError
from actions.io.documents import parse_documents, read_document

ROOT = Path(__file__).resolve().parents[1]
DOCUMENT = ROOT / "tests" / "data" / "speech-1.document.json"


def test_one_document_and_a_list_of_documents():
    text = DOCUMENT.read_text(encoding="utf-8")
    [one] = parse_documents(text, "speech-1.json")
    assert parse_documents("[" + text + "," + text + "]", "both.json") == [one, one]
    assert parse_documents(DOCUMENT.read_bytes(), "speech-1.json") == [one]
    assert read_document(DOCUMENT) == one


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (json.dumps({"items": []}), "x.json: not a Document JSON: source: Field required"),
        ("[{}]", "x.json: not a Document JSON: 0.source: Field required"),
        ("{no", "x.json: not a Document JSON: Invalid JSON"),
    ],
)
def test_a_broken_document_is_one_line_naming_the_file_and_the_field(data, message):
    with pytest.raises(InputError) as raised:
        parse_documents(data, "x.json")
    assert str(raised.value).startswith(message) and "\n" not in str(raised.value)


def test_export_and_eval_report_a_broken_document_the_same_way(tmp_path, capsys):
    (tmp_path / "gold").mkdir()
    (tmp_path / "speeches").mkdir()
    shutil.copy(ROOT / "fixtures" / "gold" / "speech-1.json", tmp_path / "gold")
    shutil.copy(ROOT / "fixtures" / "speeches" / "speech-1.txt", tmp_path / "speeches")
    predictions = tmp_path / "pred"
    predictions.mkdir()
    broken = predictions / "speech-1.json"
    broken.write_text(json.dumps({"items": 3}), encoding="utf-8")
    assert main(["export", str(broken), "--to", "csv"]) == 2
    export_error = capsys.readouterr().err
    assert main(["eval", str(tmp_path / "gold"), "--pred", str(predictions)]) == 2
    eval_error = capsys.readouterr().err
    assert "speech-1.json: not a Document JSON: " in export_error
    assert export_error.split("speech-1.json: ", 1)[1] == eval_error.split("speech-1.json: ", 1)[1]
