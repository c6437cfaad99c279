"""``newsgraph eval …``: measure newsgraph against annotated articles."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable
from itertools import islice
from pathlib import Path

import click

from newsgraph.config import Settings
from newsgraph.errors import EvalDataError, NewsgraphError
from newsgraph.eval import (
    OWN_EVENTS,
    OWN_SETS,
    OWN_TIMES,
    VIEWS,
    EvalRun,
    EventsRun,
    TimesRun,
    evaluate,
    evaluate_events,
    evaluate_times,
    load_jsonl,
)

#: The table's rows: enough to judge content, speaker and cue; --json carries every metric.
TABLE_METRICS = ("content.exact", "content.soft", "content.overlap", "source.exact", "source.soft",
                 "cue.exact", "cue.independent")


def format_table(run: EvalRun) -> str:
    """P/R/F1 per metric, one column group per view, then counts and speed."""
    views = list(run.scores)
    cell = "{:>6} {:>6} {:>6}    "
    lines = [f"{'':<18}" + "".join(f"{view:^20}    " for view in views),
             f"{'':<18}" + "".join(cell.format("P", "R", "F1") for _ in views)]
    for name in TABLE_METRICS:
        values = [run.scores[view].metrics[name] for view in views]
        lines.append(f"{name:<18}" + "".join(cell.format(*(f"{v[k]:.3f}" for k in ("p", "r", "f1")))
                                             for v in values))
    if run.speakers:
        values = [run.speakers[view]["speaker.resolved"] for view in views]
        lines.append(f"{'speaker.resolved':<18}" + "".join(cell.format(*(f"{v[k]:.3f}" for k in ("p", "r", "f1")))
                                                      for v in values))
    counts = ["{gold}/{pred}/{aligned}".format(**run.scores[view].metrics["counts"]) for view in views]
    lines.append(f"{'gold/pred/aligned':<18}" + "".join(f"{c:>20}    " for c in counts))
    lines = [line.rstrip() for line in lines]
    lines.append(f"{len(run.results)} articles in {run.seconds:.1f} s: "
                 f"{run.articles_per_second:.2f} articles/s, {run.words_per_second:,.0f} words/s")
    return "\n".join(lines)


def _progress(stack: contextlib.ExitStack, total: int) -> Callable[[object], None] | None:
    """A progress bar's update for each analysed article, on a terminal only."""
    if not sys.stderr.isatty():
        return None
    bar = stack.enter_context(click.progressbar(length=total, label="analysing", file=sys.stderr))
    return lambda _: bar.update(1)


def _writable(ctx: click.Context, param: click.Parameter, path: Path | None) -> Path | None:
    """An output path checked before any article is analysed: a folder that is missing or read-only
    would otherwise only show after the whole run, and lose it."""
    if path is None:
        return None
    folder = path.parent
    if not folder.is_dir():
        raise click.BadParameter(f"cannot write {path}: there is no folder {folder}", ctx, param)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise click.BadParameter(f"cannot write {path}: the folder {folder} is not writable", ctx, param)
    return path


def _output(*decls: str, **kwargs) -> Callable:
    """An option naming a file to write."""
    return click.option(*decls, type=click.Path(dir_okay=False, writable=True, path_type=Path), callback=_writable,
                        **kwargs)


def _save(run: EvalRun | TimesRun | EventsRun, predictions: Path | None, json_path: Path | None) -> None:
    """Write the predictions (one JSON line per article) and the metrics, as asked."""
    try:
        if predictions:
            with open(predictions, "w", encoding="utf-8") as f:
                for result in run.results:
                    f.write(json.dumps(result.prediction, ensure_ascii=False) + "\n")
        if json_path:
            json_path.write_text(json.dumps(run.to_dict(), indent=1) + "\n", encoding="utf-8")
    except OSError as e:  # checked up front, but the disk can fill or the folder go meanwhile
        raise click.ClickException(f"cannot write {e.filename}: {e.strerror}") from e


def _exit_on_failures(run: EvalRun | TimesRun | EventsRun) -> None:
    """Name each article that failed on stderr, and exit 1 if any did."""
    for failure in run.failures:
        click.echo(f"failed: {failure.id}: {failure.error}", err=True)
    if run.failures:
        raise click.ClickException(f"{len(run.failures)} of {len(run.results)} articles failed")


