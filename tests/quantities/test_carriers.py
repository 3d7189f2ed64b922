"""People aboard belong to their carrier (quantities/carriers.py): one ferry's passengers
against another's, a plane's capacity, passengers of many flights or of no carrier are never
compared; one carrier's passengers stated two ways still are. Articles written for the tests
(a ferry, an airline, a railway, a tower's lifts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_articles
from claimcheck.models import Report
from claimcheck.quantities.carriers import table

from .helpers import count_severities as _counts


def _aboard(report: Report) -> list[tuple[str | None, str | None]]:
    return sorted((c.quantity.entity, c.quantity.owner) for c in report.claims
                  if c.quantity is not None and c.quantity.head.startswith(("passengers", "crew")))


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_carrier_examples(tmp_path: Path, ex) -> None:
    report = run_articles(tmp_path, {"a": f"Headline\n\n{ex.text}\n"}, {"a": "2025-05-06"})
    found = _aboard(report)
    if ex.carrier in {"capacity", "several", "none"}:
        assert found == [], found
        return
    assert (f"carrier:{ex.carrier}", ex.owner) in found, found


def test_one_ferry_two_passenger_counts_conflict(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Ferry fire\n\nA fire broke out on the ferry Gulf Star on Tuesday, forcing the evacuation of 230 passengers.\n",
        "b": "Ferry blaze\n\nThe ferry, carrying 320 passengers, caught fire, the coast guard said.\n"
             "The Gulf Star was towed to port.\n",
    }, {"a": "2025-06-04", "b": "2025-06-04"})
    assert _counts(report) == ["conflict"]


def test_two_stories_two_carriers_are_not_compared(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Jet lands safely\n\nA Kestrel Air jet carrying 180 passengers made an emergency landing on Monday.\n",
        "b": "Train halted\n\nA Northline train with 420 passengers was halted outside the station on Monday.\n",
        "c": "Flight diverted\n\nA Marlin Airways flight with 95 passengers was diverted on Monday.\n",
        "d": "Strike hits airports\n\nThe strike cancelled 60 flights, affecting about 4,000 passengers.\n",
        "e": "New plane\n\nThe maker unveiled a plane seating 120 passengers.\n",
    }, {k: "2025-06-02" for k in "abcde"})
    assert _counts(report) == []
