from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest
from ingest_helpers import article_html, gz, rss, story
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.config import Settings
from newsgraph.extract import extract
from newsgraph.ingest import Failure, Fetcher, parse_feed, read_sources
from newsgraph.model import RawDocument

SETTINGS = Settings(max_input_bytes=200_000)


def read(*sources, **kw):
    kw.setdefault("settings", SETTINGS)
    with Fetcher(timeout=0.5, retries=0, delay=0.0) as fetcher:
        return list(read_sources([str(s) for s in sources], fetcher=fetcher, **kw))


def by_source(items):
    return {item.source.rsplit("/", 1)[-1]: item for item in items}


def test_directory_of_files(tmp_path):
    html = article_html("One", story(1))
    (tmp_path / "a.html").write_text(html)
    (tmp_path / "b.txt").write_text("Plain text article.\n\nSecond paragraph.")
    (tmp_path / "c.htm.gz").write_bytes(gz(html.encode()))
    (tmp_path / "d.txt.gz").write_bytes(gz(b"gzipped text body")[:-6])  # truncated
    (tmp_path / "skip.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("not me")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "e.txt").write_text("nested")
    items = by_source(read(tmp_path))
    assert set(items) == {"a.html", "b.txt", "c.htm.gz", "d.txt.gz", "e.txt"}
    assert items["a.html"].content_type == "text/html" and items["b.txt"].content_type == "text/plain"
    assert items["c.htm.gz"].data == html.encode()
    assert isinstance(items["d.txt.gz"], Failure)
    assert "[E100] truncated or corrupt gzip" in items["d.txt.gz"].reason


def test_missing_path_and_oversized_file(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"a" * 300_000)
    (tmp_path / "bomb.txt.gz").write_bytes(gz(b"a" * 300_000))
    items = by_source(read(tmp_path / "nope.txt", tmp_path / "big.txt", tmp_path / "bomb.txt.gz"))
    assert all(isinstance(i, Failure) for i in items.values())
    assert "no such file" in items["nope.txt"].reason and "over the limit" in items["big.txt"].reason
    assert "over the limit" in items["bomb.txt.gz"].reason


def test_jsonl(tmp_path):
    lines = [
        json.dumps({"text": "Body one.", "url": "https://a.example/1", "title": "T1",
                    "published": "2025-03-18", "outlet": "Gazette"}),
        "{not json",
        json.dumps({"title": "no body"}),
        "",
        json.dumps({"html": "<p>Two</p><p>paragraphs</p>", "published": "2025-03-18T10:00:00Z",
                    "authors": ["A. Writer"]}),
        json.dumps(["a list"]),
    ]
    path = tmp_path / "export.jsonl.gz"
    path.write_bytes(gz("\n".join(lines).encode()))
    items = read(path)
    assert [i.source.rsplit(":", 1)[-1] for i in items] == ["1", "2", "3", "5", "6"]
    first, bad, empty, html, wrong = items
    assert first == RawDocument(source=f"{path}:1", data="Body one.", content_type="text/plain",
                                url="https://a.example/1", title="T1", published=date(2025, 3, 18),
                                outlet="Gazette")
    assert isinstance(bad, Failure) and bad.reason == (
        "[E100] line 2 is not valid JSON (Expecting property name enclosed in double quotes at column 2)")
    assert isinstance(empty, Failure) and isinstance(wrong, Failure)
    assert html.content_type == "text/html" and html.published == date(2025, 3, 18)
    assert html.authors == ("A. Writer",)


@pytest.mark.parametrize("field, value, warning", [
    ("published", "2025-99-99", "'published' '2025-99-99' is not a date"),
    ("published", "yesterday", "'published' 'yesterday' is not a date"),
    ("url", "not a url", "'url' 'not a url' is not an http(s) URL"),
    ("url", 5, "'url' must be a string, not int"),
    ("title", ["a list"], "'title' must be a string, not list"),
])
def test_unusable_metadata_is_left_out_with_a_warning_and_the_article_kept(tmp_path, field, value, warning):
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps({"text": "Body one.", field: value}) + "\n")
    [item] = read(path)
    assert isinstance(item, RawDocument) and getattr(item, field) is None
    assert len(item.warnings) == 1 and warning in item.warnings[0]
    extracted = extract(item)
    assert extracted.warnings == item.warnings


