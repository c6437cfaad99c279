from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from ingest_helpers import article_html, fake_analyze, rss, story

from newsgraph.batch import one_at_a_time
from newsgraph.cli.ingest import extract_command, ingest_command, parse_every, watch_command
from newsgraph.cli.store_cmds import failures_command, quotes_command, roles_command, stats_command


@pytest.fixture(autouse=True)
def no_model(monkeypatch):
    monkeypatch.setattr("newsgraph.ingest.run.default_analyze", one_at_a_time(fake_analyze))


def test_ingest_then_query(tmp_path, store_url):
    db = store_url
    (tmp_path / "a.html").write_text(article_html("Bridge", story(1, "Ana Silva")))
    (tmp_path / "bad.txt").write_text("")
    runner = CliRunner()
    result = runner.invoke(ingest_command, [str(tmp_path / "a.html"), str(tmp_path / "bad.txt"), "--db", db])
    assert result.exit_code == 0, result.output
    assert "ingested 1, duplicates 0, unchanged 0, failed 1" in result.output
    result = runner.invoke(ingest_command, [str(tmp_path / "a.html"), "--db", db, "--json"])
    assert json.loads(result.output)["unchanged"] == 1

    text = runner.invoke(quotes_command, ["--db", db, "--speaker", "Silva"]).output
    assert text.startswith("Ana Silva\n") and "said (direct): We cannot keep patching" in text
    [row] = json.loads(runner.invoke(quotes_command, ["--db", db, "--json"]).output)
    assert row["speaker"] == "Ana Silva" and row["sources"][0]["url"] is None
    assert "bad.txt: [E100] input is empty" in runner.invoke(failures_command, ["--db", db]).output
    assert json.loads(runner.invoke(stats_command, ["--db", db, "--json"]).output)["articles"] == 1
    assert runner.invoke(roles_command, ["Nobody", "--db", db]).exit_code == 0
    assert runner.invoke(quotes_command, ["--db", db, "--since", "March"]).exit_code == 2


def test_everything_failed_exits_non_zero(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00" * 10)
    result = CliRunner().invoke(ingest_command, [str(tmp_path / "bad.txt"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1


def test_sources_with_no_article_at_all_exit_non_zero_and_say_so(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "export.jsonl").write_text("")
    result = CliRunner().invoke(ingest_command, [str(tmp_path / "empty"), str(tmp_path / "export.jsonl"),
                                                 "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert f"nothing to ingest: no article found in {tmp_path / 'empty'}, {tmp_path / 'export.jsonl'}" \
        in result.output


def test_no_failures_says_so(tmp_path):
    (tmp_path / "a.html").write_text(article_html("Bridge", story(1, "Ana Silva")))
    db = str(tmp_path / "ok.db")
    assert CliRunner().invoke(ingest_command, [str(tmp_path / "a.html"), "--db", db]).exit_code == 0
    assert CliRunner().invoke(failures_command, ["--db", db]).output.strip() == "no failures recorded"


@pytest.mark.parametrize("command", [quotes_command, failures_command, stats_command])
def test_queries_on_a_store_that_is_not_there_say_so_and_create_nothing(tmp_path, command):
    missing = tmp_path / "mistyped.db"
    result = CliRunner().invoke(command, ["--db", str(missing)])
    assert result.exit_code == 1 and f"no store at {missing}" in result.output
    assert not missing.exists()


def test_db_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_DB", str(tmp_path / "env.db"))
    (tmp_path / "a.txt").write_text("\n\n".join(story(2)))
    assert CliRunner().invoke(ingest_command, [str(tmp_path / "a.txt")]).exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_watch_once(site, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_FETCH_DELAY", "0")
    db = str(tmp_path / "w.db")
    result = CliRunner().invoke(watch_command, [site.base + "/feed.xml", "--once", "--db", db])
    assert "ingested 2, duplicates 0, unchanged 0, failed 1" in result.output
    assert f"failed: {site.base}/missing: [E301]" in result.output and result.exit_code == 0


def test_watch_once_on_a_dead_feed_says_why_and_exits_non_zero(site, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_FETCH_DELAY", "0")
    result = CliRunner().invoke(watch_command, [site.base + "/gone.xml", "--once", "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 1 and f"failed: {site.base}/gone.xml: [E301]" in result.output


def test_watch_once_on_a_page_that_is_no_feed_says_so_and_exits_non_zero(site, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_FETCH_DELAY", "0")
    db = str(tmp_path / "w.db")
    result = CliRunner().invoke(watch_command, [site.base + "/news/1", "--once", "--db", db])
    assert result.exit_code == 1 and "ingested 0, duplicates 0, unchanged 0, failed 1" in result.output
    assert f"failed: {site.base}/news/1: [E100] {site.base}/news/1 is not an RSS/Atom feed" in result.output


def test_watch_polls_every_interval_until_interrupted(site, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_FETCH_DELAY", "0")
    naps = []

    def sleep(seconds):
        naps.append(seconds)
        if len(naps) == 1:  # a new story appears in the feed between two polls
            site.add("/feed.xml", rss(site.base, ["/news/1", "/news/2", "/news/3"]),
                     content_type="application/rss+xml")
        else:
            raise KeyboardInterrupt

    monkeypatch.setattr("newsgraph.cli.ingest.time.sleep", sleep)
    db = str(tmp_path / "w.db")
    result = CliRunner().invoke(watch_command, [site.base + "/feed.xml", "--every", "2m", "--db", db])
    assert result.exit_code == 0 and naps == [120, 120]
    polls = [line for line in result.output.splitlines() if "ingested" in line]
    assert "ingested 2," in polls[0] and "ingested 1," in polls[1] and "stopped" in result.output
    assert site.hits["/news/1"] == 1 and site.hits["/news/3"] == 1


def test_parse_every():
    assert (parse_every("90s"), parse_every("15m"), parse_every("1h")) == (90, 900, 3600)
    with pytest.raises(Exception, match="duration"):
        parse_every("soon")


def test_extract_prints_body_and_json_metadata(tmp_path):
    html = article_html("Grapes", story(2)).replace(
        "<head>", '<head><link rel="canonical" href="https://gazette.example/food/early-grape-harvest?utm_source=x">'
                  '<meta property="article:published_time" content="2025-03-18T08:00:00Z">'
                  '<meta property="article:modified_time" content="2025-03-20T17:30:00Z">'
                  '<meta name="author" content="Hana Ruiz">'
                  '<meta property="og:site_name" content="The Gazette">')
    (tmp_path / "p.html").write_text(html)
    runner = CliRunner()
    body = runner.invoke(extract_command, [str(tmp_path / "p.html")]).output
    assert body.startswith("Farmers in the northern valley") and "Copyright" not in body
    meta = json.loads(runner.invoke(extract_command, [str(tmp_path / "p.html"), "--json"]).output)
    assert meta["canonical_url"] == "https://gazette.example/food/early-grape-harvest"
    assert (meta["published"], meta["outlet"], meta["language"]) == ("2025-03-18", "The Gazette", "en")
    assert (meta["modified"], meta["authors"]) == ("2025-03-20", ["Hana Ruiz"])
    piped = runner.invoke(extract_command, ["-"], input="Plain text from stdin.")
    assert piped.output == "Plain text from stdin.\n"
    assert runner.invoke(extract_command, [str(tmp_path / "missing.html")]).exit_code == 1
