"""Item ids that stay when the speech is edited elsewhere: the document's name, the item's
place in the outline and its own text, nothing else.

    T3k9qxm      an item the extractor found        P7d2h0c   a row a person added (the review)
    T3k9qxm-2    the second item of the same text in the same node (document order)

The six characters after the letter are a hash (BLAKE2b, 30 bits, in Crockford's base32
lower case: digits and letters without i, l, o, u) of three parts:

- the document's name (`Source.name`: the file name without its directory, a JSONL record's
  id (else `line N`), `extract(name=…)`), so that two speeches that share a sentence in the
  same place keep apart in a tracker that holds both;
- the id of the deepest outline node around the item ('2.1', or '' outside every node), so
  that one sentence said in two sections gives two ids;
- the item's text with every blank removed and NFKC applied, so that a line wrap, a
  full-width letter or a re-saved line end does not change it.

Offsets are not among them: a typo corrected in one paragraph changes that paragraph's items
only; the items after it, whose spans moved, keep theirs. An item whose text changes, one that
moves to another node, and every item under a heading whose number changes (a heading added or
removed before it renumbers the outline after it: '2.1' becomes '3.1') get new ids. Equal
hashes in one document (the same text twice in one node, or a rare clash of two texts) are told
apart in document order: the first keeps the id, the next ones get -2, -3 … So a tracker that
re-imports keeps every unchanged task and adds the changed ones as new.
"""

from __future__ import annotations

import hashlib
import unicodedata
from hashlib import blake2b
from typing import Iterable

ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"  # Crockford's base32, lower case
# 30 bits: two of a 300-item speech's hashes meet in about one speech of 24,000 (then -2).
_PAIRS = [first + second for first in ALPHABET for second in ALPHABET]  # 10 bits each
ITEM_PREFIX = "T"
PERSON_PREFIX = "P"


def key_text(text: str) -> str:
    """The text an id is made of: NFKC, every blank removed (line wraps, spaces, tabs)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def short_hash(*parts: str) -> str:
    """Six characters of ALPHABET (30 bits) from the BLAKE2b digest of `parts`, joined by
    U+001F (a blank to str.split: a key text never holds one)."""
    data = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    number = int.from_bytes(blake2b(data, digest_size=4).digest(), "big") >> 2
    return _PAIRS[number >> 20] + _PAIRS[(number >> 10) & 1023] + _PAIRS[number & 1023]


def place_of(outline_path: list[str]) -> str:
    """The id of the deepest outline node around an item ('' outside every node)."""
    return outline_path[-1] if outline_path else ""


class ItemIds:
    """Hands out the ids of one Document in document order, each once."""

    def __init__(self, name: str | None, taken: Iterable[str] = ()) -> None:
        self.name = name or ""
        self.taken = set(taken)
        # base → the first suffix not yet tried: the same ids as trying -2, -3 … from the start each
        # time (every lower one is taken), without a walk that grows with the repeats (a text of one
        # sentence repeated 10,000 times).
        self.next_suffix: dict[str, int] = {}

    def next(self, outline_path: list[str], text: str, prefix: str = ITEM_PREFIX) -> str:
        """The id of the next item: `prefix` and the hash of the name, the place and the text,
        with -2, -3 … when an earlier item of this Document has it."""
        base = prefix + short_hash(self.name, place_of(outline_path), key_text(text))
        given, number = base, self.next_suffix.get(base, 2)
        if given in self.taken:
            given = f"{base}-{number}"
            while given in self.taken:
                number += 1
                given = f"{base}-{number}"
            self.next_suffix[base] = number + 1
        self.taken.add(given)
        return given


def name_hash(name: str | None) -> str:
    """16 hex digits of the SHA-256 of a document's name: the part of an iCalendar UID that
    keeps the ids of documents with other names apart (`Source.name`; '' when unnamed)."""
    return hashlib.sha256((name or "").encode("utf-8", "surrogatepass")).hexdigest()[:16]
