"""Documents in, store rows out: read, extract, skip what is known, analyse, save, count."""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from typing import Any, BinaryIO, TypeVar

from newsgraph.batch import WORKER_DIED, AnalysisPool, Analyzer, Job, Outcome, default_analyze, one_at_a_time
from newsgraph.config import Settings
from newsgraph.errors import FetchError, NewsgraphError, unexpected
from newsgraph.extract import extract, extracted_again
from newsgraph.extract.identity import IdentityKeys, identity_keys, same_story
from newsgraph.ingest.common import Failure, Item, raw_hash
from newsgraph.ingest.feeds import FeedEntry
from newsgraph.ingest.fetch import Fetcher
from newsgraph.ingest.sources import read_sources
from newsgraph.model import Analysis, Article, Extracted, RawDocument
from newsgraph.store import SaveStatus, SourceMetadata, Store

log = logging.getLogger(__name__)

#: What a reader or the page says about an article besides its body.
_METADATA = ("title", "published", "modified", "outlet", "authors", "language", "url")
#: What a reader declares with a document (a sidecar, a JSONL line, a feed entry) and corrects by declaring it
#: again. Not the URL, the article's identity: it is given once, to an article that lacked one.
_CORRECTABLE = ("title", "published", "outlet", "authors", "language")
#: How many failures a summary keeps word for word; all of them are in the store.
_KEEP_FAILURES = 100


@dataclass
class IngestSummary:
    """What a run did. ``ingested`` counts new or changed articles; ``duplicates`` exact copies (kept as
    sources of the stored article) and near-duplicates (stored in their original's dup_group)."""

    ingested: int = 0
    duplicates: int = 0
    unchanged: int = 0
    failed: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    #: The outcome of each source, by name: what ``watch`` uses to remember feed entries.
    outcomes: dict[str, str] = field(default_factory=dict, repr=False)
    #: Sources that failed for a reason that may pass (a fetch that timed out, a worker that died).
    retry: set[str] = field(default_factory=set, repr=False)

    @property
    def total(self) -> int:
        return self.ingested + self.duplicates + self.unchanged + self.failed

    @property
    def all_failed(self) -> bool:
        return self.failed > 0 and self.failed == self.total

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("outcomes")
        data.pop("retry")
        data["total"] = self.total
        return data


Progress = Callable[[IngestSummary], None]


def ingest(sources: Iterable[str], store: Store, *, analyze: Analyzer | None = None,
           settings: Settings | None = None, jobs: int | None = None, limit: int | None = None,
           fetcher: Fetcher | None = None, stdin: BinaryIO | None = None, progress: Progress | None = None,
           entry_filter: Callable[[str, FeedEntry], bool] | None = None) -> IngestSummary:
    """Read every source (paths, directories, ``-``, page or feed URLs) into ``store``.

    ``analyze(extracted, settings) -> Analysis`` defaults to the real NLP stage; tests pass a fake. Sources
    stored before from the same bytes are skipped, so a crashed run resumes where it stopped.
    """
    settings = settings or Settings.from_env()
    items = read_sources(sources, fetcher=fetcher, settings=settings, stdin=stdin, entry_filter=entry_filter)
    return ingest_items(items, store, analyze=analyze, settings=settings, jobs=jobs, limit=limit,
                        progress=progress)


def ingest_items(items: Iterable[Item], store: Store, *, analyze: Analyzer | None = None,
                 settings: Settings | None = None, jobs: int | None = None, limit: int | None = None,
                 progress: Progress | None = None) -> IngestSummary:
    """Ingest documents already read (the readers' output, or documents built by a caller)."""
    settings = settings or Settings.from_env()
    run = _Run(store, settings, progress)
    batch_analyze = one_at_a_time(analyze) if analyze is not None else default_analyze
    with AnalysisPool(batch_analyze, settings, jobs=jobs or settings.jobs) as pool:
        for item in itertools.islice(items, limit):
            job = run.prepare(item)
            if job is not None:
                for outcome in pool.submit(job):
                    run.finish(outcome)
        for outcome in pool.drain():
            run.finish(outcome)
    run.summary.seconds = round(time.monotonic() - run.started, 3)
    return run.summary


@dataclass(frozen=True)
class _Pending:
    raw_hash: str
    keys: IdentityKeys
    metadata: SourceMetadata  # what the source said of the article
    updates: str | None  # the stored article this is, read again with metadata it lacked or corrected


