"""A normalised view of the text for matching, and the map back to original offsets.

Rules match against one canonical form instead of spelling out every variant: full-width
digits and letters become ASCII, half-width Chinese punctuation (`,` `:` `;` `(`) becomes
full-width, and noise that breaks patterns is deleted (PDF page numbers between Chinese
characters: `典 7 型`; stray spaces between Chinese characters; indentation). Every
character of the view comes from exactly one character of the original, so any span of the
view maps back to a span of the original with `Normalized.to_original`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import regex

# One-to-one replacements (they keep the length): the view's canonical punctuation is
# full-width for Chinese sentence punctuation and ASCII for digits and Latin letters.
_FULLWIDTH_ASCII = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}  # ０-９
_FULLWIDTH_ASCII.update({code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FULLWIDTH_ASCII.update({code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_CANONICAL = str.maketrans(
    {
        **_FULLWIDTH_ASCII,
        ",": "，",
        ":": "：",
        ";": "；",
        "?": "？",
        "!": "！",
        "(": "（",
        ")": "）",
        "．": ".",
        "\u3000": " ",
        "\r": "\n",
    }
)

_HAN_OR_PUNCT = r"[\p{Han}，。、；：！？（）“”‘’《》—…]"
# Deleted runs. Each alternative is a bounded or possessive run, so the scan stays linear.
_NOISE = regex.compile(
    rf"""
      (?<={_HAN_OR_PUNCT})[ \t\u3000]++[0-9]{{1,3}}[ \t\u3000]++(?={_HAN_OR_PUNCT})   # PDF page number: 典 7 型
    | (?<={_HAN_OR_PUNCT})[ \t\u3000]++(?={_HAN_OR_PUNCT})                          # space between Chinese characters
    | (?<=[（(])[ \t\u3000]++                                                     # （ 一 ）
    | [ \t\u3000]++(?=[）)])
    | (?m:^[ \t\u3000]++)                                                         # indentation
    | (?m:[ \t\u3000]++$)                                                         # trailing spaces
    | [\ufeff\u200b\u200c\u200d\ufffd]                                            # BOM, zero-width, replacement char
    | \r(?=\n)                                                                    # CR of CRLF
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Normalized:
    """The view used for matching, with the way back to the original text."""

    original: str
    view: str
    # Offsets change only where text was deleted: for view offsets >= _view_starts[k],
    # original = view + _deltas[k]. Both lists are short (one entry per deleted run).
    _view_starts: tuple[int, ...]
    _deltas: tuple[int, ...]

    def to_original(self, offset: int) -> int:
        """Map a view offset (a position between characters) to the original text."""
        k = bisect_right(self._view_starts, offset) - 1
        return offset + self._deltas[k]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span `[start, end)` to the original span covering the same characters."""
        if end <= start:
            begin = self.to_original(start)
            return begin, begin
        return self.to_original(start), self.to_original(end - 1) + 1


def normalize(text: str) -> Normalized:
    """Build the matching view of `text` (linear time)."""
    pieces: list[str] = []
    view_starts = [0]
    deltas = [0]
    kept_from = 0
    view_length = 0
    for match in _NOISE.finditer(text):
        start, end = match.span()
        if start == end:
            continue
        pieces.append(text[kept_from:start])
        view_length += start - kept_from
        kept_from = end
        view_starts.append(view_length)
        deltas.append(end - view_length)
    pieces.append(text[kept_from:])
    view = "".join(pieces).translate(_CANONICAL)
    return Normalized(text, view, tuple(view_starts), tuple(deltas))
