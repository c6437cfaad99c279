"""A throwaway PostgreSQL server for the tests: its own cluster in a temporary directory, on loopback.

The server binaries come from the system (``make test`` installs Debian's ``postgresql`` when they are
missing). Without them the PostgreSQL tests skip with a message, except under CI, where they must run.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest


def _binaries() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _unavailable(message: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


class PostgresServer:
    """initdb + pg_ctl start; ``url(name)`` for a database; ``stop()`` removes everything."""

    def __init__(self) -> None:
        bin_dir = _binaries()
        if bin_dir is None:
            _unavailable("PostgreSQL server binaries (initdb, pg_ctl) not found: `make test` installs them "
                         "(Debian package postgresql)")
        # initdb refuses to run as root: the cluster then belongs to the postgres system user.
        owner = None
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                _unavailable("running as root without a 'postgres' system user to own the test cluster")
        self._bin = bin_dir
        self._dir = Path(tempfile.mkdtemp(prefix="newsgraph-pg-"))
        self._runas: list[str] = []
        if owner is not None:
            os.chown(self._dir, owner.pw_uid, owner.pw_gid)
            self._runas = ["runuser", "-u", "postgres", "--"]
        self.port = _free_port()
        self._data = self._dir / "data"
        try:
            self._run("initdb", "-D", str(self._data), "-A", "trust", "-U", "newsgraph", "-E", "UTF8", "--locale=C")
            self._run("pg_ctl", "-D", str(self._data), "-l", str(self._dir / "server.log"), "-w", "-t", "60",
                      "-o", f"-h 127.0.0.1 -p {self.port} -k {self._dir} -F", "start")
        except BaseException:
            shutil.rmtree(self._dir, ignore_errors=True)
            raise

    def _run(self, program: str, *args: str) -> None:
        command = [*self._runas, str(self._bin / program), *args]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = self._dir / "server.log"
            detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{program} failed ({done.returncode}): {done.stderr.strip()}\n{detail}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://newsgraph@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self._data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self._dir, ignore_errors=True)
