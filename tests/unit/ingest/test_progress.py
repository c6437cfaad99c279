"""The ingest progress line: count, rate and ETA on stderr, and nothing when stderr is not a terminal."""

from newsgraph.cli.ingest import Progress
from newsgraph.ingest import IngestSummary


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
