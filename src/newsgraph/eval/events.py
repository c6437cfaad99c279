"""Scoring events: are they found, with whom, when, and told as done or to come?

Gold and predictions are JSONL records ``{"id", "events": [{"kind", "triggers": [[start, end], ...],
"participants": [name, ...], "when", "status"}]}`` with offsets into the gold text (conventions:
``tests/golden/reviewed/EVENTS.md``). A predicted event and a gold one are paired when they are of the same kind
and one of their triggers shares a character (each used once, the pair with most shared triggers first). Then:

* ``event``: P/R/F1 of the pairs over all predicted and all gold events;
* ``participants``: P/R/F1 of the participants of paired events (names compared case-blind, a leading "the"
  aside) over every participant of every predicted and gold event, so a missed event's people are missed too;
* ``event+participants``: pairs whose participants agree exactly;
* ``when`` and ``status``: pairs that agree on them, over all predicted and gold events.

Gold events told only in text the pipeline cut as web junk are left out of recall and counted apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from newsgraph.eval.attribution import speaker_key
from newsgraph.eval.times import prf

METRICS = ("event", "participants", "event+participants", "when", "status")


@dataclass(frozen=True)
class EventScores:
    metrics: dict[str, dict[str, float]]
    gold: int
    predicted: int
    #: Gold events told only inside stretches the pipeline removed as boilerplate, not scored.
    in_removed: int
    #: Per gold kind: gold events, how many were found, how many with exactly their participants.
    by_kind: dict[str, dict[str, int]]


def _overlap(a: list[list[int]], b: list[list[int]]) -> int:
    return sum(1 for s, e in a for t, u in b if s < u and t < e)


def _pairs(gold: list[Mapping[str, Any]], predicted: list[Mapping[str, Any]]) -> list[tuple[int, int]]:
    shared = sorted(((_overlap(g["triggers"], p["triggers"]), gi, pi)
                     for gi, g in enumerate(gold) for pi, p in enumerate(predicted) if g["kind"] == p["kind"]),
                    key=lambda x: (-x[0], x[1], x[2]))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for n, gi, pi in shared:
        if n and gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((gi, pi))
    return pairs


def _names(event: Mapping[str, Any]) -> set[str | None]:
    return {speaker_key(name) for name in event.get("participants", [])}


def _told_only_in(removed: list[Mapping[str, int]], event: Mapping[str, Any]) -> bool:
    return all(any(r["start"] <= s and e <= r["end"] for r in removed) for s, e in event["triggers"])


def score_events(gold: Mapping[str, Mapping[str, Any]],
                 predictions: Mapping[str, Mapping[str, Any]]) -> EventScores:
    """Score every gold article; a missing prediction is an article with no events found."""
    hits = dict.fromkeys(METRICS, 0)
    n_gold = n_predicted = n_removed = gold_people = predicted_people = 0
    by_kind: dict[str, dict[str, int]] = {}
    for doc_id, doc in gold.items():
        prediction = predictions.get(doc_id) or {}
        removed = prediction.get("removed", [])
        kept = [e for e in doc["events"] if not _told_only_in(removed, e)]
        n_removed += len(doc["events"]) - len(kept)
        found = prediction.get("events", [])
        n_gold += len(kept)
        n_predicted += len(found)
        gold_people += sum(len(_names(e)) for e in kept)
        predicted_people += sum(len(_names(e)) for e in found)
        for g in kept:
            by_kind.setdefault(g["kind"], {"gold": 0, "found": 0, "participants": 0})["gold"] += 1
        for gi, pi in _pairs(kept, found):
            g, p = kept[gi], found[pi]
            same_people = _names(g) == _names(p)
            by_kind[g["kind"]]["found"] += 1
            by_kind[g["kind"]]["participants"] += same_people
            hits["event"] += 1
            hits["participants"] += len(_names(g) & _names(p))
            hits["event+participants"] += same_people
            hits["when"] += g.get("when") == p.get("when")
            hits["status"] += g.get("status") == p.get("status")
    metrics = {name: prf(hits[name], n_predicted, n_gold) for name in METRICS if name != "participants"}
    metrics["participants"] = prf(hits["participants"], predicted_people, gold_people)
    return EventScores({name: metrics[name] for name in METRICS}, n_gold, n_predicted, n_removed,
                       dict(sorted(by_kind.items())))
