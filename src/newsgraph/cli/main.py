"""``newsgraph`` entry point. Each command group lives in its own module and registers here."""

from __future__ import annotations

import logging

import click

from newsgraph import __version__
from newsgraph.cli import analyze, eval_cmd, ingest, store_cmds, train
from newsgraph.errors import NewsgraphError

log = logging.getLogger(__name__)


class _Commands(click.Group):
    """Any newsgraph error a command lets through (a bad NEWSGRAPH_* setting, say) is a one-line
    message and exit status 1, never a traceback; so is a bug, as [E000] (``-vv`` shows its traceback)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except NewsgraphError as err:
            raise click.ClickException(str(err)) from err
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as err:
            log.debug("unexpected error", exc_info=True)
            first_line = (str(err).splitlines() or [""])[0]
            raise click.ClickException(f"[{NewsgraphError.code}] unexpected error, a bug worth reporting "
                                       f"(-vv shows where): {type(err).__name__}: {first_line}") from err


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def cli(verbose: int) -> None:
    """newsgraph: who said what, about whom, and when, from news articles."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    if not verbose:
        # What trafilatura and htmldate warn about reaches the user as newsgraph's own one-line error.
        for name in ("trafilatura", "htmldate", "courlan"):
            logging.getLogger(name).setLevel(logging.ERROR)


for module in (analyze, ingest, store_cmds, eval_cmd, train):
    for command in module.COMMANDS:
        cli.add_command(command)
