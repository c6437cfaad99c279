"""Inputs found in the wild that once stopped a run or were read wrong: each is now one failure record
and the run goes on, or is read as what it is."""

from __future__ import annotations

import io
import json
import os
from datetime import date
from pathlib import Path

import pytest
from ingest_helpers import article_html, fake_analyze, gz, rss, story
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.config import Settings
from newsgraph.errors import FetchError
from newsgraph.extract import extract
from newsgraph.ingest import Failure, Fetcher, ingest, parse_feed, read_sources
from newsgraph.ingest.common import raw_hash
from newsgraph.ingest.sources import count_documents
from newsgraph.model import RawDocument

SETTINGS = Settings(max_input_bytes=200_000)
BODY = "\n\n".join(["Bridge vote", *story(1)])


def read(*sources, **kw):
    kw.setdefault("settings", SETTINGS)
    with Fetcher(timeout=0.5, retries=0, delay=0.0) as fetcher:
        return list(read_sources([str(s) for s in sources], fetcher=fetcher, **kw))


def run(sources, store, **kw):
    with Fetcher(timeout=0.5, retries=0, delay=0.0) as fetcher:
        return ingest([str(s) for s in sources], store, analyze=fake_analyze, settings=SETTINGS, fetcher=fetcher,
                      **kw)


def jsonl_line(**fields) -> str:
    return json.dumps({"text": BODY, **fields})


def test_corrupt_gzip_body_is_that_pages_fetch_failure(site, tmp_path):
    site.add("/badgzip", b"\x1f\x8b\x08\x00garbage-not-gzip", content_type="text/html",
             headers={"Content-Encoding": "gzip"})
    with Fetcher(delay=0.0) as fetcher, pytest.raises(FetchError, match="cannot decode"):
        fetcher.get(site.base + "/badgzip")
    feed = tmp_path / "feed.rss"
    feed.write_text(rss(site.base, ["/badgzip", "/news/1"]))
    bad, good = read(feed)
    assert isinstance(bad, Failure) and bad.reason.startswith("[E300] cannot decode")
    assert "\n" not in bad.reason and isinstance(good, RawDocument)


def test_file_name_that_is_not_utf8_gets_a_valid_label_and_is_still_read(tmp_path, store):
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    try:
        with open(name, "wb") as stream:
            stream.write(BODY.encode())
    except OSError:
        pytest.skip("this file system accepts only UTF-8 file names")
    [item] = read(tmp_path)
    assert isinstance(item, RawDocument) and item.source.endswith("/caf\\xe9.txt")
    item.source.encode("utf-8")  # no surrogates
    summary = run([tmp_path], store)
    assert (summary.ingested, summary.failed) == (1, 0)


def test_deeply_nested_json_line_is_that_lines_failure(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 50_000 + "]" * 50_000 + "\n" + jsonl_line() + "\n")
    deep, good = read(path)
    assert isinstance(deep, Failure) and deep.reason == "[E100] line 1 is nested too deeply to read"
    assert isinstance(good, RawDocument) and good.source.endswith(":2")


def test_lone_surrogates_in_json_strings_are_replaced_with_a_warning(tmp_path, store):
    path = tmp_path / "surrogates.jsonl"
    # json.dumps writes a lone surrogate as the escape "\udc00", which json.loads turns back into one.
    path.write_text(json.dumps({"text": BODY.replace("Riverton", "River\ud800ton"), "title": "Bad \udc00 title",
                                "outlet": "Gaz\udc00ette", "url": "https://a.example/\udc00",
                                "authors": ["Ana \udc00Silva", "Ben\udc01"]}) + "\n")
    [item] = read(path)
    assert "River\ufffdton" in item.data and item.title == "Bad \ufffd title" and item.outlet == "Gaz\ufffdette"
    assert item.url == "https://a.example/\ufffd" and item.authors == ("Ana \ufffdSilva", "Ben\ufffd")
    assert sorted(item.warnings) == sorted(
        f"'{name}' holds invalid characters (lone surrogates): replaced with U+FFFD"
        for name in ("text", "title", "outlet", "url", "authors"))
    summary = run([path], store)
    assert (summary.ingested, summary.failed) == (1, 0)
    [article] = store.articles()
    assert article.title == "Bad \ufffd title"


