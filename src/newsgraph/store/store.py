"""The store: analyses in, one transaction each; rows and whole analyses back out."""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, Protocol

from newsgraph import lexicons
from newsgraph.errors import StoreError
from newsgraph.extract.identity import IdentityKeys, NearDupIndex, normalize_body
from newsgraph.model import (
    QUOTE_TYPES,
    SAID,
    Analysis,
    Article,
    Entity,
    EntityRef,
    Event,
    Quote,
    Removed,
    Role,
    Span,
    TimeExpression,
)
from newsgraph.periods import bounds
from newsgraph.store import schema
from newsgraph.store.event_joining import Telling, join_tellings
from newsgraph.store.names import PERSON, entity_key, person_tokens

log = logging.getLogger(__name__)

_CODE = re.compile(r"^\[(E\d{3})\]\s*")
#: SQLite's default limit on bound parameters is 999 on old builds; stay well under it.
_CHUNK = 500


class Cursor(Protocol):
    """What the store needs of a cursor: sqlite3's, or the PostgreSQL adapter's."""

    rowcount: int

    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Cursor: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...
    def close(self) -> None: ...


class Connection(Protocol):
    def cursor(self) -> Cursor: ...
    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Cursor: ...
    def close(self) -> None: ...


class SaveStatus(StrEnum):
    STORED = "stored"  # a new article
    UPDATED = "updated"  # same id, new body or new pipeline version
    UNCHANGED = "unchanged"  # same id, same body, same pipeline version: nothing written but the source
    DUPLICATE = "duplicate"  # the same body is stored already: recorded as one more source of it
    NEAR_DUPLICATE = "near_duplicate"  # stored, in the dup_group of an earlier, nearly identical article


@dataclass(frozen=True)
class SaveResult:
    article_id: str
    status: SaveStatus
    dup_group: str


@dataclass(frozen=True)
class SourceMetadata:
    """What one source gave with the article it delivered, kept with the source whatever the article
    keeps: the URL it was read from, its own outlet and its own publication date (a reprint's, a feed
    entry's)."""

    url: str | None = None
    outlet: str | None = None
    published: date | None = None

    @classmethod
    def of(cls, article: Article, url: str | None = None) -> SourceMetadata:
        """What ``article`` says, read from ``url`` (else its own URL)."""
        return cls(url or article.url, article.outlet, article.published)


@dataclass(frozen=True)
class SourceRef:
    article_id: str
    source: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None


