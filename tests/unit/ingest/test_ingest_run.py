from __future__ import annotations

import json

from ingest_helpers import article_html, crashing_analyze, fake_analyze, gz, rss, story

from newsgraph.config import Settings
from newsgraph.extract import extract
from newsgraph.ingest import Fetcher, ingest, poll_feeds

SETTINGS = Settings(max_input_bytes=200_000)
SPEAKERS = ("Ana Silva", "Ben Okafor", "Chen Wei")


def run(sources, store, **kw):
    kw.setdefault("analyze", fake_analyze)
    kw.setdefault("settings", SETTINGS)
    return ingest([str(s) for s in sources], store, **kw)


def corpus(tmp_path):
    for n, speaker in enumerate(SPEAKERS, start=1):
        (tmp_path / f"story{n}.html").write_text(article_html(f"Story {n}", story(n, speaker)))
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "cut.html.gz").write_bytes(gz(b"<p>x</p>" * 100)[:-10])
    return tmp_path


def test_ingest_counts_and_failures_and_rerun_changes_nothing(tmp_path, store):
    summary = run([corpus(tmp_path)], store)
    assert (summary.ingested, summary.duplicates, summary.unchanged, summary.failed) == (3, 0, 0, 3)
    failed = {f.source.rsplit("/", 1)[-1] for f in store.failures()}
    assert failed == {"empty.txt", "binary.txt", "cut.html.gz"}
    assert {r.speaker for r in store.quotes()} == set(SPEAKERS)
    before = (store.stats(), [a.ingested_at for a in store.articles()])
    again = run([tmp_path / "story1.html", tmp_path / "story2.html", tmp_path / "story3.html"], store)
    assert (again.ingested, again.unchanged) == (0, 3)
    assert (store.stats()["articles"], [a.ingested_at for a in store.articles()]) == (3, before[1])


def test_syndicated_copies_are_duplicates_with_every_outlet_as_source(tmp_path, store):
    lines = []
    for i in range(5):
        body = [f"RIVERTON (Wire {i}) -", *story(4), f"Edited by desk {i}."]
        lines.append(json.dumps({"html": article_html("Bridge", body), "url": f"https://o{i}.example/bridge",
                                 "outlet": f"Outlet {i}"}))
    lines.append(lines[0].replace("https://o0.example/bridge", "https://mirror.example/b").replace(
        "Outlet 0", "Mirror"))
    (tmp_path / "wire.jsonl").write_text("\n".join(lines))
    summary = run([tmp_path / "wire.jsonl"], store)
    assert (summary.ingested, summary.duplicates) == (1, 5)
    [row] = store.quotes(speaker="Maria Lopez")
    assert sorted(s.outlet for s in row.sources) == ["Mirror", *[f"Outlet {i}" for i in range(5)]]


def test_same_body_from_a_new_source_is_a_duplicate(tmp_path, store):
    (tmp_path / "a.txt").write_text("\n\n".join(story(3)))
    (tmp_path / "b.txt").write_text("\n\n".join(story(3)) + "\n")
    summary = run([tmp_path], store)
    assert (summary.ingested, summary.duplicates, store.stats()["sources"]) == (1, 1, 2)


def test_analyser_crash_is_one_failure(tmp_path, store):
    (tmp_path / "ok.txt").write_text("\n\n".join(story(1)))
    (tmp_path / "bad.txt").write_text("CRASH " + "\n\n".join(story(2)))
    summary = run([tmp_path], store, analyze=crashing_analyze)
    assert (summary.ingested, summary.failed) == (1, 1)
    assert "fell over" in store.failures()[0].reason and not summary.all_failed


def test_all_failed_and_limit(tmp_path, store):
    (tmp_path / "a.txt").write_text("")
    assert run([tmp_path / "a.txt"], store).all_failed
    corpus(tmp_path)
    assert run([tmp_path], store, limit=2).total == 2


def test_resume_skips_stored_sources_without_analysing(tmp_path, store):
    corpus(tmp_path)
    run([tmp_path / "story1.html"], store)
    calls = []

    def counting(extracted, settings):
        calls.append(extracted.article.title)
        return fake_analyze(extracted, settings)

    summary = run([tmp_path / "story1.html", tmp_path / "story2.html"], store, analyze=counting)
    assert calls == ["Story 2"] and summary.unchanged == 1


def test_each_document_is_extracted_once(tmp_path, store, monkeypatch):
    import newsgraph.ingest.run as ingest_run

    extracted = []

    def counting_extract(raw, settings):
        extracted.append(raw.source)
        return extract(raw, settings)

    monkeypatch.setattr(ingest_run, "extract", counting_extract)
    summary = run([corpus(tmp_path)], store)
    assert summary.ingested == 3
    assert sorted(extracted) == sorted(set(extracted)) and len(extracted) == 5  # 3 stories, empty and binary


def test_process_pool(tmp_path, store):
    corpus(tmp_path)
    summary = run([tmp_path], store, jobs=2)
    assert (summary.ingested, summary.failed) == (3, 3)


def test_progress_callback(tmp_path, store):
    corpus(tmp_path)
    seen = []
    run([tmp_path], store, progress=lambda s: seen.append(s.total))
    assert seen == list(range(1, 7))


def test_poll_feeds_ingests_only_new_entries(site, store):
    site.add("/busy", "try later", status=503)
    site.add("/feed.xml", rss(site.base, ["/news/1", "/news/2", "/missing", "/busy"]),
             content_type="application/rss+xml")
    with Fetcher(timeout=0.5, retries=0, delay=0.0) as fetcher:
        first = poll_feeds([site.base + "/feed.xml"], store, fetcher=fetcher, analyze=fake_analyze,
                           settings=SETTINGS)
        assert (first.ingested, first.failed) == (2, 2)
        hits = site.hits["/news/1"]
        second = poll_feeds([site.base + "/feed.xml"], store, fetcher=fetcher, analyze=fake_analyze,
                            settings=SETTINGS)
    # Stored entries are not fetched again, nor is a page refused for good (404); a busy one is retried.
    assert site.hits["/news/1"] == hits and site.hits["/missing"] == 1 and site.hits["/busy"] == 2
    assert (second.ingested, second.failed) == (0, 1)
    [article] = [a for a in store.articles() if a.url.endswith("/news/1")]
    assert article.title == "Story 0" and article.published == "2025-03-18"


def test_bad_urls_each_leave_a_failure_record_and_the_run_goes_on(site, store):
    site.add("/loop", status=302, headers={"Location": "/loop"})
    site.add("/broken-feed.xml", "<?xml version='1.0'?><rss><channel><item><title>x</ti",
             content_type="application/rss+xml")
    site.add("/huge", "<p>" + "x" * 300_000 + "</p>", content_type="text/html")
    site.add("/error", "oops", status=500)
    site.add("/private/page", article_html("Hidden", story(1)), content_type="text/html")
    bad = ["/missing", "/loop", "/broken-feed.xml", "/huge", "/error", "/private/page"]
    sources = [site.base + path for path in bad] + [site.base + "/news/2"]
    with Fetcher(timeout=0.5, retries=0, delay=0.0) as fetcher:
        summary = run(sources, store, fetcher=fetcher)
    assert (summary.ingested, summary.failed) == (1, len(bad))
    reasons = {f.source.removeprefix(site.base): f.reason for f in store.failures()}
    assert set(reasons) == set(bad)
    assert "404" in reasons["/missing"] and "500" in reasons["/error"] and "robots.txt" in reasons["/private/page"]
    assert "redirect" in reasons["/loop"].lower() and "limit" in reasons["/huge"]
    assert all(f.code for f in store.failures())
