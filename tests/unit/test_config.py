"""Settings: defaults, then NEWSGRAPH_* variables, then explicit overrides; bad values are clear errors."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsgraph.cli.main import cli
from newsgraph.config import Settings
from newsgraph.errors import InputError
from newsgraph.ingest import Fetcher


def test_environment_then_overrides(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_FETCH_TIMEOUT", "2.5")
    monkeypatch.setenv("NEWSGRAPH_FETCH_RETRIES", "0")
    monkeypatch.setenv("NEWSGRAPH_JOBS", "3")
    settings = Settings.from_env(jobs=2)
    assert (settings.fetch_timeout, settings.fetch_retries, settings.jobs) == (2.5, 0, 2)
    fetcher = Fetcher(**settings.fetcher_options())
    assert (fetcher.timeout, fetcher.retries, fetcher.delay) == (2.5, 0, 1.0)
    fetcher.close()


@pytest.mark.parametrize("value", ["fast", "-1", "nan", "inf"])
def test_bad_values_are_one_line_errors(monkeypatch, tmp_path, value):
    monkeypatch.setenv("NEWSGRAPH_FETCH_DELAY", value)
    with pytest.raises(InputError, match="NEWSGRAPH_FETCH_DELAY"):
        Settings.from_env()
    (tmp_path / "a.txt").write_text("Some text.")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "Error: [E100] NEWSGRAPH_FETCH_DELAY" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("name, raw, message", [
    ("NEWSGRAPH_JOBS", "0", "at least 1"),
    ("NEWSGRAPH_JOBS", "2.5", "whole number"),
    ("NEWSGRAPH_MAX_INPUT_BYTES", "0", "at least 1"),
])
def test_counts_must_be_whole_and_positive(monkeypatch, name, raw, message):
    monkeypatch.setenv(name, raw)
    with pytest.raises(InputError, match=message):
        Settings.from_env()


def test_a_whole_number_may_be_written_in_exponent_form(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_MAX_INPUT_BYTES", "1e6")
    assert Settings.from_env().max_input_bytes == 1_000_000
