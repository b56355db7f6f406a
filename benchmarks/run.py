"""Benchmarks: throughput, the regex-scan reference, stages, scaling, batch jobs, Dask and memory.

Prints a table of figures with each target beside it. Run with `make bench` (or
`python benchmarks/run.py [--quick]`). Figures depend on the machine; the script prints it.
Targets (issue 7): extraction >= 5 MB/s per core; <= 30x one marker scan; JSON <= 10% of
the time; peak RSS < 200 MB whatever the corpus size; >= 10x JioNLP's time extraction.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import logging
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import memory  # benchmarks/memory.py, beside this file

import actions
from actions.io.jsonio import to_json
from actions.outline import rules as outline_rules
from actions.text.normalize import normalize
from actions.text.segment import clauses, sentences
from actions.timex.scan import scan_deadlines

from common import MB, ROOT, SPEECHES, row, write_corpus  # the sibling module the scripts share


def corpus_of(size_bytes: int) -> list[str]:
    """The fixture speeches repeated until their UTF-8 size reaches `size_bytes`."""
    docs, total = [], 0
    while total < size_bytes:
        for speech in SPEECHES:
            docs.append(speech)
            total += len(speech.encode("utf-8"))
    return docs


def megabytes(docs: list[str]) -> float:
    return sum(len(d.encode("utf-8")) for d in docs) / MB


def timed(function, *args):
    gc.collect()
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def extract_all(docs: list[str]) -> list:
    return [actions.extract(doc, "2012-05-10") for doc in docs]


def serialise_all(documents: list) -> int:
    return sum(len(to_json(document, indent=False)) for document in documents)


def marker_scan(texts: list[str]) -> int:
    """A plain `finditer` of the combined marker pattern: it tries every rule at every character."""
    pattern = outline_rules.marker_pattern()
    return sum(1 for text in texts for _ in pattern.finditer(text))


def marker_pass(texts: list[str]) -> int:
    """The extractor's own one pass for markers (every rule tried only where a marker can start)."""
    return sum(len(outline_rules.scan_markers(normalize(text).view)) for text in texts)


def reading_floor(texts: list[str]) -> int:
    """The passes every reading of a text needs before any rule is judged: normalize, the
    marker pass, and the split into sentences and clauses. No item, owner or outline yet."""
    count = 0
    for text in texts:
        view = normalize(text).view
        count += len(outline_rules.scan_markers(view))
        for sentence in sentences(view):
            count += len(clauses(view, sentence.start, sentence.end))
    return count