@dataclass(frozen=True)
class QuoteRow:
    """One statement: a quote as printed, with every article (and outlet) that printed it."""

    speaker: str | None
    speaker_id: str | None
    content: str
    cue: str | None
    kind: str
    when: str | None
    about: tuple[str, ...]
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    article_id: str
    sources: tuple[SourceRef, ...] = ()
    source: str | None = None  # the speaker as the (first dated) article wrote it: "the minister", "he"
    confidence: float | None = None
    type: str = "statement"  # statement, belief, intention or other (an act)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EntityRow:
    id: str
    name: str
    type: str
    articles: int
    mentions: int
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class RoleRow:
    name: str
    title: str
    former: bool
    published: str | None
    article_title: str | None
    outlet: str | None
    url: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EventRow:
    """One event, with everyone taking part, as the first article to tell it told it, and every article (and
    outlet) that told it (``store.event_joining``: the same kind, days that overlap, the same people or some of
    them)."""

    kind: str
    when: str | None  # the event's own date, "future", "past", or None (then ``published`` dates the telling)
    status: str
    role: str | None
    participants: tuple[str, ...]
    trigger: str | None  # the first word that tells it
    article_title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    article_id: str
    sources: tuple[SourceRef, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ArticleRow:
    id: str
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None
    dup_group: str
    pipeline_version: str
    ingested_at: str
    sources: int
    modified: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class FailureRow:
    source: str
    code: str | None
    reason: str
    failed_at: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _store_errors(action: str) -> Callable:
    """A database error (a lost connection, a locked file, a value the database refuses) raised by the
    decorated method becomes a one-line ``StoreError``, so a batch records it instead of crashing."""

    def decorate(method: Callable) -> Callable:
        @functools.wraps(method)
        def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
            try:
                return method(self, *args, **kwargs)
            except self._errors as err:
                raise StoreError(f"{action}: {str(err).strip().splitlines()[0] if str(err).strip() else err!r}") \
                    from err
        return wrapper
    return decorate


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def folded(text: str) -> str:
    """``text`` as the store matches it in any case: case-folded by Python (``"ВЕДОМОСТИ"`` and
    ``"Ведомости"`` alike), whitespace runs made one space."""
    return " ".join(text.split()).casefold()


def _days(when: str | None, published: date | None) -> tuple[str | None, str | None]:
    """The first and last day ``when`` (a time expression's value: a day, ISO week, month, season or year) may be;
    an undated event's ("future", "past", None) are its article's day, and so are a value no calendar has."""
    if when not in (None, "future", "past"):
        try:
            first, last = bounds(when)
            return first.isoformat(), last.isoformat()
        except ValueError:
            pass
    day = published.isoformat() if published is not None else None
    return day, day


def _iso(value: date | str | None) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def _entity_id(type_: str, norm: str) -> str:
    return f"{type_[:3].lower()}-" + hashlib.sha256(f"{type_}\x1f{norm}".encode()).hexdigest()[:16]


def _span(row: Sequence[Any]) -> Span:
    return Span(row[0], row[1], row[2])


class Store:
    """A newsgraph database. Use :func:`newsgraph.store.open_store` to get one."""

    def __init__(self, connection: Connection, url: str, *, dialect: str = "sqlite",
                 errors: tuple[type[Exception], ...] = (sqlite3.Error,)) -> None:
        self._db = connection
        self.url = url
        self.dialect = dialect
        self._errors = errors
        self._index: NearDupIndex | None = None
        self._index_read_at = ""  # ingested_at of the newest signature read into the index
        try:
            self._migrate()
        except BaseException:
            connection.close()
            raise

    # -- lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[Cursor]:
        cur = self._db.cursor()
        try:
            for statement in schema.BEGIN[self.dialect]:
                cur.execute(statement)
            try:
                yield cur
                cur.execute(schema.COMMIT)
            except BaseException:
                # A failed rollback (a lost connection) must not hide why the transaction failed.
                with suppress(*self._errors):
                    cur.execute(schema.ROLLBACK)
                raise
        finally:
            cur.close()

    def _migrate(self) -> None:
        try:
            with self._transaction() as cur:
                cur.execute(schema.VERSION_TABLE)
                version = cur.execute(schema.GET_VERSION).fetchone()[0]
                if version is not None and version > schema.SCHEMA_VERSION:
                    raise StoreError(f"{self.url} has schema version {version}; this newsgraph reads up to "
                                     f"{schema.SCHEMA_VERSION}: upgrade newsgraph")
                if version is not None:
                    for upgrade in range(version + 1, schema.SCHEMA_VERSION + 1):
                        for statement in schema.UPGRADES[upgrade]:
                            cur.execute(statement)
                        if upgrade == schema.FOLDED_SINCE:
                            self._fill_folded(cur)
                        if upgrade == schema.EVENT_DAYS_SINCE:
                            for article_id, seq, when, published in cur.execute(schema.EVENTS_TO_DATE).fetchall():
                                cur.execute(schema.DATE_EVENT, (*_days(when, _day(published)), article_id, seq))
                # After the upgrades: an index may be on a column one of them added.
                for statement in schema.create(self.dialect):
                    cur.execute(statement)
                if version != schema.SCHEMA_VERSION:
                    cur.execute(schema.SET_VERSION, (schema.SCHEMA_VERSION,))
        except self._errors as err:
            raise StoreError(f"cannot open {self.url}: {err}") from err

    @staticmethod
    def _fill_folded(cur: Cursor) -> None:
        """The case-folded keys of the rows a store held before it had them (see ``schema.FOLDED``)."""
        for texts, fill in schema.FILL_FOLDED:
            for (text,) in cur.execute(texts).fetchall():
                cur.execute(fill, (folded(text), text))

    # -- writing -------------------------------------------------------------------------------

    @_store_errors("cannot read the store")
    def source_unchanged(self, source: str, raw_hash: str) -> bool:
        """True when ``source`` was stored before from exactly these input bytes (resume, re-run)."""
        rows = self._db.execute(schema.SOURCE_HASH, (source,)).fetchall()
        return any(row[0] == raw_hash for row in rows)

    @_store_errors("cannot read the store")
    def has_source(self, article_id: str, source: str) -> bool:
        return self._db.execute(schema.HAS_SOURCE, (article_id, source)).fetchone() is not None

    @_store_errors("cannot read the store")
    def source_count(self, article_id: str) -> int:
        """How many sources delivered the stored article (1 unless it was reprinted)."""
        return self._db.execute(schema.SOURCE_COUNT, (article_id,)).fetchone()[0]

    @_store_errors("cannot read the store")
    def known(self, keys: IdentityKeys, *, pipeline_version: str | None = None) -> SaveResult | None:
        """What saving an article with these keys would find, if that makes analysing it unnecessary.

        ``UNCHANGED`` when this article is stored with the same body (and, when given, the same pipeline
        version); ``DUPLICATE`` when the same body is stored under another id; otherwise None.
        """
        return self._known(self._db, keys, pipeline_version)

    @staticmethod
    def _known(db: Connection | Cursor, keys: IdentityKeys, pipeline_version: str | None) -> SaveResult | None:
        row = db.execute(schema.ARTICLE_STATE, (keys.article_id,)).fetchone()
        if row is not None:
            same_version = pipeline_version is None or row[1] == pipeline_version
            if row[0] == keys.content_hash and same_version:
                return SaveResult(keys.article_id, SaveStatus.UNCHANGED, row[2])
            return None
        twin = db.execute(schema.ARTICLE_BY_HASH, (keys.content_hash,)).fetchone()
        if twin is not None:
            group = db.execute(schema.ARTICLE_STATE, (twin[0],)).fetchone()[2]
            return SaveResult(twin[0], SaveStatus.DUPLICATE, group)
        return None

    @_store_errors("cannot record the source")
    def add_source(self, article_id: str, *, source: str, metadata: SourceMetadata | None = None,
                   raw_hash: str | None = None) -> None:
        """Record that ``source`` delivered the stored article ``article_id`` (a reprint, a re-fetch), with
        what it said of it; what it said before stays where it now says nothing."""
        with self._transaction() as cur:
            self._add_source(cur, article_id, source, metadata or SourceMetadata(), raw_hash)

    @staticmethod
    def _add_source(cur: Cursor, article_id: str, source: str, metadata: SourceMetadata,
                    raw_hash: str | None) -> None:
        outlet = metadata.outlet
        cur.execute(schema.UPSERT_SOURCE, (article_id, source, metadata.url, outlet, raw_hash, _now(),
                                          folded(outlet) if outlet is not None else None, _iso(metadata.published)))
        cur.execute(schema.CLEAR_FAILURES, (source,))

    def save(self, analysis: Analysis, *, source: str, keys: IdentityKeys, raw_hash: str | None = None,
             metadata: SourceMetadata | None = None, updates: str | None = None) -> SaveResult:
        """Store one analysed article and everything found in it, all or nothing; ``metadata`` is what
        ``source`` said of it (by default what the article says).

        Saving the same analysis again changes nothing but the source's ``seen_at``; saving a new body or
        pipeline version under the same id replaces the article's rows; a body already stored under
        another id becomes one more source of that article. ``updates`` names a stored article this one
        is (its metadata completed or corrected by a new reading): its rows are replaced, and when
        ``keys`` give it another id (a copy gave the URL it lacked) it moves there with its sources and
        duplicate group. What is stored is decided under the write lock, so several processes can save
        into one store at once.
        """
        article = analysis.article
        metadata = metadata or SourceMetadata.of(article)
        try:
            with self._transaction() as cur:
                existing = cur.execute(schema.ARTICLE_STATE, (updates,)).fetchone() if updates else None
                if existing is not None and updates != keys.article_id and \
                        cur.execute(schema.ARTICLE_STATE, (keys.article_id,)).fetchone() is not None:
                    # Another process stored an article under the new id meanwhile: this one keeps its own.
                    keys = replace(keys, article_id=updates)
                if existing is None:  # nothing to update, or it is gone since
                    updates = None
                    known = self._known(cur, keys, analysis.pipeline_version)
                    if known is not None:
                        reprint = cur.execute(schema.HAS_SOURCE, (known.article_id, source)).fetchone() is None
                        self._add_source(cur, known.article_id, source, metadata, raw_hash)
                        # The same article from a source not seen before is a reprint, not a re-run.
                        return replace(known, status=SaveStatus.DUPLICATE) if reprint else known
                    existing = cur.execute(schema.ARTICLE_STATE, (keys.article_id,)).fetchone()
                index = self._near_dup_index(cur)
                near = None if updates else index.group_of(keys.signature, exclude=keys.article_id)
                group = existing[2] if updates else near or keys.article_id
                earlier = self._clear_children(cur, updates or keys.article_id) if existing is not None else []
                cur.execute(schema.UPSERT_ARTICLE, (
                    keys.article_id, article.url, keys.canonical_url, article.title, article.outlet,
                    _iso(article.published), article.language, json.dumps(list(article.authors)),
                    article.text,
                    keys.content_hash, keys.signature, group, analysis.pipeline_version,
                    json.dumps(list(analysis.warnings)), _now(),
                    folded(article.outlet) if article.outlet is not None else None, _iso(article.modified)))
                self._write_children(cur, keys.article_id, analysis)
                if updates and updates != keys.article_id:
                    cur.execute(schema.MOVE_SOURCES, (keys.article_id, updates))
                    cur.execute(schema.DELETE_ARTICLE, (updates,))
                self._drop_orphans(cur, earlier)
                self._add_source(cur, keys.article_id, source, metadata, raw_hash)
        except self._errors as err:
            raise StoreError(f"cannot save {source}: {err}") from err
        if updates:
            index.discard(updates)
        if keys.signature is not None:
            index.add(keys.article_id, group, keys.signature)
        if existing is not None:
            status = SaveStatus.UPDATED
        else:
            status = SaveStatus.NEAR_DUPLICATE if near else SaveStatus.STORED
        return SaveResult(keys.article_id, status, group)

    @_store_errors("cannot read the store")
    def stale(self, pipeline_version: str) -> list[str]:
        """Ids of the stored articles that another pipeline version analysed, oldest first."""
        return [row[0] for row in self._db.execute(schema.STALE_ARTICLES, (pipeline_version,))]

    def replace_analysis(self, article_id: str, analysis: Analysis, *, source: str) -> None:
        """Store a new analysis of a stored article's own text, all or nothing: its id, text, sources and
        duplicate group stay; what was found in it and the pipeline version are replaced, and an earlier
        failure recorded against ``source`` is cleared."""
        try:
            with self._transaction() as cur:
                cur.execute(schema.CLEAR_FAILURES, (source,))
                earlier = self._clear_children(cur, article_id)
                cur.execute(schema.SET_ANALYSIS_VERSION, (
                    analysis.pipeline_version, json.dumps(list(analysis.warnings)), _iso(analysis.article.modified),
                    article_id))
                self._write_children(cur, article_id, analysis)
                self._drop_orphans(cur, earlier)
        except self._errors as err:
            raise StoreError(f"cannot save the new analysis of {article_id}: {err}") from err

    @staticmethod
    def _clear_children(cur: Cursor, article_id: str) -> list[str]:
        """Delete what was found in an article before it is written again; the entities it referred to."""
        entity_ids = [row[0] for row in cur.execute(schema.ARTICLE_ENTITY_IDS, (article_id,)).fetchall()]
        for statement in schema.DELETE_CHILDREN.values():
            cur.execute(statement, (article_id,))
        return entity_ids

    @staticmethod
    def _drop_orphans(cur: Cursor, entity_ids: list[str]) -> None:
        """Entities the article named before and nothing names now go, so lookups do not list them."""
        for entity_id in entity_ids:
            cur.execute(schema.DELETE_IF_ORPHAN, (entity_id,))

    def _near_dup_index(self, cur: Cursor) -> NearDupIndex:
        """The near-duplicate index, brought up to date with what any process stored since it was read."""
        if self._index is None:
            self._index = NearDupIndex()
        rows = cur.execute(schema.SIGNATURES_SINCE, (self._index_read_at,)).fetchall()
        for article_id, group, signature, ingested_at in rows:
            self._index.add(article_id, group, signature)
            self._index_read_at = max(self._index_read_at, ingested_at)
        if rows:
            log.debug("near-duplicate index: %d signatures read, %d indexed", len(rows), len(self._index))
        return self._index

    def _write_children(self, cur: Cursor, article_id: str, analysis: Analysis) -> None:
        for seq, cut in enumerate(analysis.removed):
            cur.execute(schema.INSERT_REMOVED, (article_id, seq, cut.start, cut.end, cut.text, cut.reason))
        in_article: dict[str, set[str]] = {}
        local = self._resolve_entities(cur, analysis.entities, in_article)
        for seq, entity in enumerate(analysis.entities):
            gid = local[entity.id]
            cur.execute(schema.INSERT_ARTICLE_ENTITY,
                        (article_id, entity.id, gid, entity.name, entity.type, seq))
            for k, span in enumerate(entity.mentions):
                cur.execute(schema.INSERT_MENTION,
                            (article_id, entity.id, gid, k, span.start, span.end, span.text, folded(span.text)))
            for k, role in enumerate(entity.roles):
                cur.execute(schema.INSERT_ROLE, (article_id, entity.id, gid, k, role.title, role.span.start,
                                                 role.span.end, role.span.text, int(role.former)))

        def global_id(ref: EntityRef) -> str:
            if ref.id not in local:
                local[ref.id] = self._person_id(cur, ref.name, in_article)
            return local[ref.id]

        for seq, quote in enumerate(analysis.quotes):
            cue, src = quote.cue, quote.source
            cur.execute(schema.INSERT_QUOTE, (
                article_id, seq, quote.kind, " … ".join(s.text for s in quote.content),
                json.dumps([[s.start, s.end, s.text] for s in quote.content]),
                cue.text if cue else None, cue.start if cue else None, cue.end if cue else None,
                src.text if src else None, src.start if src else None, src.end if src else None,
                global_id(quote.speaker) if quote.speaker else None,
                quote.speaker.id if quote.speaker else None, quote.speaker.name if quote.speaker else None,
                json.dumps([[r.id, r.name] for r in quote.about]), quote.when, quote.confidence, quote.type))
            for ref in quote.about:
                cur.execute(schema.INSERT_QUOTE_ABOUT, (article_id, seq, global_id(ref)))
        for seq, t in enumerate(analysis.times):
            cur.execute(schema.INSERT_TIME, (article_id, seq, t.start, t.end, t.text, t.value, t.granularity,
                                             t.relation))
        for seq, event in enumerate(analysis.events):
            span = [event.span.start, event.span.end, event.span.text] if event.span else None
            cur.execute(schema.INSERT_EVENT, (
                article_id, seq, event.kind, json.dumps([[r.id, r.name] for r in event.participants]),
                event.when, json.dumps(span) if span else None, event.status, event.role,
                json.dumps([[m.start, m.end, m.text] for m in event.mentions]),
                *_days(event.when, analysis.article.published)))
            for ref in event.participants:
                cur.execute(schema.INSERT_EVENT_PARTICIPANT, (article_id, seq, global_id(ref)))

    def _resolve_entities(self, cur: Cursor, entities: Sequence[Entity],
                          in_article: dict[str, set[str]]) -> dict[str, str]:
        """Global ids for an article's entities: full names first, so bare surnames can find them."""
        local: dict[str, str] = {}
        people = [e for e in entities if e.type == PERSON]
        for entity in sorted(people, key=lambda e: -len(person_tokens(e.name))):
            local[entity.id] = self._person_id(cur, entity.name, in_article)
        for entity in entities:
            if entity.type != PERSON:
                norm, _ = entity_key(entity.name, entity.type)
                gid = _entity_id(entity.type, norm or entity.name.casefold())
                cur.execute(schema.INSERT_ENTITY, (gid, entity.name, entity.type, norm, None))
                local[entity.id] = gid
        return local

    def _person_id(self, cur: Cursor, name: str, in_article: dict[str, set[str]]) -> str:
        """The global person ``name`` refers to, creating it when new.

        A full name is its own key. A bare surname ("Musk", "Mr. Musk") goes to the full name with that
        surname in the same article, else to the one stored full name with that surname; with none or
        several it stays an entity of its own until a single full name claims it.
        """
        norm, surname = entity_key(name, PERSON)
        norm = norm or name.casefold().strip()
        if surname is not None and norm != surname:
            gid = _entity_id(PERSON, norm)
            created = cur.execute(schema.INSERT_ENTITY, (gid, name, PERSON, norm, surname)).rowcount
            in_article.setdefault(surname, set()).add(gid)
            if created:
                self._claim_bare_surname(cur, surname)
            return gid
        candidates = in_article.get(norm) or {
            row[0] for row in cur.execute(schema.FULL_NAMES_BY_SURNAME, (PERSON, norm))}
        if len(candidates) == 1:
            return next(iter(candidates))
        gid = _entity_id(PERSON, norm)
        cur.execute(schema.INSERT_ENTITY, (gid, name, PERSON, norm, surname or norm))
        return gid

    def _claim_bare_surname(self, cur: Cursor, surname: str) -> None:
        full = cur.execute(schema.FULL_NAMES_BY_SURNAME, (PERSON, surname)).fetchall()
        bare = cur.execute(schema.ENTITY_BY_NORM, (PERSON, surname)).fetchone()
        if bare is None or len(full) != 1:
            return
        new, old = full[0][0], bare[0]
        for statement in schema.MERGE_ENTITY:
            cur.execute(statement, (new, old))
        for statement in schema.DELETE_ENTITY_ABOUT:
            cur.execute(statement, (old,))
        cur.execute(schema.DELETE_ENTITY, (old,))

    @_store_errors("cannot record the failure")
    def record_failure(self, source: str, reason: str | BaseException) -> None:
        """Remember that ``source`` could not be ingested, and why (a one-line reason); a source that
        fails again has its one record replaced, so a rerun adds nothing."""
        text = str(reason).splitlines()[0] if str(reason) else type(reason).__name__
        match = _CODE.match(text)
        code = match.group(1) if match else None
        with self._transaction() as cur:
            cur.execute(schema.CLEAR_FAILURES, (source,))
            cur.execute(schema.INSERT_FAILURE, (source, code, text[match.end():] if match else text, _now()))

    @_store_errors("cannot read the store")
    def seen(self, feed: str, entry: str) -> bool:
        return self._db.execute(schema.SEEN_ENTRY, (feed, entry)).fetchone() is not None

    @_store_errors("cannot record the feed entries")
    def mark_seen(self, feed: str, entries: Iterable[str]) -> None:
        with self._transaction() as cur:
            now = _now()
            for entry in entries:
                cur.execute(schema.MARK_SEEN, (feed, entry, now))

    # -- reading -------------------------------------------------------------------------------

    @_store_errors("cannot read the store")
    def article(self, article_id: str) -> Article | None:
        """The stored article (body and metadata) alone."""
        row = self._db.execute(schema.LOAD_ARTICLE, (article_id,)).fetchone()
        return _article(row) if row is not None else None

    @_store_errors("cannot read the store")
    def keys(self, article_id: str) -> IdentityKeys | None:
        """The identity keys the article was stored under."""
        row = self._db.execute(schema.ARTICLE_KEYS, (article_id,)).fetchone()
        return IdentityKeys(*row) if row is not None else None

    @_store_errors("cannot read the store")
    def analysis(self, article_id: str) -> Analysis | None:
        """The stored analysis of one article, as it was saved (entity ids are the article's own)."""
        row = self._db.execute(schema.LOAD_ARTICLE, (article_id,)).fetchone()
        if row is None:
            return None
        article = _article(row)
        removed = tuple(Removed(*r) for r in self._db.execute(schema.LOAD_REMOVED, (article_id,)))
        mentions: dict[str, list[Span]] = {}
        for local_id, *span in self._db.execute(schema.LOAD_MENTIONS, (article_id,)):
            mentions.setdefault(local_id, []).append(_span(span))
        roles: dict[str, list[Role]] = {}
        for local_id, title, former, *span in self._db.execute(schema.LOAD_ROLES, (article_id,)):
            roles.setdefault(local_id, []).append(Role(title, _span(span), bool(former)))
        entities = tuple(
            Entity(local_id, name, type_, tuple(roles.get(local_id, ())), tuple(mentions.get(local_id, ())))
            for local_id, name, type_ in self._db.execute(schema.LOAD_ENTITIES, (article_id,)))
        quotes = []
        for (kind, spans, cue, cue_s, cue_e, src, src_s, src_e, sp_id, sp_name, about, when,
             confidence, type_) in self._db.execute(schema.LOAD_QUOTES, (article_id,)):
            quotes.append(Quote(
                kind=kind, content=tuple(_span(s) for s in json.loads(spans)),
                cue=Span(cue_s, cue_e, cue) if cue is not None else None,
                source=Span(src_s, src_e, src) if src is not None else None,
                speaker=EntityRef(sp_id, sp_name) if sp_id is not None else None,
                about=tuple(EntityRef(*r) for r in json.loads(about)), when=when, confidence=confidence,
                type=type_))
        times = tuple(TimeExpression(*r) for r in self._db.execute(schema.LOAD_TIMES, (article_id,)))
        events = tuple(
            Event(kind, tuple(EntityRef(*r) for r in json.loads(parts)), when,
                  _span(json.loads(span)) if span else None, status, role,
                  tuple(_span(m) for m in json.loads(mentions or "[]")))
            for kind, parts, when, span, status, role, mentions in self._db.execute(schema.LOAD_EVENTS, (article_id,)))
        return Analysis(article=article, removed=removed, quotes=tuple(quotes), entities=entities,
                        times=times, events=events, pipeline_version=row[8],
                        warnings=tuple(json.loads(row[9])))

    @_store_errors("cannot read the store")
    def resolve(self, name: str) -> list[str]:
        """Global entity ids a user's ``name`` may mean: exact normalised name, else by bare surname; a
        title in front ("Mayor Delgado") is dropped when the name is not found with it; last, any entity an
        article named exactly so ("Kessler-Nordmann" for Kessler-Nordmann Antriebstechnik)."""
        ids = self._resolve(name)
        words = name.split()
        while not ids and len(words) > 1 and lexicons.unaccented(words[0].lower().rstrip(".")) in \
                lexicons.words("person_roles"):
            words = words[1:]
            ids = self._resolve(" ".join(words))
        if not ids:
            ids = [r[0] for r in self._db.execute(schema.ENTITIES_BY_MENTION, (folded(name),))]
        return ids

    def _resolve(self, name: str) -> list[str]:
        person_norm, _ = entity_key(name, PERSON)
        other_norm, _ = entity_key(name, "ORG")
        ids: list[str] = []
        for norm in dict.fromkeys(n for n in (person_norm, other_norm) if n):
            ids += [r[0] for r in self._db.execute(schema.ENTITIES_BY_NORM_ANY, (norm,))]
        tokens = person_tokens(name)
        if len(tokens) == 1:
            ids += [r[0] for r in self._db.execute(schema.ENTITIES_BY_SURNAME_ANY, (tokens[0],))]
        return list(dict.fromkeys(ids))

    @_store_errors("cannot read the store")
    def quotes(self, speaker: str | None = None, about: str | None = None, since: date | str | None = None,
               until: date | str | None = None, outlet: str | None = None,
               types: Collection[str] = SAID) -> list[QuoteRow]:
        """Statements matching every filter given, each once, with all the sources that printed it;
        ``types`` are the quote types wanted (by default what people said, believed or meant to do)."""
        unknown = set(types) - set(QUOTE_TYPES)
        if unknown:
            raise ValueError(f"unknown quote types {sorted(unknown)}: choose from {', '.join(QUOTE_TYPES)}")
        sql, params = schema.QUOTES + schema.QUOTES_TYPES.format(marks=", ".join("?" * len(types))), list(types)
        for name, clause in ((speaker, schema.QUOTES_SPEAKER), (about, schema.QUOTES_ABOUT)):
            if name is not None:
                ids = self.resolve(name)
                if not ids:
                    return []
                sql += clause.format(marks=", ".join("?" * len(ids)))
                params += ids
        if since is not None:
            sql, params = sql + schema.QUOTES_SINCE, [*params, _iso(since)]
        if until is not None:
            sql, params = sql + schema.QUOTES_UNTIL, [*params, _iso(until)]
        if outlet is not None:
            literal = folded(outlet).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            pattern = f"%{literal}%"
            sql, params = sql + schema.QUOTES_OUTLET, [*params, pattern, pattern]
        rows = self._db.execute(sql + schema.QUOTES_ORDER, params).fetchall()
        if rows and (since is not None or until is not None or outlet is not None):
            rows = self._every_printing(rows)
        article_ids = list(dict.fromkeys(r[0] for r in rows))
        about_names: dict[tuple[str, int], list[str]] = {}
        for chunk in _chunks(article_ids):
            marks = ", ".join("?" * len(chunk))
            for aid, seq, name in self._db.execute(schema.QUOTE_ABOUT_NAMES.format(marks=marks), chunk):
                about_names.setdefault((aid, seq), []).append(name)
        sources = self._sources_of(article_ids)
        statements: dict[tuple[Any, ...], QuoteRow] = {}
        for aid, seq, kind, content, cue, when, sid, sname, title, a_outlet, published, url, group, written, \
                confidence, type_ in rows:
            key = _statement_key(sid, group, content)
            refs = sources.get(aid) or [SourceRef(aid, aid, url, a_outlet, title, published)]
            if key in statements:
                first = statements[key]
                merged = list(dict.fromkeys(first.sources + tuple(refs)))
                statements[key] = replace(first, sources=tuple(merged))
                continue
            statements[key] = QuoteRow(
                speaker=sname, speaker_id=sid, content=content, cue=cue, kind=kind, when=when,
                about=tuple(about_names.get((aid, seq), ())), title=title, outlet=a_outlet,
                published=published, url=url, article_id=aid, sources=tuple(dict.fromkeys(refs)),
                source=written, confidence=confidence, type=type_)
        return list(statements.values())

    def _sources_of(self, article_ids: list[str]) -> dict[str, list[SourceRef]]:
        """Every source of each article (the copies of one article read from several places), oldest first."""
        sources: dict[str, list[SourceRef]] = {}
        for chunk in _chunks(article_ids):
            for aid, src, url, src_outlet, title, published in self._db.execute(
                    schema.SOURCES_OF.format(marks=", ".join("?" * len(chunk))), chunk):
                sources.setdefault(aid, []).append(SourceRef(aid, src, url, src_outlet, title, published))
        return sources

    def _every_printing(self, rows: list[tuple]) -> list[tuple]:
        """All printings of the statements in ``rows`` (which a date or outlet filter cut down to some),
        so each is listed with every source, in the order of the quotes query."""
        wanted = {_statement_key(r[6], r[12], r[3]) for r in rows}
        speakers = list(dict.fromkeys(r[6] for r in rows if r[6]))
        groups = list(dict.fromkeys(r[12] for r in rows if not r[6]))
        found: dict[tuple[Any, int], tuple] = {}
        for clause, keys in ((schema.QUOTES_SPEAKER, speakers), (schema.QUOTES_UNATTRIBUTED_IN_GROUP, groups)):
            for chunk in _chunks(keys):
                sql = schema.QUOTES + clause.format(marks=", ".join("?" * len(chunk)))
                for row in self._db.execute(sql, chunk):
                    if _statement_key(row[6], row[12], row[3]) in wanted:
                        found[(row[0], row[1])] = row
        # The quotes query's order: attributed first by speaker, then dated printings oldest first.
        return sorted(found.values(), key=lambda r: (r[7] is None, (r[7] or "").lower(), r[7] or "",
                                                     r[10] is None, r[10] or "", r[0], r[1]))

    @_store_errors("cannot read the store")
    def entities(self, name: str) -> list[EntityRow]:
        ids = self.resolve(name)
        if not ids:
            return []
        rows = self._db.execute(schema.ENTITY_SUMMARY.format(marks=", ".join("?" * len(ids))), ids).fetchall()
        return [EntityRow(gid, ename, etype, n_articles, n_mentions,
                          tuple(r[0] for r in self._db.execute(schema.ENTITY_ALIASES, (gid,))))
                for gid, ename, etype, n_articles, n_mentions in rows]

    @_store_errors("cannot read the store")
    def roles(self, name: str) -> list[RoleRow]:
        """The roles ``name`` was given, oldest article first."""
        ids = self.resolve(name)
        if not ids:
            return []
        rows = self._db.execute(schema.ROLES.format(marks=", ".join("?" * len(ids))), ids)
        return [RoleRow(name, title, bool(former), *rest) for name, title, former, *rest in rows]

    @_store_errors("cannot read the store")
    def events(self, with_: str | None = None, kind: str | None = None, since: date | str | None = None,
               until: date | str | None = None) -> list[EventRow]:
        """Events matching every filter given (``with_``: a participant's name, as ``quotes`` finds a speaker), in
        time order: by the event's own date, else its article's; undated last. Participants are named as their
        article names them."""
        sql, params = schema.EVENTS, []
        if with_ is not None:
            ids = self.resolve(with_)
            if not ids:
                return []
            sql, params = sql + schema.EVENTS_WITH.format(marks=", ".join("?" * len(ids))), ids
        if kind is not None:
            sql, params = sql + schema.EVENTS_KIND, [*params, kind]
        if since is not None:
            sql, params = sql + schema.EVENTS_SINCE, [*params, _iso(since)]
        if until is not None:
            sql, params = sql + schema.EVENTS_UNTIL, [*params, _iso(until)]
        rows = self._db.execute(sql + schema.EVENTS_ORDER, params).fetchall()
        article_ids = list(dict.fromkeys(r[0] for r in rows))
        taking_part: dict[tuple[str, int], dict[str, str]] = {}
        for chunk in _chunks(article_ids):
            marks = ", ".join("?" * len(chunk))
            for aid, seq, gid, name in self._db.execute(schema.EVENT_PARTICIPANTS_OF.format(marks=marks), chunk):
                taking_part.setdefault((aid, seq), {})[gid] = name
        sources = self._sources_of(article_ids)
        tellings = [Telling(r[0], r[1], r[2], _day(r[12]), _day(r[13]), frozenset(taking_part.get((r[0], r[11]), ())))
                    for r in rows]
        events: list[tuple[date | None, EventRow]] = []
        for group in join_tellings(tellings):
            aid, kind_, when, status, role, participants, span, title, outlet, published, url, seq, *_ = rows[group[0]]
            names = [name for _, name in json.loads(participants)]
            named = set(taking_part.get((aid, seq), ()))
            refs: list[SourceRef] = []
            for i in group:
                other = rows[i]
                for gid, name in taking_part.get((other[0], other[11]), {}).items():
                    if gid not in named:
                        named.add(gid)
                        names.append(name)
                refs += sources.get(other[0]) or [SourceRef(other[0], other[0], other[10], other[8], other[7],
                                                            other[9])]
            # (the narrowest date any telling gives, and the status of the last told: a meeting planned, then held)
            dated = [tellings[i] for i in group if tellings[i].dated]
            first_day = tellings[group[0]].first_day
            if dated:
                narrowest = min(dated, key=lambda t: (t.last_day - t.first_day, t.first_day))
                when, first_day = narrowest.when, narrowest.first_day
            status = max((rows[i] for i in group), key=lambda r: r[9] or "")[3]
            role = next((rows[i][4] for i in group if rows[i][4]), None)
            events.append((first_day, EventRow(kind_, when, status, role, tuple(names),
                                               json.loads(span)[2] if span else None, title, outlet, published, url,
                                               aid, tuple(dict.fromkeys(refs)))))
        # (a date a later telling narrowed moves its event)
        return [row for _, row in sorted(events, key=lambda e: (e[0] is None, e[0] or date.min))]

    @_store_errors("cannot read the store")
    def articles(self) -> list[ArticleRow]:
        return [ArticleRow(*row) for row in self._db.execute(schema.ARTICLES)]

    @_store_errors("cannot read the store")
    def failures(self) -> list[FailureRow]:
        return [FailureRow(*row) for row in self._db.execute(schema.FAILURES)]

    @_store_errors("cannot read the store")
    def stats(self) -> dict[str, int]:
        return {name: self._db.execute(sql).fetchone()[0] for name, sql in schema.STATS.items()}


def _article(row: Sequence[Any]) -> Article:
    """An article from its ``schema.LOAD_ARTICLE`` row."""
    return Article(text=row[7], title=row[2], published=_day(row[4]), modified=_day(row[10]), language=row[5],
                   url=row[1], outlet=row[3], authors=tuple(json.loads(row[6])), id=row[0])


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _statement_key(speaker_id: str | None, dup_group: str, content: str) -> tuple[str, str]:
    """One statement: the same words from the same speaker, however many stories printed them (a wire
    story, or a line quoted again in a follow-up); unattributed words only within one group of
    duplicates."""
    return speaker_id or dup_group, normalize_body(content)


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]
