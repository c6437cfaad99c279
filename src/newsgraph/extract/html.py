"""Main text and metadata from HTML, with trafilatura (and htmldate through it)."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date
from html import unescape
from urllib.parse import urlsplit

from newsgraph.errors import ExtractionError
from newsgraph.extract.identity import normalize_url

_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_HTML_LANG = re.compile(r"<html[^>]*?\slang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.I)


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None = None
    published: date | None = None
    modified: date | None = None
    language: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    headline: str | None = None  # the page's first <h1>, which may say more than its <title>


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def canonical(declared: str | None, fetched: str | None) -> str | None:
    """The page's canonical URL, unless it is the site's home page for an article page (a common misuse)."""
    declared_norm = normalize_url(declared)
    if declared_norm is None:
        return None
    fetched_norm = normalize_url(fetched)
    if fetched_norm and urlsplit(declared_norm).path == "/" and urlsplit(fetched_norm).path != "/":
        return None
    return declared_norm


def load_trafilatura():
    with warnings.catch_warnings():
        # trafilatura probes for SOCKS proxy support on import; urllib3 warns (and, with warnings as
        # errors, raises) when the optional PySocks is absent, which newsgraph does not need.
        warnings.filterwarnings("ignore", message="SOCKS support in urllib3")
        import trafilatura
    return trafilatura


def extract_html(html: str, *, url: str | None = None) -> Page:
    from htmldate import find_date

    trafilatura = load_trafilatura()
    # trafilatura's defaults, as the standard extraction benchmark runs it: the boilerplate filter that
    # follows only ever removes, so newsgraph cannot fall below trafilatura alone there except where the
    # filter errs (its precision mode trades recall for what the filter already cuts).
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None or not (doc.text or "").strip():
        raise ExtractionError("no article text found in the HTML")
    published = _date(doc.date)
    modified = _date(find_date(html, original_date=False, extensive_search=False))
    authors = tuple(a.strip() for a in (doc.author or "").split(";") if a.strip())
    lang = doc.language or (m.group(1).lower() if (m := _HTML_LANG.search(html[:5000])) else None)
    canonical_url = canonical(doc.url, url)
    return Page(text=doc.text, title=doc.title, published=published,
                modified=modified if modified and modified != published else None, language=lang,
                url=url or canonical_url, canonical_url=canonical_url, outlet=doc.sitename, authors=authors,
                headline=_first_h1(html))


def _first_h1(html: str) -> str | None:
    match = _H1.search(html)
    if match is None:
        return None
    text = " ".join(_TAG.sub(" ", match.group(1)).split())
    return unescape(text) or None
