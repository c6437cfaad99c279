"""After an upgrade, `newsgraph reanalyze` brings stored articles up to the current pipeline."""

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli.ingest import ingest_command, reanalyze_command

SAMPLE = Path(__file__).parents[2] / "samples" / "port-arlen-bridge-closure.txt"


def test_reanalyze_replaces_an_old_pipeline_analysis(tmp_path):
    db = str(tmp_path / "store.db")
    runner = CliRunner()
    assert runner.invoke(ingest_command, [str(SAMPLE), "--db", db]).exit_code == 0
    with sqlite3.connect(db) as connection:
        current, quotes = connection.execute(
            "SELECT pipeline_version, (SELECT COUNT(*) FROM quotes) FROM articles").fetchone()
        connection.execute("UPDATE articles SET pipeline_version = 'newsgraph-0.0.1+old'")
        connection.execute("DELETE FROM quotes")

    # Re-ingesting skips the source it has seen; reanalyze is what refreshes the analysis.
    assert json.loads(runner.invoke(ingest_command, [str(SAMPLE), "--db", db, "--json"]).output)["unchanged"] == 1
    result = runner.invoke(reanalyze_command, ["--db", db])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("reanalyzed 1, failed 0")
    assert "reanalyzed 0, failed 0, already current 1" in runner.invoke(reanalyze_command, ["--db", db]).output
    with sqlite3.connect(db) as connection:
        version, count, published = connection.execute(
            "SELECT pipeline_version, (SELECT COUNT(*) FROM quotes), published FROM articles").fetchone()
    assert (version, count) == (current, quotes)
    assert published == "2024-11-06"  # from the sample's metadata sidecar, kept through the reanalysis


def test_reanalyze_in_worker_processes(tmp_path):
    db = str(tmp_path / "store.db")
    runner = CliRunner()
    samples = [str(SAMPLE), str(SAMPLE.with_name("tessaly-water-rationing.txt"))]
    assert runner.invoke(ingest_command, [*samples, "--db", db]).exit_code == 0
    with sqlite3.connect(db) as connection:
        before = connection.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
        connection.execute("UPDATE articles SET pipeline_version = 'old'")
    result = runner.invoke(reanalyze_command, ["--db", db, "--jobs", "2", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert (summary["reanalyzed"], summary["failed"]) == (2, 0)
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT COUNT(*) FROM quotes").fetchone()[0] == before
        assert connection.execute("SELECT COUNT(*) FROM articles WHERE pipeline_version = 'old'").fetchone()[0] == 0


def test_reanalyze_keeps_what_the_input_was_warned_of(tmp_path):
    article = tmp_path / "bridge.txt"
    article.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    article.with_suffix(".meta.json").write_text(json.dumps({"published": "18/03/2025"}), encoding="utf-8")
    db = str(tmp_path / "store.db")
    runner = CliRunner()
    assert runner.invoke(ingest_command, [str(article), "--db", db]).exit_code == 0
    with sqlite3.connect(db) as connection:
        [warnings] = connection.execute("SELECT warnings FROM articles").fetchone()
        connection.execute("UPDATE articles SET pipeline_version = 'old'")
    assert "18/03/2025" in warnings
    assert runner.invoke(reanalyze_command, ["--db", db]).exit_code == 0
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT warnings FROM articles").fetchone()[0] == warnings


FERRY = ("The harbour board said on Friday that the evening ferry would stop next month. \u201cWe have no crews,"
         "\u201d the board's chair, Tom Reed, said.")


@pytest.mark.parametrize(("name", "page"), [
    ("ferry.txt", f"Ferry service cut\n\nBy Ana Ruiz\nUpdated: 12.09.2026, 14:20\n\n{FERRY}\n"),
    # Only the page's metadata says when it was changed: the store keeps it, since extraction is not redone.
    ("ferry.html", "<html><head><title>Ferry service cut</title><meta property='article:modified_time' "
                   "content='2026-09-12T14:20:00+01:00'></head><body><article><h1>Ferry service cut</h1>"
                   f"<p>{FERRY}</p><p>{FERRY.replace('evening', 'morning')}</p></article></body></html>"),
], ids=["update-notice", "html-metadata"])
def test_an_update_dates_a_page_with_no_publication_date_and_still_does_after_reanalysis(tmp_path, name, page):
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    db = str(tmp_path / "store.db")
    runner = CliRunner()
    assert runner.invoke(ingest_command, [str(path), "--db", db]).exit_code == 0

    def stored() -> tuple:
        with sqlite3.connect(db) as connection:
            return connection.execute("SELECT published, modified, warnings, (SELECT MIN(when_text) FROM quotes) "
                                      "FROM articles").fetchone()

    published, modified, warnings, when = stored()
    assert (published, modified) == (None, "2026-09-12")
    assert "updated, 2026-09-12" in warnings and when == "2026-09-11"
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE articles SET pipeline_version = 'newsgraph-0.0.1+old'")
    assert runner.invoke(reanalyze_command, ["--db", db]).output.startswith("reanalyzed 1, failed 0")
    assert stored() == (published, modified, warnings, when)
