"""``newsgraph analyze``: one article in, a report or one JSON document out."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from datetime import date

import click

from newsgraph.config import Settings
from newsgraph.errors import NewsgraphError
from newsgraph.ingest.files import read_article
from newsgraph.model import SAID, Analysis, Quote


def role_label(title: str, former: bool) -> str:
    """A role as the reports print it: "senator for Ohio (former)" when the article gave it as held no longer."""
    return f"{title} (former)" if former else title


def read_input(path: str, settings: Settings) -> bytes:
    """The one article at PATH (``-``: stdin), gunzipped; a one-line error naming PATH when it cannot be
    had, or when it holds many articles (JSONL, WARC, a feed: ``newsgraph ingest`` reads those)."""
    try:
        return read_article(path, stdin=sys.stdin.buffer, max_bytes=settings.max_input_bytes)
    except NewsgraphError as err:
        raise click.ClickException(f"{path}: {err}") from err


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise click.BadParameter(f"{value!r} is not a date like 2025-03-18") from err


def _quotes_by_speaker(quotes: list[Quote]) -> list[str]:
    by_speaker: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        name = quote.speaker.name if quote.speaker else (quote.source.text if quote.source else "(unattributed)")
        by_speaker[name].append(quote)
    lines = []
    for name, said in by_speaker.items():
        lines.append(f"  {name}")
        for q in said:
            cue = q.cue.text if q.cue else "—"
            tag = f" ({q.type})" if q.type in ("belief", "intention") else ""
            when = f" [{q.when}]" if q.when else ""
            about = f" (about {', '.join(a.name for a in q.about)})" if q.about else ""
            content = " … ".join(c.text for c in q.content)
            lines.append(f"    {q.kind:<8} {cue}{tag}{when}: {content}{about}")
    return lines


def render_report(analysis: Analysis) -> str:
    article = analysis.article
    lines = []
    if article.title:
        lines.append(article.title)
    updated = article.modified and f"updated {article.modified.isoformat()}"
    meta = [x for x in (article.outlet, article.published and article.published.isoformat(), updated,
                        article.language) if x]
    if meta:
        lines.append(" · ".join(meta))
    if analysis.removed:
        lines.append(f"(boilerplate removed: {', '.join(sorted({r.reason for r in analysis.removed}))})")
    said = [q for q in analysis.quotes if q.type in SAID]
    acts = [q for q in analysis.quotes if q.type not in SAID]
    lines.append("")
    lines.append(f"QUOTES ({len(said)})")
    lines += _quotes_by_speaker(said)
    if acts:
        lines.append("")
        lines.append(f"OTHER ACTS ATTRIBUTED ({len(acts)})")
        lines += _quotes_by_speaker(acts)
    lines.append("")
    lines.append(f"ENTITIES ({len(analysis.entities)})")
    for entity in analysis.entities:
        roles = "; ".join(role_label(r.title, r.former) for r in entity.roles)
        lines.append(f"  {entity.name} [{entity.type}] ×{len(entity.mentions)}" + (f": {roles}" if roles else ""))
    lines.append("")
    lines.append(f"TIMES ({len(analysis.times)})")
    for t in analysis.times:
        value = t.value or (f"vague, {t.relation}" if t.relation else "vague")
        lines.append(f"  {t.text} → {value} ({t.granularity})")
    lines.append("")
    lines.append(f"EVENTS ({len(analysis.events)})")
    for e in analysis.events:
        how = "" if e.status == "happened" else f", {e.status}"
        role = f" (role: {e.role})" if e.role else ""
        told = f" \"{e.span.text}\"" if e.span else ""
        lines.append(f"  {e.kind}{told} ({e.when or 'undated'}{how}): "
                     f"{', '.join(p.name for p in e.participants)}{role}")
    return "\n".join(lines)


@click.command()
@click.argument("path")
@click.option("--published", callback=_date, metavar="YYYY-MM-DD", help="Publication date, for relative dates.")
@click.option("--url", help="The article's URL (metadata, identity).")
@click.option("--title", help="The article's title (instead of the one the input gives, if any).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document instead of a report.")
def analyze(path: str, published: date | None, url: str | None, title: str | None, as_json: bool) -> None:
    """Analyse one article (plain text or HTML, detected) from PATH, or - for stdin."""
    from newsgraph.pipeline import analyze as run

    try:
        settings = Settings.from_env()  # a bad NEWSGRAPH_* value is not the article's fault
    except NewsgraphError as err:
        raise click.ClickException(str(err)) from err
    data = read_input(path, settings)
    try:
        result = run(data, published=published, url=url, title=title, settings=settings)
    except NewsgraphError as err:
        raise click.ClickException(f"{path}: {err}") from err
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(render_report(result))


COMMANDS = [analyze]