@click.group("eval")
def eval_group() -> None:
    """Measure newsgraph against annotated articles."""


@eval_group.command("attribution")
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_output("--predictions", help="Write the predictions (gold JSONL shape, plus speaker names) to this file.")
@click.option("-j", "--jobs", type=click.IntRange(min=1),
              help="Worker processes (default: NEWSGRAPH_JOBS or 1).")
@click.option("--filter", "only", type=click.Choice(["quoted", "unquoted"]),
              help="Score only contents with (quoted) or without (unquoted) a quotation mark.")
@_output("--json", "json_path", help="Also write every metric as JSON to this file.")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N gold articles.")
@click.option("--set", "own_set", type=click.Choice(list(OWN_SETS)),
              help="Without GOLD: which own set (default own; heldout: written apart from the rules; "
                   "reviewed: the review rounds' pages, analysed as scraped).")
def attribution(gold: Path | None, predictions: Path | None, jobs: int | None, only: str | None,
                json_path: Path | None, limit: int | None, own_set: str | None) -> None:
    """Analyse each GOLD article and score who-said-what against it.

    GOLD is PolNeAR-style JSONL ({"id", "text", "attributions": [{"source", "cue", "content"}]}, character
    offsets into text); without it, one of newsgraph's own annotated sets (--set): the one the rules were
    tuned on, the held-out one written apart from them and never used to change them, or the reviewed
    one (reviewers' pages, headline and web junk included). The table shows P/R/F1 over
    all attributions and split into quoted and unquoted contents. Exits 1 if any article failed.
    """
    if gold and own_set:
        raise click.UsageError("--set picks one of the own gold sets: give it without GOLD")
    own_path, own_name = OWN_SETS[own_set or "own"]
    settings = Settings.from_env(jobs=jobs)
    try:
        docs = load_jsonl(gold or own_path)
        if not docs:
            raise EvalDataError(f"{gold}: no articles to score")
    except (NewsgraphError, OSError) as e:
        raise click.ClickException(str(e)) from e
    if limit:
        docs = dict(islice(docs.items(), limit))
    views = (only,) if only else tuple(VIEWS)
    name = gold or own_name
    click.echo(f"{name}: {len(docs)} articles, "
               f"{sum(len(d['attributions']) for d in docs.values())} gold attributions", err=True)
    with contextlib.ExitStack() as stack:
        try:
            run = evaluate(docs, jobs=settings.jobs, settings=settings, views=views,
                           on_result=_progress(stack, len(docs)))
        except NewsgraphError as e:
            raise click.ClickException(str(e)) from e
    _save(run, predictions, json_path)
    for result in run.results:
        for warning in result.warnings:
            click.echo(f"warning: {result.id}: {warning}", err=True)
    click.echo(format_table(run))
    _exit_on_failures(run)


def _table(run: TimesRun | EventsRun, width: int, removed: str, parts: tuple[str, str, str, str],
           by: dict[str, dict[str, int]]) -> str:
    """P/R/F1 per metric, the counts, then one row per gold category (``parts``: its heading and three counts)."""
    s = run.scores
    lines = [f"{'':<{width}}{'P':>6} {'R':>6} {'F1':>6}"]
    lines += [f"{name:<{width}}" + " ".join(f"{s.metrics[name][k]:>6.3f}" for k in ("p", "r", "f1"))
              for name in s.metrics]
    lines.append(f"{'gold/pred':<{width}}{s.gold}/{s.predicted}"
                 + (f" ({s.in_removed} {removed}, not scored)" if s.in_removed else ""))
    lines.append("")
    heading, *counts = parts
    lines.append(f"{heading:<{width}}" + " ".join(f"{c[1]:>6}" for c in counts))
    lines += [f"{name:<{width}}" + " ".join(f"{row[c[0]]:>6}" for c in counts) for name, row in by.items()]
    lines.append(f"{len(run.results)} articles in {run.seconds:.1f} s")
    return "\n".join(lines)


