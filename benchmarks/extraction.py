"""Extraction quality: newsgraph (trafilatura + text-level boilerplate filter) against trafilatura alone.

Trafilatura alone runs twice: as the standard article-extraction benchmark runs it (``extract(html,
include_comments=False)``, the configuration behind its published F1 of 0.96 on 181 news pages) and in
the precision mode newsgraph builds on. newsgraph must beat both.

Our own sets score word 4-gram overlap F1 of each extracted body against the true body written with
the page (``NN-name.txt`` beside ``NN-name.html``), and how much of the page's in-body boilerplate
(appeals, newsletter boxes, related links, credits; listed in the set's boilerplate.json) each
extractor leaves in. Three sets of hand-written pages, under tests/fixtures/: ``html`` (written with
the rules), ``html-dev`` (written apart from them, used to improve them) and ``html-heldout`` (written
apart from them and never used to change them: the honest figure). Run:

    .venv/bin/python benchmarks/extraction.py [--set NAME ...] [--json]

The standard benchmark itself (Zyte's article-extraction-benchmark: ``ground-truth.json`` and
``html/<id>.html.gz``) is third-party data that is not shipped; given a checkout of it, this scores
every extractor with that benchmark's own metric (case-sensitive word 4-gram shingles, per-page
precision and recall averaged over pages, F1 of the two means):

    .venv/bin/python benchmarks/extraction.py --benchmark PATH/TO/article-extraction-benchmark

Exits non-zero when, on any set, newsgraph scores below trafilatura alone or (own sets) leaves more
boilerplate in.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from newsgraph.config import Settings
from newsgraph.extract import extract
from newsgraph.extract.html import load_trafilatura
from newsgraph.model import RawDocument

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
SETS = ("html", "html-dev", "html-heldout")
N = 4
_WORD = re.compile(r"\w+")


def grams(text: str) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return Counter(tuple(words[i : i + N]) for i in range(max(len(words) - N + 1, 0)))


def f1(found: str, truth: str) -> float:
    got, want = grams(found), grams(truth)
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def leftover(found: str, snippets: list[str]) -> tuple[int, int]:
    """(boilerplate snippets still present, words of boilerplate still present)."""
    got = grams(found)
    kept, words = 0, 0
    for snippet in snippets:
        want = grams(snippet) or Counter([tuple(_WORD.findall(snippet.casefold()))])
        share = sum((got & want).values()) / sum(want.values())
        short = len(want) == 1 and " ".join(next(iter(want))) in " ".join(_WORD.findall(found.casefold()))
        if share >= 0.5 or short:
            kept += 1
            words += len(_WORD.findall(snippet))
    return kept, words


def trafilatura_alone(html: str) -> str:
    return load_trafilatura().extract(html, include_comments=False) or ""


def trafilatura_precision(html: str) -> str:
    return load_trafilatura().extract(html, include_comments=False, include_tables=False,
                                      favor_precision=True) or ""


def newsgraph_extract(html: str) -> str:
    return extract(RawDocument(source="bench", data=html, content_type="text/html"), Settings()).article.text


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "trafilatura": trafilatura_alone,
    "trafilatura-precision": trafilatura_precision,
    "newsgraph": newsgraph_extract,
}
BASELINES = ("trafilatura", "trafilatura-precision")


def score_set(pages: Path) -> dict:
    """Per-page and mean scores of every extractor on one set of pages."""
    manifest = json.loads((pages / "boilerplate.json").read_text())
    rows = []
    for entry in manifest:
        html = (pages / entry["page"]).read_text()
        truth = (pages / entry["body"]).read_text()
        row = {"page": entry["page"], "snippets": len(entry["boilerplate"])}
        for name, run in EXTRACTORS.items():
            text = run(html)
            kept, words = leftover(text, entry["boilerplate"])
            row[name] = {"f1": round(f1(text, truth), 4), "boilerplate_kept": kept,
                         "boilerplate_words": words}
        rows.append(row)
    totals = {name: {"f1": round(sum(r[name]["f1"] for r in rows) / len(rows), 4),
                     "boilerplate_kept": sum(r[name]["boilerplate_kept"] for r in rows),
                     "boilerplate_words": sum(r[name]["boilerplate_words"] for r in rows)}
              for name in EXTRACTORS}
    return {"set": pages.name, "pages": rows, "mean": totals, "snippets": sum(r["snippets"] for r in rows)}


def newsgraph_holds_up(result: dict) -> bool:
    ours = result["mean"]["newsgraph"]
    return all(ours["f1"] >= result["mean"][name]["f1"]
               and ours.get("boilerplate_words", 0) <= result["mean"][name].get("boilerplate_words", 0)
               for name in BASELINES)


def shingle_counts(found: str, truth: str) -> tuple[float, float, float]:
    """The standard benchmark's per-page (tp, fp, fn) over case-sensitive word 4-gram shingles, as
    shares of their sum so that long pages weigh no more than short ones."""
    def shingles(text: str) -> Counter[tuple[str, ...]]:
        words = _WORD.findall(text)
        return Counter(tuple(words[i : i + N]) for i in range(max(len(words) - N + 1, 1)) if words[i : i + N])

    got, want = shingles(found), shingles(truth)
    tp = sum((got & want).values())
    fp, fn = sum((got - want).values()), sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def benchmark_means(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    """Precision averaged over pages that predicted something, recall over pages with a true body,
    and the F1 of the two means (a page with nothing to find and nothing found counts as perfect)."""
    def share(hit: float, miss: float, other: float) -> float:
        return 1.0 if miss == other == 0 else hit / (hit + miss) if hit + miss else 0.0

    precisions = [share(tp, fp, fn) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [share(tp, fn, fp) for tp, fp, fn in counts if tp + fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f, 4)}


def score_benchmark(root: Path) -> dict:
    """Every extractor on a checkout of the standard article-extraction benchmark."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    counts: dict[str, list[tuple[float, float, float]]] = {name: [] for name in EXTRACTORS}
    for page_id, item in sorted(truth.items()):
        with gzip.open(root / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8") as handle:
            html = handle.read()
        for name, run in EXTRACTORS.items():
            counts[name].append(shingle_counts(run(html), item.get("articleBody") or ""))
    return {"set": root.name, "pages": len(truth), "mean": {name: benchmark_means(c) for name, c in counts.items()}}


def print_set(result: dict) -> None:
    names = list(EXTRACTORS)
    print(f"{result['set']}: {len(result['pages'])} pages, {result['snippets']} in-body boilerplate snippets"
          " (F1 / boilerplate snippets kept)")
    print(f"{'page':<34}" + "".join(f"{name:>26}" for name in names))
    for r in result["pages"]:
        print(f"{r['page']:<34}" + "".join(f"{r[n]['f1']:>20.3f}{r[n]['boilerplate_kept']:>6}" for n in names))
    means = result["mean"]
    print(f"{'mean / total':<34}" + "".join(f"{means[n]['f1']:>20.3f}{means[n]['boilerplate_kept']:>6}"
                                           for n in names))
    print("boilerplate words left in: " + ", ".join(f"{n} {means[n]['boilerplate_words']}" for n in names) + "\n")


def print_benchmark(result: dict) -> None:
    print(f"{result['set']}: {result['pages']} pages, the benchmark's own metric")
    print(f"{'extractor':<24}{'precision':>10}{'recall':>10}{'F1':>10}")
    for name, m in result["mean"].items():
        print(f"{name:<24}{m['precision']:>10.3f}{m['recall']:>10.3f}{m['f1']:>10.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="sets", action="append", choices=SETS,
                        help="a set of own pages to score (repeatable) [default: every set]")
    parser.add_argument("--benchmark", type=Path, metavar="DIR",
                        help="score a checkout of the standard article-extraction benchmark instead")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    if args.benchmark:
        if not (args.benchmark / "ground-truth.json").is_file():
            parser.error(f"{args.benchmark} has no ground-truth.json: not an article-extraction-benchmark checkout")
        results = [score_benchmark(args.benchmark)]
        show = print_benchmark
    else:
        results = [score_set(FIXTURES / name) for name in args.sets or SETS]
        show = print_set
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for result in results:
            show(result)
    return 0 if all(newsgraph_holds_up(r) for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
