from __future__ import annotations

import json
from dataclasses import replace

import pytest
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


HARBOUR_URL = "https://herald.example/news/2025/03/harbour-strike"
HARBOUR = ["Dock workers at the port of Saltmere walked out on Thursday morning over a plan to run the night "
           "cranes with remote operators, leaving eleven container ships waiting at anchor in the bay.",
           "\"Nobody asked the people who do this work whether it is safe,\" said Tomas Varga, who has "
           "driven cranes at the port for twenty years.",
           "The port authority said talks would resume on Monday and that perishable cargo would be unloaded."]
ORCHARD = ["Apple growers in the Fennick valley are leaving fruit on the trees this autumn because the price "
           "offered by the two big juice plants has fallen below what it costs to pick it.",
           "\"I have never let a whole orchard rot before, and it breaks my heart,\" said Ilse Brandt, whose "
           "family has grown apples on the same slopes for four generations.",
           "The growers' association will ask the regional government for emergency support next week."]


def canonical_page(title: str, paragraphs: list[str], url: str = HARBOUR_URL) -> str:
    return article_html(title, paragraphs).replace("<head>", f'<head><link rel="canonical" href="{url}">')


def analyze_keeping_warnings(extracted, settings):
    return replace(fake_analyze(extracted, settings), warnings=extracted.warnings)


@pytest.mark.parametrize("jobs", [1, 2])
def test_another_story_declaring_a_stored_articles_url_is_kept_beside_it(tmp_path, store, jobs):
    (tmp_path / "harbour.html").write_text(canonical_page("Dock strike", HARBOUR))
    (tmp_path / "orchard.html").write_text(canonical_page("Apples left to rot", ORCHARD))
    sources = [tmp_path / "harbour.html", tmp_path / "orchard.html"]
    summary = run(sources, store, jobs=jobs, analyze=analyze_keeping_warnings)
    assert (summary.ingested, store.stats()["articles"]) == (2, 2)
    assert {r.speaker for r in store.quotes()} == {"Tomas Varga", "Ilse Brandt"}
    by_title = {a.title: store.analysis(a.id) for a in store.articles()}
    assert by_title["Dock strike"].article.id == extract(read_one(sources[0])).article.id
    assert by_title["Dock strike"].warnings == ()
    assert by_title["Apples left to rot"].article.id.startswith("t")  # identified by its body
    assert HARBOUR_URL in by_title["Apples left to rot"].warnings[0]
    assert (run(sources, store).unchanged, store.stats()["articles"]) == (2, 2)


def test_the_same_story_updated_under_its_url_replaces_the_stored_version(tmp_path, store):
    page = tmp_path / "harbour.html"
    page.write_text(canonical_page("Dock strike", HARBOUR))
    run([page], store)
    update = "The strike ended on Sunday night when the port authority shelved the plan for a year."
    page.write_text(canonical_page("Dock strike ends", [*HARBOUR, update]))
    summary = run([page], store)
    [article] = store.articles()
    assert (summary.ingested, article.title, store.stats()["articles"]) == (1, "Dock strike ends", 1)
    assert update in store.analysis(article.id).article.text


def read_one(path):
    from newsgraph.ingest import read_sources

    [item] = read_sources([str(path)], settings=SETTINGS)
    return item


def test_watch_reads_the_new_stories_of_a_feed_that_gives_every_item_the_same_guid(site, store):
    def feed(*paths):
        items = "".join(f'<item><title>{p}</title><link>{site.base}{p}</link>'
                        f'<guid isPermaLink="false">{site.base}/</guid></item>' for p in paths)
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'

    with Fetcher(timeout=0.5, retries=0, delay=0.0) as fetcher:
        polls = []
        for paths in (["/news/1"], ["/news/2", "/news/1"], ["/news/2", "/news/1"]):
            site.add("/same-guid.xml", feed(*paths), content_type="application/rss+xml")
            polls.append(poll_feeds([site.base + "/same-guid.xml"], store, fetcher=fetcher, analyze=fake_analyze,
                                    settings=SETTINGS))
    assert [poll.ingested for poll in polls] == [1, 1, 0]
    assert site.hits["/news/1"] == site.hits["/news/2"] == 1  # a story seen is not fetched again


def test_a_page_read_through_its_feed_and_by_its_own_url_is_one_article_that_stays_put(site, store):
    feed, page = site.base + "/feed.xml", site.base + "/news/1"
    with Fetcher(timeout=0.5, retries=0, delay=0.0) as fetcher:
        def ingest_once(source):
            return ingest([source], store, analyze=fake_analyze, settings=SETTINGS, fetcher=fetcher)

        ingest_once(feed)
        [stored] = [a for a in store.articles() if a.url == page]
        for source in (page, feed, page):
            summary = ingest_once(source)
            assert summary.ingested == 0 and summary.outcomes[page] == "unchanged"
            [article] = [a for a in store.articles() if a.url == page]
            # The feed entry's date and title stay: the page by itself states neither, and it is not analysed again.
            assert (article.title, article.published, article.ingested_at) == ("Story 0", "2025-03-18",
                                                                               stored.ingested_at)


