"""A bounded pool that runs the NLP stage over extracted documents in this process (jobs=1) or in
worker processes.

Each worker process is started once and keeps whatever the analyser caches (the spaCy model), so the
model is loaded once per worker, not once per document. Results come back in completion order; at most
a few documents per worker are in flight, so a huge input never piles up in memory.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from newsgraph.config import Settings
from newsgraph.errors import NewsgraphError
from newsgraph.model import Analysis, Extracted

log = logging.getLogger(__name__)

Analyzer = Callable[[Extracted, Settings], Analysis]

_IN_FLIGHT_PER_JOB = 4
_worker: tuple[Analyzer, Settings] | None = None


def default_analyze(extracted: Extracted, settings: Settings) -> Analysis:
    """The real NLP stage (loads the model on first use)."""
    from newsgraph.nlp import analyze_extracted

    return analyze_extracted(extracted, settings=settings)


@dataclass(frozen=True)
class Job:
    """One document to analyse: ``source`` names it in outcomes and failure records."""

    source: str
    extracted: Extracted


@dataclass(frozen=True)
class Outcome:
    source: str
    analysis: Analysis | None
    error: str | None  # one line with its error code, when analysis is None


def _analyze_safely(analyze: Analyzer, job: Job, settings: Settings) -> Outcome:
    try:
        return Outcome(job.source, analyze(job.extracted, settings), None)
    except NewsgraphError as err:
        return Outcome(job.source, None, str(err))
    except Exception as err:  # one document's bug must not end the run; it is logged with its traceback
        log.exception("analysis of %s failed", job.source)
        return Outcome(job.source, None, f"[E000] analysis failed: {type(err).__name__}: {err}".splitlines()[0])


def _init_worker(analyze: Analyzer, settings: Settings) -> None:
    global _worker
    _worker = (analyze, settings)


def _work(job: Job) -> Outcome:
    assert _worker is not None, "worker used before its initializer ran"
    return _analyze_safely(_worker[0], job, _worker[1])


class AnalysisPool:
    """``submit`` jobs, get finished outcomes back from ``submit`` and ``drain``."""

    def __init__(self, analyze: Analyzer, settings: Settings, *, jobs: int = 1) -> None:
        self._analyze = analyze
        self._settings = settings
        self.jobs = max(1, jobs)
        self._executor: ProcessPoolExecutor | None = None
        self._pending: dict[Future[Outcome], Job] = {}
        if self.jobs > 1:
            # spawn, not fork: the parent holds a database connection and an HTTP client that a forked
            # child must not share, and spaCy is not fork-safe once loaded.
            self._executor = ProcessPoolExecutor(
                max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker, initargs=(analyze, settings))

    def __enter__(self) -> AnalysisPool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)

    def submit(self, job: Job) -> Iterator[Outcome]:
        """Queue ``job``; yield whatever finished meanwhile (waiting only when the queue is full)."""
        if self._executor is None:
            yield _analyze_safely(self._analyze, job, self._settings)
            return
        self._pending[self._executor.submit(_work, job)] = job
        full = len(self._pending) >= self.jobs * _IN_FLIGHT_PER_JOB
        yield from self._collect(timeout=None if full else 0)

    def drain(self) -> Iterator[Outcome]:
        while self._pending:
            yield from self._collect(timeout=None)

    def _collect(self, *, timeout: float | None) -> Iterator[Outcome]:
        done, _ = wait(self._pending, timeout=timeout, return_when=FIRST_COMPLETED)
        for future in done:
            job = self._pending.pop(future)
            try:
                yield future.result()
            except BrokenProcessPool as err:
                # A worker died (killed, out of memory): its documents fail, and so will the rest.
                yield Outcome(job.source, None, f"[E000] analysis worker died: {err}".splitlines()[0])
