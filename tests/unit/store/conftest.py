from __future__ import annotations

import pytest

from newsgraph.store import open_store


@pytest.fixture
def store(tmp_path):
    with open_store(str(tmp_path / "test.db")) as s:
        yield s
