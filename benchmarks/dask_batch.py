"""The Dask batch against the local batch: documents per second with 1 and 2 workers on the
same corpus in the same run, and the scheduler's overhead per document.

Both sides run the library (no CLI start-up): the local batch is `actions.batch.run_batch`
with 1 and 2 worker processes, the Dask batch `actions.dask.run_on_cluster` on the
`distributed.LocalCluster` that `--dask` starts (actions.dask.cluster_client: 1 and 2
single-threaded worker processes on loopback), started and warmed up (every worker has imported actions) before the clock starts; the cluster's
start is its own row. The overhead per document is (Dask seconds - local seconds) / documents
at the same number of workers, in wall-clock time and in CPU time (every process: the client
with the scheduler, and the workers; steadier than the clock on a shared machine). Run alone (`python benchmarks/dask_batch.py [--quick]`) or from
benchmarks/run.py; needs the dask extra. (Not named dask.py: the script's directory comes first
on sys.path, and `import dask` would find it.)
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from common import SPEECHES, row, write_corpus  # the sibling module the scripts share




def cpu_here() -> float:
    """CPU seconds of this process and of its children that have ended."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def local_run(corpus: Path, workers: int) -> tuple[float, float]:
    """(seconds, CPU seconds of every process) of the local batch."""
    from actions.batch import Settings, expand_inputs, jobs_from_inputs, run_batch

    cpu, start = cpu_here(), time.perf_counter()
    outcomes = list(run_batch(jobs_from_inputs(expand_inputs([str(corpus)])), Settings(), workers=workers))
    seconds, cpu = time.perf_counter() - start, cpu_here() - cpu  # the pool's workers have been joined
    assert all(outcome.ok for outcome in outcomes)
    return seconds, cpu


def dask_run(corpus: Path, workers: int) -> tuple[float, float, float, float]:
    """(seconds, CPU seconds of every process, seconds to start and warm the cluster, CPU
    seconds of the client with the scheduler alone) on the LocalCluster that
    `actions extract --dask` starts."""
    from actions.batch import Settings
    from actions.dask import cluster_client, corpus_jobs, run_on_cluster

    start = time.perf_counter()
    with cluster_client(None, workers=workers) as client:
        client.run(warm_up)  # every worker has imported and run the extractor once
        started = time.perf_counter() - start
        workers_cpu, cpu, begin = client.run(time.process_time), cpu_here(), time.perf_counter()
        outcomes = list(run_on_cluster(corpus_jobs([str(corpus)]), Settings(), client))
        seconds, client_cpu = time.perf_counter() - begin, cpu_here() - cpu
        after = client.run(time.process_time)
        cpu = client_cpu + sum(after[worker] - workers_cpu[worker] for worker in after)
    assert all(outcome.ok for outcome in outcomes)
    return seconds, cpu, started, client_cpu


def warm_up() -> None:
    """The first extraction compiles patterns and fills caches: not part of a batch's rate."""
    import actions

    for speech in SPEECHES:
        actions.extract(speech, "2012-05-10")


def dask_rows(count: int) -> None:
    print(f"\n== Dask: the same {count} documents on a LocalCluster against the local batch ==")
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        row("Dask batch", "not installed", "(pip install '.[dask]')")
        return
    warm_up()
    with tempfile.TemporaryDirectory() as directory:
        corpus = Path(directory) / "corpus.jsonl"
        size = write_corpus(corpus, count)
        local = {workers: local_run(corpus, workers) for workers in (1, 2)}
        remote = {workers: dask_run(corpus, workers) for workers in (1, 2)}
    plural = {1: "1 worker", 2: "2 workers"}
    for workers in (1, 2):
        row(f"local batch, {plural[workers]} ({size:.1f} MB)", f"{count / local[workers][0]:.1f} docs/s")
    for workers in (1, 2):
        row(f"Dask, {plural[workers]}", f"{count / remote[workers][0]:.1f} docs/s")
    ratio = remote[1][0] / remote[2][0]
    row("Dask 2 workers / 1 worker", f"{ratio:.2f}x", "> 1 (2 cores)", ratio > 1)
    for workers in (1, 2):
        wall = (remote[workers][0] - local[workers][0]) / count * 1000
        cpu = (remote[workers][1] - local[workers][1]) / count * 1000
        row(f"Dask overhead per document, {plural[workers]}", f"{wall:+.2f} ms  CPU {cpu:+.2f} ms")
    row("CPU per document, local / Dask (2 workers)", f"{local[2][1] / count * 1000:.1f} / {remote[2][1] / count * 1000:.1f} ms")
    row("  of it the client with the scheduler (Dask)", f"{remote[2][3] / count * 1000:.1f} ms")
    row("LocalCluster start (1 / 2 workers, warmed)", f"{remote[1][2]:.1f} / {remote[2][2]:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer documents, for a smoke run")
    parser.add_argument("--documents", type=int, help="how many documents (default 1000, --quick 200)")
    args = parser.parse_args()
    dask_rows(args.documents or (200 if args.quick else 1000))


if __name__ == "__main__":
    main()
