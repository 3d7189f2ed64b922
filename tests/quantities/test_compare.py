"""Comparisons with a past figure (quantities/compare.py) and the comparison rule: articles
written for the tests (elections, sport)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_articles

from claimcheck.quantities.compare import read, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_compare_examples(ex) -> None:
    found = read(ex.text)
    if ex.sign == 0:
        assert found is None
    else:
        assert found is not None and found[:3] == (ex.noun, ex.year, ex.sign)


def _comparisons(report) -> list[str]:
    return [f.severity for f in report.findings if f.rule == "claimcheck.check.comparison.v1"]


def test_more_and_less_than_one_past_figure_conflict(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Exit poll\n\nOn these numbers the Greens are heading for a bigger majority than they won in 2009.\n",
        "b": "Exit poll\n\nThat would give the Greens a majority of 88 - six fewer than their win in 2009.\n",
    }, {"a": "2025-09-14", "b": "2025-09-15"})
    assert _comparisons(report) == ["conflict"]


def test_other_years_other_days_or_one_source_saying_both_are_no_finding(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Exit poll\n\nThe Greens are heading for a bigger majority than they won in 2009.\n",
        "b": "Result\n\nThe Greens won a majority of 88 - six fewer than their win in 2013.\n",
        "c": "Review\n\nThe final majority was smaller than in 2009.\n",
        "d": "Turnout\n\nTurnout was lower than in 2009. Attendance at rallies was higher than in 2009.\n",
    }, {"a": "2025-09-14", "b": "2025-09-15", "c": "2025-10-30", "d": "2025-09-15"})
    assert _comparisons(report) == []
