"""RawDocument in, Article out: decoding, main-text extraction from HTML, text-level boilerplate."""

from __future__ import annotations

from newsgraph.config import Settings
from newsgraph.errors import ExtractionError
from newsgraph.extract.boilerplate import strip_boilerplate
from newsgraph.extract.text import decode, looks_like_html
from newsgraph.model import Article, Extracted, RawDocument

__all__ = ["extract", "strip_boilerplate"]


def extract(raw: RawDocument, settings: Settings | None = None) -> Extracted:
    """Turn one raw document into an article with its clean body and metadata."""
    settings = settings or Settings()
    text = decode(raw.data, max_bytes=settings.max_input_bytes)
    is_html = raw.content_type == "text/html" or (raw.content_type is None and looks_like_html(text))
    if is_html:
        from newsgraph.extract.html import extract_html

        page = extract_html(text, url=raw.url)
        body_source, meta = page.text, page
    else:
        body_source, meta = text, None
    body, removed = strip_boilerplate(body_source)
    if not body.strip():
        raise ExtractionError(f"no article text found in {raw.source}")
    article = Article(
        text=body,
        title=raw.title or (meta.title if meta else None),
        published=raw.published or (meta.published if meta else None),
        language=raw.language or (meta.language if meta else None) or "en",
        url=raw.url or (meta.url if meta else None),
        outlet=raw.outlet or (meta.outlet if meta else None),
        authors=raw.authors or (meta.authors if meta else ()),
    )
    return Extracted(article=article, removed=removed)
