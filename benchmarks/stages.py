"""Seconds per MB of each stage of `actions.extract` on the fixture speeches.

Stages as actions.pipeline runs them: normalize, outline, deadlines (scan_deadlines), owner
index, items (item_drafts, given those), remap (spans back to the original, Document built),
and extract end to end. "items+" is deadlines + owner index + items: what the stage "items"
(detect_items) measured before the pipeline ran those as stages of their own. Each figure is the median over
`--runs` runs of the five fixture speeches repeated `--repeat` times.
Run: `python benchmarks/stages.py [--repeat 20] [--runs 3]`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import statistics
import time
from pathlib import Path

import actions
from actions.items.detect import item_drafts
from actions.outline.build import build_outline
from actions.owners.index import OwnerIndex
from actions.ids import ItemIds
from actions.remap import remap_item, remap_node
from actions.text.normalize import normalize
from actions.timex.scan import scan_deadlines

ROOT = Path(__file__).resolve().parents[1]
SPEECHES = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "speeches").glob("speech-*.txt"))]
REFERENCE = dt.date(2012, 5, 10)


def _timed(function, inputs) -> tuple[float, list]:
    gc.collect()
    start = time.perf_counter()
    outputs = [function(*args) for args in inputs]
    return time.perf_counter() - start, outputs


def _remap(norm, outline, items):
    node_titles: dict[str, str] = {}
    nodes = [remap_node(node, norm, node_titles) for node in outline]
    ids = ItemIds(None)
    return nodes, [remap_item(item, ids, norm, node_titles) for item in items]


def stage_seconds(docs: list[str]) -> dict[str, float]:
    """Seconds each stage takes over `docs`."""
    seconds = {}
    seconds["normalize"], norms = _timed(normalize, [(doc,) for doc in docs])
    seconds["outline"], outlines = _timed(build_outline, [(norm.view,) for norm in norms])
    seconds["deadlines"], deadlines = _timed(scan_deadlines, [(norm.view, REFERENCE) for norm in norms])
    seconds["owner index"], owner_indexes = _timed(OwnerIndex, [(norm.view,) for norm in norms])
    seconds["items"], items = _timed(
        item_drafts, [(norm.view, outline, found, index) for norm, outline, found, index in zip(norms, outlines, deadlines, owner_indexes)]
    )
    seconds["items+"] = seconds["deadlines"] + seconds["owner index"] + seconds["items"]
    seconds["remap"], _ = _timed(_remap, list(zip(norms, outlines, items)))
    seconds["extract"], _ = _timed(actions.extract, [(doc, REFERENCE) for doc in docs])
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    docs = SPEECHES * args.repeat
    megabytes = sum(len(doc.encode("utf-8")) for doc in docs) / (1024 * 1024)
    runs = [stage_seconds(docs) for _ in range(args.runs)]
    print(f"{megabytes:.2f} MB ({len(docs)} documents), median of {args.runs} runs")
    for stage in runs[0]:
        median = statistics.median(run[stage] for run in runs)
        print(f"{stage:<12} {median / megabytes:7.3f} s/MB   {megabytes / median:6.2f} MB/s")


if __name__ == "__main__":
    main()
