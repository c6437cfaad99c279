"""Ingest over worker processes gives what one process gives."""

from __future__ import annotations

from ingest_helpers import article_html, fake_analyze, story

from newsgraph.config import Settings
from newsgraph.ingest import ingest
from newsgraph.store import open_store


def test_the_same_source_twice_in_one_run_is_stored_once(tmp_path, store):
    page = tmp_path / "story.html"
    page.write_text(article_html("Bridge", story(1, "Ana Silva")))
    summary = ingest([str(page), str(page), str(page)], store, analyze=fake_analyze, settings=Settings(), jobs=2)
    assert (summary.ingested, summary.unchanged, summary.failed) == (1, 2, 0)
    assert store.stats()["articles"] == 1


def test_near_duplicates_are_grouped_the_same_with_one_process_or_two(tmp_path):
    # A chain: B is near A and near C, A and C are not near each other, so what B joins depends on the
    # order the store sees them in; two workers must not change it.
    words = [f"word{k}" for k in range(120)]
    for name, first in (("a", 0), ("b", 15), ("c", 30)):
        body = " ".join(words[first : first + 90])
        (tmp_path / f"{name}.txt").write_text(f"Harbour story {name}\n\n{body}.\n")
    groups = []
    for jobs in (1, 2):
        with open_store(str(tmp_path / f"jobs{jobs}.db")) as store:
            ingest([str(tmp_path)], store, analyze=fake_analyze, settings=Settings(), jobs=jobs)
            groups.append(sorted((a.title, a.dup_group) for a in store.articles()))
    assert groups[0] == groups[1]
    assert len({group for _, group in groups[0]}) < 3  # the chain was found
