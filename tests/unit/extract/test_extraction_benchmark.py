"""The extraction benchmark's promise, kept by CI: on every set of hand-written pages newsgraph scores
at least trafilatura alone and leaves less in-body boilerplate in (see benchmarks/extraction.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import load_script

BENCHMARK = Path(__file__).resolve().parents[3] / "benchmarks" / "extraction.py"


@pytest.fixture(scope="module")
def benchmark():
    return load_script(BENCHMARK, "extraction_benchmark")


@pytest.mark.parametrize("name", ["html", "html-dev", "html-heldout"])
def test_newsgraph_holds_up_against_trafilatura_alone(benchmark, name):
    result = benchmark.score_set(benchmark.FIXTURES / name)
    assert benchmark.newsgraph_holds_up(result), result["mean"]
    for page in result["pages"]:  # never worse on a single page either
        assert page["newsgraph"]["f1"] >= page["trafilatura"]["f1"] - 0.01, page


@pytest.mark.parametrize("name", ["html", "html-dev", "html-heldout"])
def test_every_page_has_its_manifest_entry(benchmark, name):
    pages = benchmark.FIXTURES / name
    manifest = json.loads((pages / "boilerplate.json").read_text())
    assert sorted(e["page"] for e in manifest) == sorted(p.name for p in pages.glob("*.html"))
    for entry in manifest:
        assert (pages / entry["body"]).is_file()
