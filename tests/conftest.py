"""Shared test fixtures: where ../shared is, and a skip when a clone has none."""

from __future__ import annotations

import importlib.util
import json
import types
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def load_script(path: Path, name: str) -> types.ModuleType:
    """A Python file that is not part of a package (a benchmark, the reference scorer) as a module."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a clear skip when this clone has no ../shared (CI has it)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the team's shared data beside the repo (CI has it)")
    return path


@pytest.fixture(scope="session")
def reference() -> tuple[str, dict]:
    text = shared_path("seed", "article.txt").read_text(encoding="utf-8")
    gold = json.loads(shared_path("seed", "expected.json").read_text(encoding="utf-8"))
    return text, gold


@pytest.fixture(scope="session")
def postgres_server():
    from postgres_server import PostgresServer

    server = PostgresServer()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server, request) -> str:
    """A new, empty database of the session's PostgreSQL server."""
    postgres_url.count = getattr(postgres_url, "count", 0) + 1
    return postgres_server.create_database(f"test_{postgres_url.count}")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request, tmp_path) -> str:
    """Every test of the store, and of ingesting into it, runs on the embedded default and on PostgreSQL."""
    if request.param == "postgresql":
        return request.getfixturevalue("postgres_url")
    return str(tmp_path / "test.db")


@pytest.fixture
def store(store_url):
    from newsgraph.store import open_store

    with open_store(store_url) as s:
        yield s
