"""Every SQL statement of the store, and nothing else.

The SQL runs unchanged on SQLite (3.24+, for ``ON CONFLICT``) and PostgreSQL (12+): text ids instead of
auto-increment keys where possible, ISO dates as text, JSON as text, no ``INSERT OR``, NULLs placed
explicitly in ``ORDER BY`` (the two disagree on where they go). Statements use ``?`` placeholders; the
PostgreSQL connection swaps them for ``%s``. What differs (pragmas, how a write transaction starts, the
failures key) is kept here too, per dialect.
"""

from __future__ import annotations

SCHEMA_VERSION = 8
#: What takes a store of an older version to the next one: {new version: statements}. Rows written before an
#: upgrade keep the defaults until ``newsgraph reanalyze`` runs them through the pipeline that fills them,
#: except the case-folded keys, which the store fills as it upgrades (see ``FOLDED``). The indexes of
#: ``CREATE`` are made after the upgrades, so one may index a column an upgrade adds.
UPGRADES = {
    2: ("ALTER TABLE quotes ADD COLUMN type TEXT NOT NULL DEFAULT 'statement'",),
    3: ("ALTER TABLE articles ADD COLUMN outlet_key TEXT",
        "ALTER TABLE article_sources ADD COLUMN outlet_key TEXT",
        "ALTER TABLE mentions ADD COLUMN text_key TEXT",
        "DROP INDEX IF EXISTS mentions_text"),
    4: ("ALTER TABLE article_sources ADD COLUMN published TEXT",),
    5: ("ALTER TABLE articles ADD COLUMN modified TEXT",),
    6: ("ALTER TABLE roles ADD COLUMN former INTEGER NOT NULL DEFAULT 0",),
    7: ("ALTER TABLE events ADD COLUMN status TEXT NOT NULL DEFAULT 'happened'",
        "ALTER TABLE events ADD COLUMN role TEXT",
        "ALTER TABLE events ADD COLUMN mentions TEXT"),
    8: ("ALTER TABLE events ADD COLUMN first_day TEXT",
        "ALTER TABLE events ADD COLUMN last_day TEXT"),
}
#: Text matched in any case ("écho" finds "Écho de Northgate") is kept case-folded by Python beside the
#: text, as (table, column, key column): SQLite's LOWER() folds ASCII letters only, and PostgreSQL's
#: follows the server's locale (none at all under the C locale), so neither can fold it alike.
FOLDED = (("articles", "outlet", "outlet_key"), ("article_sources", "outlet", "outlet_key"),
          ("mentions", "text", "text_key"))
FOLDED_SINCE = 3
#: The version that gave events the days they may be on, filled for the events stored before it.
EVENT_DAYS_SINCE = 8
EVENTS_TO_DATE = """
SELECT ev.article_id, ev.seq, ev.when_text, a.published FROM events ev JOIN articles a ON a.id = ev.article_id"""
DATE_EVENT = "UPDATE events SET first_day = ?, last_day = ? WHERE article_id = ? AND seq = ?"
#: Filling the keys of the rows written before ``FOLDED_SINCE``: (each distinct text, the rows with one).
FILL_FOLDED = tuple((f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL",
                     f"UPDATE {table} SET {key} = ? WHERE {column} = ?") for table, column, key in FOLDED)

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 10000",
)
# One writer at a time on both: saving an article reads the entity table and then writes to it (a bare
# surname joins the one full name stored with it), so two interleaved writers could split a person.
# SQLite takes its write lock up front so a second writer waits instead of deadlocking mid-article;
# PostgreSQL takes a transaction-scoped advisory lock (the key is arbitrary: "ng" in ASCII).
BEGIN = {"sqlite": ("BEGIN IMMEDIATE",),
         "postgresql": ("BEGIN", "SELECT pg_advisory_xact_lock(28263)")}
COMMIT = "COMMIT"
ROLLBACK = "ROLLBACK"

VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"
CREATE = (
    VERSION_TABLE,
    """CREATE TABLE IF NOT EXISTS articles (
        id TEXT PRIMARY KEY,
        url TEXT,
        canonical_url TEXT,
        title TEXT,
        outlet TEXT,
        published TEXT,
        language TEXT,
        authors TEXT NOT NULL,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        signature TEXT,
        dup_group TEXT NOT NULL,
        pipeline_version TEXT NOT NULL,
        warnings TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        outlet_key TEXT,
        modified TEXT)""",
    "CREATE INDEX IF NOT EXISTS articles_content_hash ON articles (content_hash)",
    "CREATE INDEX IF NOT EXISTS articles_dup_group ON articles (dup_group)",
    "CREATE INDEX IF NOT EXISTS articles_published ON articles (published)",
    "CREATE INDEX IF NOT EXISTS articles_ingested_at ON articles (ingested_at)",
    """CREATE TABLE IF NOT EXISTS article_sources (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        raw_hash TEXT,
        seen_at TEXT NOT NULL,
        outlet_key TEXT,
        published TEXT,
        PRIMARY KEY (article_id, source))""",
    "CREATE INDEX IF NOT EXISTS article_sources_source ON article_sources (source)",
    """CREATE TABLE IF NOT EXISTS removed (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (article_id, seq))""",
    """CREATE TABLE IF NOT EXISTS entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        norm TEXT NOT NULL,
        surname TEXT)""",
    "CREATE INDEX IF NOT EXISTS entities_norm ON entities (type, norm)",
    "CREATE INDEX IF NOT EXISTS entities_surname ON entities (type, surname)",
    """CREATE TABLE IF NOT EXISTS article_entities (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities (id),
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (article_id, local_id))""",
    "CREATE INDEX IF NOT EXISTS article_entities_entity ON article_entities (entity_id)",
    """CREATE TABLE IF NOT EXISTS mentions (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities (id),
        seq INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        text_key TEXT,
        PRIMARY KEY (article_id, local_id, seq))""",
    "CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (entity_id)",
    "CREATE INDEX IF NOT EXISTS mentions_text_key ON mentions (text_key)",
    """CREATE TABLE IF NOT EXISTS roles (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities (id),
        seq INTEGER NOT NULL,
        title TEXT NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        former INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (article_id, local_id, seq))""",
    "CREATE INDEX IF NOT EXISTS roles_entity ON roles (entity_id)",
    """CREATE TABLE IF NOT EXISTS quotes (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        content TEXT NOT NULL,
        content_spans TEXT NOT NULL,
        cue TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        source_text TEXT,
        source_start INTEGER,
        source_end INTEGER,
        speaker_id TEXT REFERENCES entities (id),
        speaker_local_id TEXT,
        speaker_name TEXT,
        about TEXT NOT NULL,
        when_text TEXT,
        confidence DOUBLE PRECISION NOT NULL,
        type TEXT NOT NULL DEFAULT 'statement',
        PRIMARY KEY (article_id, seq))""",
    "CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_id)",
    """CREATE TABLE IF NOT EXISTS quote_about (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        quote_seq INTEGER NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities (id),
        PRIMARY KEY (article_id, quote_seq, entity_id))""",
    "CREATE INDEX IF NOT EXISTS quote_about_entity ON quote_about (entity_id)",
    """CREATE TABLE IF NOT EXISTS times (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        value TEXT,
        granularity TEXT NOT NULL,
        relation TEXT,
        PRIMARY KEY (article_id, seq))""",
    """CREATE TABLE IF NOT EXISTS events (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        participants TEXT NOT NULL,
        when_text TEXT,
        span TEXT,
        status TEXT NOT NULL DEFAULT 'happened',
        role TEXT,
        mentions TEXT,
        first_day TEXT,
        last_day TEXT,
        PRIMARY KEY (article_id, seq))""",
    """CREATE TABLE IF NOT EXISTS event_participants (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        event_seq INTEGER NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities (id),
        PRIMARY KEY (article_id, event_seq, entity_id))""",
    "CREATE INDEX IF NOT EXISTS event_participants_entity ON event_participants (entity_id)",
    """CREATE TABLE IF NOT EXISTS failures (
        {serial_id},
        source TEXT NOT NULL,
        code TEXT,
        reason TEXT NOT NULL,
        failed_at TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS failures_source ON failures (source)",
    """CREATE TABLE IF NOT EXISTS seen_entries (
        feed TEXT NOT NULL,
        entry TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed, entry))""",
)

#: An auto-numbered key: SQLite's INTEGER PRIMARY KEY is its row id.
SERIAL_ID = {"sqlite": "id INTEGER PRIMARY KEY",
             "postgresql": "id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"}


def create(dialect: str) -> tuple[str, ...]:
    """The statements that create (or leave as they are) every table and index, for ``dialect``."""
    return tuple(statement.replace("{serial_id}", SERIAL_ID[dialect]) for statement in CREATE)


GET_VERSION = "SELECT MAX(version) FROM schema_version"
SET_VERSION = "INSERT INTO schema_version (version) VALUES (?)"

ARTICLE_STATE = "SELECT content_hash, pipeline_version, dup_group FROM articles WHERE id = ?"
ARTICLE_KEYS = "SELECT id, content_hash, canonical_url, signature FROM articles WHERE id = ?"
ARTICLE_BY_HASH = "SELECT id FROM articles WHERE content_hash = ? ORDER BY ingested_at, id LIMIT 1"
# Newer than a timestamp, ties included: re-reading a row is harmless, missing one is not.
SIGNATURES_SINCE = """
SELECT id, dup_group, signature, ingested_at FROM articles WHERE signature IS NOT NULL AND ingested_at >= ?"""
SOURCE_HASH = "SELECT raw_hash FROM article_sources WHERE source = ?"
HAS_SOURCE = "SELECT 1 FROM article_sources WHERE article_id = ? AND source = ?"
SOURCE_COUNT = "SELECT COUNT(*) FROM article_sources WHERE article_id = ?"

UPSERT_ARTICLE = """
INSERT INTO articles (id, url, canonical_url, title, outlet, published, language, authors, text,
                      content_hash, signature, dup_group, pipeline_version, warnings, ingested_at, outlet_key,
                      modified)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
    url = excluded.url, canonical_url = excluded.canonical_url, title = excluded.title,
    outlet = excluded.outlet, outlet_key = excluded.outlet_key, published = excluded.published,
    modified = excluded.modified,
    language = excluded.language, authors = excluded.authors, text = excluded.text,
    content_hash = excluded.content_hash,
    signature = excluded.signature, dup_group = excluded.dup_group,
    pipeline_version = excluded.pipeline_version, warnings = excluded.warnings,
    ingested_at = excluded.ingested_at"""

# What a source said before stays when another reading of it says nothing (a page read through a feed,
# whose entry gave the date, and then by its own URL).
UPSERT_SOURCE = """
INSERT INTO article_sources (article_id, source, url, outlet, raw_hash, seen_at, outlet_key, published)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (article_id, source) DO UPDATE SET
    url = COALESCE(excluded.url, article_sources.url), outlet = COALESCE(excluded.outlet, article_sources.outlet),
    outlet_key = COALESCE(excluded.outlet_key, article_sources.outlet_key),
    published = COALESCE(excluded.published, article_sources.published), raw_hash = excluded.raw_hash"""
#: An article identified anew (a copy gave the URL it lacked): its sources follow it, then it goes.
MOVE_SOURCES = "UPDATE article_sources SET article_id = ? WHERE article_id = ?"
DELETE_ARTICLE = "DELETE FROM articles WHERE id = ?"

#: Child rows of one article, cleared before an article is written again.
CHILD_TABLES = (
    "quote_about", "quotes", "roles", "mentions", "article_entities", "removed", "times", "event_participants",
    "events")
DELETE_CHILDREN = {table: f"DELETE FROM {table} WHERE article_id = ?" for table in CHILD_TABLES}
ARTICLE_ENTITY_IDS = "SELECT DISTINCT entity_id FROM article_entities WHERE article_id = ?"
#: An entity no article refers to any more (a new analysis found it under another name, or not at all).
DELETE_IF_ORPHAN = """
DELETE FROM entities WHERE id = ?
AND NOT EXISTS (SELECT 1 FROM article_entities WHERE entity_id = entities.id)
AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = entities.id)
AND NOT EXISTS (SELECT 1 FROM roles WHERE entity_id = entities.id)
AND NOT EXISTS (SELECT 1 FROM quote_about WHERE entity_id = entities.id)
AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = entities.id)
AND NOT EXISTS (SELECT 1 FROM event_participants WHERE entity_id = entities.id)"""
STALE_ARTICLES = "SELECT id FROM articles WHERE pipeline_version != ? ORDER BY ingested_at, id"
# A re-analysis may find the modified date an article stored before it was kept (on its printed update line).
SET_ANALYSIS_VERSION = """
UPDATE articles SET pipeline_version = ?, warnings = ?, modified = COALESCE(modified, ?) WHERE id = ?"""

INSERT_REMOVED = """
INSERT INTO removed (article_id, seq, start_char, end_char, text, reason) VALUES (?, ?, ?, ?, ?, ?)"""
INSERT_ARTICLE_ENTITY = """
INSERT INTO article_entities (article_id, local_id, entity_id, name, type, seq) VALUES (?, ?, ?, ?, ?, ?)"""
INSERT_MENTION = """
INSERT INTO mentions (article_id, local_id, entity_id, seq, start_char, end_char, text, text_key)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)"""
INSERT_ROLE = """
INSERT INTO roles (article_id, local_id, entity_id, seq, title, start_char, end_char, text, former)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"""
INSERT_QUOTE = """
INSERT INTO quotes (article_id, seq, kind, content, content_spans, cue, cue_start, cue_end, source_text,
                    source_start, source_end, speaker_id, speaker_local_id, speaker_name, about, when_text,
                    confidence, type)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
