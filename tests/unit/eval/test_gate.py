"""The quality gate's own logic (benchmarks/gate.py): what counts as a drop, and what an update pins."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import load_script

GATE = Path(__file__).resolve().parents[3] / "benchmarks" / "gate.py"


@pytest.fixture(scope="module")
def gate():
    return load_script(GATE, "quality_gate")


FLOORS = {"all": {"content.soft": 0.76, "source.exact": 0.68}}


def test_a_drop_is_more_than_the_tolerance_below_the_floor(gate):
    measured = {"all": {"content.soft": 0.7501, "source.exact": 0.6699, "content.exact": 0.5}}
    rows = {(view, metric): dropped for view, metric, _, _, dropped in gate.compare(measured, FLOORS, 0.01)}
    assert rows == {("all", "content.soft"): False, ("all", "source.exact"): True, ("all", "content.exact"): False}


def test_an_update_raises_floors_and_lowers_them_only_when_asked(gate):
    measured = {"own": {"all": {"content.soft": 0.77001, "source.exact": 0.67}}}
    floors = {"own": FLOORS, "polnear-dev": FLOORS}
    raised = gate.updated(floors, measured)
    assert raised["own"]["all"] == {"content.soft": 0.77, "source.exact": 0.68}
    assert raised["polnear-dev"] == FLOORS  # not measured (no ../shared): kept
    assert gate.updated(floors, measured, allow_lower=True)["own"]["all"]["source.exact"] == 0.67
    assert floors["own"]["all"]["content.soft"] == 0.76  # the input is not changed
