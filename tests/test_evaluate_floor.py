"""The floor mechanism: what it records, what counts as a drop."""

from __future__ import annotations

import json

from actions.evaluation.floor import Floor, drops, floor_from_report, floor_json, read_floor, rises
from actions.evaluation.report import Counts, DocumentReport, EvaluationReport, figures


def report_with(items_matched: int, items_gold: int = 10) -> EvaluationReport:
    counts = Counts(items_gold=items_gold, items_predicted=items_gold, items_matched=items_matched)
    document = DocumentReport(name="doc", reference_date="2012-01-15", counts=counts, figures=figures(counts))
    return EvaluationReport.from_documents([document], "extractor")


def test_the_floor_keeps_measurable_figures_rounded_down():
    floor = floor_from_report(report_with(2, 3))
    assert floor.documents == ["doc"]
    assert floor.figures["items.item_recall"] == 0.666  # 2/3 rounded down: the recording run passes
    assert "owners.f1" not in floor.figures  # nothing to measure, nothing recorded
    assert drops(report_with(2, 3), floor) == []


def test_a_drop_beyond_the_tolerance_fails_and_a_small_one_does_not():
    floor = Floor(tolerance=0.02, documents=["doc"], figures={"items.item_recall": 0.8})
    assert drops(report_with(8), floor) == []
    assert drops(report_with(79, 100), floor) == []  # 0.79 is within 0.02
    fallen = drops(report_with(7), floor)
    assert len(fallen) == 1 and fallen[0].startswith("items.item_recall: 0.700 < floor 0.800")
    assert drops(report_with(0, 0), floor) == ["items.item_recall: recorded 0.800, now not measurable"]


def test_rises_are_reported_for_raising_the_floor():
    floor = Floor(documents=["doc"], figures={"items.item_recall": 0.5})
    assert rises(report_with(5), floor) == []
    assert rises(report_with(9), floor) == ["items.item_recall: 0.900 > floor 0.500"]


def test_the_floor_file_round_trips(tmp_path):
    floor = floor_from_report(report_with(9))
    path = tmp_path / "floor.json"
    path.write_text(floor_json(floor), encoding="utf-8")
    assert read_floor(path) == floor
    assert json.loads(path.read_text())["tolerance"] == 0.02
