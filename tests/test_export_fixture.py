"""The hand-made Document fixture is valid, indexes speech-1.txt and is what its builder writes."""

from __future__ import annotations

import hashlib
import runpy

from actions.io.jsonio import to_json
from conftest import speech_text
from export_support import DATA, FIXTURE, fixture_document


def test_fixture_is_a_valid_document_of_speech_1():
    document = fixture_document()
    text = speech_text(1)
    assert document.source.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert document.source.chars == len(text)


def test_every_outline_span_indexes_the_speech():
    text = speech_text(1)
    document = fixture_document()

    def check(node, parent_span):
        start, end = node.marker_span
        assert text[start:end] == node.marker
        assert text[end : end + len(node.title)] == node.title
        assert node.span[0] == start and parent_span[0] <= start < node.span[1] <= parent_span[1]
        for child in node.children:
            assert child.level == node.level + 1 and child.id.startswith(node.id + ".")
            check(child, node.span)

    for root in document.outline:
        assert root.level == 1
        check(root, (0, len(text)))


def test_every_item_span_indexes_the_speech():
    text = speech_text(1)
    document = fixture_document()
    nodes = {node.id: node for node in document.walk_outline()}
    for item in document.items:
        assert text[item.span[0] : item.span[1]] == item.text, item.id
        assert text[item.sentence_span[0] : item.sentence_span[1]] == item.sentence, item.id
        assert item.sentence_span[0] <= item.span[0] < item.span[1] <= item.sentence_span[1], item.id
        for owner in item.owners:
            assert text[owner.span[0] : owner.span[1]] == owner.name, (item.id, owner)
        if item.deadline:
            assert text[item.deadline.span[0] : item.deadline.span[1]] == item.deadline.text, item.id
        innermost = nodes[item.outline_path[-1]]
        assert innermost.span[0] <= item.span[0] and item.span[1] <= innermost.span[1], item.id
        assert item.category == [nodes[node_id].title for node_id in item.outline_path]


def test_fixture_covers_what_the_exporters_must_handle():
    document = fixture_document()
    roles = {owner.role for item in document.items for owner in item.owners}
    assert roles == {"lead", "responsible", "support"}
    assert {item.kind for item in document.items} == {"task", "directive"}
    assert any(item.deadline and item.deadline.due for item in document.items)
    assert any(item.deadline and item.deadline.due is None for item in document.items)
    assert any(not item.owners for item in document.items)
    assert any(owner.inherited for item in document.items for owner in item.owners)
    assert max(node.level for node in document.walk_outline()) >= 5


def test_checked_in_fixture_is_what_the_builder_writes():
    built = runpy.run_path(str(DATA / "build_speech_1_document.py"))["build"]()
    assert to_json(built) + b"\n" == FIXTURE.read_bytes()
