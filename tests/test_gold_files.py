"""Every gold file in fixtures/gold/ is well formed and indexes its text (checked independently of
the evaluator's loader): format, spans, heading markers at `at`, parents and levels, no overlaps."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import GOLD_DIR, SPEECHES_DIR

GOLD_FILES = sorted(p for p in GOLD_DIR.glob("*.json") if p.name != "floor.json")
ROLES = {"responsible", "lead", "support"}
KINDS = {"by", "on", "within", "asap", "recurring"}


def load(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (SPEECHES_DIR / f"{path.stem}.txt").read_text(encoding="utf-8")
    return gold, text


def is_date(value) -> bool:
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


pytestmark = pytest.mark.skipif(not GOLD_FILES, reason="no gold files yet")


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_format(path):
    gold, _ = load(path)
    assert {"id", "reference_date", "reference_note", "headings", "items"} <= gold.keys()
    assert is_date(gold["reference_date"]) and gold["reference_note"].strip()
    for heading in gold["headings"]:
        assert {"at", "marker", "level", "parent_at", "title_end"} <= heading.keys(), heading
        assert isinstance(heading["at"], int) and isinstance(heading["level"], int) and heading["marker"]
    for item in gold["items"]:
        assert item["class"] in ("task", "directive"), item
        assert len(item["span"]) == 2
        for owner in item["owners"]:
            assert owner["name"] and owner["role"] in ROLES and isinstance(owner["inherited"], bool), item
        deadline = item["deadline"]
        if deadline is not None:
            assert deadline["kind"] in KINDS, item
            assert deadline["due"] is None or is_date(deadline["due"]), item
            if deadline["kind"] in ("asap", "recurring"):
                assert deadline["due"] is None, item


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_every_span_indexes_the_text(path):
    gold, text = load(path)
    for heading in gold["headings"]:
        at, marker = heading["at"], heading["marker"]
        assert text[at : at + len(marker)] == marker, heading
        assert at + len(marker) <= heading["title_end"] <= len(text), heading
    for item in gold["items"]:
        start, end = item["span"]
        assert 0 <= start < end <= len(text), item
        if "text" in item:
            assert text[start:end] == item["text"], item
        for owner in item["owners"]:
            assert owner["name"] in text, owner
        if item["deadline"]:
            d_start, d_end = item["deadline"]["span"]
            assert 0 <= d_start < d_end <= len(text) and text[d_start:d_end] == item["deadline"]["text"], item


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_parents_exist_and_levels_are_consistent(path):
    gold, _ = load(path)
    by_at = {h["at"]: h for h in gold["headings"]}
    assert len(by_at) == len(gold["headings"]), "two headings at one offset"
    for heading in gold["headings"]:
        parent_at = heading["parent_at"]
        if parent_at is None:
            assert heading["level"] == 1, heading
            continue
        assert parent_at in by_at, heading
        assert parent_at < heading["at"], heading
        assert by_at[parent_at]["level"] == heading["level"] - 1, heading


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_items_do_not_overlap_and_leave_markers_out(path):
    gold, _ = load(path)
    spans = sorted(tuple(item["span"]) for item in gold["items"])
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, f"items {s1}:{e1} and {s2}:{e2} overlap"
    for heading in gold["headings"]:
        marker = (heading["at"], heading["at"] + len(heading["marker"]))
        for start, end in spans:
            assert marker[1] <= start or end <= marker[0], f"item {start}:{end} includes the marker {heading['marker']}"
