"""Scoring time expressions: are they found, and resolved to the value a reader gives them?

Gold and predictions are JSONL records ``{"id", "times": [{"start", "end", "value", "granularity",
"relation"}]}`` with offsets into the gold text. A predicted expression and a gold one are paired when
their spans share a character (each used once, the largest overlap first). Over the pairs:

* ``span.overlap``: found at all; ``span.exact``: found with the same boundaries;
* ``value``: found and resolved to the gold value (an unplaceable expression, value null, agrees with
  a null); ``relation``: found and placed on the right side of the publication date.

Each is P/R/F1 over all predicted and all gold expressions, so a value missed and a wrong value both count.
Gold expressions in text the pipeline cut as web junk (a byline's date, an "Updated" stamp) are left out
of recall and counted apart: they are the article's metadata, not its text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

METRICS = ("span.overlap", "span.exact", "value", "relation")


@dataclass(frozen=True)
class TimeScores:
    metrics: dict[str, dict[str, float]]
    gold: int
    predicted: int
    #: Gold expressions inside stretches the pipeline removed as boilerplate, not scored.
    in_removed: int
    #: Per gold granularity: gold expressions, how many were found, how many resolved to the gold value.
    by_granularity: dict[str, dict[str, int]]


def prf(hits: int, predicted: int, gold: int) -> dict[str, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _pairs(gold: list[Mapping[str, Any]], predicted: list[Mapping[str, Any]]) -> list[tuple[int, int]]:
    overlaps = sorted(((min(g["end"], p["end"]) - max(g["start"], p["start"]), gi, pi)
                       for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
                       if g["start"] < p["end"] and p["start"] < g["end"]), reverse=True)
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, gi, pi in overlaps:
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((gi, pi))
    return pairs


def score_times(gold: Mapping[str, Mapping[str, Any]], predictions: Mapping[str, Mapping[str, Any]]) -> TimeScores:
    """Score every gold article; a missing prediction is an article with no expressions found."""
    hits = dict.fromkeys(METRICS, 0)
    n_gold = n_predicted = n_removed = 0
    by_granularity: dict[str, dict[str, int]] = {}
    for doc_id, doc in gold.items():
        prediction = predictions.get(doc_id) or {}
        removed = prediction.get("removed", [])
        kept = [t for t in doc["times"] if not any(r["start"] <= t["start"] and t["end"] <= r["end"] for r in removed)]
        n_removed += len(doc["times"]) - len(kept)
        found = prediction.get("times", [])
        n_gold += len(kept)
        n_predicted += len(found)
        for g in kept:
            by_granularity.setdefault(g["granularity"], {"gold": 0, "found": 0, "value": 0})["gold"] += 1
        for gi, pi in _pairs(kept, found):
            g, p = kept[gi], found[pi]
            by_granularity[g["granularity"]]["found"] += 1
            by_granularity[g["granularity"]]["value"] += g["value"] == p["value"]
            hits["span.overlap"] += 1
            hits["span.exact"] += (g["start"], g["end"]) == (p["start"], p["end"])
            hits["value"] += g["value"] == p["value"]
            hits["relation"] += g["relation"] == p["relation"]
    return TimeScores({name: prf(hits[name], n_predicted, n_gold) for name in METRICS},
                      n_gold, n_predicted, n_removed, dict(sorted(by_granularity.items())))