def test_relative_links_in_a_fetched_feed_are_resolved_against_its_url(site, caplog):
    site.add("/feeds/relative.rss", rss("", ["/news/1", "../news/2"]), content_type="application/rss+xml")
    items = read(site.base + "/feeds/relative.rss")
    assert [i.url for i in items] == [site.base + "/news/1", site.base + "/news/2"]
    assert not [r for r in caplog.records if r.name == "newsgraph.ingest.feeds"]  # a sound feed, read quietly
    atom = ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="/articles/">'
            '<title>A</title><id>urn:a</id><entry><title>rel</title><id>urn:1</id><link href="a2.html"/>'
            '</entry></feed>')
    [entry] = parse_feed(atom.encode(), "atom", base_url="https://b.example/feeds/atom.xml")
    assert entry.url == "https://b.example/articles/a2.html"


@pytest.mark.parametrize(("authors", "expected", "warning"), [
    (7, (), "'authors' must be a string or a list, not int: ignored"),
    ([None, {"n": 1}, 3, " ", "A. Writer"], ("A. Writer",),
     "'authors' holds values that are not names (strings): those are ignored"),
])
def test_authors_of_the_wrong_type_are_dropped_with_a_warning(tmp_path, authors, expected, warning):
    path = tmp_path / "export.jsonl"
    path.write_text(jsonl_line(authors=authors) + "\n")
    [item] = read(path)
    assert isinstance(item, RawDocument) and item.authors == expected
    assert item.warnings == (f"metadata {warning}",)


@pytest.mark.parametrize(("published", "expected"), [
    ("2025-06-05T25:99:00", None),
    ("2025-06-05T10:60:00Z", None),
    ("2025-06-05 10:30:00 UTC", date(2025, 6, 5)),  # a zone name Python cannot parse: the date still can
])
def test_a_published_time_that_cannot_be_is_not_a_date(tmp_path, published, expected):
    path = tmp_path / "export.jsonl"
    path.write_text(jsonl_line(published=published) + "\n")
    [item] = read(path)
    assert item.published == expected
    assert bool(item.warnings) == (expected is None)
    if expected is None:
        assert f"'published' '{published}' is not a date" in item.warnings[0]


def test_file_content_overrules_a_wrong_extension(tmp_path):
    page = article_html("Saved page", story(2))
    (tmp_path / "saved.txt").write_bytes(b"\xef\xbb\xbf\n  " + page.encode())
    (tmp_path / "note.html").write_text(BODY)
    (tmp_path / "export.jsonl").write_bytes(gz((jsonl_line() + "\n").encode()))
    (tmp_path / "unzipped.txt.gz").write_text(BODY)  # a download tool already took the gzip off
    items = {i.source.rsplit("/", 1)[-1]: i for i in read(tmp_path)}
    assert items["saved.txt"].content_type == "text/html"
    assert extract(items["saved.txt"]).article.title == "Saved page"
    assert items["note.html"].content_type == "text/plain"
    assert "Riverton" in extract(items["note.html"]).article.text
    assert items["export.jsonl:1"].data == BODY and count_documents([str(tmp_path / "export.jsonl")]) == 1
    assert items["unzipped.txt.gz"].data == BODY.encode()


@pytest.mark.parametrize("prologue", [
    b'<?xml version="1.0" encoding="utf-8"?>\n',
    b"<!-- saved from url=(0043)https://islands.example/news/ferry-returns -->\r\n",
    b"\xef\xbb\xbf<!-- page built 2025-05-06 -->\n\n",
], ids=["xhtml", "saved-from-comment", "bom-comment-doctype"])
def test_a_saved_page_opening_with_a_declaration_or_comment_is_read_as_html(tmp_path, prologue):
    ferry = ["The ferry between Carrow Point and the island of Inchmurn sailed again on Monday, four weeks "
             "after a fault in its steering gear left residents relying on a small launch for supplies.",
             "The operator said engineers had replaced the gear and the timetable would run as normal."]
    (tmp_path / "ferry.txt").write_bytes(prologue + article_html("Ferry returns", ferry).encode())
    [item] = read(tmp_path / "ferry.txt")
    assert item.content_type == "text/html" and extract(item).article.title == "Ferry returns"


def test_a_feed_is_not_taken_for_an_html_page():
    from newsgraph.ingest.common import starts_like_html

    assert not starts_like_html(rss("https://islands.example", ["/ferry"]).encode())
    assert not starts_like_html(b"<!-- a note -->\nThe ferry sails again on Monday.")