def test_a_page_read_by_its_url_and_then_through_its_feed_takes_the_entrys_date_once(site, store):
    feed, page = site.base + "/feed.xml", site.base + "/news/1"
    with Fetcher(timeout=0.5, retries=0, delay=0.0) as fetcher:
        def ingest_once(source):
            return ingest([source], store, analyze=fake_analyze, settings=SETTINGS, fetcher=fetcher)

        ingest_once(page)
        assert ingest_once(feed).outcomes[page] == "ingested"
        assert [ingest_once(source).outcomes[page] for source in (page, feed)] == ["unchanged", "unchanged"]
    [article] = [a for a in store.articles() if a.url == page]
    assert (article.title, article.published) == ("Story 0", "2025-03-18")


def test_a_copy_that_gives_what_a_stored_article_lacks_completes_it_whichever_came_first(tmp_path, store):
    from newsgraph.store import open_store

    body = "\n\n".join(["Bridge vote", *story(1)])
    url = "https://gazette.example/2025/bridge-vote"
    (tmp_path / "scraped.txt").write_text(body)
    (tmp_path / "export.jsonl").write_text(json.dumps({"text": body, "url": url, "published": "2025-02-03",
                                                       "outlet": "The Gazette"}) + "\n")
    first = run([tmp_path / "scraped.txt"], store)
    second = run([tmp_path / "export.jsonl"], store)
    assert (first.ingested, second.ingested) == (1, 1)
    with open_store(str(tmp_path / "jsonl-first.db")) as other:
        run([tmp_path / "export.jsonl", tmp_path / "scraped.txt"], other)
        expected = [(a.id, a.url, a.published, a.outlet) for a in other.articles()]
    assert [(a.id, a.url, a.published, a.outlet, a.sources) for a in store.articles()] == [(*expected[0], 2)]
    assert expected[0][1:] == (url, "2025-02-03", "The Gazette")
    # Each source keeps what it said itself; the plain text said nothing, so it shows the article's date.
    [row] = store.quotes(since="2025-02-01", outlet="gazette")
    assert {(s.source.rsplit("/", 1)[-1], s.outlet, s.published) for s in row.sources} == {
        ("scraped.txt", None, "2025-02-03"), ("export.jsonl:1", "The Gazette", "2025-02-03")}
    assert run([tmp_path / "scraped.txt", tmp_path / "export.jsonl"], store).unchanged == 2


def test_each_source_of_a_reprinted_article_keeps_its_own_outlet_and_date(tmp_path, store):
    body = "\n\n".join(["Bridge vote", *story(1)])
    for name, outlet, day in (("a", "Gazette", "2025-03-18"), ("b", "Herald", "2025-03-19")):
        (tmp_path / f"{name}.txt").write_text(body)
        (tmp_path / f"{name}.meta.json").write_text(json.dumps({"outlet": outlet, "published": day}))
    run([tmp_path / "a.txt", tmp_path / "b.txt"], store)
    [row] = store.quotes()
    assert (row.outlet, row.published) == ("Gazette", "2025-03-18")
    assert [(s.outlet, s.published) for s in row.sources] == [("Gazette", "2025-03-18"), ("Herald", "2025-03-19")]


def test_watch_takes_only_feeds_a_page_or_a_text_file_is_a_failure_not_an_article(site, store, tmp_path):
    (tmp_path / "notes.txt").write_text("\n\n".join(story(2)))
    sources = [site.base + "/news/1", str(tmp_path / "notes.txt"), str(tmp_path), "-"]
    with Fetcher(timeout=0.5, retries=0, delay=0.0) as fetcher:
        summary = poll_feeds(sources, store, fetcher=fetcher, analyze=fake_analyze, settings=SETTINGS)
    assert (summary.failed, summary.total, store.stats()["articles"]) == (4, 4, 0)
    reasons = dict(summary.failures)
    assert reasons[site.base + "/news/1"].startswith(f"[E100] {site.base}/news/1 is not an RSS/Atom feed")
    assert all("not an RSS/Atom feed" in reason or "cannot be polled" in reason for reason in reasons.values())


def test_a_url_of_another_scheme_than_http_is_refused_not_read_as_a_file(store):
    summary = run(["ftp://x.example/a", "file:///etc/hostname"], store)
    assert summary.failures == [(url, f"[E301] cannot fetch {url}: only http(s) URLs are supported")
                                for url in ("ftp://x.example/a", "file:///etc/hostname")]


def test_a_page_in_another_charset_than_its_server_declares_is_read_in_its_own_with_a_warning(site, store):
    russian = ["Глава фонда заявил во вторник журналистам, что переговоры с партнёрами продолжатся на следующей "
               "неделе в Москве.", "По его словам, стороны обсудят сотрудничество в космосе и в энергетике."]
    site.add("/ru", article_html("Москва", russian).encode("cp1251"), content_type="text/html; charset=utf-8")
    with Fetcher(timeout=0.5, retries=0, delay=0.0) as fetcher:
        ingest([site.base + "/ru"], store, analyze=fake_analyze, settings=SETTINGS, fetcher=fetcher)
    [stored] = store.articles()
    analysis = store.analysis(stored.id)
    assert stored.title == "Москва" and "переговоры с партнёрами" in analysis.article.text
    assert any("not valid utf-8" in warning and "cp1251" in warning for warning in analysis.warnings)
