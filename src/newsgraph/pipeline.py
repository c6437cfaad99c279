"""The one module that composes the stages: ingest → extract → nlp → store."""

from __future__ import annotations

from datetime import date

from newsgraph.config import Settings
from newsgraph.extract import extract
from newsgraph.model import Analysis, RawDocument


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
