"""Worker processes for a batch that survive the death of a worker.

`multiprocessing.Pool` loses the task of a worker that is killed (by a signal, or by the
system's out-of-memory killer) and then waits for it forever. Here each worker has its own
pipe and holds one chunk of jobs at a time; it sends back one result per job as soon as
it is done. When a worker dies, the results it sent are kept, the job it was working on
(the first one of its chunk without a result) becomes a `lost` result, the jobs of the
chunk it had not started go to the next free worker, and a new worker takes its place.

Results come out in input order. At most `lookahead` jobs are read ahead of the results,
so memory does not grow with the length of the input.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterable, Iterator

_DEATHS_WITHOUT_WORK = 3  # per worker slot: a worker that dies before doing anything, again and again


class WorkersKeepDying(RuntimeError):
    """Worker processes die before they take any work (a broken installation, no memory)."""


@dataclass
class _Worker:
    process: Any
    connection: Connection
    held: deque = field(default_factory=deque)  # indices of the chunk it holds, without a result yet
    jobs: dict = field(default_factory=dict)  # index → job, for the held indices


def run_in_workers(
    function: Callable[[Any], Any],
    jobs: Iterable[Any],
    lost: Callable[[Any, str], Any],
    *,
    workers: int,
    chunksize: int,
    lookahead: int,
    initializer: Callable[[], None] | None = None,
) -> Iterator[Any]:
    """`function(job)` for every job, in input order, in `workers` processes.

    A job whose worker died while working on it gives `lost(job, reason)` instead.
    """
    pool = _Pool(function, lost, workers, chunksize, initializer)
    try:
        yield from pool.results(iter(jobs), max(lookahead, chunksize))
    except BaseException:  # Ctrl-C, an error, or the consumer stopped early: no waiting
        pool.shut_down(wait=False)
        raise
    pool.shut_down(wait=True)


class _Pool:
    def __init__(self, function, lost, workers: int, chunksize: int, initializer) -> None:
        self.function, self.lost, self.chunksize, self.initializer = function, lost, max(chunksize, 1), initializer
        self.context = multiprocessing.get_context()
        self.workers = [self._start() for _ in range(workers)]
        self.idle_deaths = 0

    def _start(self) -> _Worker:
        parent_end, child_end = self.context.Pipe(duplex=True)
        process = self.context.Process(
            target=_serve, args=(child_end, self.function, self.initializer), daemon=True, name="actions-worker"
        )
        process.start()
        child_end.close()  # the parent keeps its end only: the worker's death closes the pipe
        return _Worker(process, parent_end)

    def results(self, jobs: Iterator[Any], lookahead: int) -> Iterator[Any]:
        pending: deque[tuple[int, Any]] = deque()  # read, not handed out (put-back jobs first)
        done: dict[int, Any] = {}
        next_in = next_out = 0
        exhausted = False
        while True:
            while not exhausted and next_in - next_out < lookahead:
                try:
                    pending.append((next_in, next(jobs)))
                except StopIteration:
                    exhausted = True
                    break
                next_in += 1
            self._hand_out(pending)
            self._collect(done, pending, timeout=0)
            if next_out in done:
                yield done.pop(next_out)
                next_out += 1
                continue
            if exhausted and next_out == next_in:
                return
            self._collect(done, pending, timeout=None)

    def _hand_out(self, pending: deque) -> None:
        for worker in self.workers:
            if pending and not worker.held:
                chunk = [pending.popleft() for _ in range(min(self.chunksize, len(pending)))]
                worker.held.extend(index for index, _ in chunk)
                worker.jobs.update(chunk)
                try:
                    worker.connection.send(chunk)
                except OSError:  # it died meanwhile: its death puts the chunk back
                    pass

    def _collect(self, done: dict, pending: deque, timeout: float | None) -> None:
        """Take the results that arrived; replace the workers that died."""
        waiting = {worker.connection: worker for worker in self.workers if worker.held}
        sentinels = {worker.process.sentinel: worker for worker in self.workers}
        ready = wait([*waiting, *sentinels], timeout)
        for handle in ready:
            worker = waiting.get(handle)
            if worker is not None:
                self._receive(worker, done)
        for handle in ready:
            worker = sentinels.get(handle)
            if worker is not None:
                self._replace(worker, done, pending)

    def _receive(self, worker: _Worker, done: dict) -> bool:
        """Every whole result waiting in the worker's pipe; False once the pipe is closed."""
        try:
            while worker.connection.poll():
                index, result = worker.connection.recv()
                done[index] = result
                worker.held.remove(index)
                del worker.jobs[index]
        except Exception:  # EOF, or a result cut off by the death of its sender (does not unpickle)
            return False
        return True

    def _replace(self, worker: _Worker, done: dict, pending: deque) -> None:
        worker.process.join()
        self._receive(worker, done)  # what it sent before it died
        if worker.held:
            self.idle_deaths = 0
            culprit = worker.held.popleft()
            done[culprit] = self.lost(worker.jobs.pop(culprit), death_reason(worker.process.exitcode))
            pending.extendleft(reversed([(index, worker.jobs.pop(index)) for index in worker.held]))
        else:
            self.idle_deaths += 1
            if self.idle_deaths > _DEATHS_WITHOUT_WORK * len(self.workers):
                raise WorkersKeepDying(f"worker processes keep dying before any work ({death_reason(worker.process.exitcode)})")
        worker.connection.close()
        self.workers[self.workers.index(worker)] = self._start()

    def shut_down(self, wait: bool) -> None:
        for worker in self.workers:
            try:
                worker.connection.send(None)
            except OSError:
                pass
        for worker in self.workers:
            worker.process.join(timeout=2 if wait else 0)
            if worker.process.is_alive():
                worker.process.terminate()
                worker.process.join()
            worker.connection.close()


def death_reason(exitcode: int | None) -> str:
    """'killed by signal 9 (SIGKILL)' or 'exited with code 3'."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = "unknown signal"
        hint = " (the system's out-of-memory killer sends SIGKILL)" if -exitcode == signal.SIGKILL else ""
        return f"the worker process was killed by signal {-exitcode} ({name}){hint}"
    return f"the worker process exited with code {exitcode}"


def _serve(connection: Connection, function, initializer) -> None:
    """A worker: chunks in, one (index, result) message per job out, until None or EOF."""
    if initializer is not None:
        initializer()
    while True:
        try:
            chunk = connection.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        for index, job in chunk:
            connection.send((index, function(job)))
