"""RSS and Atom feeds: entries become the URLs to fetch, with the entry's title and date as metadata."""

from __future__ import annotations

import calendar
import contextlib
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import feedparser

from newsgraph.errors import InputError
from newsgraph.ingest.common import parse_date

log = logging.getLogger(__name__)

_FEED_START = (b"<rss", b"<feed", b"<rdf:rdf")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
               "text/xml")


@dataclass(frozen=True)
class FeedEntry:
    id: str  # the entry's guid or id, else its link (else its title, else its place in the feed)
    url: str | None  # None: the entry links to no article, which is a failure of its own
    title: str | None = None
    published: date | None = None

    @property
    def key(self) -> str:
        """What ``watch`` remembers the entry by: its id and its link, so a feed that gives every item the
        same guid (the site's URL, seen in the wild) still has its new stories read. An id that is the
        link, or an entry with no link, is the key alone (as it was before links were part of it)."""
        return self.id if self.url is None or self.url == self.id else f"{self.id} {self.url}"

    def source(self, feed: str) -> str:
        """How failure records and ``seen`` name the entry: its link, else the feed and its key."""
        return self.url or f"{feed}#{self.id}"


def looks_like_feed(data: bytes, content_type: str | None = None) -> bool:
    if content_type in _FEED_TYPES:
        return True
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2 :].lstrip()
        while head.startswith(b"<!--") or head.startswith(b"<?"):
            end = head.find(b"-->") + 3 if head.startswith(b"<!--") else head.find(b"?>") + 2
            head = head[end:].lstrip() if end > 2 else b""
    return head.startswith(_FEED_START)


def parse_feed(data: bytes, source: str, *, base_url: str | None = None) -> list[FeedEntry]:
    """The entries of an RSS/Atom document (``url`` None for one without a link); raise ``InputError``
    when there is no feed.

    Relative links are resolved against the feed's ``xml:base`` (feedparser does that), then against
    ``base_url``, where the feed was fetched from, else (a feed read from a file) the channel's own
    ``<link>``. An RSS ``<guid>`` stands for the link only when it is an absolute http(s) URL that
    ``isPermaLink="false"`` does not disown: a plain id ("bridge-2025-03-18") links to no article.
    """
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    base_url = base_url or _absolute(parsed.feed.get("link"))
    entries = []
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        if entry.get("guidislink") and link == entry.get("id") and not _absolute(link):
            link = None  # feedparser's link from a permalink guid that is no URL
        if not link:
            key = entry.get("id") or entry.get("title") or f"entry {number}"
            entries.append(FeedEntry(id=key, url=None, title=entry.get("title") or None))
            continue
        if base_url:
            with contextlib.suppress(ValueError):  # a malformed link stays as written, and fails on fetching
                link = urljoin(base_url, link)
        if any(earlier.url == link for earlier in entries):
            continue  # the same article listed twice (under two ids or titles) is read once, as listed first
        entries.append(FeedEntry(id=entry.get("id") or link, url=link, title=entry.get("title") or None,
                                 published=_entry_date(entry)))
    if not parsed.entries and not parsed.get("version"):
        # feedparser reads an HTML page, or any XML, as a feed with nothing in it.
        raise InputError(f"{source} is not an RSS/Atom feed")
    if parsed.get("bozo"):
        # A broken feed is read leniently while it still yields links; one that yields none is a failure.
        problem = parsed.get("bozo_exception")
        detail = str(problem).splitlines()[0] if problem else "no entries"
        if not any(entry.url for entry in entries):
            raise InputError(f"{source} is not a readable RSS/Atom feed: {detail}")
        log.warning("%s: malformed feed, read leniently: %s", source, detail)
    return entries


def _absolute(link: str | None) -> str | None:
    """``link`` when it is an absolute http(s) URL, else None."""
    return link if link and link.lower().startswith(("http://", "https://")) else None


def _entry_date(entry: feedparser.FeedParserDict) -> date | None:
    """The entry's publication (else update) date as the publisher wrote it, in its own time zone, as a
    JSONL ``published`` is read: ``Tue, 18 Mar 2025 23:30 -0500`` is the 18th, not UTC's 19th, which is
    what feedparser's ``*_parsed`` fields give."""
    for field in ("published", "updated"):
        written = entry.get(field)
        if not written:
            continue
        day = parse_date(written)  # ISO 8601 (Atom)
        if day is None:
            with contextlib.suppress(TypeError, ValueError):  # RFC 822 (RSS)
                day = parse_date(parsedate_to_datetime(written))
        if day is None and entry.get(f"{field}_parsed"):
            # A form only feedparser reads: its UTC date is the nearest to the written one there is.
            with contextlib.suppress(OverflowError, ValueError, OSError):  # a date no calendar has
                day = parse_date(datetime.fromtimestamp(calendar.timegm(entry[f"{field}_parsed"]), UTC))
        if day is not None:
            return day
    return None
