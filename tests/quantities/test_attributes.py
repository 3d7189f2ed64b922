"""Values of an attribute (quantities/attributes.py): a sum or a percentage keyed by the
attribute it is the value of ("the policy rate to 3.75%", "a price of £38 million", "a 9 per
cent pay rise", "valued at €12 million"). Articles written for the tests, in several domains
(central banking, auctions, labour, museums, public budgets, statistics)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_articles
from claimcheck.quantities.attributes import PREFIX, read, table, written_precision
from claimcheck.quantities.find import find


def _reading(text: str, value: float):
    for r in find(text, 0, len(text), []):
        if abs(r.value - value) < 1e-6:
            return read(text, 0, r.start, r.end, len(text), r.dimension)
    raise AssertionError(f"no number {value} in {text!r}")


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_attribute_examples(ex) -> None:
    a = _reading(ex.text, ex.value)
    if ex.attribute is None:
        assert a is None, a
        return
    assert a is not None
    assert (a.noun, a.role, a.modifier, a.owner) == (ex.attribute, ex.role, ex.modifier, ex.owner), a


def _attr_findings(report) -> list[tuple[str, str]]:
    return sorted((f.severity, f.subject) for f in report.findings if f.kind == "count" and PREFIX in f.subject)


def _attr_claims(report) -> list[str]:
    return sorted(c.subject.id for c in report.claims if c.quantity is not None and c.quantity.head.startswith(PREFIX))


def test_two_new_policy_rates_conflict_and_the_old_rate_is_apart(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Rates\n\nThe Reserve Bank of Kestria cut its policy rate to 3.75% on Tuesday.\n",
        "b": "Rates\n\nThe central bank lowered its policy rate to 3.5% from 4%, the bank said.\n",
    }, {"a": "2025-06-03", "b": "2025-06-03"})
    found = _attr_findings(report)
    assert [s for s, _ in found] == ["conflict"], found
    assert any("|before|" in s for s in _attr_claims(report))


def test_a_forecast_is_never_held_against_the_outcome(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Budget\n\nThe finance ministry expects a deficit of 3.1% of GDP this year.\n",
        "b": "Budget\n\nThe statistics office said the deficit was 4.2% of GDP.\n",
    }, {"a": "2025-03-03", "b": "2025-03-04"})
    assert _attr_findings(report) == []


def test_two_lots_prices_in_one_article_are_two_things(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Auction\n\nThe hammer price was £38 million for the portrait. For the landscape the hammer price was "
             "£12 million.\n",
        "b": "Auction\n\nThe hammer price was £31 million, the auction house said.\n",
    }, {"a": "2025-05-14", "b": "2025-05-14"})
    assert _attr_findings(report) == []


def test_rounded_sum_is_a_variant(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Trade\n\nBilateral trade reached $1.9 billion, the ministry said.\n",
        "b": "Trade\n\nBilateral trade reached $1.87 billion, customs data showed.\n",
    }, {"a": "2025-04-10", "b": "2025-04-11"})
    assert [s for s, _ in _attr_findings(report)] == ["variant"]


def test_a_value_of_two_things_is_not_compared(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Museum theft\n\nThe insurers valued the stolen necklace at €12 million.\n",
        "b": "Museum theft\n\nThieves also took a tiara estimated at €19 million.\n",
        "c": "Museum theft\n\nThe necklace, worth about €12.4 million, was taken at night.\n",
    }, {"a": "2025-07-01", "b": "2025-07-01", "c": "2025-07-02"})
    assert [s for s, _ in _attr_findings(report)] == ["variant"]


def test_a_pay_demand_in_two_wordings_is_flagged(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Nurses strike\n\nThe nurses' union is demanding a 7 per cent pay rise for all grades.\n",
        "b": "Nurses strike\n\nThe union wants an increase of 4% and shorter shifts.\n",
    }, {"a": "2025-02-10", "b": "2025-02-11"})
    found = _attr_findings(report)
    assert [s for s, _ in found] in (["conflict"], ["tension"]), found
    assert all("|demand|" in s for _, s in found)


def test_levels_of_two_months_are_two_facts(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Prices\n\nAnnual inflation stood at 4.1% in January, the statistics office said.\n",
        "b": "Prices\n\nInflation eased to 3.2% in February.\n",
    }, {"a": "2025-03-02", "b": "2025-03-03"})
    assert _attr_findings(report) == []


def test_two_banks_named_apart_are_not_compared(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Rates\n\nThe Bank of Varnia kept its key rate at 3.5% on Wednesday.\n",
        "b": "Rates\n\nThe Reserve Bank of Kestria cut its key rate to 3.75% on Tuesday.\n",
    }, {"a": "2025-06-04", "b": "2025-06-04"})
    assert _attr_findings(report) == []


def test_vague_and_moving_figures_are_no_attribute(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Results\n\nThe figure was $3 million. Shares fell 4% in early trading.\n",
        "b": "Results\n\nThe figure was $5 million. Shares fell 6% in early trading.\n",
    }, {"a": "2025-06-04", "b": "2025-06-04"})
    assert _attr_claims(report) == []


def test_written_precision() -> None:
    assert written_precision("$1.9 billion", 1.9e9) == pytest.approx(0.05e9)
    assert written_precision("4.1%", 4.1) == 0.0
    assert written_precision("$369.67", 369.67) == 0.0


def test_an_estimated_value_is_one_fact_whatever_its_wording(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Stolen painting\n\nThe gallery estimates its value at €15 million, a spokesman said.\n",
        "b": "Stolen painting\n\nThe painting, worth €11 million, was cut from its frame.\n",
    }, {"a": "2025-04-01", "b": "2025-05-20"})
    assert [s for s, _ in _attr_findings(report)] == ["conflict"]


def test_two_rate_moves_in_basis_points_conflict_and_a_score_stays_a_score(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Rates\n\nThe Bank of Varnia raised its key rate by 50 basis points on Thursday.\n",
        "b": "Rates\n\nThe central bank raised its key rate by 25 basis points, its third rise this year.\n",
        "c": "Basketball\n\nThe Harbour Hawks scored 20 points in the second half.\n",
    }, {"a": "2025-06-05", "b": "2025-06-05", "c": "2025-06-05"})
    assert [s for s, _ in _attr_findings(report)] == ["conflict"]
    assert not any(c.quantity.dimension == "points" for c in report.claims if c.quantity and c.source == "c")


def test_a_margin_in_points_and_a_bare_budget(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Mayor elected\n\nMs Ferro won by a margin of 7.6 percentage points over her rival.\n",
        "b": "Mayor elected\n\nFerro's margin of 12 points was the largest in the city's history.\n",
    }, {"a": "2025-06-05", "b": "2025-06-06"})
    assert [s for s, _ in _attr_findings(report)] in (["conflict"], ["tension"])


def test_a_things_height_in_two_reports_conflicts_and_two_things_do_not(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Eruption\n\nThe volcano sent an ash column 9 km high into the sky on Sunday.\n",
        "b": "Eruption\n\nIts ash column rose 14 km high, the geological survey said.\n",
        "c": "Eruption\n\nA lava dome 300 m high has grown on the north flank.\n",
    }, {"a": "2025-06-05", "b": "2025-06-05", "c": "2025-06-06"})
    found = _attr_findings(report)
    assert [s for s, _ in found] == ["conflict"], found
    assert not any(c.source == "c" for f in report.findings if "attr:height" in f.subject
                   for c in report.claims if c.id in f.claims)
