"""Shared test fixtures: where ../shared is, and a skip when a clone has none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


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
