"""`actions eval` reads a Document a person corrected in the review as gold."""

from __future__ import annotations

import orjson
import pytest

import actions
from actions.cli import main
from actions.errors import InputError
from actions.evaluate import evaluate
from actions.io.jsonio import to_json
from actions.models import Review
from actions.review.corrections import CORRECTIONS, apply_corrections
from conftest import SPEECHES_DIR, speech_text


def corrected_speech_5():
    text = speech_text(5)
    document = actions.extract(text, name="speech-5.txt", encoding="utf-8")
    first, second = document.items[0], document.items[1]
    start = text.index("下面,进行会议的第二项议程")  # an agenda line the extractor rightly skips; the person adds it anyway
    corrections = CORRECTIONS.validate_python([
        {"action": "owners", "item": first.id, "owners": [{"name": "市政府办公室"}]},
        {"action": "delete", "item": second.id},
        {"action": "add", "start": start, "end": start + 12},
    ])
    corrected, added = apply_corrections(document, text, corrections)
    return text, document, corrected, added


def write(directory, name, document):
    directory.mkdir(exist_ok=True)
    (directory / name).write_bytes(to_json(document) + b"\n")


def test_a_corrected_document_scores_the_extractor_on_its_items(tmp_path):
    text, extracted, corrected, added = corrected_speech_5()
    gold = tmp_path / "gold"
    write(gold, "speech-5.json", corrected)
    report = evaluate(gold, texts_dir=SPEECHES_DIR)
    [document] = report.documents
    counts = document.counts
    assert counts.headings_gold == 0 and document.figures["outline.marker_f1"] is None  # the outline was not checked
    assert counts.items_gold == len(corrected.items) == len(extracted.items)
    assert counts.items_predicted == len(extracted.items)
    problems = {(error.field, error.problem, error.span) for error in document.errors}
    deleted, first = extracted.items[1], extracted.items[0]
    added_item = next(item for item in corrected.items if item.id == added)
    assert ("item", "spurious", tuple(deleted.span)) in problems
    assert ("item", "missed", tuple(added_item.span)) in problems
    assert ("owners", "wrong", tuple(first.span)) in problems
    assert len(document.errors) == 3


def test_a_document_checked_without_changes_is_matched_in_full(tmp_path):
    text = speech_text(5)
    document = actions.extract(text, name="speech-5.txt").model_copy(update={"review": Review()})
    write(tmp_path / "gold", "speech-5.json", document)
    [report] = evaluate(tmp_path / "gold", texts_dir=SPEECHES_DIR).documents
    assert report.errors == []
    figures = report.figures
    assert figures["items.item_precision"] == figures["items.item_recall"] == figures["owners.f1"] == figures["deadlines.f1"] == 1.0


def test_an_unchecked_document_is_not_gold(tmp_path):
    write(tmp_path / "gold", "speech-5.json", actions.extract(speech_text(5), name="speech-5.txt"))
    with pytest.raises(InputError, match="no person has checked"):
        evaluate(tmp_path / "gold", texts_dir=SPEECHES_DIR)


def test_a_corrected_document_needs_its_own_text(tmp_path):
    _, _, corrected, _ = corrected_speech_5()
    write(tmp_path / "other", "other.json", corrected.model_copy(update={"source": corrected.source.model_copy(update={"name": "speech-4.txt"})}))
    with pytest.raises(InputError, match="corrected on another text than .*speech-4.txt"):
        evaluate(tmp_path / "other", texts_dir=SPEECHES_DIR)
    write(tmp_path / "gold", "speech-5.json", corrected)
    with pytest.raises(InputError, match="no text for this corrected Document"):
        evaluate(tmp_path / "gold", texts_dir=tmp_path)


def test_a_corrected_docx_is_read_from_the_docx(tmp_path):
    import docx

    from actions.io.sources import read_source

    texts = tmp_path / "texts"
    texts.mkdir()
    word = docx.Document()
    for line in ("一、全面排查隐患", "各县市区政府要在6月底前完成隐患排查整治。"):
        word.add_paragraph(line)
    word.save(texts / "讲话.docx")
    source = read_source(str(texts / "讲话.docx"))
    document = actions.extract(source.text, "2012-05-10", name=source.name, encoding=source.encoding)
    write(tmp_path / "gold", "jianghua.json", document.model_copy(update={"review": Review()}))
    [report] = evaluate(tmp_path / "gold", texts_dir=texts).documents
    assert report.counts.items_gold == 1 and report.errors == []


def test_eval_command_mixes_gold_files_and_corrected_documents(tmp_path, capsys):
    _, _, corrected, _ = corrected_speech_5()
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "speech-4.json").write_bytes((SPEECHES_DIR.parent / "gold" / "speech-4.json").read_bytes())
    write(gold, "speech-5.json", corrected)
    assert main(["eval", str(gold), "--texts", str(SPEECHES_DIR), "--json"]) == 0
    report = orjson.loads(capsys.readouterr().out)
    assert [document["name"] for document in report["documents"]] == ["speech-4", "speech-5"]
    assert report["documents"][1]["counts"]["headings_gold"] == 0
