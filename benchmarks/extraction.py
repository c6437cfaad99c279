"""Extraction quality: newsgraph (trafilatura + text-level boilerplate filter) against trafilatura alone.

Scores word 4-gram overlap F1 of each extracted body against the true body written with the page
(tests/fixtures/html/*.txt), and how much of the page's in-body boilerplate (appeals, newsletter boxes,
related links, credits; listed in boilerplate.json) each extractor leaves in. Run:

    .venv/bin/python benchmarks/extraction.py [--json]

Exits non-zero when newsgraph scores below trafilatura alone on mean F1.
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

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "html"
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the per-page results as JSON")
    args = parser.parse_args()
    manifest = json.loads((FIXTURES / "boilerplate.json").read_text())
    rows = []
    for entry in manifest:
        html = (FIXTURES / entry["page"]).read_text()
        truth = (FIXTURES / entry["body"]).read_text()
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
    snippets = sum(r["snippets"] for r in rows)
    if args.json:
        print(json.dumps({"pages": rows, "mean": totals, "snippets": snippets}, indent=2))
    else:
        print(f"{'page':<28}{'trafilatura F1':>16}{'kept':>6}{'newsgraph F1':>15}{'kept':>6}")
        for r in rows:
            t, n = r["trafilatura"], r["newsgraph"]
            print(f"{r['page']:<28}{t['f1']:>16.3f}{t['boilerplate_kept']:>6}"
                  f"{n['f1']:>15.3f}{n['boilerplate_kept']:>6}")
        t, n = totals["trafilatura"], totals["newsgraph"]
        print(f"{'mean / total':<28}{t['f1']:>16.3f}{t['boilerplate_kept']:>6}"
              f"{n['f1']:>15.3f}{n['boilerplate_kept']:>6}")
        print(f"in-body boilerplate snippets: {snippets}; words left in: "
              f"trafilatura {t['boilerplate_words']}, newsgraph {n['boilerplate_words']}")
    return 0 if totals["newsgraph"]["f1"] >= totals["trafilatura"]["f1"] else 1


if __name__ == "__main__":
    sys.exit(main())
