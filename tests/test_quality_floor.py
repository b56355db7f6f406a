"""The quality floor: the extractor's figures on fixtures/gold must not fall below fixtures/gold/floor.json.

The floor names the documents it was recorded on; this test evaluates exactly those gold files, so
adding a gold file does not move the recorded figures. Record a new floor deliberately with
`python scripts/record_floor.py` (and commit it with the change that earned it).
"""

from __future__ import annotations

import pytest

from actions.evaluate import evaluate
from actions.evaluation.floor import drops, read_floor, rises
from conftest import GOLD_DIR

FLOOR_PATH = GOLD_DIR / "floor.json"


@pytest.mark.skipif(not FLOOR_PATH.exists(), reason="no floor recorded yet (python scripts/record_floor.py)")
def test_no_figure_falls_below_the_floor():
    floor = read_floor(FLOOR_PATH)
    missing = [name for name in floor.documents if not (GOLD_DIR / f"{name}.json").exists()]
    assert not missing, f"the floor was recorded on gold files that are gone: {missing}; re-record it"
    report = evaluate(GOLD_DIR, only=floor.documents)
    assert sorted(d.name for d in report.documents) == sorted(floor.documents)
    fallen = drops(report, floor)
    assert not fallen, "figures fell below the floor:\n" + "\n".join(fallen)
    for line in rises(report, floor):  # shown with -rP; raising the floor is a separate, deliberate step
        print("above the floor, consider raising it:", line)
