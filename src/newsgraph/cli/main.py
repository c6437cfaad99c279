"""``newsgraph`` entry point. Each command group lives in its own module and registers here."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys

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
        except BrokenPipeError:
            # The reader went away (`newsgraph quotes | head -1`): nothing more to say, and nowhere to say it.
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise click.exceptions.Exit(1) from None
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
        # What the extraction and WARC libraries complain about reaches the user as newsgraph's own
        # one-line failure record.
        for name in ("trafilatura", "htmldate", "courlan", "justext", "warcio"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
    # A terminated run ends like an interrupted one: worker processes are shut down, not orphaned.
    signal.signal(signal.SIGTERM, _terminate)


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


for module in (analyze, ingest, store_cmds, eval_cmd, train):
    for command in module.COMMANDS:
        cli.add_command(command)
