"""``newsgraph train``: learn the data newsgraph ships from an annotated corpus."""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

import click

from newsgraph.config import Settings
from newsgraph.errors import NewsgraphError


@click.group()
def train() -> None:
    """Learn newsgraph's shipped models from annotated data."""


@train.command("cues")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", type=click.Path(dir_okay=False, writable=True),
              help="Where to write the model (default: the package).")
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(min=1), help="Parser processes.")
@click.option("--l2", default=1e-5, show_default=True, type=click.FloatRange(min=0),
              help="L2 regularisation strength.")
@click.option("--epochs", default=300, show_default=True, type=click.IntRange(min=1),
              help="Full-batch optimisation steps.")
@click.option("--corpus-name", help="What the corpus is, for the model's meta [default: its file name].")
def cues(corpus: str, out: str | None, jobs: int, l2: float, epochs: int, corpus_name: str | None) -> None:
    """Train the cue model on CORPUS (PolNeAR JSONL: text + attributions)."""
    from newsgraph.eval import OWN_GOLD, load_jsonl
    from newsgraph.nlp import parsing_model
    from newsgraph.nlp.cues import MODEL_FILE
    from newsgraph.nlp.training import train_cue_model

    target = Path(out) if out else Path(str(resources.files("newsgraph.nlp.models").joinpath(MODEL_FILE)))
    if not target.parent.is_dir():  # found out before minutes of training, not after
        raise click.BadParameter(f"directory {target.parent} does not exist", param_hint="--out")
    try:
        nlp = parsing_model(Settings.from_env())
        digest = hashlib.sha256(Path(corpus).read_bytes()).hexdigest()
        probe = [d["text"] for d in load_jsonl(OWN_GOLD).values()]
        model = train_cue_model(load_jsonl(corpus).values(), nlp, source=corpus_name or Path(corpus).name,
                                probe=probe, corpus_sha256=digest, n_process=jobs, l2=l2, epochs=epochs)
    except (NewsgraphError, ValueError, KeyError) as err:
        raise click.ClickException(f"cannot train on {corpus}: {err}") from err
    try:
        model.save(target)
    except OSError as err:
        raise click.ClickException(f"cannot write the model to {target}: {err.strerror}") from err
    meta = model.meta
    click.echo(f"cue model: {meta['examples']:,} examples ({meta['positives']:,} cues) from {meta['articles']} "
               f"articles, {len(model.weights):,} features; written to {target}")


COMMANDS = [train]
