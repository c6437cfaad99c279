"""Bytes in, documents out, into the store: files, stdin, JSONL, WARC, pages and feeds fetched politely."""

from newsgraph.ingest.common import Failure, Item
from newsgraph.ingest.feeds import FeedEntry, parse_feed
from newsgraph.ingest.fetch import USER_AGENT, Fetcher, Response
from newsgraph.ingest.run import IngestSummary, ingest, ingest_items
from newsgraph.ingest.sources import read_sources
from newsgraph.ingest.watch import poll_feeds

__all__ = ["USER_AGENT", "Failure", "FeedEntry", "Fetcher", "IngestSummary", "Item", "Response", "ingest",
           "ingest_items", "parse_feed", "poll_feeds", "read_sources"]
