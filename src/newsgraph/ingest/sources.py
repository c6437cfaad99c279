"""Any mix of sources (paths, directories, ``-``, URLs of pages or feeds) to one stream of documents."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from newsgraph.config import Settings
from newsgraph.errors import FetchRefused, InputError, NewsgraphError
from newsgraph.ingest.common import HTML_TYPES, Failure, Item, failure, without_stray_nuls
from newsgraph.ingest.feeds import FeedEntry, looks_like_feed, parse_feed
from newsgraph.ingest.fetch import Fetcher, Response
from newsgraph.ingest.files import count_lines, kind_of, read_bytes_feed_file, read_file, read_stdin, source_label, walk
from newsgraph.model import RawDocument

log = logging.getLogger(__name__)

#: "scheme://", as a URL of any scheme starts.
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*://", re.I)


def is_url(source: str) -> bool:
    return source[:8].lower().startswith(("http://", "https://"))


def read_sources(sources: Iterable[str], *, fetcher: Fetcher | None = None, settings: Settings | None = None,
                 stdin: BinaryIO | None = None, entry_filter: Callable[[str, FeedEntry], bool] | None = None,
                 feeds_only: bool = False) -> Iterator[Item]:
    """Documents from every source, lazily and in order; whatever cannot be read is a ``Failure``.

    ``entry_filter(feed, entry)`` says which feed entries to fetch (``watch`` skips those seen before);
    ``feeds_only`` makes a source that is not an RSS/Atom feed a failure rather than an article.
    Stray NUL characters are removed from every document, whatever its source (with a warning).
    """
    settings = settings or Settings()
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher(**settings.fetcher_options())
    try:
        for source in sources:
            if source == "-" and feeds_only:
                items = iter([failure(source, InputError("standard input cannot be polled as a feed: give the "
                                                         "feed's URL or file"))])
            elif source == "-":
                items = read_stdin(stdin or sys.stdin.buffer, max_bytes=settings.max_input_bytes)
            elif is_url(source):
                items = read_url(source, fetcher, settings=settings, entry_filter=entry_filter,
                                 feeds_only=feeds_only)
            elif _SCHEME.match(source) and not Path(source).exists():
                # "ftp://…" is no file name: read as one, it would fail as a missing file.
                items = iter([failure(source, FetchRefused(f"cannot fetch {source}: only http(s) URLs are "
                                                           "supported"))])
            elif feeds_only:
                items = read_feed_file(Path(source), fetcher, settings=settings, entry_filter=entry_filter)
            else:
                items = read_path(Path(source), fetcher, settings=settings, entry_filter=entry_filter)
            for item in items:
                yield without_stray_nuls(item) if isinstance(item, RawDocument) else item
    finally:
        if own_fetcher:
            fetcher.close()


def read_path(path: Path, fetcher: Fetcher, *, settings: Settings,
              entry_filter: Callable[[str, FeedEntry], bool] | None = None) -> Iterator[Item]:
    if not path.exists():
        yield failure(source_label(path), InputError("no such file or directory"))
        return
    for file in walk(path) if path.is_dir() else (path,):
        if kind_of(file) == "feed":
            yield from read_feed_file(file, fetcher, settings=settings, entry_filter=entry_filter)
        else:
            yield from read_file(file, max_bytes=settings.max_input_bytes)


def read_feed_file(path: Path, fetcher: Fetcher, *, settings: Settings,
                   entry_filter: Callable[[str, FeedEntry], bool] | None = None) -> Iterator[Item]:
    """Every entry of the RSS/Atom feed in a file, whatever its name; a file that is no feed is one failure."""
    feed = source_label(path)
    try:
        if not path.exists():
            raise InputError("no such file or directory")
        if path.is_dir():
            raise InputError(f"{feed} is a directory, not an RSS/Atom feed")
        entries = parse_feed(read_bytes_feed_file(path), feed)
    except NewsgraphError as err:
        yield failure(feed, err)
        return
    yield from read_entries(feed, entries, fetcher, settings=settings, entry_filter=entry_filter)


def count_documents(sources: Iterable[str]) -> int | None:
    """How many documents ``sources`` hold, when that is cheap to know before reading them: a page URL
    or an HTML or text file is one, a JSONL file one a line. None when any source cannot say (stdin,
    WARC, feeds), so a progress line shows no ETA rather than a wrong one."""
    total = 0
    for source in sources:
        if source == "-":
            return None
        if is_url(source):
            total += 1
            continue
        path = Path(source)
        for file in walk(path) if path.is_dir() else (path,):
            if file.exists() and not file.is_file():
                return None  # a named pipe is read once, by the reader
            kind = kind_of(file) if file.exists() else "text"  # a missing file is one failure
            if kind in ("html", "text"):
                total += 1
            elif kind == "jsonl":
                total += count_lines(file)
            else:
                return None
    return total


def read_url(url: str, fetcher: Fetcher, *, settings: Settings,
             entry_filter: Callable[[str, FeedEntry], bool] | None = None, feeds_only: bool = False) -> Iterator[Item]:
    """One fetched page, or every entry of a fetched feed (``feeds_only``: a page is a failure)."""
    try:
        response = fetcher.get(url)
        if looks_like_feed(response.data, response.content_type):
            entries = parse_feed(response.data, url, base_url=response.url)
        elif feeds_only:
            raise InputError(f"{url} is not an RSS/Atom feed (it answers with {response.content_type or 'no type'})")
        else:
            yield page_document(url, response, settings=settings)
            return
    except NewsgraphError as err:
        yield failure(url, err)
        return
    yield from read_entries(url, entries, fetcher, settings=settings, entry_filter=entry_filter)


def read_entries(feed: str, entries: Iterable[FeedEntry], fetcher: Fetcher, *, settings: Settings,
                 entry_filter: Callable[[str, FeedEntry], bool] | None = None) -> Iterator[Item]:
    for entry in entries:
        if entry_filter is not None and not entry_filter(feed, entry):
            continue
        if entry.url is None:
            name = f" {entry.title!r}" if entry.title else ""
            yield failure(entry.source(feed), InputError(f"the feed entry{name} links to no article"))
            continue
        try:
            doc = page_document(entry.url, fetcher.get(entry.url), settings=settings)
        except NewsgraphError as err:
            yield failure(entry.url, err)
            continue
        yield replace(doc, title=entry.title, published=entry.published)


def page_document(source: str, response: Response, *, settings: Settings) -> RawDocument:
    """A fetched page as a document, decoded with the charset the server declared (when it is right)."""
    if response.content_type not in (*HTML_TYPES, "text/plain", None):
        raise InputError(f"{response.url} is {response.content_type}, not HTML or text")
    content_type = "text/plain" if response.content_type == "text/plain" else "text/html"
    decoded = response.text(max_bytes=settings.max_input_bytes)
    return RawDocument(source=source, data=decoded.text, content_type=content_type, url=response.url,
                       warnings=decoded.warnings)


__all__ = ["Failure", "Item", "count_documents", "is_url", "page_document", "read_entries", "read_feed_file",
           "read_path", "read_sources", "read_url"]
