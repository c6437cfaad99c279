import pytest

from newsgraph import analyze


@pytest.fixture(scope="session")
def run():
    """analyze() with the real pipeline (loaded once for the session)."""
    return analyze


def pytest_collection_modifyitems(items):
    for item in items:
        if "/tests/model/" in str(item.fspath):
            item.add_marker(pytest.mark.model)