def format_times_table(run: TimesRun) -> str:
    """P/R/F1 per metric, then per gold granularity how many were found and resolved."""
    return _table(run, 14, "gold in text cut as web junk",
                  ("granularity", ("gold", "gold"), ("found", "found"), ("value", "value")), run.scores.by_granularity)


def format_events_table(run: EventsRun) -> str:
    """P/R/F1 per metric, then per gold kind how many were found and with exactly their participants."""
    return _table(run, 20, "gold told only in text cut as web junk",
                  ("kind", ("gold", "gold"), ("found", "found"), ("participants", "people")), run.scores.by_kind)


def _score_set(gold: Path | None, default: Path, field: str, what: str, evaluation: Callable[..., TimesRun | EventsRun],
               table: Callable[..., str], predictions: Path | None, jobs: int | None, json_path: Path | None,
               limit: int | None) -> None:
    """Load a gold set whose records carry ``field``, predict and score it, save and print the result."""
    settings = Settings.from_env(jobs=jobs)
    try:
        docs = load_jsonl(gold or default)
        if not docs or not all(isinstance(d.get(field), list) for d in docs.values()):
            article = "an" if field[0] in "aeiou" else "a"
            raise EvalDataError(f"{gold}: no articles with {article} \"{field}\" list to score")
    except (NewsgraphError, OSError) as e:
        raise click.ClickException(str(e)) from e
    if limit:
        docs = dict(islice(docs.items(), limit))
    click.echo(f"{gold or f'reviewed {field} set'}: {len(docs)} articles, "
               f"{sum(len(d[field]) for d in docs.values())} gold {what}", err=True)
    with contextlib.ExitStack() as stack:
        try:
            run = evaluation(docs, jobs=settings.jobs, settings=settings, on_result=_progress(stack, len(docs)))
        except NewsgraphError as e:
            raise click.ClickException(str(e)) from e
    _save(run, predictions, json_path)
    click.echo(table(run))
    _exit_on_failures(run)


def _gold_set_options(field: str) -> Callable:
    """The argument and options of a command that scores a gold set whose records carry ``field``."""
    decorators = (
        click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path)),
        _output("--predictions", help=f"Write the predictions (one JSON record per article, with its {field}) to "
                                      "this file."),
        click.option("-j", "--jobs", type=click.IntRange(min=1),
                     help="Worker processes (default: NEWSGRAPH_JOBS or 1)."),
        _output("--json", "json_path", help="Also write every metric as JSON to this file."),
        click.option("--limit", type=click.IntRange(min=1), help="Only the first N gold articles."),
    )

    def decorate(command: Callable) -> Callable:
        for decorator in reversed(decorators):
            command = decorator(command)
        return command

    return decorate


@eval_group.command("times")
@_gold_set_options("times")
def times(gold: Path | None, predictions: Path | None, jobs: int | None, json_path: Path | None,
          limit: int | None) -> None:
    """Analyse each GOLD article and score its time expressions: found, and resolved to the right value.

    GOLD is JSONL ({"id", "text", "meta": {"publication_date", "scraped"}, "times": [{"start", "end",
    "value", "granularity", "relation"}]}); without it, the review rounds' pages with their blindly
    annotated times. Exits 1 if any article failed.
    """
    _score_set(gold, OWN_TIMES, "times", "time expressions", evaluate_times, format_times_table, predictions, jobs,
               json_path, limit)


@eval_group.command("events")
@_gold_set_options("events")
def events(gold: Path | None, predictions: Path | None, jobs: int | None, json_path: Path | None,
           limit: int | None) -> None:
    """Analyse each GOLD article and score its events: found, with whom, when, and whether done or to come.

    GOLD is JSONL ({"id", "text", "meta": {"publication_date", "scraped"}, "events": [{"kind", "triggers":
    [[start, end], ...], "participants", "when", "status"}]}); without it, the review rounds' pages with their
    blindly annotated events. Exits 1 if any article failed.
    """
    _score_set(gold, OWN_EVENTS, "events", "events", evaluate_events, format_events_table, predictions, jobs,
               json_path, limit)


COMMANDS: list[click.Command] = [eval_group]
