"""What the benchmark scripts share: the fixture speeches, the figure rows, a JSONL corpus."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEECHES = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "speeches").glob("speech-*.txt"))]
MB = 1024 * 1024


def row(name: str, figure: str, target: str = "", ok: bool | None = None) -> None:
    """One figure with its target and verdict, in the column layout every script prints."""
    verdict = "" if ok is None else ("met" if ok else "NOT MET")
    print(f"{name:<48} {figure:>22}   {target:<24} {verdict}")


def write_corpus(path: Path, count: int) -> float:
    """A JSONL batch of `count` documents (the fixture speeches in turn); its size in MB."""
    size = 0
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            text = SPEECHES[number % len(SPEECHES)]
            size += len(text.encode("utf-8"))
            out.write(json.dumps({"id": f"doc-{number}", "text": text, "date": "2012-05-10"}, ensure_ascii=False) + "\n")
    return size / MB
