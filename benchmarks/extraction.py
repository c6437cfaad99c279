"""Extraction quality: newsgraph (trafilatura + text-level boilerplate filter) against trafilatura alone.

Scores word 4-gram overlap F1 of each extracted body against the true body written with the page
(``NN-name.txt`` beside ``NN-name.html``), and how much of the page's in-body boilerplate (appeals,
newsletter boxes, related links, credits; listed in the set's boilerplate.json) each extractor leaves
in. Three sets of hand-written pages, under tests/fixtures/: ``html`` (written with the rules),
``html-dev`` (written apart from them, used to improve them) and ``html-heldout`` (written apart from
them and never used to change them: the honest figure). Run:

    .venv/bin/python benchmarks/extraction.py [--set NAME ...] [--json]

Exits non-zero when, on any set, newsgraph scores below trafilatura alone on mean F1 or leaves more
boilerplate in.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
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
    return load_trafilatura().extract(html, include_comments=False, include_tables=False,
                                      favor_precision=True) or ""


def newsgraph_extract(html: str) -> str:
    return extract(RawDocument(source="bench", data=html, content_type="text/html"), Settings()).article.text


def score_set(pages: Path) -> dict:
    """Per-page and mean scores of both extractors on one set of pages."""
    manifest = json.loads((pages / "boilerplate.json").read_text())
    rows = []
    for entry in manifest:
        html = (pages / entry["page"]).read_text()
        truth = (pages / entry["body"]).read_text()
        row = {"page": entry["page"], "snippets": len(entry["boilerplate"])}
        for name, run in (("trafilatura", trafilatura_alone), ("newsgraph", newsgraph_extract)):
            text = run(html)
            kept, words = leftover(text, entry["boilerplate"])
            row[name] = {"f1": round(f1(text, truth), 4), "boilerplate_kept": kept,
                         "boilerplate_words": words}
        rows.append(row)
    totals = {name: {"f1": round(sum(r[name]["f1"] for r in rows) / len(rows), 4),
                     "boilerplate_kept": sum(r[name]["boilerplate_kept"] for r in rows),
                     "boilerplate_words": sum(r[name]["boilerplate_words"] for r in rows)}
              for name in ("trafilatura", "newsgraph")}
    return {"set": pages.name, "pages": rows, "mean": totals, "snippets": sum(r["snippets"] for r in rows)}


def newsgraph_holds_up(result: dict) -> bool:
    t, n = result["mean"]["trafilatura"], result["mean"]["newsgraph"]
    return n["f1"] >= t["f1"] and n["boilerplate_words"] <= t["boilerplate_words"]


def print_set(result: dict) -> None:
    print(f"{result['set']}: {len(result['pages'])} pages, {result['snippets']} in-body boilerplate snippets")
    print(f"{'page':<34}{'trafilatura F1':>16}{'kept':>6}{'newsgraph F1':>15}{'kept':>6}")
    for r in result["pages"]:
        t, n = r["trafilatura"], r["newsgraph"]
        print(f"{r['page']:<34}{t['f1']:>16.3f}{t['boilerplate_kept']:>6}{n['f1']:>15.3f}{n['boilerplate_kept']:>6}")
    t, n = result["mean"]["trafilatura"], result["mean"]["newsgraph"]
    print(f"{'mean / total':<34}{t['f1']:>16.3f}{t['boilerplate_kept']:>6}{n['f1']:>15.3f}{n['boilerplate_kept']:>6}")
    print(f"boilerplate words left in: trafilatura {t['boilerplate_words']}, newsgraph {n['boilerplate_words']}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="sets", action="append", choices=SETS,
                        help="a set of pages to score (repeatable) [default: every set]")
    parser.add_argument("--json", action="store_true", help="print the per-page results as JSON")
    args = parser.parse_args()
    results = [score_set(FIXTURES / name) for name in args.sets or SETS]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for result in results:
            print_set(result)
    return 0 if all(newsgraph_holds_up(r) for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
