"""Per-unit quantities (quantities/rates.py): a figure for one unit of something is keyed by
what it prices and its unit, never compared with a total or a figure per another unit.
Articles written for the tests (a port strike, an airline, a club takeover, a utility)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_articles
from claimcheck.models import Report
from claimcheck.quantities.rates import is_rate, table

from .helpers import count_severities as _counts


def _rates(report: Report) -> list[tuple[str, str, str | None]]:
    return sorted((c.quantity.head, c.quantity.role, _owner(c.quantity)) for c in report.claims
                  if c.quantity is not None and is_rate(c.quantity.head))


def _owner(q) -> str | None:
    """A share's company (``owner``), or a deal's company bought (its entity)."""
    if q.owner:
        return q.owner
    return q.entity[5:].replace("-", " ") if q.entity and q.entity.startswith("name:") else None


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_rate_examples(tmp_path: Path, ex) -> None:
    report = run_articles(tmp_path, {"a": f"Headline\n\n{ex.text}\n"}, {"a": "2025-05-06"})
    found = _rates(report)
    if ex.head is None:
        assert found == []
        return
    owner = " ".join(ex.owner.lower().split()) if ex.owner else None
    assert (ex.head, ex.role, owner) in found, found


def test_two_prices_a_share_for_one_takeover_conflict(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Club sold\n\nHarrow Holdings will pay $12 a share for Eastbrook Athletic, the club said on Monday.\n",
        "b": "Club sale\n\nThe buyer is paying $14 for each Eastbrook share, the club's board said.\n",
    }, {"a": "2025-06-02", "b": "2025-06-03"})
    assert _counts(report) == ["conflict"]


def test_a_price_a_share_is_never_compared_with_the_deal_value(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Club sold\n\nHarrow Holdings will pay $12 a share for Eastbrook Athletic.\n",
        "b": "Club sale\n\nThe takeover values Eastbrook Athletic at $480 million.\n",
    }, {"a": "2025-06-02", "b": "2025-06-02"})
    assert _counts(report) == []


def test_two_companies_shares_are_not_compared(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Bids\n\nHarrow Holdings offered $12 for each Eastbrook share.\n",
        "b": "Bids\n\nIt also offered $30 for each of Millvale's shares.\n",
    }, {"a": "2025-06-02", "b": "2025-06-02"})
    assert _counts(report) == []


def test_an_earlier_share_price_is_of_another_time(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Club sold\n\nHarrow Holdings will pay $12 a share for Eastbrook Athletic.\n",
        "b": "Fans lose\n\nSupporters who bought at $25 a share in March will lose money.\n",
    }, {"a": "2025-06-02", "b": "2025-06-02"})
    assert _counts(report) == []


def test_wages_an_hour_conflict_but_not_against_a_week_or_a_demand(tmp_path: Path) -> None:
    clash = run_articles(tmp_path / "clash", {
        "a": "Port strike\n\nDockers at the terminal earn €19.50 an hour, the union said.\n",
        "b": "Port strike\n\nDockers at the terminal earn €21.50 an hour, the operator said.\n",
    }, {"a": "2025-09-10", "b": "2025-09-10"})
    assert _counts(clash) == ["conflict"]
    apart = run_articles(tmp_path / "apart", {
        "a": "Port strike\n\nDockers at the terminal earn €19.50 an hour, the operator said.\n",
        "b": "Port strike\n\nDockers at the terminal earn €780 a week, the operator said.\n",
        "c": "Port strike\n\nThe union demands pay of €23 an hour for dockers at the terminal.\n",
    }, {"a": "2025-09-10", "b": "2025-09-10", "c": "2025-09-10"})
    assert _counts(apart) == []


def test_fares_of_two_days_and_unsaid_sums_a_day_are_not_compared(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Fares\n\nThe airline charges a fee of £40 per passenger. The strike loses it about £3 million a day.\n",
        "b": "Fares\n\nThe airline charges a fee of £45 per passenger. Travellers spent £5 million a day.\n",
    }, {"a": "2025-01-10", "b": "2025-02-20"})
    assert _counts(report) == []


def test_interest_rates_of_one_loan_on_one_day_conflict(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Utility loan\n\nThe state will lend Brightwater Power $2 billion at an interest rate of 6 per cent.\n",
        "b": "Utility loan\n\nThe state is providing a loan of $2 billion to the utility at 8 per cent.\n",
    }, {"a": "2025-03-03", "b": "2025-03-03"})
    assert _counts(report) == ["conflict"]
    held = run_articles(tmp_path / "held", {
        "a": "Utility\n\nThe state will lend Brightwater Power $2 billion at an interest rate of 6 per cent.\n",
        "b": "Utility\n\nThe state owns 8 per cent of Brightwater Power.\n",
    }, {"a": "2025-03-03", "b": "2025-03-03"})
    assert _counts(held) == []


def test_two_prices_for_one_company_bought_conflict_and_an_earlier_deal_does_not(tmp_path: Path) -> None:
    clash = run_articles(tmp_path / "clash", {
        "a": "Brewer sold\n\nHalden agreed to buy Osterby Brewing for $1.2 billion on Monday.\n",
        "b": "Brewer sold\n\nHalden will acquire Osterby Brewing in a deal worth $1.5 billion.\n",
    }, {"a": "2025-06-02", "b": "2025-06-02"})
    assert _counts(clash) == ["conflict"]
    apart = run_articles(tmp_path / "apart", {
        "a": "Brewer sold\n\nHalden agreed to buy Osterby Brewing for $1.2 billion on Monday.\n",
        "b": "Brewer sold\n\nHalden bought Kronborg Ales for $300 million in 2021.\n",
        "c": "Brewer sold\n\nHalden bought Osterby Brewing for $500 million in 2019 and sold it in 2022.\n",
        "d": "Brewer sold\n\nThe chief executive bought a house for $2 million.\n",
    }, {"a": "2025-06-02", "b": "2025-06-02", "c": "2025-06-02", "d": "2025-06-02"})
    assert _counts(apart) == []
