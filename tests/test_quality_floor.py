"""The quality floors: the extractor's figures must not fall below the recorded ones.

- fixtures: fixtures/gold (the seed speeches) against fixtures/gold/floor.json;
- dev: the development corpus (../shared/corpus/dev/gold, third-party texts kept outside the
  repository) against fixtures/dev-floor.json, which lives in the repository; skipped when
  ../shared is absent (ACTIONS_SHARED names another place).

A floor names the documents it was recorded on; the test evaluates exactly those gold files, so
adding a gold file does not move the recorded figures. Record a new floor deliberately with
`make floor` (or `python scripts/record_floor.py --corpus dev`) and commit it with the change that earned it.
"""

from __future__ import annotations

import pytest

from actions.evaluate import evaluate
from actions.evaluation.floor import drops, read_floor, rises
from conftest import DEV_FLOOR_PATH, DEV_GOLD_DIR, GOLD_DIR

CORPORA = {
    "fixtures": (GOLD_DIR, GOLD_DIR / "floor.json"),
    "dev": (DEV_GOLD_DIR, DEV_FLOOR_PATH),
}


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_no_figure_falls_below_the_floor(corpus):
    gold_dir, floor_path = CORPORA[corpus]
    if not floor_path.exists():
        pytest.skip(f"no {corpus} floor recorded yet (python scripts/record_floor.py --corpus {corpus})")
    if not gold_dir.is_dir():
        pytest.skip(f"{gold_dir} is absent (the {corpus} corpus lives in ../shared; ACTIONS_SHARED names another place)")
    floor = read_floor(floor_path)
    missing = [name for name in floor.documents if not (gold_dir / f"{name}.json").exists()]
    assert not missing, f"the floor was recorded on gold files that are gone: {missing}; re-record it"
    report = evaluate(gold_dir, only=floor.documents)
    assert sorted(d.name for d in report.documents) == sorted(floor.documents)
    fallen = drops(report, floor)
    assert not fallen, f"{corpus} figures fell below the floor:\n" + "\n".join(fallen)
    for line in rises(report, floor):  # shown with -rP; raising the floor is a separate, deliberate step
        print(f"{corpus} above the floor, consider raising it:", line)