class _Run:
    def __init__(self, store: Store, settings: Settings, progress: Progress | None) -> None:
        self.store = store
        self.settings = settings
        self.progress = progress
        self.summary = IngestSummary()
        self.started = time.monotonic()
        self.pending: dict[int, _Pending] = {}  # by ticket, the documents in the pool
        self.tickets = itertools.count()

    def prepare(self, item: Item) -> Job | None:
        """The document to analyse, or None when it failed or is known already (then it is counted)."""
        if isinstance(item, Failure):
            self.fail(item.source, item.reason)
            return None
        digest = raw_hash(item)
        if self.store.source_unchanged(item.source, digest):
            self.count(item.source, "unchanged")
            return None
        try:
            extracted = extract(item, self.settings)
        except NewsgraphError as err:
            self.fail(item.source, str(err))
            return None
        except Exception as err:  # one page's bug must not end the run; it is logged with its traceback
            log.exception("extraction of %s failed", item.source)
            self.fail(item.source, unexpected("extraction", err))
            return None
        keys, warning = self._identity(identity_keys(extracted.article.text, url=extracted.article.url),
                                       extracted.article.text)
        if warning is not None:
            extracted = _identified_by_body(extracted, keys, warning)
        metadata = SourceMetadata.of(extracted.article, item.url)
        known = self.store.known(keys)
        updates = None
        if known is not None:
            # The same source read again with the same body (a re-run, a page read through a feed and then by
            # its own URL), or the same article from another source (a reprint, a copy in an export).
            again = known.status is SaveStatus.UNCHANGED and self.store.has_source(known.article_id, item.source)
            stored = self.store.article(known.article_id)
            # Only an article this source alone delivered takes its corrections: a reprint's metadata is not
            # the article's.
            correct = again and self.store.source_count(known.article_id) == 1
            changes = _changes(stored, extracted.article, item, correct=correct) if stored is not None else {}
            if not changes:
                self.store.add_source(known.article_id, source=item.source, metadata=metadata, raw_hash=digest)
                self.count(item.source, "unchanged" if again else "duplicates")
                return None
            # Analysed again with its new metadata (a new date moves "Tuesday"): the body as this source now
            # gives it when the article is its own, else as stored, with what was cut from it.
            base = extracted if again else self._stored(known.article_id) or extracted
            article = replace(base.article, **changes)
            keys = self._keys_of(known.article_id, article, url_given="url" in changes)
            extracted = replace(base, article=replace(article, id=keys.article_id))
            updates = known.article_id
        ticket = next(self.tickets)
        self.pending[ticket] = _Pending(digest, keys, metadata, updates)
        return Job(item.source, extracted, ticket)

    def _identity(self, keys: IdentityKeys, text: str) -> tuple[IdentityKeys, str | None]:
        """The keys to store an article body under, and a warning when its URL cannot be its identity.

        A URL that names a stored article with another body is an update of it when the two bodies are
        one story (corrected, extended); otherwise saving would put a second story in the first one's
        place (two pages declaring one canonical URL, a URL reused for new content), so the body
        identifies this article instead and both are kept.
        """
        if keys.canonical_url is None or self.store.known(keys) is not None \
                or not self.store.source_count(keys.article_id):
            return keys, None
        stored = self.store.analysis(keys.article_id)
        if stored is None or same_story(stored.article.text, text):
            return keys, None
        return identity_keys(text), (f"{keys.canonical_url} names a stored article that tells another story; "
                                     "this one is identified by its body")

    def _stored(self, article_id: str) -> Extracted | None:
        """A stored article as extraction left it: its body, what was cut from its input, its warnings."""
        stored = self.store.analysis(article_id)
        return extracted_again(stored.article, stored.removed, stored.warnings) if stored is not None else None

    def _keys_of(self, article_id: str, article: Article, *, url_given: bool) -> IdentityKeys:
        """The keys the stored article ``article_id`` is saved again under, with ``article``'s metadata: its
        own, unless a URL it lacked was given now (a JSONL copy of a text file) whose id no other article
        holds. It then takes the URL's id, as if the copy had come first: which came first does not decide
        an article's id."""
        keys = identity_keys(article.text, url=article.url)
        if url_given and keys.canonical_url is not None and self.store.keys(keys.article_id) is None:
            return keys
        return self.store.keys(article_id) or keys

    def finish(self, outcome: Outcome) -> None:
        source = outcome.source
        pending = self.pending.pop(outcome.ticket)
        if outcome.analysis is None:
            self.fail(source, outcome.error or "[E000] analysis failed")
            return
        keys, analysis = pending.keys, outcome.analysis
        if pending.updates is None:
            # Another document of this run may have been stored under the same URL since this one was prepared.
            keys, warning = self._identity(keys, analysis.article.text)
            analysis = analysis if warning is None else _identified_by_body(analysis, keys, warning)
        try:
            result = self.store.save(analysis, source=source, keys=keys, raw_hash=pending.raw_hash,
                                     metadata=pending.metadata, updates=pending.updates)
        except NewsgraphError as err:
            self.fail(source, str(err))
            return
        self.count(source, {SaveStatus.STORED: "ingested", SaveStatus.UPDATED: "ingested",
                                SaveStatus.UNCHANGED: "unchanged"}.get(result.status, "duplicates"))

    def fail(self, source: str, reason: str) -> None:
        log.info("failed: %s: %s", source, reason)
        self.store.record_failure(source, reason)
        if reason.startswith(f"[{FetchError.code}]") or WORKER_DIED in reason:
            self.summary.retry.add(source)
        if len(self.summary.failures) < _KEEP_FAILURES:
            self.summary.failures.append((source, reason))
        self.count(source, "failed")

    def count(self, source: str, outcome: str) -> None:
        setattr(self.summary, outcome, getattr(self.summary, outcome) + 1)
        self.summary.outcomes[source] = outcome
        if self.progress is not None:
            self.progress(self.summary)


def _changes(stored: Article, reading: Article, declared: RawDocument, *, correct: bool) -> dict[str, Any]:
    """The metadata a new reading of a stored article changes: what the article lacks and the reading
    gives (a JSONL copy's date for a plain text's article); and, when ``correct`` (its only source read
    again), what the reader declares otherwise (a corrected sidecar or JSONL line). Nothing ever replaces
    a value, nor does what the reading only finds in the page or text: a page read through a feed and
    then by its own URL keeps the entry's date, and its title does not flip back and forth."""
    changes = {}
    for name in _METADATA:
        old, new = getattr(stored, name), getattr(reading, name)
        if new and new != old and (not old or correct and name in _CORRECTABLE and getattr(declared, name)):
            changes[name] = new
    return changes


_Found = TypeVar("_Found", Extracted, Analysis)


def _identified_by_body(found: _Found, keys: IdentityKeys, warning: str) -> _Found:
    return replace(found, article=replace(found.article, id=keys.article_id), warnings=(*found.warnings, warning))
