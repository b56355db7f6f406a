"""Record the quality floor: the current figures of `actions eval fixtures/gold` become the floor.

    python scripts/record_floor.py            # rewrite fixtures/gold/floor.json, print old → new
    python scripts/record_floor.py --dry-run  # only print what would change

tests/test_quality_floor.py fails when a figure falls more than the tolerance below the floor,
so recording (raising or, with a reason in the commit message, lowering) is a deliberate commit.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from actions.evaluate import evaluate  # noqa: E402
from actions.evaluation.floor import DEFAULT_TOLERANCE, floor_from_report, floor_json, read_floor  # noqa: E402
from actions.io.output import atomic_write  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(ROOT / "fixtures" / "gold"), help="gold directory (default fixtures/gold)")
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE)
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = parser.parse_args(argv)
    path = Path(args.gold) / "floor.json"
    old = read_floor(path).figures if path.exists() else {}
    floor = floor_from_report(evaluate(args.gold), args.tolerance)
    for name, value in floor.figures.items():
        before = old.get(name)
        change = "" if before is None else f"  (was {before:.3f}, {value - before:+.3f})"
        print(f"{name:28} {value:.3f}{change}")
    print(f"documents: {', '.join(floor.documents)}")
    if not args.dry_run:
        atomic_write(path, floor_json(floor), force=True)
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