INSERT_QUOTE_ABOUT = """
INSERT INTO quote_about (article_id, quote_seq, entity_id) VALUES (?, ?, ?)
ON CONFLICT (article_id, quote_seq, entity_id) DO NOTHING"""
INSERT_TIME = """
INSERT INTO times (article_id, seq, start_char, end_char, text, value, granularity, relation)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)"""
INSERT_EVENT = """
INSERT INTO events (article_id, seq, kind, participants, when_text, span, status, role, mentions, first_day,
                    last_day)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
INSERT_EVENT_PARTICIPANT = """
INSERT INTO event_participants (article_id, event_seq, entity_id) VALUES (?, ?, ?)
ON CONFLICT (article_id, event_seq, entity_id) DO NOTHING"""

ENTITY_BY_NORM = "SELECT id FROM entities WHERE type = ? AND norm = ?"
FULL_NAMES_BY_SURNAME = """
SELECT id FROM entities WHERE type = ? AND surname = ? AND norm <> surname ORDER BY id"""
INSERT_ENTITY = """
INSERT INTO entities (id, name, type, norm, surname) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (id) DO NOTHING"""
#: Re-point every row of a bare-surname entity at the full name it turned out to mean.
MERGE_ENTITY = (
    "UPDATE article_entities SET entity_id = ? WHERE entity_id = ?",
    "UPDATE mentions SET entity_id = ? WHERE entity_id = ?",
    "UPDATE roles SET entity_id = ? WHERE entity_id = ?",
    "UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?",
    # quote_about has the entity in its key: add the new pairs, then drop the old ones.
    """INSERT INTO quote_about (article_id, quote_seq, entity_id)
       SELECT article_id, quote_seq, ? FROM quote_about WHERE entity_id = ?
       ON CONFLICT (article_id, quote_seq, entity_id) DO NOTHING""",
    """INSERT INTO event_participants (article_id, event_seq, entity_id)
       SELECT article_id, event_seq, ? FROM event_participants WHERE entity_id = ?
       ON CONFLICT (article_id, event_seq, entity_id) DO NOTHING""",
)
DELETE_ENTITY_ABOUT = ("DELETE FROM quote_about WHERE entity_id = ?",
                       "DELETE FROM event_participants WHERE entity_id = ?")
DELETE_ENTITY = "DELETE FROM entities WHERE id = ?"

INSERT_FAILURE = "INSERT INTO failures (source, code, reason, failed_at) VALUES (?, ?, ?, ?)"
CLEAR_FAILURES = "DELETE FROM failures WHERE source = ?"
FAILURES = "SELECT source, code, reason, failed_at FROM failures ORDER BY failed_at, id"

SEEN_ENTRY = "SELECT 1 FROM seen_entries WHERE feed = ? AND entry = ?"
MARK_SEEN = """
INSERT INTO seen_entries (feed, entry, seen_at) VALUES (?, ?, ?)
ON CONFLICT (feed, entry) DO NOTHING"""

# Loading one article back.
LOAD_ARTICLE = """
SELECT id, url, title, outlet, published, language, authors, text, pipeline_version, warnings, modified
FROM articles WHERE id = ?"""
LOAD_REMOVED = "SELECT start_char, end_char, text, reason FROM removed WHERE article_id = ? ORDER BY seq"
LOAD_ENTITIES = "SELECT local_id, name, type FROM article_entities WHERE article_id = ? ORDER BY seq"
LOAD_MENTIONS = """
SELECT local_id, start_char, end_char, text FROM mentions WHERE article_id = ? ORDER BY local_id, seq"""
LOAD_ROLES = """
SELECT local_id, title, former, start_char, end_char, text FROM roles WHERE article_id = ? ORDER BY local_id, seq"""
LOAD_QUOTES = """
SELECT kind, content_spans, cue, cue_start, cue_end, source_text, source_start, source_end, speaker_local_id,
       speaker_name, about, when_text, confidence, type
