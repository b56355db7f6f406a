"""Record a quality floor: the current figures of `actions eval` on a corpus become its floor.

    python scripts/record_floor.py                 # fixtures: rewrite fixtures/gold/floor.json, print old -> new
    python scripts/record_floor.py --corpus dev    # dev corpus (../shared/corpus/dev/gold) -> fixtures/dev-floor.json
    python scripts/record_floor.py --dry-run       # only print what would change
    make floor                                     # both (the dev corpus when ../shared is there)

tests/test_quality_floor.py fails when a figure falls more than the tolerance below the floor,
so recording (raising or, with a reason in the commit message, lowering) is a deliberate commit.
The dev corpus is read from ../shared (ACTIONS_SHARED names another place); its floor file lives
in the repository.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from actions.evaluate import evaluate  # noqa: E402
from actions.evaluation.floor import DEFAULT_TOLERANCE, floor_from_report, floor_json, read_floor  # noqa: E402
from actions.io.output import atomic_write  # noqa: E402

SHARED = Path(os.environ.get("ACTIONS_SHARED") or ROOT.parent / "shared")
CORPORA = {
    "fixtures": (ROOT / "fixtures" / "gold", ROOT / "fixtures" / "gold" / "floor.json"),
    "dev": (SHARED / "corpus" / "dev" / "gold", ROOT / "fixtures" / "dev-floor.json"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="fixtures", help="which corpus (default fixtures)")
    parser.add_argument("--gold", help="gold directory (default: the corpus's)")
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE)
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = parser.parse_args(argv)
    gold, path = CORPORA[args.corpus]
    gold = Path(args.gold) if args.gold else gold
    if not gold.is_dir():
        print(f"{args.corpus}: {gold} not found, nothing recorded", file=sys.stderr)
        return 2
    old = read_floor(path).figures if path.exists() else {}
    floor = floor_from_report(evaluate(gold), args.tolerance)
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
