"""Our scorer must give the reference scorer's numbers (../shared/tools/score_attributions.py)."""

import copy
import random
from pathlib import Path

import pytest
from tests.conftest import load_script

from newsgraph.eval import OWN_GOLD, load_jsonl, score

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
REFERENCE = SHARED / "tools" / "score_attributions.py"
DEV = SHARED / "data" / "polnear" / "dev.jsonl"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not REFERENCE.exists() or not DEV.exists(),
                       reason=f"../shared is absent: no reference scorer or PolNeAR dev under {SHARED}"),
]


@pytest.fixture(scope="module")
def reference_scorer():
    return load_script(REFERENCE, "score_attributions")


@pytest.fixture(scope="module")
def dev():
    return load_jsonl(DEV)


def _map_attributions(gold, change):
    """A prediction set: every gold article's attributions passed through ``change(list, rng)``."""
    rng = random.Random(7)
    predicted = {}
    for doc_id, d in gold.items():
        atts = change(copy.deepcopy(d["attributions"]), rng)
        end = len(d["text"])
        for a in atts:
            for role in ("content", "source", "cue"):
                a[role] = [[min(s, end), min(e, end)] for s, e in a.get(role) or ()]
        predicted[doc_id] = {"id": doc_id, "attributions": atts}
    return predicted


def _drop_some(atts, rng):
    return [a for a in atts if rng.random() > 0.3]


def _nudge_bounds(atts, rng):
    for a in atts:
        for role in ("content", "source", "cue"):
            moved = [(max(0, s + rng.choice((-6, 0, 0, 3))), e + rng.choice((-4, 0, 0, 5)))
                     for s, e in a[role]]
            a[role] = [[s, max(s, e)] for s, e in moved]
    return atts


def _first_piece_no_source(atts, rng):
    return [{"content": a["content"][:1], "cue": a["cue"],
             "source": a["source"] if rng.random() < 0.5 else []} for a in atts]


def _merge_neighbours(atts, rng):
    merged = []
    for a in atts:
        if merged and rng.random() < 0.25:
            merged[-1]["content"] += a["content"]
        else:
            merged.append(a)
    return merged


def _duplicate_and_shuffle(atts, rng):
    atts = atts + [a for a in atts if rng.random() < 0.2]
    rng.shuffle(atts)
    return atts


def _strip_quote_marks_side(atts, rng):
    # Moving a content's start past its opening quote mark flips some attributions between filters.
    for a in atts:
        if a["content"] and rng.random() < 0.5:
            s, e = a["content"][0]
            a["content"][0] = [min(s + 1, e), e]
    return atts


PERTURBATIONS = [
    lambda atts, rng: atts, _drop_some, _nudge_bounds, _first_piece_no_source, _merge_neighbours,
    _duplicate_and_shuffle, _strip_quote_marks_side, lambda atts, rng: [],
]


def _assert_same(reference_scorer, gold, pred):
    for only in (None, "quoted", "unquoted"):
        expected, expected_warnings = reference_scorer.score(gold, pred, only)
        ours = score(gold, pred, only=only)
        assert ours.metrics == expected, only
        assert list(ours.warnings) == expected_warnings


@pytest.mark.parametrize("change", PERTURBATIONS)
def test_same_numbers_as_reference_on_polnear_dev(reference_scorer, dev, change):
    _assert_same(reference_scorer, dev, _map_attributions(dev, change))


@pytest.mark.parametrize("change", PERTURBATIONS)
def test_same_numbers_as_reference_on_own_gold(reference_scorer, change):
    gold = load_jsonl(OWN_GOLD)
    _assert_same(reference_scorer, gold, _map_attributions(gold, change))


def test_same_warnings_for_unknown_ids(reference_scorer, dev):
    pred = _map_attributions(dev, _drop_some)
    pred["not-in-gold"] = {"id": "not-in-gold", "attributions": []}
    _assert_same(reference_scorer, dev, pred)


def test_missing_articles_count_as_empty(reference_scorer, dev):
    pred = dict(list(_map_attributions(dev, _nudge_bounds).items())[::2])
    _assert_same(reference_scorer, dev, pred)
