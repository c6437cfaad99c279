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


@pytest.mark.shared
def test_the_cli_numbers_equal_the_reference_scorer_on_its_own_predictions(tmp_path):
    """The whole chain: the CLI's --predictions file scored by ../shared/tools/score_attributions.py gives
    exactly the figures the CLI reported in --json, overall and for quoted and unquoted contents."""
    import subprocess
    import sys

    from tests.conftest import shared_path

    reference = shared_path("tools", "score_attributions.py")
    preds, report = tmp_path / "pred.jsonl", tmp_path / "scores.json"
    result = CliRunner().invoke(cli, ["eval", "attribution", "--predictions", str(preds), "--json", str(report)])
    assert result.exit_code == 0, result.output
    ours = json.loads(report.read_text(encoding="utf-8"))
    for view, extra in (("all", []), ("quoted", ["--filter", "quoted"]), ("unquoted", ["--filter", "unquoted"])):
        out = tmp_path / f"reference-{view}.json"
        subprocess.run([sys.executable, str(reference), str(OWN_GOLD), str(preds), "--json", str(out), *extra],
                       check=True, capture_output=True)
        theirs = json.loads(out.read_text(encoding="utf-8"))
        for metric in ("content.exact", "content.soft", "content.overlap", "source.exact", "source.soft",
                       "cue.exact", "cue.independent"):
            for key in ("p", "r", "f1"):
                assert ours[view][metric][key] == pytest.approx(theirs[metric][key], abs=1e-9), (view, metric)
    assert ours["all"]["content.soft"]["f1"] > 0.8  # and the figures are the real system's, not a stub's