def write_warc(records: list[tuple[str, str, bytes, str]], *, compress: bool = True,
               http_headers: tuple[tuple[str, str], ...] = ()) -> bytes:
    """``records``: (WARC type, URL, body, Content-Type) -> a WARC, gzipped record by record by default."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for kind, url, body, ctype in records:
        if kind == "response":
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype), *http_headers], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                               http_headers=headers)
        else:
            record = writer.create_warc_record(url, kind, payload=io.BytesIO(body), warc_content_type=ctype)
        writer.write_record(record)
    return out.getvalue()


WARC_RECORDS = [
    ("response", "https://a.example/1", article_html("One", story(1)).encode(), "text/html; charset=utf-8"),
    ("response", "https://a.example/logo.png", b"\x89PNG....", "image/png"),
    ("resource", "https://a.example/note", b"note", "text/plain"),
    ("response", "https://a.example/2", "<p>Caf\u00e9 au lait</p>".encode("cp1252"),
     "text/html; charset=windows-1252"),
    # Most servers name no charset: the page's own meta tag or the bytes say it.
    ("response", "https://a.example/3", article_html("Three", story(3)).encode(), "text/html"),
]
URLS = ["https://a.example/1", "https://a.example/2", "https://a.example/3"]


def test_warc_keeps_html_responses_only(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(write_warc(WARC_RECORDS))
    items = read(path)
    assert [i.url for i in items] == URLS
    assert all(i.source.startswith(f"{path}#") for i in items)
    assert items[1].data == "<p>Caf\u00e9 au lait</p>"
    assert "Three" in items[2].data


def test_warc_html_sent_gzip_encoded_is_read_decoded(tmp_path):
    page = article_html("Zipped", story(4))
    path = tmp_path / "encoded.warc.gz"
    path.write_bytes(write_warc([("response", "https://a.example/z", gzip.compress(page.encode()), "text/html")],
                                http_headers=(("Content-Encoding", "gzip"),)))
    [item] = read(path)
    assert isinstance(item, RawDocument) and item.data == page


def test_truncated_warc_keeps_what_came_before(tmp_path):
    data = write_warc(WARC_RECORDS)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) - 40])
    items = read(path)
    assert isinstance(items[0], RawDocument) and items[0].url == "https://a.example/1"
    assert isinstance(items[-1], Failure) and "truncated or corrupt WARC" in items[-1].reason


def test_uncompressed_warc_reads_to_its_end_without_a_false_failure(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(write_warc(WARC_RECORDS, compress=False))
    items = read(path)
    assert all(isinstance(i, RawDocument) for i in items), items
    assert [i.url for i in items] == URLS
    path.write_bytes(write_warc(WARC_RECORDS, compress=False) + b"WARC/1.0\r\nWARC-Type: resp")
    reason = read(path)[-1].reason
    assert "truncated or corrupt WARC" in reason and reason.count("[E100]") == 1


def test_a_warc_gzipped_whole_is_read_like_one_gzipped_record_by_record(tmp_path):
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(write_warc(WARC_RECORDS, compress=False)))
    items = read(path)
    assert all(isinstance(i, RawDocument) for i in items), items
    assert [i.url for i in items] == URLS
    # Cut short, it keeps what came before and says why, at an offset that exists.
    path.write_bytes(gzip.compress(write_warc(WARC_RECORDS, compress=False))[:-60])
    items = read(path)
    assert [i.url for i in items if isinstance(i, RawDocument)] == URLS[:2]
    assert isinstance(items[-1], Failure) and "truncated or corrupt WARC" in items[-1].reason
    assert "#-" not in items[-1].source and "gzip stream is cut short" in items[-1].reason


def many_records(n: int) -> list[tuple[str, str, bytes, str]]:
    return [("response", f"https://a.example/{i}", article_html(f"Story {i}", story(i)).encode(),
             "text/html; charset=utf-8") for i in range(n)]


def test_warc_larger_than_the_input_cap_is_streamed_from_a_file_and_from_stdin(tmp_path):
    data = write_warc(many_records(12))
    one_record = len(article_html("Story 1", story(1)).encode()) + 200
    settings = Settings(max_input_bytes=one_record * 2)
    assert len(data) > settings.max_input_bytes
    for name in ("big.warc.gz", "download-without-a-suffix"):
        (tmp_path / name).write_bytes(data)
        items = read(tmp_path / name, settings=settings)
        assert [i.url for i in items] == [f"https://a.example/{i}" for i in range(12)]
    piped = read("-", stdin=io.BufferedReader(io.BytesIO(data)), settings=settings)
    assert [i.url for i in piped] == [f"https://a.example/{i}" for i in range(12)]
    lines = b"".join(json.dumps({"text": " ".join(story(i))}).encode() + b"\n" for i in range(12))
    assert len(read("-", stdin=io.BytesIO(gz(lines)), settings=settings)) == 12
    [over] = read("-", stdin=io.BytesIO(b"<p>" + b"x" * one_record * 3), settings=settings)
    assert isinstance(over, Failure) and "over the limit" in over.reason


def test_stdin_sniffs_gzip_warc_jsonl_and_html():
    warc = write_warc(WARC_RECORDS[:1])
    assert read("-", stdin=io.BytesIO(warc))[0].url == "https://a.example/1"
    jsonl = b'{"text": "one"}\n{"text": "two"}\n'
    assert [i.data for i in read("-", stdin=io.BytesIO(gz(jsonl)))] == ["one", "two"]
    [doc] = read("-", stdin=io.BytesIO(b"<html><body><p>x</p></body></html>"))
    assert doc.source.startswith("-:") and doc.content_type is None
    [empty] = read("-", stdin=io.BytesIO(b""))
    assert isinstance(empty, Failure)


RSS = rss("https://a.example", ["/1", "/2"])
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:feed</id><updated>2025-03-18T00:00:00Z</updated>
<entry><title>Atom story</title><id>urn:1</id><link href="https://b.example/atom-1"/>
<updated>2025-03-17T09:00:00Z</updated></entry></feed>"""


