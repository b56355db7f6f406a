"""A batch on a Dask cluster: the local batch's jobs, run by the workers of any scheduler.

The corpus is read as the local batch reads it (actions.batch: files, directory trees, JSONL
lines, in the same order), and also from URLs that fsspec opens (`s3://bucket/speeches/`,
`file:///data/corpus.jsonl`, …). Jobs go to the workers in partitions of a few documents;
each worker runs `actions.batch.run_job`, the local batch's own function, so a Document, an
error record and its message are the same byte for byte whichever runs them. The client
hands out the output names and writes the results in input order (the CLI through
commands.outdir, exactly as locally), with a bounded number of partitions in flight:
memory stays flat on any corpus size.

A worker that dies while it extracts (a signal, the out-of-memory killer, the nanny's
memory limit) loses no other document: the scheduler retries the partition on other
workers (`distributed.scheduler.allowed-failures` times); when it gives up, each document
of the partition is tried alone, one at a time (twice when its worker dies again: a task
queued on a worker dies with the document that kills it), and the one that still kills
its worker becomes an error record like the local batch's (actions.batch.lost_job).

Local paths must be readable by the workers under the same path (a shared file system, or a
`LocalCluster` on this machine; a relative path is taken from the client's working
directory); JSONL lines are read by the client and sent to the workers with the job.

    from distributed import Client
    from actions.batch import Settings
    from actions.dask import corpus_jobs, run_on_cluster

    with Client("tcp://scheduler:8786") as client:
        for outcome in run_on_cluster(corpus_jobs(["s3://bucket/speeches/"]), Settings(), client):
            print(outcome.key, outcome.error or len(outcome.data))
"""

from __future__ import annotations

import functools
import itertools
import logging
import os
import posixpath
import uuid
from collections import deque
from contextlib import contextmanager
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Iterable, Iterator

from actions.batch import (
    DEFAULT_CHUNKSIZE,
    JSONL_SUFFIXES,
    Job,
    Outcome,
    Settings,
    expand_inputs,
    is_speech_file,
    jobs_from_inputs,
    jsonl_jobs,
    lost_job,
    no_speech_files,
    run_job,
)
from actions.errors import InputError, install_hint
from actions.io.sources import DEFAULT_MAX_BYTES, SourceText, check_size, read_source, source_from_bytes

if TYPE_CHECKING:
    import dask.bag
    import distributed

DEFAULT_PARTITION_SIZE = DEFAULT_CHUNKSIZE
_ALONE_TRIES = 2  # tasks of one document each, for a document of a partition whose worker died
_PACKAGES = "'dask[bag]' distributed fsspec"


def require() -> None:
    """InputError (one line, with the install command) when the `dask` extra is missing."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
        import fsspec  # noqa: F401
    except ImportError as error:
        raise InputError(f"--dask needs Dask: {error.name or 'dask'} is not installed", install_hint("dask", _PACKAGES)) from None


def is_url(path: str) -> bool:
    """A path with a protocol (`s3://…`, `file://…`): opened with fsspec."""
    return "://" in path


# --- the corpus --------------------------------------------------------------------------


def corpus_jobs(paths: Iterable[str]) -> Iterator[Job]:
    """The jobs of local paths and URLs, in the order given, lazily; every input is checked
    first (InputError before any work, as in the local batch)."""
    paths = list(paths)
    local = {text: expand_inputs([text]) for text in paths if not is_url(text)}
    remote = {text: _url_input(text) for text in paths if is_url(text)}
    return _jobs_in_order(paths, local, remote)


def _jobs_in_order(paths, local, remote) -> Iterator[Job]:
    for text in paths:
        if text in local:
            yield from jobs_from_inputs(local[text])
        else:
            yield from _url_jobs(*remote[text])


def _url_input(url: str):
    """(kind, filesystem, path, url) of a URL: a directory, a JSONL file or one file."""
    require()
    import fsspec

    try:
        filesystem, path = fsspec.core.url_to_fs(url)
        exists = filesystem.exists(path)
        is_dir = exists and filesystem.isdir(path)
    except (ImportError, ValueError) as error:  # an unknown protocol, or its package missing
        raise InputError(f"{url}: cannot open: {error}", "give a local path or a URL that fsspec opens") from None
    except OSError as error:
        raise InputError(f"{url}: cannot read: {error.strerror or error}", "check the URL and its access rights") from None
    if not exists:
        raise InputError(f"{url}: no such file or directory", "check the path")
    if is_dir:
        files = _url_directory_files(filesystem, path)
        if not files:
            raise no_speech_files(url)
        return "dir", filesystem, files, url
    kind = "jsonl" if PurePosixPath(path).suffix.lower() in JSONL_SUFFIXES else "file"
    return kind, filesystem, path, url


def _url_directory_files(filesystem, root: str) -> list[tuple[str, tuple[str, ...]]]:
    """(path, parts under the root) of the speech files under a directory URL, sorted as
    actions.batch.directory_jobs sorts a local directory (by the parts of the path)."""
    root = root.rstrip("/")
    found = []
    for path in filesystem.find(root):
        parts = PurePosixPath(path[len(root) :].lstrip("/")).parts
        if is_speech_file(parts):
            found.append((path, parts))
    return sorted(found, key=lambda pair: pair[1])


def _url_jobs(kind: str, filesystem, where, url: str) -> Iterator[Job]:
    if kind == "dir":
        for path, parts in where:
            address = filesystem.unstrip_protocol(path)
            yield Job("file", address, address, output_name=PurePosixPath(*parts).with_suffix("").as_posix())
    elif kind == "jsonl":
        with filesystem.open(where, "rb") as stream:
            yield from jsonl_jobs(stream)
    else:
        yield Job("file", url, url, output_name=PurePosixPath(where).stem)


def read_url(url: str, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """`read_source` for a URL: the same decoding, limits and messages, through fsspec."""
    import fsspec

    name = posixpath.basename(url.rstrip("/"))
    try:
        with fsspec.open(url, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{url}: no such file", "check the path") from None
    except IsADirectoryError:
        raise InputError(f"{url}: is a directory", "give a file, or a directory to `actions extract`") from None
    except OSError as error:
        raise InputError(f"{url}: cannot read: {error.strerror or error}", "check the URL and its access rights") from None
    check_size(len(data), name, max_bytes)
    return source_from_bytes(data, name, encoding=encoding)


# --- on a worker -------------------------------------------------------------------------


def extract_partition(jobs: list[Job], settings: Settings, base: str | None = None) -> list[Outcome]:
    """What a worker runs: the local batch's run_job for each job of a partition. Relative
    paths are read from `base`, the client's working directory (a worker has its own)."""
    local = functools.partial(read_source, base=base)
    return [run_job(job, settings, read=read_url if is_url(str(job.payload)) else local) for job in jobs]


