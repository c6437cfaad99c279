"""Polling feeds: each cycle ingests only entries the store has not seen."""

from __future__ import annotations

from collections.abc import Iterable

from newsgraph.batch import Analyzer
from newsgraph.config import Settings
from newsgraph.ingest.feeds import FeedEntry
from newsgraph.ingest.fetch import Fetcher
from newsgraph.ingest.run import IngestSummary, ingest_items
from newsgraph.ingest.sources import read_sources
from newsgraph.store import Store


def poll_feeds(feeds: Iterable[str], store: Store, *, fetcher: Fetcher, analyze: Analyzer | None = None,
               settings: Settings | None = None, jobs: int | None = None) -> IngestSummary:
    """One poll cycle over ``feeds``: fetch each, ingest its new entries, remember them as seen. A source
    that is not an RSS/Atom feed (a page, a text file) is a failure, never ingested as an article.

    An entry is remembered once it is stored (or found a duplicate, or failed for a reason other than
    a fetch that may work later); an entry whose page could not be fetched this time ([E300]: a timeout,
    HTTP 5xx) or whose analysis worker died is tried again at the next cycle, one refused for good
    ([E301]: robots.txt, HTTP 404) is not.
    """
    entries: dict[str, tuple[str, str]] = {}  # source (entry URL) -> (feed, entry key)

    def unseen(feed: str, entry: FeedEntry) -> bool:
        if store.seen(feed, entry.key):
            return False
        entries[entry.source(feed)] = (feed, entry.key)
        return True

    settings = settings or Settings.from_env()
    items = read_sources(list(feeds), fetcher=fetcher, settings=settings, entry_filter=unseen, feeds_only=True)
    summary = ingest_items(items, store, analyze=analyze, settings=settings, jobs=jobs)
    done: dict[str, list[str]] = {}
    for source, (feed, key) in entries.items():
        if source in summary.outcomes and source not in summary.retry:
            done.setdefault(feed, []).append(key)
    for feed, keys in done.items():
        store.mark_seen(feed, keys)
    return summary
