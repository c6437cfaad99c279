"""``newsgraph train cues`` refuses bad options before it parses or trains anything."""

import pytest
from click.testing import CliRunner

from newsgraph.cli.train import train


@pytest.mark.parametrize("args, message", [
    (["--epochs", "0"], "--epochs"),
    (["--l2", "-5"], "--l2"),
    (["--jobs", "0"], "--jobs"),
    (["--out", "/nonexistent-dir/cue_model.json"], "does not exist"),
])
def test_training_options_are_checked_before_any_training(tmp_path, args, message):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "a", "text": "x", "attributions": []}\n')
    result = CliRunner().invoke(train, ["cues", str(corpus), *args])
    assert result.exit_code == 2 and message in result.output