# --- a bag, for the library ------------------------------------------------------------


def jobs_bag(paths: Iterable[str], *, partition_size: int = DEFAULT_PARTITION_SIZE) -> "dask.bag.Bag":
    """A Dask bag of the jobs of a corpus (files, directory trees, JSONL files; paths or URLs).

    The jobs are listed on the client (a JSONL line's job holds the line): for a corpus
    larger than the client's memory, use run_on_cluster, which streams."""
    require()
    import dask.bag

    jobs = list(corpus_jobs(paths))
    return dask.bag.from_sequence(jobs, partition_size=max(partition_size, 1))


def outcomes_bag(jobs: "dask.bag.Bag", settings: Settings = Settings()) -> "dask.bag.Bag":
    """The bag of Outcomes of a bag of jobs: the Document's JSON, or the error, per document."""
    return jobs.map_partitions(extract_partition, settings, os.getcwd())


def documents_bag(outcomes: "dask.bag.Bag") -> "dask.bag.Bag":
    """The Documents of the outcomes that succeeded (`Outcome.error` tells about the rest)."""
    from actions.models import Document

    return outcomes.filter(lambda outcome: outcome.ok).map(lambda outcome: Document.model_validate_json(outcome.data))


# --- on the client ---------------------------------------------------------------------


class ClusterError(InputError):
    """The cluster cannot be reached, or went away during the run."""


def run_on_cluster(
    jobs: Iterable[Job],
    settings: Settings,
    client: "distributed.Client",
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    in_flight: int | None = None,
) -> Iterator[Outcome]:
    """The Outcome of every job, in input order, computed by the client's workers.

    At most `in_flight` partitions (default: four per worker thread) are submitted ahead of
    the results. A partition whose workers keep dying is tried one document at a time; a
    document that still kills its worker gives lost_job's error Outcome."""
    require()
    run = _Run(client, settings)
    limit = max(in_flight or 4 * _threads(client), 2)
    window: deque = deque()
    try:
        for partition in _partitions(jobs, max(partition_size, 1)):
            window.append((partition, run.submit(partition)))
            if len(window) >= limit:
                yield from run.outcomes(*window.popleft())
        while window:
            yield from run.outcomes(*window.popleft())
    finally:  # Ctrl-C, an error, or the consumer stopped early: nothing left running for us
        run.cancel([future for _, future in window])


