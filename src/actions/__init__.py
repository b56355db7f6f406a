"""actions: turn Chinese government meeting speeches into a structured task list.

    >>> import actions
    >>> doc = actions.extract(text, reference_date="2012-05-10")
    >>> [(item.text, item.deadline and item.deadline.due) for item in doc.items]

`parse_outline(text)` gives the enumeration outline alone; `export(document, format)`
renders a Document for a task tracker. All spans are `[start, end)` offsets into `text`.
"""

from actions.models import Deadline, Document, Item, Outline, OutlineNode, Owner, Source
from actions.export import export
from actions.pipeline import extract, parse_outline

__version__ = "0.1.0"

__all__ = [
    "Deadline",
    "Document",
    "Item",
    "Outline",
    "OutlineNode",
    "Owner",
    "Source",
    "export",
    "extract",
    "parse_outline",
    "__version__",
]
