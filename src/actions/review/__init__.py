"""The review: a page that shows what was found in the speech, and corrections to it.

`build_page(document, text)` (actions.review.page) writes the self-contained review page of
`actions review`; `apply_corrections` (actions.review.corrections) applies what a person sets
in `actions serve`. The page's style and scripts are package data in `static/`.
"""

from actions.review.corrections import CORRECTIONS, apply_corrections
from actions.review.page import build_app_page, build_page, page_parts

__all__ = ["CORRECTIONS", "apply_corrections", "build_app_page", "build_page", "page_parts"]
