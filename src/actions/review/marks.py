"""The speech as HTML with nested highlights: items, their owners and deadlines, outline markers.

Highlights may share characters in any way (an owner inherited from a lead-in lies outside
its items, a row a person added may overlap another). HTML needs proper nesting, so a
highlight that crosses the end of the one around it is cut there and goes on as a second
piece after it; only the first piece carries the `id` that links point to. The text between
the tags is the original text exactly, character for character, so that a selection in the
browser counts the same offsets as the spans.
"""

from __future__ import annotations

import heapq
import html
import itertools
from dataclasses import dataclass

import regex

# Characters an HTML parser does not keep as they are: NUL and lone surrogates (which UTF-8
# cannot carry) become U+FFFD, one for one; a CR would be folded into the line end unless
# written as a character reference.
_UNKEPT = regex.compile(r"[\x00\ud800-\udfff]")


@dataclass(frozen=True)
class Highlight:
    """One marked range: `[start, end)` of the text, the tag name and its attributes."""

    start: int
    end: int
    rank: int  # for equal ranges, the lower rank is the outer element
    tag: str
    attributes: tuple[tuple[str, str], ...]
    anchor: str | None = None  # the element id, written on the first piece only


def text_html(text: str) -> str:
    """Text content for HTML, escaped, keeping every character (and so every offset)."""
    return html.escape(_UNKEPT.sub("\ufffd", text), quote=False).replace("\r", "&#13;")


def attribute(value: str) -> str:
    return html.escape(_UNKEPT.sub("\ufffd", value), quote=True)


def _open_tag(highlight: Highlight, first: bool) -> str:
    parts = [highlight.tag]
    if first and highlight.anchor:
        parts.append(f'id="{attribute(highlight.anchor)}"')
    parts.extend(f'{name}="{attribute(value)}"' for name, value in highlight.attributes)
    if not first:
        parts.append('data-piece="more"')
    return "<" + " ".join(parts) + ">"


def marked_html(text: str, highlights: list[Highlight]) -> str:
    """`text` with every highlight as an element; overlapping ones split into nested pieces."""
    order = itertools.count()
    pending = [
        (h.start, -h.end, h.rank, next(order), h, True)
        for h in highlights
        if 0 <= h.start < h.end <= len(text)
    ]
    heapq.heapify(pending)
    out: list[str] = []
    open_ends: list[tuple[int, str]] = []  # (end, closing tag) of the open elements, innermost last
    position = 0
    while pending:
        start, negative_end, rank, _, highlight, first = heapq.heappop(pending)
        end = -negative_end
        while open_ends and open_ends[-1][0] <= start:
            position = _close(text, out, open_ends, position)
        if open_ends and open_ends[-1][0] < end:
            cut = open_ends[-1][0]
            heapq.heappush(pending, (cut, -end, rank, next(order), highlight, False))
            end = cut
        out.append(text_html(text[position:start]))
        out.append(_open_tag(highlight, first))
        open_ends.append((end, f"</{highlight.tag}>"))
        position = start
    while open_ends:
        position = _close(text, out, open_ends, position)
    out.append(text_html(text[position:]))
    return "".join(out)


def _close(text: str, out: list[str], open_ends: list[tuple[int, str]], position: int) -> int:
    end, closing = open_ends.pop()
    out.append(text_html(text[position:end]))
    out.append(closing)
    return end
