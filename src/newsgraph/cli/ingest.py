"""``newsgraph ingest``, ``watch``, ``reanalyze`` and ``extract``: sources into the store, stored articles
through a newer pipeline, and extraction on its own."""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import asdict

import click

from newsgraph.cli.analyze import read_input
from newsgraph.config import Settings
from newsgraph.errors import NewsgraphError
from newsgraph.ingest import Fetcher, IngestSummary, ingest, poll_feeds
from newsgraph.ingest.sources import count_documents
from newsgraph.model import RawDocument
from newsgraph.store import open_store

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}

db_option = click.option("--db", metavar="PATH|URL", help="Store: a SQLite path, sqlite:///path or "
                         "postgresql://user@host/database [env NEWSGRAPH_DB; default newsgraph.db].")


class Progress:
    """Count, rate and ETA on one stderr line; silent when stderr is not a terminal."""

    def __init__(self, total: int | None, *, enabled: bool | None = None) -> None:
        self.total = total
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.started = time.monotonic()
        self._shown = 0.0

    def __call__(self, summary: IngestSummary) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self._shown < 0.2 and summary.total != self.total):
            return
        self._shown = now
        rate = summary.total / max(now - self.started, 1e-6)
        line = f"{summary.total} documents  {rate:.1f}/s  {summary.failed} failed"
        if self.total:
            remaining = max(self.total - summary.total, 0) / rate if rate else 0
            line = f"{summary.total}/{self.total} documents  {rate:.1f}/s  ETA {_clock(remaining)}"
        click.echo(f"\r{line}\x1b[K", err=True, nl=False)

    def close(self) -> None:
        if self.enabled and self._shown:
            click.echo(err=True)


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"


def _summary_line(summary: IngestSummary) -> str:
    return (f"ingested {summary.ingested}, duplicates {summary.duplicates}, unchanged {summary.unchanged}, "
            f"failed {summary.failed} in {summary.seconds:.1f}s")


def _report_failures(failures: list[tuple[str, str]], failed: int) -> None:
    """The first failures of a run on stderr, as (source, reason), and how many more there were."""
    for source, reason in failures[:20]:
        click.echo(f"failed: {source}: {reason}", err=True)
    if failed > 20:
        click.echo(f"... {failed - 20} more: see `newsgraph failures`", err=True)


def _report(summary: IngestSummary, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    else:
        _report_failures(summary.failures, summary.failed)
        click.echo(_summary_line(summary))


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--jobs", "-j", type=click.IntRange(min=1),
              help="Worker processes for the analysis [default 1].")
@click.option("--limit", type=click.IntRange(min=1), help="Stop after this many documents.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def ingest_command(sources: tuple[str, ...], db: str | None, jobs: int | None, limit: int | None,
                   as_json: bool) -> None:
    """Read SOURCES into the store: files, directories, - for stdin, JSONL, WARC(.gz), page or feed URLs.

    Sources stored before are skipped, so an interrupted run can simply be started again. The exit status
    is 1 when every document failed, or when the sources held no article at all.
    """
    settings = Settings.from_env(db=db, jobs=jobs)
    progress = Progress(None)
    if progress.enabled:
        known = count_documents(sources)
        progress.total = min(limit, known) if limit and known is not None else limit or known
    try:
        with open_store(settings.db) as store, Fetcher(**settings.fetcher_options()) as fetcher:
            summary = ingest(sources, store, settings=settings, limit=limit, fetcher=fetcher,
                             progress=progress)
    except NewsgraphError as err:
        raise click.ClickException(str(err)) from err
    finally:
        progress.close()
    _report(summary, as_json)
    if summary.total == 0:
        # A mistyped directory, an empty export: not a success that stored nothing.
        click.echo(f"nothing to ingest: no article found in {', '.join(sources)}", err=True)
        sys.exit(1)
    if summary.all_failed:
        sys.exit(1)


def parse_every(value: str) -> float:
    match = _DURATION.match(value)
    if not match or float(match.group(1)) <= 0:
        raise click.BadParameter(f"{value!r} is not a duration like 90s, 15m or 1h")
    return float(match.group(1)) * _UNITS[match.group(2)]


