"""PostgreSQL behind the store, for teams: the same statements, through psycopg 3.

Install with ``pip install 'newsgraph[postgres]'``. The store's SQL is written once with ``?``
placeholders; :class:`PostgresConnection` gives psycopg the ``%s`` it expects and otherwise offers the
small part of the DB-API that :class:`~newsgraph.store.store.Store` uses, so the store has one code path.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from newsgraph.errors import StoreError

SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(url: str) -> bool:
    return url.startswith(SCHEMES)


def redact(url: str) -> str:
    """``url`` without its password (``user:password@`` or ``?password=``), for messages and logs."""
    url = re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)
    return re.sub(r"([?&]password=)[^&]*", r"\1***", url, flags=re.I)


@lru_cache(maxsize=512)
def _placeholders(sql: str) -> str:
    # The store's SQL has no literal '%' or '?' outside placeholders (see schema.py).
    return sql.replace("?", "%s")


class PostgresCursor:
    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def execute(self, sql: str, params: Sequence[Any] = ()) -> PostgresCursor:
        self._cursor.execute(_placeholders(sql), params)
        return self

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    def __iter__(self) -> Any:
        return iter(self._cursor)

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def close(self) -> None:
        self._cursor.close()


class PostgresConnection:
    """A psycopg connection in autocommit mode: the store opens and ends its own transactions."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def cursor(self) -> PostgresCursor:
        return PostgresCursor(self._connection.cursor())

    def execute(self, sql: str, params: Sequence[Any] = ()) -> PostgresCursor:
        return self.cursor().execute(sql, params)

    def close(self) -> None:
        self._connection.close()


def errors() -> tuple[type[Exception], ...]:
    import psycopg

    return (psycopg.Error,)


def connect(url: str) -> PostgresConnection:
    try:
        import psycopg
    except ImportError as err:
        raise StoreError(f"cannot open {redact(url)}: PostgreSQL needs psycopg: "
                         "pip install 'newsgraph[postgres]'") from err
    try:
        connection = psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as err:
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise StoreError(f"cannot open {redact(url)}: {reason}") from err
    return PostgresConnection(connection)
