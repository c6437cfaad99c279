"""A bounded pool that runs the NLP stage over extracted documents in this process (jobs=1) or in
worker processes, a batch of documents at a time.

Each worker process is started once and keeps whatever the analyser caches (the spaCy model), so the
model is loaded once per worker, not once per document. Documents go to the analyser in batches (the
statistical model parses several articles faster together than one by one). Results come back in the order
the documents went in; at most a few batches per worker are in flight, so a huge input never piles up in
memory. When a worker dies (killed, out of memory) the executor cannot tell whose document did it, so the
pool starts afresh and runs each document that was in flight again on its own: only the one that kills a
worker again fails (a re-run or the next watch cycle tries it once more), and the rest are analysed as usual.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from newsgraph.config import Settings
from newsgraph.errors import NewsgraphError, unexpected
from newsgraph.model import Analysis, Extracted

log = logging.getLogger(__name__)
T = TypeVar("T")

Analyzer = Callable[[Extracted, Settings], Analysis]
#: Per document of the batch, its Analysis or the error that stopped it.
BatchAnalyzer = Callable[[Sequence[Extracted], Settings], list[Analysis | Exception]]

# A batch is sent when it holds this many documents or characters: past that, parsing together gains
# little, and a batch of long articles would hold too much memory at once.
BATCH_DOCUMENTS = 8
BATCH_CHARACTERS = 100_000
_IN_FLIGHT_PER_JOB = 2  # batches
#: In the failure of a document whose worker process died under it: running it again may work.
WORKER_DIED = "analysis worker died"
_worker: tuple[BatchAnalyzer, Settings] | None = None


def _batch_full(documents: int, characters: int) -> bool:
    return documents >= BATCH_DOCUMENTS or characters >= BATCH_CHARACTERS


def batched(items: Iterable[T], characters: Callable[[T], int]) -> Iterator[list[T]]:
    """``items`` in batches of at most BATCH_DOCUMENTS, each closed once it holds BATCH_CHARACTERS."""
    batch: list[T] = []
    size = 0
    for item in items:
        batch.append(item)
        size += characters(item)
        if _batch_full(len(batch), size):
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def default_analyze(batch: Sequence[Extracted], settings: Settings) -> list[Analysis | Exception]:
    """The real NLP stage (loads the model on first use)."""
    from newsgraph.nlp import analyze_extracted_batch

    return analyze_extracted_batch(batch, settings=settings)


def one_at_a_time(analyze: Analyzer) -> BatchAnalyzer:
    """A batch analyser that runs ``analyze`` on each document of the batch in turn."""
    return partial(_each, analyze)


def _each(analyze: Analyzer, batch: Sequence[Extracted], settings: Settings) -> list[Analysis | Exception]:
    results: list[Analysis | Exception] = []
    for extracted in batch:
        try:
            results.append(analyze(extracted, settings))
        except Exception as err:  # the document's failure, told by the pool
            results.append(err)
    return results


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


def _analyze_safely(analyze: BatchAnalyzer, jobs: Sequence[Job], settings: Settings) -> list[Outcome]:
    try:
        results = analyze([job.extracted for job in jobs], settings)
    except Exception as err:  # the analyser's own bug: each document is tried alone, so it fails only its own
        if len(jobs) == 1:
            results = [err]
        else:
            return [outcome for job in jobs for outcome in _analyze_safely(analyze, [job], settings)]
    return [_outcome(job, result) for job, result in zip(jobs, results, strict=True)]


def _outcome(job: Job, result: Analysis | Exception) -> Outcome:
    if not isinstance(result, Exception):
        return Outcome(job.source, result, None, job.ticket)
    if isinstance(result, NewsgraphError):
        return _failed(job, str(result))
    # one document's bug must not end the run; it is logged with its traceback
    log.error("analysis of %s failed", job.source, exc_info=result)
    return _failed(job, unexpected("analysis", result))


def _failed(job: Job, reason: str) -> Outcome:
    return Outcome(job.source, None, reason.splitlines()[0], job.ticket)


def _init_worker(analyze: BatchAnalyzer, settings: Settings) -> None:
    global _worker
    _worker = (analyze, settings)


def _work(jobs: Sequence[Job]) -> list[Outcome]:
    assert _worker is not None, "worker used before its initializer ran"
    return _analyze_safely(_worker[0], jobs, _worker[1])


class AnalysisPool:
    """``submit`` jobs, get finished outcomes back from ``submit`` and ``drain``, in the order submitted
    (so a run's store is the same whatever ``jobs`` is: near-duplicates are grouped in input order)."""

    def __init__(self, analyze: BatchAnalyzer, settings: Settings, *, jobs: int = 1) -> None:
        self._analyze = analyze
        self._settings = settings
        self.jobs = max(1, jobs)
        self._executor: ProcessPoolExecutor | None = self._start() if self.jobs > 1 else None
        self._batch: list[Job] = []
        self._batch_characters = 0
        self._queue: deque[tuple[list[Job], Future[list[Outcome]]]] = deque()

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
        self._batch.append(job)
        self._batch_characters += len(job.extracted.article.text)
        if _batch_full(len(self._batch), self._batch_characters):
            yield from self._send()

    def drain(self) -> Iterator[Outcome]:
        if self._batch:
            yield from self._send()
        while self._queue:
            yield from self._next()

    def _send(self) -> Iterator[Outcome]:
        batch, self._batch, self._batch_characters = self._batch, [], 0
        if self._executor is None:
            yield from _analyze_safely(self._analyze, batch, self._settings)
            return
        try:
            future = self._executor.submit(_work, batch)
        except BrokenProcessPool:  # a worker died since the last batch went in
            self._recover()
            future = self._executor.submit(_work, batch)
        self._queue.append((batch, future))
        while self._queue and (self._queue[0][1].done() or len(self._queue) > self.jobs * _IN_FLIGHT_PER_JOB):
            yield from self._next()

    def _next(self) -> list[Outcome]:
        try:
            outcomes = self._queue[0][1].result()
        except BrokenProcessPool:
            self._recover()
            outcomes = self._queue[0][1].result()
        self._queue.popleft()
        return outcomes

    def _recover(self) -> None:
        """A worker died: start afresh, and run every document it left unfinished again, one at a time."""
        assert self._executor is not None
        self._executor.shutdown(wait=True, cancel_futures=True)  # settles every future of the broken pool
        self._executor = self._start()
        queue, self._queue = self._queue, deque()
        for batch, future in queue:
            if future.cancelled() or future.exception() is not None:
                self._queue.extend(([job], self._alone(job)) for job in batch)
            else:
                self._queue.append((batch, future))

    def _alone(self, job: Job) -> Future[list[Outcome]]:
        """``job``'s outcome, run with nothing else in flight, so that a death is its own."""
        assert self._executor is not None
        settled: Future[list[Outcome]] = Future()
        try:
            settled.set_result(self._executor.submit(_work, [job]).result())
        except BrokenProcessPool as err:
            settled.set_result([_failed(job, f"[E000] {WORKER_DIED}: {err}")])
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = self._start()
        return settled
