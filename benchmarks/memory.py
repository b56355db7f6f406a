"""Peak memory of one large document through the command line.

`actions extract BIG.txt --format json -o OUT` on one text made of the fixture speeches
repeated to 10 MB and to 60 MB, each in a fresh process; the figure is that process's
peak resident set size (ru_maxrss). Target (issue 18): at most 10 bytes per input byte plus
100 MB (MiB here), i.e. 700 MB for 60 MB of input.

Run: `python benchmarks/memory.py [--sizes 10 60]` (several minutes for 60 MB, and as much
free memory as the figure it prints: 2.3 GB when issue 18 was filed, 0.7 GB since point 7). ru_maxrss is read as
kilobytes (Linux; macOS gives bytes). Each row shows beside it the figure RECORDED (the one
in the README), so a run tells at once whether a change moved it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEECHES = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "speeches").glob("speech-*.txt"))]
MB = 1024 * 1024
PER_BYTE, FLOOR = 10, 100 * MB  # the target: PER_BYTE bytes per input byte + FLOOR
# Peak RSS in MB measured per size (MB of input), as in the README: when issue 18 was filed
# and after the stages' records became drafts (issue 18, point 7; same machine, Python 3.11.7).
# Before the drafts: 217 and 1015 MB.
RECORDED = {10: (422, 165), 60: (2287, 657)}  # (about 10 MB from one process to the next)

_PROBE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
    "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)\n"
)


def one_document(size_bytes: int) -> str:
    """The fixture speeches repeated (one per line) until the text reaches `size_bytes` as UTF-8."""
    parts, total = [], 0
    while total < size_bytes:
        for speech in SPEECHES:
            parts.append(speech)
            total += len(speech.encode("utf-8")) + 1
    return "\n".join(parts)


def peak(path: Path, out: Path) -> tuple[float, int]:
    """Seconds and peak RSS in bytes of `actions extract PATH --format json -o OUT`."""
    command = [sys.executable, "-m", "actions", "extract", str(path), "--format", "json", "-o", str(out), "--force",
               "--max-bytes", str(path.stat().st_size + 1)]
    result = subprocess.run([sys.executable, "-c", _PROBE, *command], check=True, capture_output=True, text=True)
    seconds, rss = result.stdout.split()
    return float(seconds), int(rss)


def row(label: str, value: str, target: str = "", met: bool | None = None, recorded: str = "") -> None:
    verdict = "" if met is None else ("met" if met else "NOT MET")
    print(f"{label:<44} {value:>30}   {target:<26} {verdict:<8} {recorded}")


def measure(sizes: list[int]) -> None:
    print("\n== memory: one large document through the CLI (extract --format json -o) ==")
    with tempfile.TemporaryDirectory() as directory:
        for size in sizes:
            path, out = Path(directory) / f"one-{size}mb.txt", Path(directory) / "out.json"
            path.write_text(one_document(size * MB), encoding="utf-8")
            input_bytes = path.stat().st_size
            seconds, rss = peak(path, out)
            limit = PER_BYTE * input_bytes + FLOOR
            row(
                f"peak RSS, one document of {input_bytes / MB:.0f} MB",
                f"{rss / MB:.0f} MB ({rss / input_bytes:.1f} B/B) {seconds:.0f} s",
                f"<= {limit / MB:.0f} MB (10 B/B + 100)",
                rss <= limit,
                _recorded(size, input_bytes),
            )
            path.unlink()


def _recorded(size: int, input_bytes: int) -> str:
    if size not in RECORDED:
        return ""
    before, after = RECORDED[size]
    return f"recorded: {after} MB ({after * MB / input_bytes:.1f} B/B), {before} MB before"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 60], metavar="MB")
    measure(parser.parse_args().sizes)


if __name__ == "__main__":
    main()
