"""The CLI's own handling of what no command handles: a closed pipe, a termination signal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from click.testing import CliRunner

from newsgraph.cli import main


def test_a_reader_that_stops_reading_ends_the_command_quietly(monkeypatch, tmp_path):
    def closed_pipe(*args, **kwargs):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("newsgraph.cli.store_cmds.click.echo", closed_pipe)
    result = CliRunner().invoke(main.cli, ["failures", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1 and "Traceback" not in result.output and "E000" not in result.output


def test_a_terminated_command_exits_through_its_cleanup():
    # In a child process: SIGTERM becomes SystemExit, so `with` blocks (the worker pool) are left properly.
    code = ("import os, signal, sys\n"
            "from newsgraph.cli import main\n"
            "try:\n"
            "    main.cli.main(['stats', '--db', '/nonexistent/x.db'], standalone_mode=False)\n"
            "except Exception:\n"
            "    pass\n"
            "try:\n"
            "    os.kill(os.getpid(), signal.SIGTERM)\n"
            "finally:\n"
            "    print('cleaned up', flush=True)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert done.returncode == 128 + signal.SIGTERM
    assert done.stdout.rstrip().endswith("cleaned up")
