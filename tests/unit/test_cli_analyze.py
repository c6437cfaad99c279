"""Bad input to `newsgraph analyze` gives one clear line and a non-zero exit, never a traceback."""

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
    assert message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_a_missing_file_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["analyze", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "cannot read" in result.output


def test_a_bad_publication_date_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Text.")
    result = CliRunner().invoke(cli, ["analyze", str(path), "--published", "18/03/2025"])
    assert result.exit_code == 2 and "not a date" in result.output
