"""Analysis in, rows out, queries back: the newsgraph database (SQLite by default, PostgreSQL for teams)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newsgraph.errors import StoreError
from newsgraph.store import postgres, schema
from newsgraph.store.store import (
    ArticleRow,
    EntityRow,
    EventRow,
    FailureRow,
    QuoteRow,
    RoleRow,
    SaveResult,
    SaveStatus,
    SourceMetadata,
    SourceRef,
    Store,
)

__all__ = ["ArticleRow", "EntityRow", "EventRow", "FailureRow", "QuoteRow", "RoleRow", "SaveResult", "SaveStatus",
           "SourceMetadata", "SourceRef", "Store", "open_store", "sqlite_path"]


def sqlite_path(url: str) -> str:
    """The file behind a store URL: ``PATH``, ``sqlite:///relative/path``, ``sqlite:////abs/path``."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):] or ":memory:"
    if url == "sqlite://":
        return ":memory:"
    if url.startswith("sqlite://"):
        # "sqlite://news.db" names a host, not a file: SQLAlchemy would open a throwaway in-memory store.
        raise StoreError(f"{url!r} names no file: write sqlite:///{url[len('sqlite://'):]} for a path (three "
                         "slashes), or sqlite:// alone for a store in memory")
    if "://" in url:
        scheme = url.split("://", 1)[0]
        raise StoreError(f"unsupported store URL scheme {scheme!r}: use a path, sqlite:///path or "
                         "postgresql://user@host/database")
    return url


def open_store(url: str, *, create: bool = True) -> Store:
    """Open (creating the tables if needed) the store at ``url``: a file path, ``sqlite:///path``, or
    ``postgresql://user:password@host:port/database`` (the database must exist; needs psycopg).
    ``create=False`` is for readers: a SQLite file that is not there is an error, not a new empty store
    (a mistyped ``--db`` would otherwise answer "no quotes" and leave a stray file behind)."""
    if postgres.is_postgres_url(url):
        return Store(postgres.connect(url), postgres.redact(url), dialect="postgresql",
                     errors=postgres.errors())
    path = sqlite_path(url)
    if path != ":memory:" and not Path(path).parent.exists():
        raise StoreError(f"cannot open {url}: directory {Path(path).parent} does not exist")
    if not create and path != ":memory:" and not Path(path).exists():
        raise StoreError(f"no store at {url}: ingest into it first, or check --db / NEWSGRAPH_DB")
    try:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        for pragma in schema.SQLITE_PRAGMAS:
            connection.execute(pragma)
    except sqlite3.Error as err:
        raise StoreError(f"cannot open {url}: {err}") from err
    return Store(connection, url)
