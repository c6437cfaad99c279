"""``newsgraph eval times``: the scorer, the reviewed times set, and the command with a stand-in NLP stage."""

import json
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.conftest import load_script

from newsgraph.batch import one_at_a_time
from newsgraph.cli.eval_cmd import eval_group
from newsgraph.eval import OWN_REVIEWED, OWN_TIMES, load_jsonl, score_times
from newsgraph.model import Analysis, Article, Extracted, Removed, TimeExpression

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
TIMES = load_jsonl(OWN_TIMES)


def _time(start, end, value, granularity="day", relation="past"):
    return {"start": start, "end": end, "value": value, "granularity": granularity, "relation": relation}


GOLD = {"a": {"id": "a", "times": [_time(0, 7, "2026-03-03"), _time(20, 30, "2026-03", "month"),
                                   _time(40, 45, None, "vague", "future"), _time(60, 70, "2026", "year", "present")]}}


def test_found_exact_and_resolved_are_counted_apart():
    predicted = {"a": {"times": [_time(0, 7, "2026-03-03"),                     # right in every way
                                 _time(18, 30, "2025-03", "month"),             # overlaps, wrong year
                                 _time(40, 45, None, "vague", "past"),          # right value, wrong side
                                 _time(80, 85, "2026-03-01")]}}                 # not in the gold
    scores = score_times(GOLD, predicted)
    assert (scores.gold, scores.predicted, scores.in_removed) == (4, 4, 0)
    assert scores.metrics["span.overlap"] == {"p": 0.75, "r": 0.75, "f1": 0.75}
    assert scores.metrics["span.exact"]["r"] == 0.5
    assert scores.metrics["value"]["r"] == 0.5 and scores.metrics["relation"]["r"] == 0.5
    assert scores.by_granularity["month"] == {"gold": 1, "found": 1, "value": 0}
    assert scores.by_granularity["year"] == {"gold": 1, "found": 0, "value": 0}


def test_each_expression_pairs_once_with_its_largest_overlap():
    gold = {"a": {"times": [_time(0, 10, "2026-03-03")]}}
    predicted = {"a": {"times": [_time(0, 3, "2026-03-04"), _time(2, 10, "2026-03-03")]}}
    scores = score_times(gold, predicted)
    assert scores.metrics["value"] == {"p": 0.5, "r": 1.0, "f1": 0.6667}


def test_gold_in_cut_web_junk_is_left_out_and_counted():
    predicted = {"a": {"times": [], "removed": [{"start": 0, "end": 12, "reason": "byline"}]}}
    scores = score_times(GOLD, predicted)
    assert (scores.gold, scores.in_removed) == (3, 1)
    assert score_times(GOLD, {}).metrics["span.overlap"] == {"p": 0.0, "r": 0.0, "f1": 0.0}


def test_the_reviewed_times_set_is_what_its_generator_builds():
    generator = load_script(GOLDEN / "make_times_reviewed.py", "make_times_reviewed")
    assert OWN_TIMES.read_text(encoding="utf-8") == generator.build(), (
        "times-reviewed.jsonl is stale: run tests/golden/make_times_reviewed.py and review the diff")
    assert generator.validate(generator.build()) == []


def test_the_reviewed_times_set_covers_rounds_13_to_18_on_the_attribution_set_pages():
    reviewed = load_jsonl(OWN_REVIEWED)
    assert len(TIMES) == 290 and sum(len(d["times"]) for d in TIMES.values()) > 700
    for doc_id, doc in TIMES.items():
        assert doc["text"] == reviewed[doc_id]["text"] and doc["meta"]["scraped"]
        for t in doc["times"]:
            assert doc["text"][t["start"]:t["end"]] == t["text"]


def _oracle_extract(raw, settings=None):
    """Cuts the page's first line as if it were a byline."""
    text = raw.data if isinstance(raw.data, str) else raw.data.decode()
    gold = next(d for d in TIMES.values() if d["text"] == text)
    cut = text.index("\n") + 1
    article = Article(text=text[cut:], published=raw.published, id=gold["id"], language="en")
    return Extracted(article=article, removed=(Removed(0, cut, text[:cut], "byline"),))


def _oracle_times(extracted, settings):
    """Answers with the gold times of the page."""
    gold = TIMES[extracted.article.id]
    cut = len(gold["text"]) - len(extracted.article.text)
    times = tuple(TimeExpression(t["start"] - cut, t["end"] - cut, t["text"], t["value"], t["granularity"],
                                 t["relation"]) for t in gold["times"] if t["start"] >= cut)
    return Analysis(article=extracted.article, times=times, removed=extracted.removed)


@pytest.fixture
def oracle_pipeline(monkeypatch):
    monkeypatch.setattr(sys.modules["newsgraph.eval.predict"], "extract_document", _oracle_extract)
    module = types.ModuleType("newsgraph.nlp")
    module.analyze_extracted_batch = one_at_a_time(_oracle_times)
    monkeypatch.setitem(sys.modules, "newsgraph.nlp", module)


def test_the_command_scores_the_reviewed_times_by_default(oracle_pipeline, tmp_path):
    report, preds = tmp_path / "times.json", tmp_path / "pred.jsonl"
    result = CliRunner().invoke(eval_group, ["times", "--limit", "4", "--json", str(report),
                                             "--predictions", str(preds)])
    assert result.exit_code == 0, result.output
    assert "reviewed times set: 4 articles" in result.output
    value = next(line for line in result.output.splitlines() if line.startswith("value")).split()
    assert value[1:] == ["1.000"] * 3
    scores = json.loads(report.read_text(encoding="utf-8"))
    assert scores["value"]["f1"] == 1.0 and scores["articles"] == 4
    predictions = [json.loads(line) for line in preds.read_text(encoding="utf-8").splitlines()]
    first = next(iter(TIMES.values()))
    assert predictions[0]["times"][0]["start"] == next(t["start"] for t in first["times"]
                                                       if t["start"] > first["text"].index("\n"))


def test_gold_without_times_is_a_clean_error(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "x", "attributions": []}\n', encoding="utf-8")
    result = CliRunner().invoke(eval_group, ["times", str(gold)])
    assert result.exit_code == 1 and "no articles with a \"times\" list" in result.output