def test_a_file_is_one_source_by_relative_and_absolute_path(tmp_path, store, monkeypatch):
    wire = tmp_path / "corpus" / "wire"
    wire.mkdir(parents=True)
    for n in (1, 2):
        (wire / f"story{n}.html").write_text(article_html(f"Story {n}", story(n)))
    monkeypatch.chdir(tmp_path)
    assert [i.source for i in read("corpus/wire")] == [str(wire / "story1.html"), str(wire / "story2.html")]
    first = run(["corpus/wire"], store)
    again = run([f"{wire}/", "corpus/../corpus/wire/story1.html"], store)
    assert (first.ingested, again.ingested, again.duplicates, again.unchanged) == (2, 0, 0, 3)
    assert [a.sources for a in store.articles()] == [1, 1]


def test_jsonl_starting_with_a_bom_keeps_its_first_line(tmp_path):
    data = "\ufeff".encode() + "\n".join([jsonl_line(title="one"), jsonl_line(title="two")]).encode()
    (tmp_path / "bom.jsonl").write_bytes(data)
    assert [i.title for i in read(tmp_path / "bom.jsonl")] == ["one", "two"]
    assert [i.title for i in read("-", stdin=io.BytesIO(data))] == ["one", "two"]


def test_an_html_page_where_a_feed_was_expected_is_one_failure(site, tmp_path):
    site.add("/notafeed.rss", "<html><body>hello</body></html>", content_type="application/rss+xml")
    (tmp_path / "page.xml").write_text(article_html("A page", story(3)))
    (tmp_path / "empty.rss").write_text(rss("https://a.example", []))  # a feed with no entries yet
    for source in (site.base + "/notafeed.rss", tmp_path / "page.xml"):
        [item] = read(source)
        assert isinstance(item, Failure) and item.reason == f"[E100] {source} is not an RSS/Atom feed"
    assert read(tmp_path / "empty.rss") == []
    site.add("/page", article_html("A page", story(3)), content_type="text/html")
    [page] = read(site.base + "/page")
    assert isinstance(page, RawDocument)


