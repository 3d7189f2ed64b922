"""Dates that are the value of a thing's attribute (events/date_attributes.py): when it was
built or opened, when it ends, expires or takes effect, compared by
checks/date_attribute.py. Articles written for the tests: infrastructure, sport, trade,
diplomacy, courts."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_articles
from claimcheck.events.date_attributes import FACET, table

EXAMPLES = table().examples


def _attrs(report) -> list[tuple[str, str, str]]:
    return sorted((c.predicate, c.subject.text or "", c.when.value) for c in report.claims
                  if c.facet == FACET and c.when is not None)


def _findings(report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "date" and "when:" in f.subject)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda ex: ex.text[:40])
def test_examples(tmp_path: Path, ex) -> None:
    report = run_articles(tmp_path, {"a": f"Headline\n\n{ex.text}\n"}, {"a": "2031-02-10"})
    got = _attrs(report)
    if ex.act is None:
        assert got == []
    else:
        assert len(got) == 1, got
        act, thing, when = got[0]
        assert (act, thing.lower()) == (ex.act, ex.thing)
        assert ex.when is not None and when.startswith(ex.when), got


def test_two_years_for_one_dam_conflict_and_a_decade_is_precision(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Dam fails\n\nThe Lower Vask dam failed on Monday. The 40-metre dam, completed in 1978, held a reservoir.\n",
        "b": "Flood\n\nThe Lower Vask dam burst on Monday. The earthfill structure was completed in 1987.\n",
        "c": "Analysis\n\nThe Lower Vask dam gave way on Monday. The dam was built in the 1970s.\n",
    }, {"a": "2031-05-06", "b": "2031-05-06", "c": "2031-05-07"})
    assert sorted(v for _, _, v in _attrs(report)) == ["197", "1978", "1987"]
    assert "conflict" in _findings(report)
    conflicts = [f for f in report.findings if f.severity == "conflict" and "when:" in f.subject]
    quotes = {c.quote for f in conflicts for c in report.claims if c.id in f.claims}
    assert any("1978" in q for q in quotes) and any("1987" in q for q in quotes)


def test_two_things_of_one_act_are_not_compared(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Rail\n\nThe line closed on Monday. The viaduct, built in 1911, was inspected.\n",
        "b": "Rail\n\nThe line closed on Monday. The station was built in 1965.\n",
    }, {"a": "2031-05-06", "b": "2031-05-06"})
    assert len(_attrs(report)) == 2
    assert _findings(report) == []


def test_one_source_giving_two_years_speaks_of_two_things(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Roads\n\nThe region's bridge, built in 1950, was closed. Another bridge was built in 1990.\n",
        "b": "Roads\n\nThe bridge, built in 1950, was closed on Monday.\n",
    }, {"a": "2031-05-06", "b": "2031-05-06"})
    assert _findings(report) == ["variant"] or _findings(report) == []


def test_two_contract_ends_told_the_same_day_conflict_and_two_holders_are_two_contracts(tmp_path: Path) -> None:
    # told the same day by two sources with no word of change: not a plan that moved (checks/plan_window.py)
    report = run_articles(tmp_path, {
        "a": "Transfer\n\nMidfielder Tomas Varga joined Kestrel City on Monday and signed a contract until June 2034.\n",
        "b": "Signing\n\nKestrel City signed Tomas Varga on Monday. Varga has signed a contract until 2035.\n",
        "c": "Club news\n\nKestrel City also said goalkeeper Ian Moss signed a contract until 2033.\n",
    }, {"a": "2031-07-02", "b": "2031-07-02", "c": "2031-07-03"})
    found = [f for f in report.findings if f.kind == "date" and "when:" in f.subject]
    assert [f.severity for f in found] == ["conflict"]
    quotes = " ".join(c.quote for f in found for c in report.claims if c.id in f.claims)
    assert "Moss" not in quotes


def test_a_plan_is_not_held_against_what_happened(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Clinic\n\nThe new clinic in Harlow is due to be completed in 2030, the council said on Monday.\n",
        "b": "Clinic\n\nThe new clinic in Harlow was completed in 2031, the council said on Monday.\n",
    }, {"a": "2029-05-06", "b": "2032-05-06"})
    assert _findings(report) == []


def test_two_effect_dates_of_one_measure(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Trade\n\nThe ministry said on Monday the new tariffs take effect on 1 April.\n",
        "b": "Trade\n\nThe ministry said on Monday that the new tariffs would take effect on May 1.\n",
    }, {"a": "2031-02-10", "b": "2031-02-10"})
    assert _findings(report) == ["conflict"]  # one day's statements: both cannot be the plan
    report = run_articles(tmp_path / "later", {
        "a": "Trade\n\nThe ministry said on Monday the new tariffs take effect on 1 April.\n",
        "b": "Trade\n\nThe ministry said that the new tariffs would take effect on May 1.\n",
    }, {"a": "2031-02-10", "b": "2031-03-02"})
    assert _findings(report) == ["tension"]  # three weeks on: the plan may have moved


def test_two_days_for_a_decision_made_public_are_a_conflict(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Court clears mayor\n\nThe regional court cleared the mayor of Ostrava of fraud. Thursday's decision ends a "
             "three-year case.\n",
        "b": "Mayor cleared\n\nThe decision, announced on Wednesday by the regional court in Ostrava, clears the mayor "
             "of fraud.\n",
        "c": "Court\n\nThe regional court announced on Tuesday that it would hear the mayor's case again.\n",
    }, {"a": "2031-03-07", "b": "2031-03-07", "c": "2031-03-07"})
    assert [a for a, _, _ in _attrs(report)] == ["announced", "announced"]
    assert _findings(report) == ["conflict"]  # one day apart, nothing to join them


def test_a_closing_deal_and_its_completion_are_one_act(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Brewer deal\n\nHarrow Ales agreed to buy Stoat Brewing. The deal, which still needs approval from the "
             "competition authority, is expected to close in the second quarter of 2032.\n",
        "b": "Brewery sale\n\nThe takeover of Stoat Brewing by Harrow Ales is expected to be completed in the first half "
             "of 2032.\n",
        "c": "Stoat shares rise\n\nShares in Stoat Brewing rose 4% on Tuesday. Analysts said the acquisition by Harrow "
             "Ales would be completed in early 2033.\n",
    }, {"a": "2031-10-06", "b": "2031-10-06", "c": "2031-10-07"})
    assert "variant" in _findings(report) and "tension" in _findings(report)


def test_two_deadlines_for_one_holder_disagree_and_two_holders_do_not(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Tower block\n\nThe council said tenants have until 30 June 2031 to leave the Marlow tower.\n",
        "b": "Marlow tower\n\nThe council wrote that tenants have until 15 June 2031 to leave the building.\n",
        "c": "Builders\n\nThe council said the contractor has until 1 September 2031 to start demolition.\n",
    }, {"a": "2031-03-02", "b": "2031-03-02", "c": "2031-03-03"})
    found = [f for f in report.findings if f.kind == "date" and "when:deadline" in f.subject]
    assert len(found) == 1 and found[0].severity in ("conflict", "tension")
    quotes = " ".join(c.quote for f in found for c in report.claims if c.id in f.claims)
    assert "contractor" not in quotes
