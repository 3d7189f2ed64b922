"""Rank claims (quantities/rank.py) and the rank rule: articles written for the tests
(business, sport)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_articles

from claimcheck.quantities.rank import read, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_rank_examples(ex) -> None:
    found = read(ex.text)
    if ex.rank is None:
        assert found == []
    else:
        assert found and found[0][0] == ex.rank and found[0][1] == ex.head


def _ranks(report) -> list[str]:
    return [f.severity for f in report.findings if f.rule == "claimcheck.check.rank.v1"]


def test_one_thing_ranked_two_ways_conflicts(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Carrier collapse\n\nThe collapse brought down the world's third-largest container shipping line.\n",
        "b": "Carrier collapse\n\nIt had been the second-largest shipping line in the world until the collapse.\n",
        "c": "Season review\n\nThe club's fourth best ever result came in the cup.\n",
    }, {"a": "2025-02-10", "b": "2025-02-12", "c": "2025-02-12"})
    assert _ranks(report) == ["conflict"]


def test_two_things_of_one_kind_are_not_compared(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Bank failures\n\nRoswell Bank, the second-largest lender in the region, failed on Monday.\n",
        "b": "Bank failures\n\nMarlow Trust, the third-largest lender in the region, failed on Tuesday.\n",
        "c": "Airports\n\nThe second-busiest airport and the third-busiest airport both closed.\n",
        "d": "Airports\n\nThe storm shut the fourth-busiest airport in the country.\n",
    }, {"a": "2025-03-03", "b": "2025-03-04", "c": "2025-03-04", "d": "2025-03-04"})
    assert _ranks(report) == []


def test_things_named_as_subjects_of_is_are_not_compared(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Cocoa\n\nNorland is currently the world's fourth-largest cocoa producer.\n",
        "b": "Gas\n\nVestria is the world's second-largest gas producer.\n",
    }, {"a": "2025-03-03", "b": "2025-03-04"})
    assert _ranks(report) == []


def test_one_noun_ranked_for_two_products_is_not_compared(tmp_path: Path) -> None:
    # "producer" ranked for coffee, for wind power and for refined zinc: three rankings
    report = run_articles(tmp_path, {
        "a": "Harvest\n\nThe country is the world's fourth-largest coffee producer.\n",
        "b": "Turbines\n\nThe utility is the sixth-largest wind power producer in the world.\n",
        "c": "Mining\n\nThe mine is the world's third-largest producer of refined zinc, the firm said.\n",
    }, {"a": "2025-04-01", "b": "2025-04-02", "c": "2025-04-02"})
    assert _ranks(report) == []


def test_one_product_ranked_two_ways_conflicts(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Harvest\n\nThe country is the world's fourth-largest coffee producer.\n",
        "d": "Harvest\n\nThe country is the world's fifth-largest producer of coffee, traders said.\n",
    }, {"a": "2025-04-01", "d": "2025-04-03"})
    assert _ranks(report) == ["conflict"]
