"""The one module that composes the stages: ingest → extract → nlp → store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from newsgraph.config import Settings
from newsgraph.errors import InputError, NewsgraphError
from newsgraph.extract import extract, extracted_again
from newsgraph.ingest.common import without_stray_nuls
from newsgraph.model import PUBLICATION_YEARS, Analysis, Extracted, RawDocument

if TYPE_CHECKING:
    from newsgraph.batch.pool import Outcome
    from newsgraph.store import Store

_REANALYZE = "reanalyze:"


def _as_date(value: date | str | None) -> date | None:
    """The publication date given as a date, a datetime or an ISO date or datetime string: a datetime's
    own date, as the publisher's local time gives it (not converted to UTC: 23:00 in New York on the
    15th is an article of the 15th, as JSONL's dates are read)."""
    if value is None:
        return None
    try:
        if isinstance(value, datetime):
            day = value.date()
        elif isinstance(value, date):
            day = value
        else:
            day = datetime.fromisoformat(value).date()
    except (TypeError, ValueError):
        raise InputError(f"published must be a date or datetime, YYYY-MM-DD or an ISO datetime, "
                         f"not {value!r}") from None
    if day.year not in PUBLICATION_YEARS:
        raise InputError(f"published {day.isoformat()} is not a publication date (the year must be "
                         f"{PUBLICATION_YEARS.start}-{PUBLICATION_YEARS.stop - 1})")
    return day


def analyze(text: str | bytes, *, published: date | datetime | str | None = None, url: str | None = None,
            title: str | None = None, settings: Settings | None = None) -> Analysis:
    """Analyse one article given as plain text or HTML (detected)."""
    if not isinstance(text, str | bytes):
        raise InputError(f"the article must be text (str) or bytes, not {type(text).__name__}")
    raw = RawDocument(source=url or "<text>", data=text, url=url, title=title, published=_as_date(published))
    return analyze_document(raw, settings=settings)


def analyze_document(raw: RawDocument, *, settings: Settings | None = None) -> Analysis:
    """Extract one raw document and run the NLP stage over its body."""
    from newsgraph.nlp import analyze_extracted

    settings = settings or Settings.from_env()
    return analyze_extracted(extract_document(raw, settings), settings=settings)


def extract_document(raw: RawDocument, settings: Settings) -> Extracted:
    """The body and metadata of one raw document, as the NLP stage takes them."""
    return extract(without_stray_nuls(raw), settings)


@dataclass
class ReanalysisSummary:
    pipeline_version: str
    reanalyzed: int = 0
    failed: int = 0
    current: int = 0  # articles the current pipeline version had analysed already
    failures: list[tuple[str, str]] = field(default_factory=list)


def reanalyze(store: Store, *, settings: Settings | None = None, limit: int | None = None, jobs: int = 1,
              progress: Callable[[int, int], None] | None = None) -> ReanalysisSummary:
    """Run the current NLP stage again over every stored article another pipeline version analyzed.

    The stored body is the text the article's spans index, so it is analyzed as it stands (extraction
    is not redone and the boilerplate cut from the input is kept). ``jobs`` > 1 analyzes in worker
    processes; the store is written from this one. A failure is recorded against
    ``reanalyze:<article id>`` and the old analysis stays.
    """
    from newsgraph.batch.pool import AnalysisPool, Job, default_analyze
    from newsgraph.nlp import load_pipeline, pipeline_version

    settings = settings or Settings.from_env()
    summary = ReanalysisSummary(pipeline_version(load_pipeline(settings)))
    stale = store.stale(summary.pipeline_version)
    summary.current = store.stats()["articles"] - len(stale)
    stale = stale[:limit]
    done = 0

    def finish(outcome: Outcome) -> None:
        nonlocal done
        article_id = outcome.source.removeprefix(_REANALYZE)
        reason = outcome.error
        if outcome.analysis is not None:
            try:
                store.replace_analysis(article_id, outcome.analysis, source=outcome.source)
                summary.reanalyzed += 1
            except NewsgraphError as err:
                reason = str(err)
        if reason is not None:
            summary.failed += 1
            summary.failures.append((article_id, reason))
            store.record_failure(outcome.source, reason)
        done += 1
        if progress is not None:
            progress(done, len(stale))

    with AnalysisPool(default_analyze, settings, jobs=jobs) as pool:
        for article_id in stale:
            stored = store.analysis(article_id)
            if stored is None:  # deleted by another process since the list was read
                continue
            # The stored article, what was cut from its input and what its input was warned of, as
            # extraction left them.
            job = Job(f"{_REANALYZE}{article_id}",
                      extracted_again(stored.article, stored.removed, stored.warnings))
            for outcome in pool.submit(job):
                finish(outcome)
        for outcome in pool.drain():
            finish(outcome)
    return summary
