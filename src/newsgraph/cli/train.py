"""``newsgraph train``: learn the data newsgraph ships from an annotated corpus."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import click

from newsgraph.config import Settings


@click.group()
def train() -> None:
    """Learn newsgraph's shipped models from annotated data."""


@train.command("cues")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), help="Where to write the table (default: the package).")
@click.option("--jobs", default=1, show_default=True, help="Parser processes.")
@click.option("--min-hits", default=2, show_default=True, help="Drop frames seen as cues fewer times.")
def cues(corpus: str, out: str | None, jobs: int, min_hits: int) -> None:
    """Learn cue frames from CORPUS (PolNeAR JSONL: text + attributions)."""
    from newsgraph.nlp import base_model
    from newsgraph.nlp.cues import FRAMES_FILE
    from newsgraph.nlp.training import learn_cue_frames, read_corpus, write_frames

    nlp = base_model(Settings.from_env())
    table = learn_cue_frames(read_corpus(corpus), nlp, min_hits=min_hits, n_process=jobs)
    target = Path(out) if out else Path(str(resources.files("newsgraph.nlp.models").joinpath(FRAMES_FILE)))
    write_frames(table, target, source=Path(corpus).name)
    click.echo(f"{len(table)} frames written to {target}")


COMMANDS = [train]
