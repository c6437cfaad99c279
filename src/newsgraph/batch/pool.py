"""A bounded pool that runs the NLP stage over extracted documents in this process (jobs=1) or in
worker processes.

Each worker process is started once and keeps whatever the analyser caches (the spaCy model), so the
model is loaded once per worker, not once per document. Results come back in the order the documents
went in; at most a few documents per worker are in flight, so a huge input never piles up in memory. When
a worker dies (killed, out of memory) the executor cannot tell whose document did it, so the pool starts
afresh and runs each document that was in flight again on its own: only the one that kills a worker again
fails (a re-run or the next watch cycle tries it once more), and the rest are analysed as usual.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from newsgraph.config import Settings
from newsgraph.errors import NewsgraphError, unexpected
from newsgraph.model import Analysis, Extracted

log = logging.getLogger(__name__)

Analyzer = Callable[[Extracted, Settings], Analysis]

_IN_FLIGHT_PER_JOB = 4
#: In the failure of a document whose worker process died under it: running it again may work.
WORKER_DIED = "analysis worker died"
_worker: tuple[Analyzer, Settings] | None = None


def default_analyze(extracted: Extracted, settings: Settings) -> Analysis:
    """The real NLP stage (loads the model on first use)."""
    from newsgraph.nlp import analyze_extracted

    return analyze_extracted(extracted, settings=settings)


@dataclass(frozen=True)
class Job:
    """One document to analyse: ``source`` names it in outcomes and failure records; ``ticket`` tells two
    jobs from the same source apart (a feed listing one link twice)."""

    source: str
    extracted: Extracted
    ticket: int = 0


@dataclass(frozen=True)
class Outcome:
    source: str
    analysis: Analysis | None
    error: str | None  # one line with its error code, when analysis is None
    ticket: int = 0


def _analyze_safely(analyze: Analyzer, job: Job, settings: Settings) -> Outcome:
    try:
        return Outcome(job.source, analyze(job.extracted, settings), None, job.ticket)
    except NewsgraphError as err:
        return _failed(job, str(err))
    except Exception as err:  # one document's bug must not end the run; it is logged with its traceback
        log.exception("analysis of %s failed", job.source)
        return _failed(job, unexpected("analysis", err))


def _failed(job: Job, reason: str) -> Outcome:
    return Outcome(job.source, None, reason.splitlines()[0], job.ticket)


def _init_worker(analyze: Analyzer, settings: Settings) -> None:
    global _worker
    _worker = (analyze, settings)


def _work(job: Job) -> Outcome:
    assert _worker is not None, "worker used before its initializer ran"
    return _analyze_safely(_worker[0], job, _worker[1])


class AnalysisPool:
    """``submit`` jobs, get finished outcomes back from ``submit`` and ``drain``, in the order submitted
    (so a run's store is the same whatever ``jobs`` is: near-duplicates are grouped in input order)."""

    def __init__(self, analyze: Analyzer, settings: Settings, *, jobs: int = 1) -> None:
        self._analyze = analyze
        self._settings = settings
        self.jobs = max(1, jobs)
        self._executor: ProcessPoolExecutor | None = self._start() if self.jobs > 1 else None
        self._queue: deque[tuple[Job, Future[Outcome]]] = deque()

    def _start(self) -> ProcessPoolExecutor:
        # spawn, not fork: the parent holds a database connection and an HTTP client that a forked child
        # must not share, and spaCy is not fork-safe once loaded.
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(self._analyze, self._settings))

    def __enter__(self) -> AnalysisPool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)

    def submit(self, job: Job) -> Iterator[Outcome]:
        """Queue ``job``; yield the outcomes finished meanwhile (waiting only when the queue is full)."""
        if self._executor is None:
            yield _analyze_safely(self._analyze, job, self._settings)
            return
        try:
            future = self._executor.submit(_work, job)
        except BrokenProcessPool:  # a worker died since the last job went in
            self._recover()
            future = self._executor.submit(_work, job)
        self._queue.append((job, future))
        while self._queue and (self._queue[0][1].done() or len(self._queue) > self.jobs * _IN_FLIGHT_PER_JOB):
            yield self._next()

    def drain(self) -> Iterator[Outcome]:
        while self._queue:
            yield self._next()

    def _next(self) -> Outcome:
        try:
            outcome = self._queue[0][1].result()
        except BrokenProcessPool:
            self._recover()
            outcome = self._queue[0][1].result()
        self._queue.popleft()
        return outcome

    def _recover(self) -> None:
        """A worker died: start afresh, and run every document it left unfinished again, one at a time."""
        assert self._executor is not None
        self._executor.shutdown(wait=True, cancel_futures=True)  # settles every future of the broken pool
        self._executor = self._start()
        for k, (job, future) in enumerate(self._queue):
            if future.cancelled() or future.exception() is not None:
                self._queue[k] = (job, self._alone(job))

    def _alone(self, job: Job) -> Future[Outcome]:
        """``job``'s outcome, run with nothing else in flight, so that a death is its own."""
        assert self._executor is not None
        settled: Future[Outcome] = Future()
        try:
            settled.set_result(self._executor.submit(_work, job).result())
        except BrokenProcessPool as err:
            settled.set_result(_failed(job, f"[E000] {WORKER_DIED}: {err}"))
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = self._start()
        return settled
