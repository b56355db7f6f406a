"""The head of each document in a view: title lines that hold no action.

A speech opens with a title, a subtitle (——在…会议上的讲话), a date or a salutation; none of
them is an action, however imperative the title (切实提升城市管理水平). The head of a document
runs from its start (the view's start, or the start of the line of a 第X篇/【篇2】 separator) to the start of the line
that holds its first 。.
"""

from __future__ import annotations

import bisect

from actions.models import DOCUMENT_SEPARATOR
from actions.outline.node import NodeDraft
from actions.text.segment import Segment


def document_heads(view: str, outline: list[NodeDraft]) -> list[tuple[int, int]]:
    """(start, end) of the head of each document, in view order."""
    # A separator's own line is the next document's (镇长办公会会议纪要 [篇2]: the title before it too).
    starts = [0] + [view.rfind("\n", 0, root.marker_span[0]) + 1 for root in outline if root.family == DOCUMENT_SEPARATOR]
    heads = []
    for start, limit in zip(starts, starts[1:] + [len(view)]):
        stop = view.find("。", start, limit)  # within its own document: linear over all documents
        if stop > start:
            heads.append((start, view.rfind("\n", start, stop) + 1 or start))
    return heads


def in_head(heads: list[tuple[int, int]], sentence: Segment) -> bool:
    """Whether `sentence` lies inside one of `heads`."""
    index = bisect.bisect_right(heads, sentence.start, key=lambda head: head[0]) - 1
    return index >= 0 and sentence.end <= heads[index][1]
