"""Which body operates a facility (events/operators.py) and the operator rule: articles
written for the tests (a storm, a port)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_articles

from claimcheck.events.operators import read, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_operator_examples(ex) -> None:
    found = read(ex.text)
    assert (found[1] if found else None) == ex.operator
    if found:
        assert found[0] == ex.device


def _operators(report) -> list[str]:
    return [f.severity for f in report.findings if f.rule == "claimcheck.check.operator.v1"]


def test_two_bodies_running_one_gauge_are_a_tension(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Storm surge\n\nIn Port Elin, no readings arrived. The Harbour Authority's tide gauge failed at noon.\n",
        "b": "Storm surge\n\nThe Coastal Survey Office tide gauge in Port Elin failed as the surge arrived.\n",
    }, {"a": "2025-10-02", "b": "2025-10-02"})
    assert _operators(report) == ["tension"]


def test_gauges_of_other_places_or_one_source_naming_two_are_no_finding(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Storm surge\n\nThe Harbour Authority's tide gauge in Port Elin failed at noon.\n",
        "b": "Storm surge\n\nThe Coastal Survey Office tide gauge in Marrow Bay failed as the surge arrived.\n",
        "c": "Storm surge\n\nThe Harbour Authority tide gauge in Kell failed. "
             "The Coastal Survey Office tide gauge in Kell kept working.\n",
        "d": "Storm surge\n\nThe Coastal Survey Office's tide gauge in Kell kept working.\n",
    }, {"a": "2025-10-02", "b": "2025-10-02", "c": "2025-10-02", "d": "2025-10-02"})
    assert _operators(report) == []
