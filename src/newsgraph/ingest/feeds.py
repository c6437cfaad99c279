"""RSS and Atom feeds: entries become the URLs to fetch, with the entry's title and date as metadata."""

from __future__ import annotations

import calendar
import contextlib
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urljoin

import feedparser

from newsgraph.errors import InputError

log = logging.getLogger(__name__)

_FEED_START = (b"<rss", b"<feed", b"<rdf:rdf")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
               "text/xml")


@dataclass(frozen=True)
class FeedEntry:
    key: str  # the entry id, else its link (else its title): what "seen" is remembered by
    url: str | None  # None: the entry links to no article, which is a failure of its own
    title: str | None = None
    published: date | None = None

    def source(self, feed: str) -> str:
        """How failure records and ``seen`` name the entry: its link, else the feed and its key."""
        return self.url or f"{feed}#{self.key}"


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
    ``base_url``, where the feed was fetched from.
    """
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    entries = []
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        if not link:
            key = entry.get("id") or entry.get("title") or f"entry {number}"
            entries.append(FeedEntry(key=key, url=None, title=entry.get("title") or None))
            continue
        if base_url:
            with contextlib.suppress(ValueError):  # a malformed link stays as written, and fails on fetching
                link = urljoin(base_url, link)
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        try:
            published = datetime.fromtimestamp(calendar.timegm(stamp), UTC).date() if stamp else None
        except (OverflowError, ValueError, OSError):  # a date no calendar has
            published = None
        if any(earlier.url == link for earlier in entries):
            continue  # the same article listed twice (under two ids or titles) is read once, as listed first
        entries.append(FeedEntry(key=entry.get("id") or link, url=link, title=entry.get("title") or None,
                                 published=published))
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
