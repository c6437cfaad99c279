"""Attribution quality gate: fail when a score drops more than a point below its pinned floor.

    python benchmarks/gate.py [--jobs N]    # check against benchmarks/floors.json
    python benchmarks/gate.py --update      # raise floors to the current scores (review the diff)
    python benchmarks/gate.py --update --allow-lower   # also lower them: a deliberate trade, explained
                                                       # in its own commit

Scores the NLP stage on PolNeAR dev (../shared/data/polnear/dev.jsonl from the repository root) and on
newsgraph's own gold sets (the one the rules were tuned on, the held-out one, and the review rounds'
pages analysed as scraped): content soft/exact
and source exact F1, overall, quoted and unquoted, and on the own sets (whose gold names speakers) the
resolved-speaker F1. The review rounds' time expressions (``newsgraph eval times``) are scored from the
same run of the reviewed pages: found (span overlap) and resolved (value) F1, and so are their events
(``newsgraph eval events``): found, participants and date F1. Without
../shared the PolNeAR half is skipped with a message; the own sets are always checked.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsgraph.config import Settings
from newsgraph.eval import (
    OWN_EVENTS,
    OWN_GOLD,
    OWN_HELDOUT,
    OWN_REVIEWED,
    OWN_TIMES,
    evaluate,
    load_jsonl,
    score_events,
    score_times,
)

ROOT = Path(__file__).resolve().parents[1]
FLOORS = Path(__file__).with_name("floors.json")
DATASETS = {"polnear-dev": ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl", "own": OWN_GOLD,
            "own-heldout": OWN_HELDOUT, "own-reviewed": OWN_REVIEWED}
METRICS = ("content.soft", "content.exact", "source.exact")
TIME_METRICS = ("span.overlap", "value")
EVENT_METRICS = ("event", "participants", "when")


def compare(measured: dict[str, dict[str, float]], floors: dict[str, dict[str, float]], tolerance: float):
    """(view, metric, score, floor, dropped) for every measured score; a score with no floor has 0."""
    for view, scores in measured.items():
        for metric, value in scores.items():
            floor = floors.get(view, {}).get(metric, 0.0)
            yield view, metric, value, floor, value < floor - tolerance


def updated(floors: dict, measured: dict, *, allow_lower: bool = False) -> dict:
    """The floors after an update: each measured score becomes its floor where it is higher (or always,
    with ``allow_lower``); datasets and metrics not measured keep theirs."""
    out = json.loads(json.dumps(floors))
    for name, views in measured.items():
        for view, scores in views.items():
            for metric, value in scores.items():
                kept = out.setdefault(name, {}).setdefault(view, {})
                if allow_lower or value > kept.get(metric, 0.0):
                    kept[metric] = round(value, 4)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=Settings.from_env().jobs, help="worker processes")
    parser.add_argument("--update", action="store_true", help="raise floors to the measured scores")
    parser.add_argument("--allow-lower", action="store_true", help="with --update, lower floors too")
    args = parser.parse_args()

    pinned = json.loads(FLOORS.read_text(encoding="utf-8"))
    tolerance, floors = pinned["tolerance"], pinned["floors"]
    measured: dict[str, dict[str, dict[str, float]]] = {}
    drops = []
    for name, path in DATASETS.items():
        if not path.exists():
            print(f"skip {name}: {path} not found (../shared is absent); its floors are not checked")
            continue
        run = evaluate(load_jsonl(path), jobs=args.jobs, settings=Settings.from_env())
        if run.failures:
            print(f"FAIL {name}: {len(run.failures)} articles failed, e.g. {run.failures[0].id}: "
                  f"{run.failures[0].error}")
            return 1
        print(f"{name}: {len(run.results)} articles, {run.articles_per_second:.2f} articles/s")
        # Resolved speakers are gated where the gold names them (the own set).
        metrics = METRICS + (("speaker.resolved",) if run.speakers else ())
        measured[name] = {view: {m: run.metric(view, m) for m in metrics} for view in run.scores}
        if name == "own-reviewed":
            # Its pages are the times set's pages: their predictions carry the time expressions.
            times = score_times(load_jsonl(OWN_TIMES), {r.id: r.prediction for r in run.results})
            measured["own-times"] = {"all": {m: times.metrics[m]["f1"] for m in TIME_METRICS}}
            events = score_events(load_jsonl(OWN_EVENTS), {r.id: r.prediction for r in run.results})
            measured["own-events"] = {"all": {m: events.metrics[m]["f1"] for m in EVENT_METRICS}}
    for name in measured:
        print(name)
        for view, metric, value, floor, dropped in compare(measured[name], floors.get(name, {}), tolerance):
            drops += [f"{name} {view} {metric}"] if dropped else []
            print(f"  {'DROP' if dropped else 'ok  '} {view:<9} {metric:<16} F1 {value:.4f}  floor {floor:.4f}"
                  f"  ({value - floor:+.4f})")

    if args.update:
        pinned["floors"] = updated(floors, measured, allow_lower=args.allow_lower)
        FLOORS.write_text(json.dumps(pinned, indent=2) + "\n", encoding="utf-8")
        print(f"floors updated in {FLOORS}: review the diff before committing")
        return 0
    if drops:
        print(f"FAIL: {len(drops)} scores more than {tolerance} below their floor: {', '.join(drops)}")
        return 1
    print("gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