def test_warc_response_without_content_type_is_sniffed(tmp_path):
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, body in [("https://a.example/page", b"\n<!DOCTYPE html>" + article_html("Untyped", story(4)).encode()),
                      ("https://a.example/logo", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)]:
        headers = StatusAndHeaders("200 OK", [("Content-Length", str(len(body)))], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(out.getvalue())
    [item] = read(path)
    assert item.url == "https://a.example/page" and item.content_type == "text/html"


def test_raw_hash_covers_the_metadata_a_reader_attached(tmp_path):
    (tmp_path / "story.txt").write_text(BODY)
    sidecar = tmp_path / "story.meta.json"
    hashes = []
    for meta in ({"published": "18/03/2025"}, {"published": "2025-03-18"}, {"published": "2025-03-18",
                 "authors": ["Ana Silva"]}, {"published": "2025-03-18", "authors": ["Ana Silva"], "language": "en"}):
        sidecar.write_text(json.dumps(meta))
        [item] = read(tmp_path / "story.txt")
        hashes.append(raw_hash(item))
    assert len(set(hashes)) == len(hashes)
    assert raw_hash(item) == raw_hash(read(tmp_path / "story.txt")[0])


def test_a_corrected_sidecar_updates_the_stored_article(tmp_path, store):
    (tmp_path / "story.txt").write_text(BODY)
    (tmp_path / "story.meta.json").write_text(json.dumps({"published": "18/03/2025"}))
    run([tmp_path / "story.txt"], store)
    (tmp_path / "story.meta.json").write_text(json.dumps({"published": "2025-03-18"}))
    summary = run([tmp_path / "story.txt"], store)
    assert summary.ingested == 1 and [a.published for a in store.articles()] == ["2025-03-18"]
    assert run([tmp_path / "story.txt"], store).unchanged == 1



def test_a_malformed_canonical_url_is_ignored_and_the_run_goes_on(tmp_path, store):
    broken = article_html("Bridge", story(1)).replace("<head>", '<head><link rel="canonical" href="http://[::1/x">')
    (tmp_path / "1.html").write_text(broken)
    (tmp_path / "2.html").write_text(article_html("Ferry", story(2)))
    summary = run([tmp_path], store)
    assert (summary.ingested, summary.failed) == (2, 0)


def test_a_malformed_link_in_a_feed_fails_alone():
    entries = parse_feed(rss("", ["http://[::1/x"]).encode(), "feed.xml", base_url="http://127.0.0.1:9/feed.xml")
    assert [e.url for e in entries] == ["http://[::1/x"]


def test_a_reprints_corrected_metadata_does_not_overwrite_the_article(tmp_path, store):
    for name, outlet, day in (("a", "Gazette", "2025-03-18"), ("b", "Herald", "2025-03-19")):
        (tmp_path / f"{name}.txt").write_text(BODY)
        (tmp_path / f"{name}.meta.json").write_text(json.dumps({"outlet": outlet, "published": day}))
    run([tmp_path / "a.txt", tmp_path / "b.txt"], store)
    (tmp_path / "b.meta.json").write_text(json.dumps({"outlet": "Herald", "published": "2025-03-20"}))
    assert run([tmp_path / "b.txt"], store).ingested == 0
    assert [(a.outlet, a.published) for a in store.articles()] == [("Gazette", "2025-03-18")]


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00Z", "9999-12-31"])
def test_a_placeholder_publication_date_is_no_date(value):
    from newsgraph.ingest.common import parse_date

    assert parse_date(value) is None


def test_every_failure_that_may_pass_is_retried_not_only_those_the_summary_lists(tmp_path, store):
    from newsgraph.batch import WORKER_DIED
    from newsgraph.ingest.run import _KEEP_FAILURES, ingest_items

    busy = [Failure(f"https://news.example/{k}", "[E300] HTTP 503 from there") for k in range(_KEEP_FAILURES + 5)]
    died = Failure("https://news.example/oom", f"[E000] {WORKER_DIED}: a process was terminated abruptly")
    gone = Failure("https://news.example/gone", "[E301] HTTP 404 from there")
    summary = ingest_items([*busy, died, gone], store, analyze=fake_analyze, settings=SETTINGS)
    assert len(summary.failures) == _KEEP_FAILURES
    assert summary.retry == {f.source for f in busy} | {died.source}


def test_a_jsonl_line_over_the_size_limit_is_its_failure_and_is_never_held_whole(tmp_path):
    from newsgraph.ingest.files import bounded_lines

    huge = json.dumps({"text": "word " * 100_000})
    (tmp_path / "export.jsonl").write_text(huge + "\n" + jsonl_line(text=BODY) + "\n")
    items = read(tmp_path / "export.jsonl")
    assert isinstance(items[0], Failure) and "over the limit" in items[0].reason
    assert isinstance(items[1], RawDocument) and items[1].source.endswith("export.jsonl:2")
    assert [len(line) for line in bounded_lines(io.BytesIO(b"x" * 50 + b"\nshort\n"), 10)] == [11, 6]


def test_relative_links_in_a_feed_file_are_resolved_against_its_channel_link_and_a_plain_guid_is_no_link(
        site, tmp_path):
    feed = tmp_path / "local.rss"
    feed.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title><link>{site.base}/</link>'
        '<item><title>Relative</title><link>/news/1</link></item>'
        '<item><title>Bridge</title><guid>bridge-2025-03-18</guid><description>The bridge closes.</description></item>'
        f'<item><title>Not a link</title><guid isPermaLink="false">{site.base}/news/3</guid></item>'
        f'<item><title>Permalink</title><guid>{site.base}/news/2</guid></item>'
        '</channel></rss>')
    relative, bridge, not_a_link, permalink = read(feed)
    assert (relative.url, permalink.url) == (site.base + "/news/1", site.base + "/news/2")
    assert bridge.source == f"{feed}#bridge-2025-03-18" and "'Bridge' links to no article" in bridge.reason
    assert not_a_link.source == f"{feed}#{site.base}/news/3" and "links to no article" in not_a_link.reason
    # Fetched, a feed's own URL is the base its links are relative to, whatever its channel says.
    entries = parse_feed(feed.read_bytes().replace(b"/news/1", b"news/4"), "f", base_url=site.base + "/feeds/x.rss")
    assert entries[0].url == site.base + "/feeds/news/4"


@pytest.mark.parametrize(("tag", "written"), [
    ("pubDate", "Tue, 18 Mar 2025 23:30 -0500"),  # RSS: RFC 822, seconds left out
    ("pubDate", "Wed, 19 Mar 2025 00:30:00 +0100"),  # midnight past in Europe is still the 19th there
    ("updated", "2025-03-18T23:30:00-05:00"),  # Atom: RFC 3339
])
def test_a_feed_date_is_the_date_the_publisher_wrote_as_a_jsonl_date_is(tmp_path, tag, written):
    expected = date.fromisoformat(written[:10]) if tag == "updated" else \
        date(2025, 3, int(written.split()[1]))
    if tag == "pubDate":
        feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Budget</title>'
                f'<link>https://a.example/budget</link><pubDate>{written}</pubDate></item></channel></rss>')
    else:
        feed = ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:f</id>'
                f'<entry><title>Budget</title><id>urn:1</id><link href="https://a.example/budget"/>'
                f'<updated>{written}</updated></entry></feed>')
    [entry] = parse_feed(feed.encode(), "feed")
    assert entry.published == expected
    (tmp_path / "budget.jsonl").write_text(jsonl_line(published="2025-03-18T23:30:00-05:00") + "\n")
    [line] = read(tmp_path / "budget.jsonl")
    assert line.published == date(2025, 3, 18)