FROM quotes WHERE article_id = ? ORDER BY seq"""
LOAD_TIMES = """
SELECT start_char, end_char, text, value, granularity, relation FROM times
WHERE article_id = ? ORDER BY seq"""
LOAD_EVENTS = """
SELECT kind, participants, when_text, span, status, role, mentions FROM events WHERE article_id = ? ORDER BY seq"""

# Queries.
ENTITIES_BY_NORM_ANY = "SELECT id FROM entities WHERE norm = ?"
ENTITIES_BY_SURNAME_ANY = "SELECT id FROM entities WHERE surname = ?"

QUOTES = """
SELECT q.article_id, q.seq, q.kind, q.content, q.cue, q.when_text, q.speaker_id,
       COALESCE(e.name, q.speaker_name), a.title, a.outlet, a.published, a.url, a.dup_group,
       q.source_text, q.confidence, q.type
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN entities e ON e.id = q.speaker_id
WHERE 1 = 1"""
QUOTES_SPEAKER = " AND q.speaker_id IN ({marks})"
QUOTES_ABOUT = """ AND EXISTS (SELECT 1 FROM quote_about qa WHERE qa.article_id = q.article_id
                  AND qa.quote_seq = q.seq AND qa.entity_id IN ({marks}))"""
QUOTES_TYPES = " AND q.type IN ({marks})"
QUOTES_SINCE = " AND a.published >= ?"
QUOTES_UNTIL = " AND a.published <= ?"
# Part of the outlet's name, any case ("metro times" finds "The Metro Times"): the parameter is a LIKE
# pattern, case-folded as the outlet keys are (see FOLDED), with the user's own % and _ escaped by a
# backslash.
QUOTES_OUTLET = """ AND (a.outlet_key LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM article_sources s
                   WHERE s.article_id = q.article_id AND s.outlet_key LIKE ? ESCAPE '\\'))"""
QUOTES_UNATTRIBUTED_IN_GROUP = " AND q.speaker_id IS NULL AND a.dup_group IN ({marks})"
# Unattributed statements last; dated articles first, so a statement is shown with the metadata of its
# earliest dated printing.
QUOTES_ORDER = """ ORDER BY CASE WHEN COALESCE(e.name, q.speaker_name) IS NULL THEN 1 ELSE 0 END,
                  LOWER(COALESCE(e.name, q.speaker_name)), COALESCE(e.name, q.speaker_name),
                  CASE WHEN a.published IS NULL THEN 1 ELSE 0 END,
                  a.published, q.article_id, q.seq"""
QUOTE_ABOUT_NAMES = """
SELECT qa.article_id, qa.quote_seq, e.name FROM quote_about qa JOIN entities e ON e.id = qa.entity_id
WHERE qa.article_id IN ({marks}) ORDER BY e.name"""
# Each source with its own date, else the article's.
SOURCES_OF = """
SELECT s.article_id, s.source, s.url, s.outlet, a.title, COALESCE(s.published, a.published) AS source_day
FROM article_sources s JOIN articles a ON a.id = s.article_id WHERE s.article_id IN ({marks})
ORDER BY CASE WHEN COALESCE(s.published, a.published) IS NULL THEN 1 ELSE 0 END, source_day, s.seen_at"""

ENTITY_SUMMARY = """
SELECT e.id, e.name, e.type,
       (SELECT COUNT(DISTINCT ae.article_id) FROM article_entities ae WHERE ae.entity_id = e.id),
       (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id)
