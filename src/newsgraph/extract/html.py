"""Main text and metadata from HTML, with trafilatura (and htmldate through it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from newsgraph.errors import ExtractionError


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None = None
    published: date | None = None
    language: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()


def extract_html(html: str, *, url: str | None = None) -> Page:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if doc is None or not (doc.text or "").strip():
        raise ExtractionError("no article text found in the HTML")
    published = None
    if doc.date:
        try:
            published = date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    authors = tuple(a.strip() for a in (doc.author or "").split(";") if a.strip())
    return Page(text=doc.text, title=doc.title, published=published, language=doc.language,
                url=doc.url or url, outlet=doc.sitename, authors=authors)