def test_parse_rss_and_atom():
    entries = parse_feed(RSS.encode(), "rss")
    assert [(e.url, e.title, e.published) for e in entries] == [
        ("https://a.example/1", "Story 0", date(2025, 3, 18)),
        ("https://a.example/2", "Story 1", date(2025, 3, 18))]
    [atom] = parse_feed(ATOM.encode(), "atom")
    assert (atom.id, atom.url, atom.published) == ("urn:1", "https://b.example/atom-1", date(2025, 3, 17))


def test_broken_feed_fails_cleanly(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_bytes(b"<?xml version='1.0'?><rss><channel><title>oops</titl")
    [item] = read(path)
    assert isinstance(item, Failure) and "not a readable RSS/Atom feed" in item.reason


def test_feed_url_yields_its_entries_with_metadata_and_failures(site):
    items = read(site.base + "/feed.xml")
    assert [type(i).__name__ for i in items] == ["RawDocument", "RawDocument", "Failure"]
    assert items[0].title == "Story 0" and items[0].published == date(2025, 3, 18)
    assert items[0].url == site.base + "/news/1" and isinstance(items[0].data, str)
    assert "HTTP 404" in items[2].reason


@pytest.mark.parametrize(("body", "content_type", "expected"), [
    # Declared Latin-1 but really UTF-8: the UTF-8 reading wins.
    ("<p>Se\u00f1ora P\u00e9rez \u2014 ok</p>".encode(), "text/html; charset=iso-8859-1",
     "Se\u00f1ora P\u00e9rez \u2014"),
    # Undeclared Windows-1252 with curly quotes.
    ("<p>\u201cSe\u00f1ora\u201d</p>".encode("cp1252"), "text/html", "\u201cSe\u00f1ora\u201d"),
    # Declared UTF-8 but really Windows-1252.
    ("<p>na\u00efve caf\u00e9</p>".encode("cp1252"), "text/html; charset=utf-8", "na\u00efve caf\u00e9"),
])
def test_page_charsets(site, body, content_type, expected):
    site.add("/charset", body, content_type=content_type)
    [doc] = read(site.base + "/charset")
    assert expected in doc.data


def test_non_html_page_fails(site):
    site.add("/image", b"\x89PNG\r\n", content_type="image/png")
    [item] = read(site.base + "/image")
    assert isinstance(item, Failure) and "image/png" in item.reason


def test_sidecar_metadata_next_to_a_text_file(tmp_path):
    (tmp_path / "story.txt").write_text("Title\n\nA body about the harbour.", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(json.dumps({
        "published": "2025-03-18", "url": "https://example.org/story", "outlet": "Harbour News",
        "title": "Fares rise", "authors": ["Ana Silva", "Per Lunde"], "language": "en"}), encoding="utf-8")
    (tmp_path / "typed.txt").write_text("A body.", encoding="utf-8")
    (tmp_path / "typed.meta.json").write_text('{"authors": 5}', encoding="utf-8")
    (tmp_path / "dir.txt").write_text("Another body.", encoding="utf-8")
    (tmp_path / "dir.meta.json").mkdir()
    (tmp_path / "other.html.gz").write_bytes(gz(b"<html><body><p>Hi</p></body></html>"))
    (tmp_path / "other.meta.json").write_text("[1, 2]", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("No sidecar here.", encoding="utf-8")
    items = {Path(i.source).name: i for i in read_sources([str(tmp_path)])}
    assert set(items) == {"story.txt", "other.html.gz", "plain.txt", "typed.txt", "dir.txt"}  # no sidecars
    story = items["story.txt"]
    assert (story.published, story.url, story.outlet) == (date(2025, 3, 18), "https://example.org/story",
                                                          "Harbour News")
    assert (story.title, story.authors, story.language) == ("Fares rise", ("Ana Silva", "Per Lunde"), "en")
    typed = items["typed.txt"]  # an unusable field costs the field, not the article
    assert typed.authors == () and "'authors' must be a string or a list" in typed.warnings[0]
    assert items["dir.txt"].published is None  # a directory in a sidecar's place is not a sidecar
    assert isinstance(items["other.html.gz"], Failure)
    assert "other.meta.json must hold one JSON object" in items["other.html.gz"].reason
    assert items["plain.txt"].published is None


def test_a_feed_entry_without_a_link_is_a_failure_and_a_link_listed_twice_is_read_once(site):
    feed = (f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>G</title>"
            f"<item><title>One</title><link>{site.base}/news/1</link><guid>g1</guid></item>"
            f"<item><title>Text only</title><guid isPermaLink=\"false\">g2</guid><description>x</description></item>"
            f"<item><title>One again</title><link>{site.base}/news/1</link><guid>g3</guid></item>"
            f"</channel></rss>")
    site.add("/twice.xml", feed, content_type="application/rss+xml")
    items = read(site.base + "/twice.xml")
    assert [type(i).__name__ for i in items] == ["RawDocument", "Failure"]
    assert items[0].title == "One"
    assert items[1].source == f"{site.base}/twice.xml#g2" and "'Text only' links to no article" in items[1].reason


def _http_record(body: bytes, headers: list[tuple[str, str]]) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"), *headers],
                            protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://a.example/p", "response", payload=io.BytesIO(body),
                                                  http_headers=http))
    return out.getvalue()


def test_a_warc_record_whose_gzip_or_chunked_body_is_cut_fails_alone(tmp_path):
    page = article_html("Cut", story(5)).encode()
    packed = gzip.compress(page)
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(page), page)
    path = tmp_path / "bodies.warc"
    path.write_bytes(_http_record(packed[: len(packed) // 2], [("Content-Encoding", "gzip")])
                     + _http_record(chunked[: len(chunked) // 2], [("Transfer-Encoding", "chunked")])
                     + _http_record(chunked, [("Transfer-Encoding", "chunked")])
                     + _http_record(page, [("Transfer-Encoding", "chunked")]))  # stored joined, header kept
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Failure", "Failure", "RawDocument", "RawDocument"]
    assert "gzip stream stops before its end" in items[0].reason and "inside a chunk" in items[1].reason
    assert items[2].data == items[3].data == page.decode()


def test_a_warc_record_shorter_than_its_content_fails_and_warcio_prints_nothing(tmp_path, capsys):
    good = _http_record(article_html("Whole", story(6)).encode(), [])
    bad = _http_record(article_html("Short", story(7)).encode(), [])
    declared = int(bad.split(b"Content-Length: ")[1].split(b"\r\n")[0])
    bad = bad.replace(f"Content-Length: {declared}".encode(), f"Content-Length: {declared - 300}".encode(), 1)
    path = tmp_path / "lengths.warc"
    path.write_bytes(bad + good)
    items = read(path)
    assert isinstance(items[0], Failure) and "wrong Content-Length" in items[0].reason
    # warcio finds its way to the next record or gives up on the rest: either is said, nothing is lost quietly.
    assert len(items) == 2 and ("Whole" in getattr(items[1], "data", "") or "corrupt WARC" in items[1].reason)
    assert capsys.readouterr().err == ""


def test_jsonl_lines_that_cannot_be_read_fail_alone_and_bad_utf8_is_a_warning(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_bytes(b'{"text": "First story body."}\n'
                     b'{"text": "x", "n": ' + b"9" * 5000 + b'}\n'
                     b'{"text": "Caf\xff story body."}\n')
    items = read(path)
    assert [type(i).__name__ for i in items] == ["RawDocument", "Failure", "RawDocument"]
    assert "line 2 cannot be read: Exceeds the limit (4300 digits)" in items[1].reason
    assert items[2].data == "Caf\ufffd story body." and "not valid UTF-8" in items[2].warnings[0]
    (tmp_path / "story.txt").write_text("A body.")
    (tmp_path / "story.meta.json").write_text('{"n": ' + "9" * 5000 + "}")
    [item] = read(tmp_path / "story.txt")
    assert isinstance(item, Failure) and "story.meta.json cannot be read" in item.reason


def test_a_named_pipe_is_read_once_whatever_its_name(tmp_path):
    import os
    import threading

    pipe = tmp_path / "piped.txt"
    os.mkfifo(pipe)
    writer = threading.Thread(target=lambda: pipe.write_text("A headline\n\nThe council met on Monday.\n"))
    writer.start()
    items = read(pipe)
    writer.join(timeout=5)
    assert [type(i).__name__ for i in items] == ["RawDocument"] and b"council met" in items[0].data


class _Pipe(io.RawIOBase):
    """Bytes that can be read once and not sought, as stdin is when a file is piped in."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._data.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


@pytest.mark.parametrize("compress", [True, False])
def test_a_piped_warc_cut_inside_its_last_record_says_so(compress):
    from newsgraph.ingest.warc import read_warc

    data = write_warc(WARC_RECORDS, compress=compress)
    last = data.rfind(b"\x1f\x8b\x08") if compress else data.rfind(b"WARC/1.0")
    for cut in (last + 5, last + 40):
        items = list(read_warc(io.BufferedReader(_Pipe(data[:cut])), "-", max_bytes=1_000_000))
        assert [i.url for i in items if isinstance(i, RawDocument)] == URLS[:2]
        assert isinstance(items[-1], Failure) and "WARC" in items[-1].reason, (cut, items[-1])