FROM entities e WHERE e.id IN ({marks}) ORDER BY e.name"""
ENTITY_ALIASES = "SELECT DISTINCT text FROM mentions WHERE entity_id = ? ORDER BY text"
ENTITIES_BY_MENTION = "SELECT DISTINCT entity_id FROM mentions WHERE text_key = ? ORDER BY entity_id"

ROLES = """
SELECT e.name, r.title, r.former, a.published, a.title, a.outlet, a.url
FROM roles r JOIN articles a ON a.id = r.article_id JOIN entities e ON e.id = r.entity_id
WHERE r.entity_id IN ({marks})
ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published, r.article_id, r.seq"""

# Events, filtered by the clauses below, in time order.
EVENTS = """
SELECT ev.article_id, ev.kind, ev.when_text, ev.status, ev.role, ev.participants, ev.span, a.title, a.outlet,
       a.published, a.url, ev.seq, ev.first_day, ev.last_day
FROM events ev JOIN articles a ON a.id = ev.article_id
WHERE 1 = 1"""
EVENT_PARTICIPANTS_OF = """
SELECT p.article_id, p.event_seq, p.entity_id, e.name
FROM event_participants p JOIN entities e ON e.id = p.entity_id WHERE p.article_id IN ({marks})"""
EVENTS_WITH = """
 AND EXISTS (SELECT 1 FROM event_participants p WHERE p.article_id = ev.article_id AND p.event_seq = ev.seq
             AND p.entity_id IN ({marks}))"""
EVENTS_KIND = " AND ev.kind = ?"
# The days an event may be on (its own date's first and last day, else its article's day): it matches a period it
# overlaps, and sorts by its first day.
EVENTS_SINCE = " AND ev.last_day >= ?"
EVENTS_UNTIL = " AND ev.first_day <= ?"
EVENTS_ORDER = " ORDER BY CASE WHEN ev.first_day IS NULL THEN 1 ELSE 0 END, ev.first_day, ev.article_id, ev.seq"

ARTICLES = """
SELECT a.id, a.url, a.title, a.outlet, a.published, a.dup_group, a.pipeline_version, a.ingested_at,
       (SELECT COUNT(*) FROM article_sources s WHERE s.article_id = a.id), a.modified
FROM articles a ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published, a.id"""

STATS = {
    "articles": "SELECT COUNT(*) FROM articles",
    "dup_groups": "SELECT COUNT(DISTINCT dup_group) FROM articles",
    "sources": "SELECT COUNT(*) FROM article_sources",
    "entities": "SELECT COUNT(*) FROM entities",
    "mentions": "SELECT COUNT(*) FROM mentions",
    "roles": "SELECT COUNT(*) FROM roles",
    "quotes": "SELECT COUNT(*) FROM quotes",
    "times": "SELECT COUNT(*) FROM times",
    "events": "SELECT COUNT(*) FROM events",
    "failures": "SELECT COUNT(*) FROM failures",
}
