"""The number of a repeated event of one holder (events/repeats.py) and the repeat rule:
articles written for the tests (sport, business)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_articles

from claimcheck.events.repeats import read, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_repeat_examples(ex) -> None:
    found = read(ex.text)
    if ex.ordinal is None:
        assert found is None
    else:
        assert found is not None and found[0] == ex.ordinal and found[2] == ex.object


def _repeats(report) -> list[str]:
    return [f.severity for f in report.findings if f.rule == "claimcheck.check.repeat.v1"]


def test_one_renewal_numbered_two_ways_conflicts(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Coach stays\n\nHead coach Marta Lindqvist, signing the 5th renewal of her contract, said the club was home.\n",
        "b": "Coach stays\n\nHead coach Marta Lindqvist will stay at the club. It is the fourth time that the veteran coach's "
             "contract has been renewed.\n",
    }, {"a": "2025-04-01", "b": "2025-04-02"})
    assert _repeats(report) == ["conflict"]


def test_renewals_years_apart_are_no_finding(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Coach stays\n\nHead coach Marta Lindqvist, signing the 4th renewal of her contract, said the club was home.\n",
        "b": "Coach stays again\n\nHead coach Marta Lindqvist will stay at the club. It is the fifth time that the veteran "
             "coach's contract has been renewed.\n",
    }, {"a": "2024-04-01", "b": "2025-04-02"})
    assert _repeats(report) == []