def _partitions(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    iterator = iter(jobs)
    while partition := list(itertools.islice(iterator, size)):
        yield partition


def _threads(client) -> int:
    try:
        return max(sum(client.nthreads().values()), 1)
    except Exception:  # a scheduler that does not tell: a modest window
        return 2


class _Run:
    def __init__(self, client, settings: Settings) -> None:
        self.client, self.settings = client, settings
        self.token = uuid.uuid4().hex[:12]
        self.base = os.getcwd()
        self.count = itertools.count()

    def submit(self, partition: list[Job]):
        key = f"actions-extract-{self.token}-{next(self.count)}"  # a key of ours: no hashing of the texts
        return self.client.submit(extract_partition, partition, self.settings, self.base, key=key)

    def outcomes(self, partition: list[Job], future) -> list[Outcome]:
        """The partition's outcomes; when its task failed, each document tried alone."""
        try:
            return self._result(future)
        except _TaskFailed as failure:
            if len(partition) == 1:
                return self._alone(partition[0], failure, tries=_ALONE_TRIES - 1)
        return [outcome for job in partition for outcome in self._alone(job)]

    def _alone(self, job: Job, failure: _TaskFailed | None = None, tries: int = _ALONE_TRIES) -> list[Outcome]:
        """One document in a task of its own, one at a time: the partition's others are not
        lost with it. A document whose worker dies again is tried once more, as a document
        queued on a worker that another document killed dies with it: the one that still
        kills its worker is the culprit."""
        for _ in range(tries):
            try:
                return self._result(self.submit([job]))
            except _TaskFailed as error:
                failure = error
        return [lost_job(job, failure.reason)]

    def _result(self, future) -> list[Outcome]:
        from concurrent.futures import CancelledError

        from distributed import KilledWorker

        try:
            return future.result()
        except KilledWorker as error:
            raise _TaskFailed(_death_reason(error)) from None
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as error:
            if isinstance(error, CancelledError) or self.client.status != "running":
                raise ClusterError(
                    f"lost the Dask scheduler during the run ({_first_line(error)})",
                    "what was written is kept; with --out, a rerun with --skip-existing does the rest",
                ) from None
            # run_job catches whatever a document can cause: this is the task itself (a
            # result that cannot travel back, a worker out of memory while sending it).
            raise _TaskFailed(f"the Dask task failed ({type(error).__name__}: {_first_line(error)})") from None

    def cancel(self, futures) -> None:
        if futures and self.client.status == "running":
            try:
                self.client.cancel(futures)
            except Exception:  # the client is going away anyway
                pass


class _TaskFailed(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _death_reason(error) -> str:
    retries = getattr(error, "allowed_failures", None)
    where = f" (the scheduler tried it on {retries + 1} workers)" if isinstance(retries, int) and retries > 0 else ""
    return f"the Dask worker process died{where}"


@contextmanager
def cluster_client(address: str | None, *, workers: int | None = None, quiet_logs: bool = True) -> Iterator["distributed.Client"]:
    """A Client of the scheduler at `address`, or of a LocalCluster on this machine (one
    single-threaded worker process per core, or `workers`), closed on the way out."""
    require()
    quiet = logging.CRITICAL if quiet_logs else logging.WARNING
    with _log_level("distributed", quiet):
        with _connect(address) if address else _local_cluster(workers, quiet) as client:
            yield client


@contextmanager
def _connect(address: str) -> Iterator["distributed.Client"]:
    from distributed import Client
    from distributed.comm import resolve_address

    try:
        resolve_address(address)  # a malformed address: refused before a Client exists (its __del__ would hang)
        client = Client(address, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address}: {_first_line(error)}",
            "check the address (tcp://HOST:8786) and that the scheduler runs, or give --dask alone for a local cluster",
        ) from None
    with client:
        yield client


@contextmanager
def _local_cluster(workers: int | None, log_level: int) -> Iterator["distributed.Client"]:
    import dask

    from distributed import Client, LocalCluster

    # The workers' statistical profiler feeds the dashboard, which this cluster has not: off,
    # it costs about a millisecond of every document (7 % of a worker's time, measured).
    with dask.config.set({"distributed.worker.profile.enabled": False}):  # the nannies keep it for restarts
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,  # extraction is pure Python: a process per core, not threads
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,  # no dashboard; the scheduler's own HTTP routes on a free loopback port
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            silence_logs=log_level,
            preload=["actions.dask_worker"],  # Ctrl-C is the client's to handle
        )
    with cluster, Client(cluster, set_as_default=False) as client:
        yield client


@contextmanager
def _log_level(prefix: str, level: int) -> Iterator[None]:
    """Every logger of a package at `level` for a while: distributed configures some of its
    loggers (distributed.client …) with levels and handlers of their own."""
    names = [prefix, *(name for name in logging.root.manager.loggerDict if name.startswith(prefix + "."))]
    before = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(level)
    try:
        yield
    finally:
        for name, old in before.items():
            logging.getLogger(name).setLevel(old)


def _first_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]


def local_inputs(paths: list[str]):
    """The checked local inputs when no path is a URL (for the progress bar's count), else None."""
    if any(is_url(path) for path in paths):
        return None
    return expand_inputs(paths)