def throughput(size_mb: float) -> None:
    docs = corpus_of(int(size_mb * MB))
    size = megabytes(docs)
    t_extract, documents = timed(extract_all, docs)
    t_json, _ = timed(serialise_all, documents)
    t_finditer, _ = timed(marker_scan, docs)
    t_pass, _ = timed(marker_pass, docs)
    t_floor, _ = timed(reading_floor, docs)
    # The ratio is judged against the faster of the two scans: a slow reference would flatter it.
    t_scan = min(t_finditer, t_pass)
    total = t_extract + t_json
    rate = size / total
    print(f"\n== throughput on {size:.1f} MB ({len(docs)} documents, the five fixture speeches repeated) ==")
    row("extract + JSON", f"{rate:.2f} MB/s", ">= 5 MB/s per core", rate >= 5)
    row("marker pattern, plain finditer", f"{size / t_finditer:.1f} MB/s")
    row("marker pass (normalize + scan_markers)", f"{size / t_pass:.1f} MB/s")
    # How much of the 5 MB/s budget (0.2 s/MB) is left once the text has been read at all.
    row("floor: normalize + markers + sentences/clauses", f"{size / t_floor:.1f} MB/s  {t_floor / size:.3f} s/MB")
    row("extract+JSON / faster marker scan", f"{total / t_scan:.1f}x", "<= 30x", total / t_scan <= 30)
    row("JSON serialisation share", f"{100 * t_json / total:.1f} %", "<= 10 %", t_json / total <= 0.10)
    jionlp_comparison(docs[: max(5, len(docs) // 20)], rate)


def jionlp_comparison(docs: list[str], our_rate: float) -> None:
    try:
        import jionlp  # noqa: F401  (optional: the `bench` extra)
    except Exception:
        row("JioNLP extract_time", "not installed", "(pip install '.[bench]')")
        return
    import jionlp

    # JioNLP logs a traceback for every string it cannot parse (七分之一, 两次以上): not our figure.
    logging.disable(logging.ERROR)
    size = megabytes(docs)
    time_base = time.mktime((2012, 5, 10, 0, 0, 0, 0, 0, 0))
    jionlp.ner.extract_time("2012年5月10日前完成", time_base=time_base)  # it loads its lexicons on the first call
    start = time.perf_counter()
    for doc in docs:
        jionlp.ner.extract_time(doc, time_base=time_base)
    rate = size / (time.perf_counter() - start)
    seconds, _ = timed(time_pass, docs)
    row("JioNLP extract_time alone", f"{rate:.3f} MB/s")
    row("actions / JioNLP", f"{our_rate / rate:.1f}x", ">= 10x", our_rate / rate >= 10)
    # Like for like (not the target): our own time-expression pass against theirs.
    row("actions time pass alone (normalize+timex)", f"{size / seconds:.2f} MB/s")
    row("actions time pass / JioNLP", f"{size / seconds / rate:.1f}x")


def time_pass(docs: list[str]) -> int:
    reference = dt.date(2012, 5, 10)
    return sum(len(scan_deadlines(normalize(doc).view, reference)) for doc in docs)


def scaling(base_mb: float) -> None:
    print("\n== scaling: time per MB must stay flat ==")
    base = corpus_of(int(base_mb * MB))
    long_text = "".join(base)
    for factor in (1, 4, 16):
        text = long_text * factor
        size = len(text.encode("utf-8")) / MB
        seconds, _ = timed(actions.extract, text, "2012-05-10")
        row(f"one document, {factor:>2}x ({size:.1f} MB)", f"{seconds / size:.3f} s/MB")
    for factor in (1, 4, 16):
        docs = base * factor
        size = megabytes(docs)
        seconds, _ = timed(extract_all, docs)
        row(f"{len(docs):>6} short documents, {factor:>2}x", f"{seconds / size:.3f} s/MB")



def run_batch(corpus: Path, jobs: int) -> tuple[float, float]:
    """Seconds and peak RSS (MB, the largest single process) of one CLI batch run."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(time.perf_counter() - start, peak / 1024)\n"
    )
    command = [sys.executable, "-m", "actions", "extract", str(corpus), "--format", "jsonl", "--jobs", str(jobs)]
    out = subprocess.run([sys.executable, "-c", probe, *command], check=True, capture_output=True, text=True).stdout
    seconds, peak = out.split()
    return float(seconds), float(peak)


def batch(counts: tuple[int, int]) -> None:
    print("\n== batch through the CLI (JSONL in, one Document per line out) ==")
    small, large = counts
    with tempfile.TemporaryDirectory() as directory:
        corpus_small, corpus_large = Path(directory) / "small.jsonl", Path(directory) / "large.jsonl"
        write_corpus(corpus_small, small)
        size = write_corpus(corpus_large, large)
        one, peak_one = run_batch(corpus_large, 1)
        two, peak_two = run_batch(corpus_large, 2)
        row(f"--jobs 1, {large} documents ({size:.0f} MB)", f"{one:.1f} s  {size / one:.2f} MB/s")
        row(f"--jobs 2, {large} documents", f"{two:.1f} s  {size / two:.2f} MB/s", "faster than --jobs 1", two < one)
        _, peak_small = run_batch(corpus_small, 1)
        row(f"peak RSS, {small} documents", f"{peak_small:.0f} MB", "< 200 MB", peak_small < 200)
        row(f"peak RSS, {large} documents", f"{max(peak_one, peak_two):.0f} MB", "< 200 MB, flat", max(peak_one, peak_two) < 200)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def stages(repeat: int) -> None:
    """Where the time goes: seconds per MB of each stage (benchmarks/stages.py, one run)."""
    from stages import stage_seconds  # the sibling script (benchmarks/ is the script's directory)

    docs = SPEECHES * repeat
    seconds = stage_seconds(docs)
    size = megabytes(docs)
    print(f"\n== where the time goes ({size:.1f} MB, the five fixture speeches repeated) ==")
    for stage, value in seconds.items():
        row(f"{stage}", f"{value / size:.3f} s/MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    args = parser.parse_args()
    print(f"actions {actions.__version__} on {machine()}")
    throughput(2 if args.quick else 10)
    stages(5 if args.quick else 20)
    scaling(0.25 if args.quick else 0.5)
    batch((100, 1000) if args.quick else (1000, 10000))
    from dask_batch import dask_rows  # the sibling script: the Dask batch against the local one

    dask_rows(200 if args.quick else 1000)
    memory.measure([10] if args.quick else [10, 60])  # one large document through the CLI (benchmarks/memory.py)


if __name__ == "__main__":
    main()
