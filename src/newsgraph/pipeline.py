"""The one module that composes the stages: ingest → extract → nlp → store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from newsgraph.config import Settings
from newsgraph.errors import NewsgraphError
from newsgraph.extract import extract
from newsgraph.model import Analysis, Extracted, RawDocument

if TYPE_CHECKING:
    from newsgraph.store import Store


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def analyze(text: str | bytes, *, published: date | str | None = None, url: str | None = None,
            title: str | None = None, settings: Settings | None = None) -> Analysis:
    """Analyse one article given as plain text or HTML (detected)."""
    raw = RawDocument(source=url or "<text>", data=text, url=url, title=title, published=_as_date(published))
    return analyze_document(raw, settings=settings)


def analyze_document(raw: RawDocument, *, settings: Settings | None = None) -> Analysis:
    """Extract one raw document and run the NLP stage over its body."""
    from newsgraph.nlp import analyze_extracted

    settings = settings or Settings.from_env()
    extracted = extract(raw, settings)
    return analyze_extracted(extracted, settings=settings)


@dataclass
class ReanalysisSummary:
    pipeline_version: str
    reanalyzed: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)


def reanalyze(store: Store, *, settings: Settings | None = None, limit: int | None = None,
              progress: Callable[[int, int], None] | None = None) -> ReanalysisSummary:
    """Run the current NLP stage again over every stored article another pipeline version analyzed.

    The stored body is the text the article's spans index, so it is analysed as it stands (extraction
    is not redone and the boilerplate cut from the input is kept). A failure is recorded against
    ``reanalyze:<article id>`` and the old analysis stays.
    """
    from newsgraph.nlp import analyze_extracted, load_pipeline, pipeline_version

    settings = settings or Settings.from_env()
    summary = ReanalysisSummary(pipeline_version(load_pipeline(settings)))
    stale = store.stale(summary.pipeline_version)[:limit]
    for done, article_id in enumerate(stale, start=1):
        source = f"reanalyze:{article_id}"
        try:
            stored = store.analysis(article_id)
            if stored is None:  # deleted by another process since the list was read
                continue
            fresh = analyze_extracted(Extracted(article=stored.article, removed=stored.removed), settings=settings)
            store.replace_analysis(article_id, fresh, source=source)
            summary.reanalyzed += 1
        except NewsgraphError as err:
            summary.failed += 1
            summary.failures.append((article_id, str(err)))
            store.record_failure(source, err)
        if progress is not None:
            progress(done, len(stale))
    return summary
