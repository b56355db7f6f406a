"""The regression floor: figures recorded on the fixtures that later runs must not fall below.

The floor lists the documents it was recorded on, so a run on a different set of gold files
(a new gold file, a removed one) is compared on the recorded set only. Raising the floor is a
deliberate commit: `python scripts/record_floor.py` rewrites it from the current figures.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from actions.errors import InputError
from actions.evaluation.report import EvaluationReport

DEFAULT_TOLERANCE = 0.02


class Floor(BaseModel):
    tolerance: float = Field(default=DEFAULT_TOLERANCE, ge=0.0)
    documents: list[str]
    figures: dict[str, float]


def floor_from_report(report: EvaluationReport, tolerance: float = DEFAULT_TOLERANCE) -> Floor:
    """The floor a report sets: its total figures, rounded down to 3 decimals so the run that records passes."""
    figures = {name: int(value * 1000) / 1000 for name, value in report.figures.items() if value is not None}
    return Floor(tolerance=tolerance, documents=[d.name for d in report.documents], figures=figures)


def floor_json(floor: Floor) -> str:
    return json.dumps(floor.model_dump(), ensure_ascii=False, indent=1) + "\n"


def read_floor(path: Path) -> Floor:
    try:
        return Floor.model_validate_json(Path(path).read_bytes())
    except FileNotFoundError:
        raise InputError(f"{path}: no floor recorded", "record one with python scripts/record_floor.py") from None
    except ValidationError as error:
        raise InputError(f"{path}: not a floor file: {error.errors()[0]['msg']}") from None


def drops(report: EvaluationReport, floor: Floor) -> list[str]:
    """Figures that fell below the floor by more than the tolerance (or can no longer be measured)."""
    found = []
    for name, recorded in floor.figures.items():
        current = report.figures.get(name)
        if current is None:
            found.append(f"{name}: recorded {recorded:.3f}, now not measurable")
        elif current < recorded - floor.tolerance:
            found.append(f"{name}: {current:.3f} < floor {recorded:.3f} - {floor.tolerance}")
    return found


def rises(report: EvaluationReport, floor: Floor) -> list[str]:
    """Figures now above the floor by more than the tolerance: candidates for raising it."""
    return [
        f"{name}: {report.figures[name]:.3f} > floor {recorded:.3f}"
        for name, recorded in floor.figures.items()
        if report.figures.get(name) is not None and report.figures[name] > recorded + floor.tolerance
    ]