def test_a_stray_nul_is_removed_with_a_warning_from_every_source_and_binary_is_still_refused(tmp_path, store):
    # One NUL early, where it made the article "binary", and one past the 20,000 characters that check read.
    pad = "The council met again on Thursday and discussed the budget. " * 400
    late = "\n\n".join(story(3)) + "\n\n" + pad + "Final\u0000 line."
    (tmp_path / "export.jsonl").write_text(
        jsonl_line(text=BODY.replace("Riverton", "River\u0000ton"), url="https://a.example/early") + "\n"
        + jsonl_line(text=late, url="https://a.example/late", title="Late\u0000 story") + "\n")
    (tmp_path / "saved.txt").write_bytes(" ".join(story(2)).replace("harvest", "har\x00vest").encode())
    (tmp_path / "binary.txt").write_bytes(b"\x00\x00\x01\x02" * 200)
    items = {i.source.rsplit("/", 1)[-1]: i for i in read(tmp_path)}
    early, later, saved, binary = (items[name] for name in ("export.jsonl:1", "export.jsonl:2", "saved.txt",
                                                            "binary.txt"))
    assert "\x00" not in early.data and "Riverton" in early.data
    assert early.warnings == ("the input holds 1 NUL character (U+0000), which text has no use for: removed",)
    assert "\x00" not in later.data and later.title == "Late story" and len(later.warnings) == 2
    assert b"\x00" not in saved.data and b"harvest" in saved.data and saved.warnings
    assert binary.data.count(b"\x00") == 400
    summary = run([tmp_path], store)
    assert (summary.ingested, summary.failed) == (3, 1)
    [refused] = store.failures()
    assert refused.source.endswith("binary.txt") and refused.code == "E100"
    assert all("\x00" not in store.analysis(a.id).article.text for a in store.articles())


def test_jsonl_piped_in_is_named_by_its_lines_so_a_later_export_keeps_apart(store):
    export_a = (jsonl_line(url="https://a.example/kept") + "\n" + json.dumps({"text": ""}) + "\n").encode()
    export_b = (json.dumps({"text": " ".join(story(2))}) + "\n" + json.dumps({"text": " ".join(story(3))})).encode()
    first = run(["-"], store, stdin=io.BytesIO(export_a))
    [lost] = store.failures()
    assert first.failed == 1 and lost.source.startswith("-:") and lost.source.endswith(":2")
    second = run(["-"], store, stdin=io.BytesIO(export_b))
    assert second.ingested == 2 and store.failures() == [lost]  # the earlier export's failure stays
    again = run(["-"], store, stdin=io.BytesIO(export_a))  # the same data again: the same sources
    assert (again.unchanged, again.failed) == (1, 1) and [f.source for f in store.failures()] == [lost.source]
    [html] = read("-", stdin=io.BytesIO(article_html("One", story(1)).encode()))
    assert html.source == read("-", stdin=io.BytesIO(article_html("One", story(1)).encode()))[0].source
    assert html.source != read("-", stdin=io.BytesIO(article_html("Two", story(2)).encode()))[0].source


def test_symlinked_directories_are_followed_and_a_loop_is_read_once(tmp_path, store):
    corpus, elsewhere = tmp_path / "corpus", tmp_path / "elsewhere"
    (corpus / "2024").mkdir(parents=True)
    elsewhere.mkdir()
    (corpus / "2024" / "a.html").write_text(article_html("One", story(1)))
    (elsewhere / "b.html").write_text(article_html("Two", story(2)))
    (corpus / "2025").symlink_to(elsewhere, target_is_directory=True)  # a month kept on another disk
    (corpus / "2024" / "up").symlink_to(corpus, target_is_directory=True)  # a loop
    (corpus / "again").symlink_to(elsewhere, target_is_directory=True)  # a second way to one directory
    (corpus / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    items = read(corpus)
    # Files are named by their real paths, a missing one by the path its link gives.
    assert [Path(i.source).name for i in items] == ["a.html", "b.html", "deleted.txt"]
    assert isinstance(items[2], Failure) and "No such file" in items[2].reason
    summary = run([corpus], store)
    assert (summary.ingested, summary.failed) == (2, 1)
    assert count_documents([str(corpus)]) == 3
