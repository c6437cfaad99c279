"""``newsgraph eval events``: the scorer, the reviewed events set, and the command with a stand-in NLP stage."""

import json
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.conftest import load_script

from newsgraph.batch import one_at_a_time
from newsgraph.cli.eval_cmd import eval_group
from newsgraph.eval import OWN_EVENTS, OWN_REVIEWED, load_jsonl, score_events
from newsgraph.lexicons import event_kinds
from newsgraph.model import Analysis, Article, EntityRef, Event, Extracted, Span

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
EVENTS = load_jsonl(OWN_EVENTS)


def _event(kind, triggers_, people, when=None, status="happened"):
    return {"kind": kind, "triggers": triggers_, "participants": people, "when": when, "status": status}


GOLD = {"a": {"id": "a", "events": [
    _event("meet", [[0, 4], [50, 57]], ["Kirill Dmitriev", "Elon Musk"], "future", "planned"),
    _event("appoint", [[100, 109]], ["Vladimir Putin", "Kirill Dmitriev"]),
    _event("phone call", [[200, 210]], ["Vladimir Putin", "Donald Trump"], "2025-03-18")]}}


def test_events_pair_by_kind_and_a_shared_trigger_and_people_count_over_all_events():
    predicted = {"a": {"events": [
        _event("meet", [[50, 57]], ["kirill dmitriev", "The Elon Musk"], "future", "planned"),  # the second telling
        _event("appoint", [[100, 109]], ["Kirill Dmitriev"], None, "planned"),  # one of two, wrong status
        _event("talks", [[200, 210]], ["Vladimir Putin"]),  # right words, wrong kind
        _event("visit", [[300, 305]], ["Elon Musk"])]}}  # not in the gold
    scores = score_events(GOLD, predicted)
    assert (scores.gold, scores.predicted, scores.in_removed) == (3, 4, 0)
    assert scores.metrics["event"] == {"p": 0.5, "r": 0.6667, "f1": 0.5714}
    # 3 of the 6 gold people found, 3 of the 5 predicted right
    assert scores.metrics["participants"] == {"p": 0.6, "r": 0.5, "f1": 0.5455}
    assert scores.metrics["event+participants"]["r"] == 0.3333
    assert scores.metrics["when"]["r"] == 0.6667 and scores.metrics["status"]["r"] == 0.3333
    assert scores.by_kind["appoint"] == {"gold": 1, "found": 1, "participants": 0}
    assert scores.by_kind["phone call"] == {"gold": 1, "found": 0, "participants": 0}


def test_an_event_told_only_in_cut_web_junk_is_left_out_and_counted():
    predicted = {"a": {"events": [], "removed": [{"start": 190, "end": 220, "reason": "caption"}]}}
    scores = score_events(GOLD, predicted)
    assert (scores.gold, scores.in_removed) == (2, 1)
    assert score_events(GOLD, {}).metrics["event"] == {"p": 0.0, "r": 0.0, "f1": 0.0}


def test_the_reviewed_events_set_is_what_its_generator_builds():
    generator = load_script(GOLDEN / "make_events_reviewed.py", "make_events_reviewed")
    assert OWN_EVENTS.read_text(encoding="utf-8") == generator.build(), (
        "events-reviewed.jsonl is stale: run tests/golden/make_events_reviewed.py and review the diff")
    assert generator.validate(generator.build()) == []


def test_the_reviewed_events_set_covers_rounds_32_to_35_with_kinds_the_lexicon_knows():
    reviewed = load_jsonl(OWN_REVIEWED)
    assert len(EVENTS) == 100 and sum(len(d["events"]) for d in EVENTS.values()) == 382
    for doc_id, doc in EVENTS.items():
        assert doc["text"] == reviewed[doc_id]["text"] and doc["meta"]["scraped"]
        for e in doc["events"]:
            assert e["kind"] in event_kinds() and e["participants"]


def _oracle_extract(raw, settings=None):
    text = raw.data if isinstance(raw.data, str) else raw.data.decode()
    gold = next(d for d in EVENTS.values() if d["text"] == text)
    return Extracted(article=Article(text=text, published=raw.published, id=gold["id"], language="en"))


def _oracle_events(extracted, settings):
    """Answers with the gold events of the page."""
    gold, text = EVENTS[extracted.article.id], extracted.article.text
    events = tuple(Event(e["kind"], tuple(EntityRef(f"e{k}", name) for k, name in enumerate(e["participants"])),
                         e["when"], Span.of(text, *e["triggers"][0]), e["status"],
                         mentions=tuple(Span.of(text, s, t) for s, t in e["triggers"]))
                   for e in gold["events"])
    return Analysis(article=extracted.article, events=events)


@pytest.fixture
def oracle_pipeline(monkeypatch):
    monkeypatch.setattr(sys.modules["newsgraph.eval.predict"], "extract_document", _oracle_extract)
    module = types.ModuleType("newsgraph.nlp")
    module.analyze_extracted_batch = one_at_a_time(_oracle_events)
    monkeypatch.setitem(sys.modules, "newsgraph.nlp", module)


def test_the_command_scores_the_reviewed_events_by_default(oracle_pipeline, tmp_path):
    report, preds = tmp_path / "events.json", tmp_path / "pred.jsonl"
    result = CliRunner().invoke(eval_group, ["events", "--limit", "3", "--json", str(report),
                                             "--predictions", str(preds)])
    assert result.exit_code == 0, result.output
    assert "reviewed events set: 3 articles" in result.output
    row = next(line for line in result.output.splitlines() if line.startswith("event+participants")).split()
    assert row[1:] == ["1.000"] * 3
    scores = json.loads(report.read_text(encoding="utf-8"))
    assert scores["when"]["f1"] == 1.0 and scores["articles"] == 3
    first = json.loads(preds.read_text(encoding="utf-8").splitlines()[0])
    assert first["events"][0]["triggers"] == next(iter(EVENTS.values()))["events"][0]["triggers"]


def test_gold_without_events_is_a_clean_error(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "x", "attributions": []}\n', encoding="utf-8")
    result = CliRunner().invoke(eval_group, ["events", str(gold)])
    assert result.exit_code == 1 and "no articles with an \"events\" list" in result.output
