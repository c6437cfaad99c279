"""The ingest progress line: count, rate and ETA on stderr, and nothing when stderr is not a terminal."""

import gzip

from newsgraph.cli.ingest import Progress
from newsgraph.ingest import IngestSummary
from newsgraph.ingest.sources import count_documents


def test_progress_shows_count_rate_and_eta(capsys):
    progress = Progress(4, enabled=True)
    progress(IngestSummary(ingested=2, duplicates=1, failed=1))
    progress.close()
    err = capsys.readouterr().err
    assert "4/4 documents" in err and "/s" in err and "ETA 0:00:00" in err
    assert err.endswith("\n")


def test_progress_without_a_known_total_counts_failures(capsys):
    progress = Progress(None, enabled=True)
    progress(IngestSummary(ingested=3, failed=2))
    assert "5 documents" in capsys.readouterr().err


def test_progress_is_silent_when_stderr_is_not_a_terminal(capsys):
    progress = Progress(4)  # pytest's captured stderr is not a terminal
    progress(IngestSummary(ingested=4))
    progress.close()
    assert capsys.readouterr().err == ""


def test_documents_are_counted_up_front_when_the_sources_can_say(tmp_path):
    (tmp_path / "pages").mkdir()
    for name in ("a.html", "b.txt", "c.html.gz", ".hidden.html", "notes.md"):
        (tmp_path / "pages" / name).write_bytes(b"x")
    (tmp_path / "export.jsonl").write_text('{"text": "one"}\n{"text": "two"}\n{"text": "three"}')
    (tmp_path / "export.jsonl.gz").write_bytes(gzip.compress(b'{"text": "one"}\n{"text": "two"}\n'))
    sources = [str(tmp_path / "pages"), str(tmp_path / "export.jsonl"), str(tmp_path / "export.jsonl.gz"),
               "https://example.org/story", str(tmp_path / "missing.html")]
    assert count_documents(sources) == 3 + 3 + 2 + 1 + 1
    (tmp_path / "crawl.warc.gz").write_bytes(b"")
    assert count_documents([*sources, str(tmp_path / "crawl.warc.gz")]) is None
    assert count_documents(["-"]) is None
