"""Speed of newsgraph relative to the bare spaCy model it builds on, measured in the same run.

    python benchmarks/speed.py [--rounds 3] [--limit N]

(a) the team's sample articles (samples/*.txt, else the own gold set texts), each side run two ways:
    in batches, newsgraph's analysis as ``newsgraph ingest`` runs it (extraction, then the NLP stage a
    batch of articles at a time) against ``nlp.pipe`` of the same statistical model over the same article
    bodies; and one article at a time, ``newsgraph.analyze`` on each against ``nlp(body)`` on each.
    Target for both: >= 0.75 (everything newsgraph adds costs at most a third of the parse).
(b) one long article, the samples' bodies joined into about 40,000 words (a transcript, a live blog),
    against the bare model on the same text: target >= 0.5. Nothing newsgraph adds may grow faster than
    the parse as an article gets longer.
(c) attribution prediction on PolNeAR dev (../shared, skipped when absent) against ``nlp.pipe`` over the
    same texts: target >= 0.5.
Exits 1 when a target is not met.
All runs take turns within one process, best of ``--rounds`` (the long article: one run each): the
machine is shared and noisy, and the best run is the one least disturbed. Words are whitespace-separated
tokens of the article body.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newsgraph import analyze
from newsgraph.batch import AnalysisPool, Job, default_analyze
from newsgraph.config import Settings
from newsgraph.eval import OWN_GOLD, load_jsonl, predict
from newsgraph.extract import extract
from newsgraph.model import Analysis, RawDocument
from newsgraph.nlp import base_model, load_pipeline

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl"


def best_of(rounds: int, runs: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Fastest wall time of each run, the runs taking turns within every round."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):
        for name, run in runs.items():
            started = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - started)
    return best


def report(title: str, words: int, seconds: dict[str, float], target: float,
           pairs: dict[str, tuple[str, str]] | None = None) -> bool:
    """Print words per second of every run, and the ratio of each (newsgraph, baseline) pair in ``pairs``
    (by default the one pair "newsgraph" against "bare spaCy")."""
    pairs = pairs or {"ratio": ("newsgraph", "bare spaCy")}
    width = max(map(len, [*seconds, *pairs]))
    print(f"{title}: {words:,} words")
    for name, taken in seconds.items():
        print(f"  {name:<{width}}  {words / taken:>9,.0f} words/s")
    met = True
    for label, (ours, baseline) in pairs.items():
        ratio = seconds[baseline] / seconds[ours]
        met &= ratio >= target
        print(f"  {label:<{width}}  {ratio:>9.2f}  (target >= {target}: {'met' if ratio >= target else 'NOT met'})")
    return met


def analyze_in_batches(raw: list[str], settings: Settings) -> list[Analysis]:
    """The analysis as ``newsgraph ingest`` runs it: extraction, then the NLP stage through the pool."""
    jobs = (Job(f"sample-{k}", extract(RawDocument(source=f"sample-{k}", data=text), settings), k)
            for k, text in enumerate(raw))
    with AnalysisPool(default_analyze, settings) as pool:
        outcomes = [outcome for job in jobs for outcome in pool.submit(job)]
        outcomes += pool.drain()
    assert all(outcome.analysis is not None for outcome in outcomes), "a sample failed"
    return [outcome.analysis for outcome in outcomes if outcome.analysis is not None]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, help="only the first N PolNeAR dev articles")
    args = parser.parse_args()
    settings = Settings.from_env()
    bare = base_model(settings)
    load_pipeline(settings)

    raw = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    source = f"{len(raw)} sample articles in {SAMPLES}"
    if not raw:
        raw = [d["text"] for d in load_jsonl(OWN_GOLD).values()]
        source = f"no samples in {SAMPLES}: the {len(raw)} own gold set articles"
    bodies = [analyze(text, settings=settings).article.text for text in raw]
    seconds = best_of(args.rounds, {
        "bare spaCy, nlp.pipe": lambda: list(bare.pipe(bodies)),
        "newsgraph, in batches": lambda: analyze_in_batches(raw, settings),
        "bare spaCy, one by one": lambda: [bare(body) for body in bodies],
        "newsgraph, analyze() one by one": lambda: [analyze(text, settings=settings) for text in raw],
    })
    met = report(f"(a) {source}", sum(len(b.split()) for b in bodies), seconds, 0.75, pairs={
        "ratio in batches": ("newsgraph, in batches", "bare spaCy, nlp.pipe"),
        "ratio one by one": ("newsgraph, analyze() one by one", "bare spaCy, one by one"),
    })

    long_text = "\n\n".join(bodies * (40_000 // sum(len(b.split()) for b in bodies) + 1))
    seconds = best_of(1, {
        "bare spaCy": lambda: bare(long_text),
        "newsgraph": lambda: analyze(long_text, settings=settings),
    })
    met &= report("(b) analyze, one long article", len(long_text.split()), seconds, 0.5)

    if not DEV.exists():
        print(f"(c) skipped: {DEV} not found (../shared is absent)")
        return 0 if met else 1
    docs = list(load_jsonl(DEV).values())[: args.limit]
    texts = [d["text"] for d in docs]
    seconds = best_of(args.rounds, {
        "bare spaCy": lambda: list(bare.pipe(texts)),
        "newsgraph": lambda: list(predict(docs, settings=settings)),
    })
    words = sum(len(t.split()) for t in texts)
    met &= report(f"(c) attribution, {len(docs)} PolNeAR dev articles", words, seconds, 0.5)
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