@click.command("watch")
@click.argument("feeds", nargs=-1, required=True)
@click.option("--every", default="15m", show_default=True, help="Time between polls: 90s, 15m, 1h.")
@click.option("--once", is_flag=True, help="Poll once and exit (for cron).")
@db_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Worker processes for the analysis.")
def watch_command(feeds: tuple[str, ...], every: str, once: bool, db: str | None, jobs: int | None) -> None:
    """Poll RSS/Atom FEEDS and ingest entries not seen before, until interrupted.

    Each poll's failures (a dead feed, a page that would not load) are printed on stderr as they
    happen; with --once the exit status is 1 when everything failed, so cron notices a dead feed.
    """
    interval = parse_every(every)
    settings = Settings.from_env(db=db, jobs=jobs)
    try:
        with open_store(settings.db) as store, Fetcher(**settings.fetcher_options()) as fetcher:
            while True:
                summary = poll_feeds(feeds, store, fetcher=fetcher, settings=settings)
                stamp = time.strftime("%Y-%m-%d %H:%M:%S")
                _report_failures(summary.failures, summary.failed)
                click.echo(f"{stamp} {_summary_line(summary)}", err=not once)
                if once:
                    if summary.all_failed:
                        sys.exit(1)
                    return
                time.sleep(interval)
    except NewsgraphError as err:
        raise click.ClickException(str(err)) from err
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


@click.command("extract")
@click.argument("path")
@click.option("--url", help="The page's URL (resolves relative links, helps identity).")
@click.option("--json", "as_json", is_flag=True, help="Print body and metadata as one JSON document.")
def extract_command(path: str, url: str | None, as_json: bool) -> None:
    """Print the clean article body of PATH (HTML or text, detected), or - for stdin."""
    from newsgraph.extract import extract
    from newsgraph.extract.identity import identity_keys

    settings = Settings.from_env()
    data = read_input(path, settings)
    try:
        extracted = extract(RawDocument(source=path, data=data, url=url), settings)
    except NewsgraphError as err:
        raise click.ClickException(str(err)) from err
    article = extracted.article
    for warning in extracted.warnings:
        click.echo(f"warning: {warning}", err=True)
    if not as_json:
        click.echo(article.text)
        return
    keys = identity_keys(article.text, url=article.url)
    record = {
        "id": keys.article_id, "title": article.title, "authors": list(article.authors),
        "published": article.published.isoformat() if article.published else None,
        "modified": article.modified.isoformat() if article.modified else None,
        "outlet": article.outlet, "url": url or article.url, "canonical_url": keys.canonical_url,
        "language": article.language, "content_hash": keys.content_hash, "text": article.text,
        "removed": [{"start": r.start, "end": r.end, "reason": r.reason, "text": r.text}
                    for r in extracted.removed],
        "warnings": list(extracted.warnings),
    }
    click.echo(json.dumps(record, ensure_ascii=False, indent=2))


@click.command("reanalyze")
@db_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Worker processes for the analysis [default 1].")
@click.option("--limit", type=click.IntRange(min=1), help="Stop after this many articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def reanalyze_command(db: str | None, jobs: int | None, limit: int | None, as_json: bool) -> None:
    """Analyze stored articles again with this newsgraph, where an older pipeline version analyzed them.

    Run it after upgrading newsgraph or its model: re-ingesting skips sources already stored.
    """
    from newsgraph.pipeline import reanalyze

    settings = Settings.from_env(db=db, jobs=jobs)
    bar = Progress(None)

    def show(done: int, total: int) -> None:
        bar.total = total
        bar(IngestSummary(ingested=done))

    try:
        with open_store(settings.db, create=False) as store:
            summary = reanalyze(store, settings=settings, limit=limit, jobs=settings.jobs, progress=show)
    except NewsgraphError as err:
        raise click.ClickException(str(err)) from err
    finally:
        bar.close()
    if as_json:
        click.echo(json.dumps(asdict(summary), ensure_ascii=False, indent=2))
        return
    _report_failures(summary.failures, summary.failed)
    click.echo(f"reanalyzed {summary.reanalyzed}, failed {summary.failed}, already current {summary.current} "
               f"(pipeline {summary.pipeline_version})")


COMMANDS: list[click.Command] = [ingest_command, watch_command, extract_command, reanalyze_command]
