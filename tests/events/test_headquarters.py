"""An organisation's seat and founding place (events/headquarters.py), compared by the place
rule. Articles written for the tests (a brewery, an airline, a football club, a retailer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_articles
from claimcheck.events.headquarters import fold, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_headquarters_examples(tmp_path: Path, ex) -> None:
    report = run_articles(tmp_path, {"a": f"Headline\n\n{ex.text}\n"}, {"a": "2025-05-06"})
    found = [(c.subject.id, c.where.text) for c in report.claims if c.facet in {"seat", "founded"} and c.where]
    if ex.org is None:
        assert found == []
        return
    prefix = "hq" if ex.fact == "seat" else "founded"
    assert (f"{prefix}:{fold(ex.org)}", ex.place) in found, found


def _places(report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "place")


def test_two_seats_for_one_brewery_conflict(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Brewery sold\n\nOsterby Brewing, headquartered in Aarhus, was bought by a rival.\n",
        "b": "Brewery sold\n\nThe buyer paid cash for Osterby Brewing, which is based in Odense.\n",
    }, {"a": "2025-06-02", "b": "2025-06-02"})
    assert _places(report) == ["conflict"]


def test_two_companies_seats_and_a_seat_before_a_move_are_not_compared(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Airline deal\n\nSkyvale Air, headquartered in Porto, agreed terms with Norden Air, based in Bergen.\n",
        "b": "Airline deal\n\nUntil 2019 Skyvale Air was headquartered in Braga. Skyvale Air is based in Porto.\n",
        "c": "Airline deal\n\nNorden Air plans to move its headquarters to Oslo.\n",
    }, {"a": "2025-06-02", "b": "2025-06-02", "c": "2025-06-03"})
    assert _places(report) == []


def test_founding_places_refer_back_to_the_last_name(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Club history\n\nWestmere Rovers, headquartered in Leeds, won on Saturday. It was founded in Hull in 1888.\n",
        "b": "Club history\n\nWestmere Rovers lost its captain. The club, founded in York in 1888, said nothing.\n",
    }, {"a": "2025-06-02", "b": "2025-06-02"})
    assert _places(report) == ["conflict"]


def test_a_person_based_somewhere_is_no_seat(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Retail\n\nMaria Holm, a Lund-based analyst, praised Brightmart. Brightmart is based in Malmo.\n",
        "b": "Retail\n\nBrightmart is based in Malmo, said Maria Holm, an analyst based in Lund.\n",
    }, {"a": "2025-06-02", "b": "2025-06-02"})
    assert _places(report) == []
    assert not [c for c in report.claims if c.facet == "seat" and "holm" in c.subject.id]
