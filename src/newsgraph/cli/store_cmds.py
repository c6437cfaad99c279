"""Queries over the store: ``quotes``, ``roles``, ``events``, ``entities``, ``failures``, ``stats``."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date
from itertools import groupby
from typing import Any

import click

from newsgraph import lexicons
from newsgraph.cli.analyze import role_label
from newsgraph.cli.ingest import db_option
from newsgraph.config import Settings
from newsgraph.errors import NewsgraphError
from newsgraph.model import QUOTE_TYPES, SAID
from newsgraph.store import EventRow, QuoteRow, SourceRef, Store, open_store

_SAID_ON = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")  # a day or a month, not a week or season
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as err:
        raise click.BadParameter(f"{value!r} is not a date like 2025-03-18") from err


def _open(db: str | None) -> Store:
    try:
        return open_store(Settings.from_env(db=db).db, create=False)
    except NewsgraphError as err:
        raise click.ClickException(str(err)) from err


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _print_json(rows: Sequence[Any]) -> None:
    click.echo(json.dumps([row.to_dict() for row in rows], ensure_ascii=False, indent=2))


def _told_by(sources: Sequence[SourceRef], fallback: str) -> str:
    """The outlets (else addresses) that printed something: the first three, and how many more."""
    outlets = list(dict.fromkeys(s.outlet or s.url or s.source for s in sources)) or [fallback]
    return ", ".join(outlets[:3]) + (f" and {len(outlets) - 3} more" if len(outlets) > 3 else "")


def render_quotes(rows: Sequence[QuoteRow]) -> str:
    """Speaker, then each statement with its cue, date and outlets."""
    lines: list[str] = []
    for speaker, group in groupby(rows, key=lambda r: r.speaker or "(speaker not resolved)"):
        lines.append(speaker)
        for row in group:
            shown = _told_by(row.sources, row.outlet or "?")
            about = f"  (about {', '.join(row.about)})" if row.about else ""
            # When it was said, to the day or month the article gives, else the day it was published.
            day = row.when if row.when and _SAID_ON.match(row.when) else row.published or "????-??-??"
            how = row.kind if row.type == "statement" else f"{row.kind} {row.type}"
            # Who the article says spoke, when no one it names could be found behind the words.
            written = f"\"{row.source}\" " if not row.speaker and row.source else ""
            lines.append(f"  {day:<10}  {written}{row.cue or '-'} ({how}): {row.content}{about}")
            printed = f" (published {row.published})" if row.published and row.published != day else ""
            lines.append(f"              {shown}{printed}")
        lines.append("")
    return "\n".join(lines).rstrip()


@click.command("quotes")
@click.option("--speaker", help="Who said it (full name, surname or 'Mr. Surname').")
@click.option("--about", help="Whom or what it is about.")
@click.option("--since", callback=_date, metavar="YYYY-MM-DD", help="Published on or after.")
@click.option("--until", callback=_date, metavar="YYYY-MM-DD", help="Published on or before.")
@click.option("--outlet", help="Printed by an outlet with this in its name (any case).")
@click.option("--type", "types", type=click.Choice([*QUOTE_TYPES, "all"]), multiple=True,
              help="What the quote reports; repeat for several [default: statement, belief, intention].")
@db_option
@json_option
def quotes_command(speaker: str | None, about: str | None, since: str | None, until: str | None,
                   outlet: str | None, types: tuple[str, ...], db: str | None, as_json: bool) -> None:
    """List stored statements, each once with every outlet that printed it.

    --since and --until filter by publication date; each line shows the day the statement was made
    when the article gives it, and the publication date beside the outlets when that differs. Beliefs
    and intentions ("believes", "plans to") are marked as such; acts an article attributes to someone
    ("voted against the bill") are listed only with --type other or --type all.
    """
    wanted = QUOTE_TYPES if "all" in types else types or SAID
    with _open(db) as store:
        rows = store.quotes(speaker=speaker, about=about, since=since, until=until, outlet=outlet,
                            types=wanted)
    if as_json:
        _print_json(rows)
    elif rows:
        click.echo(render_quotes(rows))
    else:
        click.echo("no quotes match", err=True)


@click.command("roles")
@click.argument("name")
@db_option
@json_option
def roles_command(name: str, db: str | None, as_json: bool) -> None:
    """The roles NAME was given over time, oldest first."""
    with _open(db) as store:
        rows = store.roles(name)
    if as_json:
        _print_json(rows)
        return
    if not rows:
        click.echo(f"no roles stored for {name}", err=True)
    for row in rows:
        where = row.outlet or row.url or row.article_title
        click.echo(f"{row.published or '????-??-??'}  {row.name}: {role_label(row.title, row.former)}"
                   + (f"  ({where})" if where else ""))


def render_events(rows: Sequence[EventRow]) -> str:
    """A timeline: each event's day (its own, else its first article's), what, who, and the outlets that told it."""
    lines = []
    for row in rows:
        dated = row.when not in (None, "future", "past")
        day = row.when if dated else f"{row.published or '????-??-??'}*"
        how = "" if row.status == "happened" else f" ({row.status})"
        role = f" (role: {row.role})" if row.role else ""
        where = _told_by(row.sources, row.outlet or row.url or row.article_title or row.article_id)
        lines.append(f"{day:<11}  {row.kind}{how}: {', '.join(row.participants)}{role}  [{where}]")
    return "\n".join(lines)


@click.command("events")
@click.option("--with", "with_", metavar="NAME", help="Someone or something taking part.")
@click.option("--kind", type=click.Choice(lexicons.event_kinds()), help="Only events of this kind.")
@click.option("--since", callback=_date, metavar="YYYY-MM-DD", help="On or after (the event's day, else its "
              "article's).")
@click.option("--until", callback=_date, metavar="YYYY-MM-DD", help="On or before.")
@db_option
@json_option
def events_command(with_: str | None, kind: str | None, since: str | None, until: str | None, db: str | None,
                   as_json: bool) -> None:
    """A timeline of stored events: meetings, talks, appointments, arrests, rulings, deals and more.

    Each line gives the event's day when an article dates it, else the article's publication day marked
    with '*'; planned and possible events say so. An event several articles tell is one line with their outlets.
    """
    with _open(db) as store:
        rows = store.events(with_=with_, kind=kind, since=since, until=until)
    if as_json:
        _print_json(rows)
    elif rows:
        click.echo(render_events(rows))
    else:
        click.echo("no events match", err=True)


@click.command("entities")
@click.argument("name")
@db_option
@json_option
def entities_command(name: str, db: str | None, as_json: bool) -> None:
    """The stored entities NAME may refer to, with how often they appear and the names used."""
    with _open(db) as store:
        rows = store.entities(name)
    if as_json:
        _print_json(rows)
        return
    if not rows:
        click.echo(f"no entity matches {name}", err=True)
    for row in rows:
        aliases = ", ".join(row.aliases[:8])
        click.echo(f"{row.name} [{row.type}] {_count(row.articles, 'article')}, "
                   f"{_count(row.mentions, 'mention')}: {aliases}")


@click.command("failures")
@db_option
@json_option
def failures_command(db: str | None, as_json: bool) -> None:
    """Sources that could not be ingested, and why."""
    with _open(db) as store:
        rows = store.failures()
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        click.echo(f"{row.failed_at}  {row.source}: [{row.code or 'E000'}] {row.reason}")
    if not rows:
        click.echo("no failures recorded")


@click.command("stats")
@db_option
@json_option
def stats_command(db: str | None, as_json: bool) -> None:
    """How many articles, sources, entities, quotes and failures the store holds."""
    with _open(db) as store:
        stats = store.stats()
    if as_json:
        click.echo(json.dumps(stats, indent=2))
    else:
        click.echo("\n".join(f"{name:<12}{count}" for name, count in stats.items()))


COMMANDS: list[click.Command] = [quotes_command, roles_command, events_command, entities_command, failures_command,
                                 stats_command]
