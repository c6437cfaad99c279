"""Bad input to `newsgraph analyze` gives one clear line and a non-zero exit, never a traceback."""

from datetime import date, datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from newsgraph.cli.main import cli


@pytest.mark.parametrize("data, message", [
    (b"", "input is empty"),
    (b"   \n\t\n", "input is empty"),
    (bytes(range(256)) * 20, "looks binary"),
    (b"The mayor said the bridge would open. " * 30000, "over the limit"),
])
def test_bad_input_is_one_line_and_non_zero(tmp_path, data, message):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    result = CliRunner().invoke(cli, ["analyze", str(path)])
    assert result.exit_code == 1
    assert message in result.output and "[E100]" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_a_missing_file_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["analyze", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and f"{tmp_path / 'nope.txt'}: [E100] cannot read" in result.output


def test_a_bad_publication_date_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Text.")
    result = CliRunner().invoke(cli, ["analyze", str(path), "--published", "18/03/2025"])
    assert result.exit_code == 2 and "not a date" in result.output


@pytest.mark.parametrize("html", [
    b'<html><body><nav><a href="/">Home</a><a href="/about">About</a></nav><form><input name="q"></form>'
    b"</body></html>",
    b'<html><head><title>Not found</title></head><body><div class="content"><h1>Oops</h1><p>Sorry, the page '
    b"you were looking for does not exist.</p><p>Try the search box or go back to the home page.</p></div>"
    b"</body></html>",
    b"<html><head><title>404 Not Found</title></head><body><h1>Page not found</h1><p>Sorry, the page you "
    b"requested could not be found.</p></body></html>",
    b"<html><head><title>Error</title></head><body><h1>Something went wrong</h1><p>We're sorry, an unexpected "
    b"error occurred. Please try again later.</p></body></html>",
    b"<html><head><title>Access denied</title></head><body><h1>Access Denied</h1><p>You don't have permission "
    b"to access this page on this server.</p><p>Reference #18.2f1b3e17.1700000000.5a4c2</p></body></html>",
])
def test_html_with_no_article_is_an_extraction_error(tmp_path, html):
    path = tmp_path / "page.html"
    path.write_bytes(html)
    result = CliRunner().invoke(cli, ["analyze", str(path)])
    assert result.exit_code == 1 and "[E200] no article text" in result.output
    assert len(result.output.strip().splitlines()) == 1 and "<text>" not in result.output


@pytest.mark.parametrize("call, message", [
    (lambda analyze: analyze(None), "must be text"),
    (lambda analyze: analyze("Text.", published="18/03/2025"), "YYYY-MM-DD"),
    (lambda analyze: analyze("Text.", published="0001-01-01"), "not a publication date"),
])
def test_the_python_api_raises_newsgraph_errors_for_wrong_arguments(call, message):
    from newsgraph import analyze
    from newsgraph.errors import InputError

    with pytest.raises(InputError, match=message):
        call(analyze)


@pytest.mark.parametrize("published", [
    date(2025, 1, 15), "2025-01-15", "2025-01-15T23:30:00-05:00", "2025-01-15T10:00:00Z",
    datetime(2025, 1, 15, 23, 30, tzinfo=timezone(timedelta(hours=-5))), datetime(2025, 1, 15, 8, 0),
])
def test_the_python_api_takes_a_publication_date_as_its_local_date(published, monkeypatch):
    import newsgraph.pipeline
    from newsgraph import analyze

    monkeypatch.setattr(newsgraph.pipeline, "analyze_document", lambda raw, settings=None: raw)
    raw = analyze("The ferry to Inchmurn sails again on Monday.", published=published)
    assert raw.published == date(2025, 1, 15) and type(raw.published) is date


def test_a_bug_is_one_line_with_its_code_not_a_traceback(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise KeyError("speaker")

    monkeypatch.setattr("newsgraph.pipeline.analyze", broken)
    path = tmp_path / "a.txt"
    path.write_text("The council approved the plan on Monday.")
    result = CliRunner().invoke(cli, ["analyze", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "[E000] unexpected error" in result.output and "KeyError: 'speaker'" in result.output


def test_the_python_api_drops_a_stray_nul_before_extraction_and_says_so(monkeypatch):
    import newsgraph.nlp
    from newsgraph import analyze

    monkeypatch.setattr(newsgraph.nlp, "analyze_extracted", lambda extracted, settings=None: extracted)
    extracted = analyze("The ferry to Inchmurn\x00 sails again on Monday, the harbour master said.")
    assert "\x00" not in extracted.article.text
    assert any("NUL" in warning for warning in extracted.warnings)


ARTICLE = "The council approved the ferry plan on Monday after a long debate, the harbour master said."


def test_analyze_and_extract_read_a_gzipped_article_whatever_its_name(tmp_path, monkeypatch):
    import gzip

    from newsgraph.model import Analysis, Article

    read = []

    def analyze_without_the_model(data, **kw):
        read.append(data)
        return Analysis(article=Article(text=data.decode()))

    monkeypatch.setattr("newsgraph.pipeline.analyze", analyze_without_the_model)
    for name in ("story.txt.gz", "story.gz", "story.txt"):
        (tmp_path / name).write_bytes(gzip.compress(ARTICLE.encode()))
        assert CliRunner().invoke(cli, ["analyze", str(tmp_path / name)]).exit_code == 0
        result = CliRunner().invoke(cli, ["extract", str(tmp_path / name)])
        assert result.exit_code == 0 and result.output == ARTICLE + "\n"
    assert read == [ARTICLE.encode()] * 3


@pytest.mark.parametrize("command", ["analyze", "extract"])
def test_a_truncated_gzip_is_reported_as_such(tmp_path, command):
    import gzip

    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode() * 20)[:-30])
    result = CliRunner().invoke(cli, [command, str(path)])
    assert result.exit_code == 1 and f"{path}: [E100] truncated or corrupt gzip" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("command", ["analyze", "extract"])
@pytest.mark.parametrize("name, data, what", [
    ("export.jsonl", b'{"text": "One article."}\n{"text": "Another."}\n', "a JSONL export"),
    ("export.ndjson.gz", b'{"text": "One article."}\n', "a JSONL export"),
    ("dump", b'\xef\xbb\xbf{"text": "One article."}\n', "a JSONL export"),
    ("crawl.warc", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n", "a WARC file"),
    ("crawl.bin", b"WARC/1.1\r\nWARC-Type: response\r\n\r\n", "a WARC file"),
    ("news.xml", b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "an RSS/Atom feed"),
])
def test_a_file_of_many_articles_is_pointed_to_ingest(tmp_path, command, name, data, what):
    import gzip

    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    result = CliRunner().invoke(cli, [command, str(path)])
    assert result.exit_code == 1 and f"[E100] this is {what}" in result.output
    assert f"`newsgraph ingest {path}`" in result.output and len(result.output.strip().splitlines()) == 1


def test_the_report_heads_with_the_days_the_article_was_published_and_updated():
    from newsgraph.cli.analyze import render_report
    from newsgraph.model import Analysis, Article

    article = Article(text="The harbour board said the ferry would stop.", title="Ferry to stop", language="en",
                      outlet="Harbour News", published=date(2025, 3, 18), modified=date(2025, 3, 20))
    report = render_report(Analysis(article=article, pipeline_version="test"))
    assert report.splitlines()[:2] == ["Ferry to stop", "Harbour News · 2025-03-18 · updated 2025-03-20 · en"]
