"""Helpers for writing gold files by hand with offsets computed by code.

A gold builder script (scripts/gold/speech_N.py) reads the speech, locates every heading and
item by a unique substring, asserts every span, and writes fixtures/gold/<name>.json in the
format of the behaviour spec (gold-format.md). The reader decides what is a heading, an item, an
owner and a deadline; this module only finds offsets and refuses anything ambiguous.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TITLE_STOPS = "。；：！？;:!?\n"


class GoldBuilder:
    def __init__(self, name: str, reference_date: str, reference_note: str) -> None:
        self.name = name
        self.text = (ROOT / "fixtures" / "speeches" / f"{name}.txt").read_text(encoding="utf-8")
        self.gold = {
            "id": name,
            "reference_date": reference_date,
            "reference_note": reference_note,
            "headings": [],
            "items": [],
            "notes": [],
        }

    # -- locating text -------------------------------------------------------------
    def find(self, needle: str, after: int = 0, before: int | None = None) -> int:
        """Offset of the only occurrence of `needle` in text[after:before]; error otherwise."""
        end = len(self.text) if before is None else before
        first = self.text.find(needle, after, end)
        if first < 0:
            raise ValueError(f"not found after {after}: {needle!r}")
        second = self.text.find(needle, first + 1, end)
        if second >= 0:
            raise ValueError(f"not unique after {after} (at {first} and {second}): {needle!r}")
        return first

    def span_of(self, needle: str, after: int = 0, before: int | None = None) -> tuple[int, int]:
        start = self.find(needle, after, before)
        return start, start + len(needle)

    # -- headings ----------------------------------------------------------------------
    def heading(self, marker: str, context: str, level: int, parent: int | None, after: int = 0, note: str | None = None) -> int:
        """Add the heading whose marker starts the unique `context`; returns its `at`."""
        at = self.find(context, after)
        assert context.startswith(marker), (marker, context)
        assert self.text[at : at + len(marker)] == marker
        title_end = at + len(marker)
        while title_end < len(self.text) and self.text[title_end] not in TITLE_STOPS:
            title_end += 1
        entry = {"at": at, "marker": marker, "level": level, "parent_at": parent, "title_end": title_end}
        if note:
            entry["notes"] = note
        self.gold["headings"].append(entry)
        return at

    # -- items ---------------------------------------------------------------------------
    def item(
        self,
        text: str,
        cls: str,
        owners: list[tuple[str, str, bool]] | None = None,
        deadline: tuple[str, str, str | None] | None = None,
        after: int = 0,
        note: str | None = None,
    ) -> tuple[int, int]:
        """Add an item. owners: (name, role, inherited); deadline: (text as written, kind, due ISO or None).

        The deadline text is searched inside the item span first, then in the sentence around it.
        """
        assert cls in ("task", "directive"), cls
        start, end = self.span_of(text, after)
        entry: dict = {"span": [start, end], "text": text, "class": cls, "owners": [], "deadline": None}
        for name, role, inherited in owners or []:
            assert role in ("responsible", "lead", "support"), role
            assert name in self.text, name
            entry["owners"].append({"name": name, "role": role, "inherited": inherited})
        if deadline is not None:
            words, kind, due = deadline
            assert kind in ("by", "on", "within", "asap", "recurring"), kind
            d_start = self.text.find(words, start, end)
            if d_start < 0:  # a deadline written just before the item's subject
                d_start = self.find(words, max(0, start - 40), end)
            entry["deadline"] = {"span": [d_start, d_start + len(words)], "text": words, "due": due, "kind": kind}
        if note:
            entry["notes"] = note
        self.gold["items"].append(entry)
        return start, end

    def note(self, text: str) -> None:
        self.gold["notes"].append(text)

    # -- output -----------------------------------------------------------------------------
    def validate(self) -> None:
        text = self.text
        ats = {h["at"] for h in self.gold["headings"]}
        for h in self.gold["headings"]:
            assert text[h["at"] : h["at"] + len(h["marker"])] == h["marker"], h
            assert h["parent_at"] is None or h["parent_at"] in ats, h
            assert (h["parent_at"] is None) == (h["level"] == 1), h
        by_at = {h["at"]: h for h in self.gold["headings"]}
        for h in self.gold["headings"]:
            if h["parent_at"] is not None:
                assert by_at[h["parent_at"]]["level"] == h["level"] - 1, h
        for it in self.gold["items"]:
            s, e = it["span"]
            assert text[s:e] == it["text"], it
            if it["deadline"]:
                ds, de = it["deadline"]["span"]
                assert text[ds:de] == it["deadline"]["text"], it
        spans = sorted(tuple(it["span"]) for it in self.gold["items"])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, f"overlapping gold items at {s1} and {s2}"

    def write(self) -> Path:
        self.validate()
        self.gold["headings"].sort(key=lambda h: h["at"])
        self.gold["items"].sort(key=lambda it: it["span"][0])
        out = ROOT / "fixtures" / "gold" / f"{self.name}.json"
        out.write_text(json.dumps(self.gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out}: {len(self.gold['headings'])} headings, {len(self.gold['items'])} items")
        return out
