"""An outline node while the extraction runs: the fields of an `OutlineNode`, without a dict.

The outline builder gives `NodeDraft`s (view offsets); the stages after it read their fields
by name, as they would a model's, and the pipeline's remap makes each an `OutlineNode`
(actions.remap.remap_node). A large text holds a node per hundred characters or so: without
a dict of fields, a node takes a third of a model's memory.
"""

from __future__ import annotations

from typing import Iterator

from actions.models import Span


class NodeDraft:
    """The fields of actions.models.OutlineNode (see there), in view offsets."""

    __slots__ = ("id", "marker", "family", "ordinal", "level", "marker_span", "title", "title_span", "span", "children")

    def __init__(self, id: str, marker: str, family: str, ordinal: int, level: int, marker_span: Span, title: str,
                 title_span: Span, span: Span, children: list[NodeDraft]) -> None:
        self.id, self.marker, self.family, self.ordinal, self.level = id, marker, family, ordinal, level
        self.marker_span, self.title, self.title_span, self.span, self.children = marker_span, title, title_span, span, children

    def walk(self) -> Iterator[NodeDraft]:
        """This node and all its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def __repr__(self) -> str:
        return f"NodeDraft(id={self.id!r}, marker={self.marker!r}, title={self.title!r}, span={self.span!r})"
