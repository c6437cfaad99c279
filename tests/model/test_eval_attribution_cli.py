"""End to end with the real model: ``newsgraph eval attribution`` over two own gold articles."""

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli.main import cli
from newsgraph.eval import OWN_GOLD, load_jsonl

pytestmark = pytest.mark.model


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_eval_attribution_on_two_own_articles(tmp_path, jobs):
    preds, report = tmp_path / "pred.jsonl", tmp_path / "scores.json"
    result = CliRunner().invoke(cli, ["eval", "attribution", "--limit", "2", "--jobs", jobs,
                                      "--predictions", str(preds), "--json", str(report)])
    assert result.exit_code == 0, result.output
    assert "content.soft" in result.output and "articles/s" in result.output
    assert "speaker.resolved" in result.output  # the own gold names speakers

    gold = load_jsonl(OWN_GOLD)
    predictions = [json.loads(line) for line in preds.read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in predictions] == list(gold)[:2]
    for p in predictions:
        text = gold[p["id"]]["text"]
        for a in p["attributions"]:
            for s, e in a["source"] + a["cue"] + a["content"]:
                assert 0 <= s < e <= len(text)
    scores = json.loads(report.read_text(encoding="utf-8"))
    assert scores["articles"] == 2 and not scores["failed"]
    # Both articles are plain reported speech; a working stage finds most of it.
    assert scores["all"]["content.overlap"]["f1"] > 0.5
    assert scores["all"]["speaker.resolved"]["f1"] > 0.5
