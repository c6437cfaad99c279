"""Main text and metadata from HTML, with trafilatura (and htmldate through it)."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from html import unescape
from urllib.parse import urljoin

from newsgraph.errors import ExtractionError
from newsgraph.extract.identity import article_url, names_this_page
from newsgraph.extract.text import normalise

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


def canonical(declared: Iterable[str | None], page_url: str | None = None) -> str | None:
    """The first URL a page declares for itself that can name one article, normalised.

    Relative URLs are resolved against the page's own URL when it is known. A site's home page, a
    section page, or a page above this one on its site is skipped wherever it is declared: pointing
    rel=canonical there is a common misuse, and taking it at its word would give every article that
    does one identity.
    """
    for candidate in declared:
        try:
            joined = urljoin(page_url or "", candidate.strip()) if candidate else None
        except ValueError:  # a malformed URL declares nothing
            continue
        if (url := article_url(joined)) and names_this_page(url, page_url):
            return url
    return None


def load_trafilatura():
    with warnings.catch_warnings():
        # trafilatura probes for SOCKS proxy support on import; urllib3 warns (and, with warnings as
        # errors, raises) when the optional PySocks is absent, which newsgraph does not need.
        warnings.filterwarnings("ignore", message="SOCKS support in urllib3")
        import trafilatura
    return trafilatura


def extract_html(html: str, *, url: str | None = None) -> Page:
    trafilatura = load_trafilatura()
    # trafilatura's defaults, as the standard extraction benchmark runs it: the boilerplate filter that
    # follows only ever removes, so newsgraph cannot fall below trafilatura alone there except where the
    # filter errs (its precision mode trades recall for what the filter already cuts).
    # Its own date goes unused (see _publication_date); the fast search keeps finding it cheap.
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      date_extraction_params={"original_date": True, "extensive_search": False})
    if doc is None or not (doc.text or "").strip():
        raise ExtractionError("no article text found in the HTML")
    authors = tuple(a.strip() for a in normalise(doc.author or "").split(";") if a.strip())
    lang = doc.language or (m.group(1).lower() if (m := _HTML_LANG.search(html[:5000])) else None)
    tree = trafilatura.load_html(html)
    # The page's own URL comes last: what it declares names the article better than where it was found.
    canonical_url = canonical(_declared_urls(tree) if tree is not None else (), url) or article_url(url)
    # Before the publication date, which takes what states a modification out of the tree.
    modified = _modification_date(tree) if tree is not None else None
    published = (_publication_date(tree, canonical_url or url) if tree is not None else None) \
        or _dateline(doc.text)
    # Entities in the markup (&nbsp;, &shy;, &#8203;) only become characters here, after decoding.
    return Page(text=normalise(doc.text), title=doc.title and normalise(doc.title), published=published,
                modified=modified if modified and modified != published else None, language=lang,
                url=url or canonical_url, canonical_url=canonical_url,
                outlet=doc.sitename and normalise(doc.sitename), authors=authors, headline=_first_h1(html))


def _publication_date(tree, url: str | None) -> date | None:
    """The date a page states it was published, by htmldate, on the page without what states when it
    was changed: asked for the publication date and finding none, htmldate falls back to the modification
    date (``article:modified_time`` alone became the publication date). ``tree`` is changed in place.

    The date in the URL counts only when the page's meta tags and JSON-LD state none: a URL keeps the
    day a story was first filed under ("/2025/03/18/…") while the page declares when it was published.

    Not htmldate's extensive search: when the markup, the URL and the page's date elements say nothing
    it guesses from any date-like text, down to the footer's copyright year ("© 2019" became
    2019-01-01), which then dates every quote in the article.
    """
    from htmldate import find_date

    for element in tree.xpath(_MODIFICATION_XPATH):
        if _states_modification(element):
            element.drop_tree()  # its tail text stays
    # JSON in scripts too: htmldate's last resort takes any timestamp in the page's source.
    for script in tree.iter("script"):
        if script.text:
            script.text = _JSON_MODIFIED.sub(r"\1null", script.text)
    return _date(find_date(tree, url=url, original_date=True, extensive_search=False, deferred_url_extractor=True))


def _modification_date(tree) -> date | None:
    """The latest date the page states it was changed on (``article:modified_time``, ``dateModified``,
    ``<time class="updated">``, …), and no other: htmldate asked for the newest date takes whatever
    date it finds when none says so, the publication date or the one in the URL among them."""
    from htmldate.extractors import try_date_expr
    from htmldate.validators import get_max_date, get_min_date

    def parsed(value: str | None) -> date | None:
        found = try_date_expr(value, "%Y-%m-%d", False, get_min_date(None), get_max_date(None))
        return _date(found)

    stated = [parsed(element.get("content") or element.get("datetime") or element.text_content())
              for element in tree.xpath(_MODIFICATION_XPATH) if _states_modification(element)]
    for script in tree.iter("script"):
        if script.text and (script.get("type") or "").strip().lower() == "application/ld+json":
            stated += [parsed(match.group(2)) for match in _JSON_MODIFIED.finditer(script.text)]
    return max((day for day in stated if day is not None), default=None)


_MODIFICATION_XPATH = "//meta | //*[@itemprop] | //time[@class]"
_JSON_MODIFIED = re.compile(r'("date(?:Modified|Updated)"\s*:\s*)"([^"]*)"', re.I)


def _states_modification(element) -> bool:
    """Whether an element states when the page was changed, by htmldate's own lists (``release_date``,
    in both of them, is a publication)."""
    from htmldate.core import DATE_ATTRIBUTES, ITEMPROP_ATTRS_MODIFIED, NAME_MODIFIED, PROPERTY_MODIFIED

    def attribute(name: str) -> str:
        return (element.get(name) or "").strip().lower()

    if attribute("itemprop") in ITEMPROP_ATTRS_MODIFIED:
        return True
    if element.tag == "time":
        return "updated" in attribute("class").split()
    return element.tag == "meta" and (
        attribute("name") in NAME_MODIFIED or attribute("http-equiv") == "last-modified"
        or attribute("property") in PROPERTY_MODIFIED - DATE_ATTRIBUTES)


def _first_h1(html: str) -> str | None:
    match = _H1.search(html)
    if match is None:
        return None
    text = " ".join(normalise(unescape(_TAG.sub(" ", match.group(1)))).split())
    return text or None


_MONTHS = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
    ("nov", "november"), ("dec", "december")), start=1) for name in names}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
#: A full date as datelines print it: "2 April 2025", "April 2, 2025", "Apr. 2 2025", "2025-04-02".
_DATES = (
    re.compile(rf"\b(?P<day>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
)
#: What may stand before the date on a dateline: nothing, a cue ("Published", "Posted on:", "Date:"),
#: a weekday, and a byline closed by a separator ("By Ailsa Grant |", "Ailsa Grant ·"). "Updated …"
#: is not a publication date, and a date inside a sentence dates an event, not the article.
_DATELINE_PREFIX = re.compile(
    r"(?:by\s[^\n|·•—–]{1,60}?\s*[,|·•—–]\s*|[^\n|·•—–.!?]{1,60}?\s*[|·•—–]\s*)?"
    r"(?:(?:(?:first\s+)?(?:published|posted)(?:\s+on)?|date)\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?)?", re.I)
#: How many lines from the top of the extracted text (headline and standfirst included) a dateline may be.
_DATELINE_LINES = 5


def _dateline(text: str) -> date | None:
    """The publication date a visible dateline near the top states ("Published 2 April 2025, 09:14",
    "By Ailsa Grant | April 2, 2025"), when the markup gave none. Dates later than today are events."""
    for line in text.splitlines()[:_DATELINE_LINES]:
        found = min((m for pattern in _DATES if (m := pattern.search(line))), key=lambda m: m.start(), default=None)
        if found is None or not _DATELINE_PREFIX.fullmatch(line[: found.start()].strip()):
            continue
        month = found["month"]
        try:
            day = date(int(found["year"]), int(month) if month.isdigit() else _MONTHS[month.lower()],
                       int(found["day"]))
        except ValueError:
            continue
        if day <= date.today():
            return day
    return None


#: schema.org types whose "url" and "mainEntityOfPage" name the article's own page.
_JSON_LD_PAGE_TYPES = ("Article", "Posting", "WebPage")


def _declared_urls(tree) -> list[str]:
    """The URLs a page gives for itself, most authoritative first: <link rel="canonical">, og:url and
    twitter:url, then JSON-LD's "url" and "mainEntityOfPage" of the article or its web page."""
    urls = [str(value) for path in _MARKUP_URLS for value in tree.xpath(path)]
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            urls += _json_ld_urls(json.loads(script.text, strict=False))
        except (ValueError, RecursionError):  # not JSON, or nested past reading
            continue
    return urls


_MARKUP_URLS = ('//head//link[@rel="canonical"]/@href', '//head//meta[@property="og:url"]/@content',
                '//head//meta[@name="twitter:url"]/@content')


def _json_ld_urls(node: object) -> Iterator[str]:
    if isinstance(node, list):
        for item in node:
            yield from _json_ld_urls(item)
        return
    if not isinstance(node, dict):
        return
    yield from _json_ld_urls(node.get("@graph"))
    types = node.get("@type")
    types = types if isinstance(types, list) else [types]
    if not any(isinstance(t, str) and t.endswith(_JSON_LD_PAGE_TYPES) for t in types):
        return
    main = node.get("mainEntityOfPage")
    for value in (node.get("url"), main.get("@id") or main.get("url") if isinstance(main, dict) else main):
        if isinstance(value, str):
            yield value
