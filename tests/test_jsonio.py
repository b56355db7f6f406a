"""`json_chunks` gives the bytes of `to_json` in pieces (a large Document is written piece by piece)."""

from pathlib import Path

import pytest

import actions
from actions.export import ExportOptions, export, export_chunks
from actions.io import jsonio
from actions.io.jsonio import json_chunks, to_json
from actions.models import Document, Outline, Review, Source

SPEECHES = sorted((Path(__file__).parents[1] / "fixtures" / "speeches").glob("speech-*.txt"))


@pytest.mark.parametrize("chunk_bytes", [1, 2000, 1 << 20])
def test_the_chunks_of_a_document_are_its_json(monkeypatch, chunk_bytes):
    monkeypatch.setattr(jsonio, "CHUNK_BYTES", chunk_bytes)
    text = "\n".join(path.read_text(encoding="utf-8") for path in SPEECHES[:2])
    document = actions.extract(text + "\n三、各部门要在6月底前\u2028完成自查。\n", reference_date="2012-05-10")
    assert document.items and document.outline
    for indent in (True, False):
        chunks = list(json_chunks(document, indent=indent))
        assert b"".join(chunks) == to_json(document, indent=indent)
    assert len(list(json_chunks(document))) > 1 or chunk_bytes == 1 << 20


def test_chunks_keep_the_fields_left_out_and_the_empty_lists():
    bare = Document(source=Source(sha256="0" * 64, chars=0))
    assert b"".join(json_chunks(bare)) == to_json(bare)
    several = actions.extract("第一篇\n一、要加强领导。\n第二篇\n一、各区要在6月底前完成排查。\n")
    reviewed = several.model_copy(update={"review": Review()})
    for document in (several, reviewed, Outline(nodes=several.outline)):
        assert b"".join(json_chunks(document)) == to_json(document)


@pytest.mark.parametrize("format_name", ["json", "jsonl", "csv"])
def test_export_chunks_join_to_the_export(format_name):
    document = actions.extract(SPEECHES[0].read_text(encoding="utf-8"), reference_date="2012-05-10")
    joined = list(export_chunks(document, format_name))
    expected = export(document, format_name, ExportOptions())
    assert b"".join(joined) == (expected.encode("utf-8") if isinstance(expected, str) else expected)
