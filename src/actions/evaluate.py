"""`actions.evaluate`: score the extractor (or saved predictions) against hand-made gold files.

    >>> from actions.evaluate import evaluate
    >>> report = evaluate("fixtures/gold")
    >>> report.figures["items.task_recall"]

The gold format and the conventions are those of the behaviour spec (gold-format.md); a
Document a person corrected in the review (`actions serve`) is read as gold too (see
actions.evaluation.corrected). For a gold file `<dir>/<name>.json` the text is `<dir>/../speeches/<name>.txt` (or, where there is no
`speeches` folder, `<dir>/../texts/<name>.txt`, the layout of the development corpus) unless
`texts_dir` is given; predictions, when `pred_dir` is given, are Document JSON files `<pred_dir>/<name>.json`
(as written by `actions extract --format json`). This module reads the files; the scoring
itself (actions.evaluation.metrics.score_document) is a pure function.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from actions.errors import InputError
from actions.evaluation.corrected import corrected_gold, is_document
from actions.evaluation.gold import GoldFile, gold_paths, parse_gold, span_problems
from actions.evaluation.metrics import score_document
from actions.evaluation.report import DocumentReport, EvaluationReport
from actions.io.documents import read_document
from actions.models import Document

Extractor = Callable[[str, GoldFile], Document]

__all__ = ["GoldCase", "evaluate", "evaluate_document", "load_cases", "EvaluationReport", "DocumentReport"]


@dataclass(frozen=True)
class GoldCase:
    """A gold file with the text it annotates."""

    path: Path
    gold: GoldFile
    text: str


def run_extractor(text: str, gold: GoldFile) -> Document:
    """The default extractor: actions.extract with the gold file's meeting date."""
    from actions.pipeline import extract

    return extract(text, gold.reference_date, name=gold.id)


def evaluate(
    gold: str | Path,
    pred_dir: str | Path | None = None,
    texts_dir: str | Path | None = None,
    *,
    only: Iterable[str] | None = None,
    extractor: Extractor = run_extractor,
) -> EvaluationReport:
    """Evaluate every gold file of `gold` (a directory or one file); `only` keeps the named ones."""
    cases = load_cases(gold, texts_dir, only=only)
    reports = []
    for case in cases:
        if pred_dir is None:
            document = extractor(case.text, case.gold)
        else:
            document = load_prediction(Path(pred_dir), case)
        reports.append(evaluate_document(case, document))
    return EvaluationReport.from_documents(reports, "extractor" if pred_dir is None else "predictions")


def evaluate_document(case: GoldCase, document: Document) -> DocumentReport:
    """Score one Document against one gold case (no I/O)."""
    report = score_document(case.gold, case.text, document)
    report.name = case.path.stem
    return report


def load_cases(gold: str | Path, texts_dir: str | Path | None = None, *, only: Iterable[str] | None = None) -> list[GoldCase]:
    """Read the gold files and their texts; any problem is an InputError naming the file."""
    gold = Path(gold)
    paths = gold_paths(gold)
    if only is not None:
        wanted = set(only)
        paths = [p for p in paths if p.stem in wanted]
    gold_dir = gold if gold.is_dir() else gold.parent
    texts = Path(texts_dir) if texts_dir is not None else default_texts_dir(gold_dir)
    return [_load_case(path, texts) for path in paths]


def default_texts_dir(gold_dir: Path) -> Path:
    """Where the texts of a gold directory are: its sibling `speeches/` (the fixtures) or `texts/` (a corpus)."""
    speeches = gold_dir.parent / "speeches"
    texts = gold_dir.parent / "texts"
    return texts if not speeches.is_dir() and texts.is_dir() else speeches


def _load_case(path: Path, texts: Path) -> GoldCase:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read the gold file ({error.strerror})") from None
    if is_document(data):  # a Document a person corrected in the review
        gold, text = corrected_gold(path, data, texts)
        return GoldCase(path=path, gold=gold, text=text)
    gold = parse_gold(path, data)
    text_path = texts / f"{path.stem}.txt"
    try:
        text = text_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no text for this gold file at {text_path}", "give the texts directory with --texts DIR") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{text_path}: cannot read the text ({error})") from None
    problems = span_problems(gold, text)
    if problems:
        raise InputError(f"{path}: {problems[0]}", f"{len(problems)} span problem(s); is {text_path} the text it was written for?")
    return GoldCase(path=path, gold=gold, text=text)


def load_prediction(pred_dir: Path, case: GoldCase) -> Document:
    """The saved Document for a gold case; it must have been extracted from the same text."""
    path = pred_dir / f"{case.path.stem}.json"
    try:
        document = read_document(path)
    except FileNotFoundError:
        raise InputError(f"{path}: no prediction for gold file {case.path.name}", "write it with actions extract --format json") from None
    digest = hashlib.sha256(case.text.encode("utf-8", "surrogatepass")).hexdigest()
    if document.source.sha256 != digest:
        raise InputError(f"{path}: was extracted from another text than {case.path.stem}.txt", "re-run actions extract on that text")
    return document
