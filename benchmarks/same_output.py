"""Speed work must not change what `actions` reads: record the output on a fixed corpus, then check it.

The corpus is the fixture speeches plus texts built from them with fixed seeds: shuffled
paragraphs and sentences, random slices, concatenations, reversed line orders, hard line
breaks every N characters (PDF-like), and long texts that narrow the outline beam. For every
text the record holds a SHA-256 of `actions.extract(text, "2012-05-10")` as JSON.

    python benchmarks/same_output.py --record /tmp/before.jsonl   # before the change
    python benchmarks/same_output.py --check /tmp/before.jsonl    # after: exit 1 on any difference
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from pathlib import Path

import orjson
import regex

import actions

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = "2012-05-10"


def corpus() -> list[str]:
    speeches = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "speeches").glob("*.txt"))]
    paragraphs = [line for speech in speeches for line in speech.split("\n") if line]
    sentences = [piece for speech in speeches for piece in regex.split(r"(?<=[。！？\n])", speech) if piece]
    texts = list(speeches)
    for seed in range(60):
        rng = random.Random(seed)
        texts.append("\n".join(rng.sample(paragraphs, rng.randint(5, len(paragraphs)))))
        texts.append("".join(rng.sample(sentences, rng.randint(10, min(400, len(sentences))))))
        speech = rng.choice(speeches)
        start = rng.randrange(len(speech))
        texts.append(speech[start : rng.randrange(start, len(speech) + 1)])
    for seed in range(30):
        rng = random.Random(1000 + seed)
        texts.append("\n".join(rng.choice(speeches) for _ in range(rng.randint(2, 5))))
        texts.append("\n".join(reversed(rng.choice(speeches).split("\n"))))
        speech, width = rng.choice(speeches), rng.randint(20, 40)
        texts.append("\n".join(speech[i : i + width] for i in range(0, len(speech), width)))
    texts.append("\n".join(speeches * 8))
    return texts


def digest(text: str) -> str:
    document = actions.extract(text, REFERENCE)
    return hashlib.sha256(orjson.dumps(document.model_dump(mode="json"))).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--record", type=Path, metavar="FILE", help="write the digests to FILE")
    mode.add_argument("--check", type=Path, metavar="FILE", help="compare with the digests in FILE")
    args = parser.parse_args()
    texts = corpus()
    start = time.perf_counter()
    digests = [digest(text) for text in texts]
    seconds = time.perf_counter() - start
    if args.record:
        args.record.write_bytes(b"\n".join(d.encode() for d in digests) + b"\n")
        print(f"recorded {len(texts)} texts in {seconds:.1f} s to {args.record}")
        return 0
    recorded = args.check.read_text(encoding="utf-8").split()
    if len(recorded) != len(digests):
        print(f"{args.check} holds {len(recorded)} digests, the corpus has {len(texts)} texts", file=sys.stderr)
        return 2
    differing = [index for index, (old, new) in enumerate(zip(recorded, digests)) if old != new]
    for index in differing[:10]:
        print(f"text {index} ({len(texts[index])} chars) differs: {texts[index][:40]!r}…")
    print(f"{len(texts)} texts, {len(differing)} differ ({seconds:.1f} s)")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
