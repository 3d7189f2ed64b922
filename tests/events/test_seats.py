"""The seat a person stood in at an election (events/seats.py), compared by the place rule:
articles written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_articles

from claimcheck.events.seats import read, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_seat_examples(ex) -> None:
    found = read(ex.text)
    assert (found[0] if found else None) == ex.seat


def _places(report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "place")


def test_a_seat_and_a_merged_seat_for_one_election_conflict(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "New minister\n\nThe prime minister named Amara Okafor as finance minister. "
             "Okafor was first elected MP for Eastvale in June 2010.\n",
        "b": "Who is Amara Okafor?\n\nAmara Okafor is the new finance minister. After losing in 2005, "
             "she contested Eastvale and Marsh at the 2010 general election and took it.\n",
    }, {"a": "2025-07-06", "b": "2025-07-07"})
    assert _places(report) == ["conflict"]


def test_seats_of_other_elections_or_narrower_names_are_no_conflict(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "New minister\n\nAmara Okafor was first elected MP for Eastvale in June 2010.\n",
        "b": "Who is Amara Okafor?\n\nAmara Okafor won the seat of Eastvale and Marsh in the 2024 election.\n",
        "c": "Profile\n\nAmara Okafor was elected as MP for Eastvale, Northshire in 2010.\n",
        "d": "Profile\n\nAmara Okafor, the MP for Marsh, spoke on Monday.\n",
    }, {"a": "2025-07-06", "b": "2025-07-07", "c": "2025-07-07", "d": "2025-07-07"})
    assert "conflict" not in _places(report) and "tension" not in _places(report)
