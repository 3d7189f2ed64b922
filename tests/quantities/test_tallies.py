"""Tallies of decisions taken by a vote (quantities/tallies.py) and the rule that one vote
has one tally (checks/tally.py). Articles written for the tests, across domains: a company
board, a city council, a jury, a parliament's readings, a central bank's committee, a
shareholders' meeting."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.quantities.tallies import read, read_decided, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_tally_examples(ex) -> None:
    found = read(ex.text)
    if ex.none:
        assert found == []
        return
    assert len(found) == 1
    t = found[0]
    if ex.unanimous is not None:
        assert t.unanimous is ex.unanimous
    else:
        assert (t.for_, t.against, t.abstained) == (ex.for_, ex.against, ex.abstained)
    assert t.body == ex.body
    assert t.stage == ex.stage
    assert sorted(t.nouns) == sorted(n[:5] for n in ex.nouns)


def _tallies(report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.subject.startswith("tally:"))


def test_unanimous_against_a_split_conflicts(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-03", "Brewer ousts chief\n\nThe board of Kestrel Breweries voted 6-3 on Sunday to dismiss "
                            "its chief executive, Ana Lind.\n"),
        "b": ("2025-03-05", "Lind out\n\nAna Lind left Kestrel Breweries after the eight-member board voted "
                            "unanimously to replace her, the company said.\n"),
    })
    assert _tallies(report) == ["conflict"]


def test_not_unanimous_against_unanimous_conflicts(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-12", "Rates held\n\nThe central bank's monetary policy committee held its main rate on "
                            "Thursday. The committee's decision was not unanimous.\n"),
        "b": ("2025-06-13", "Bank holds\n\nPolicymakers voted unanimously to keep the rate at 3.5 per cent.\n"),
    })
    assert _tallies(report) == ["conflict"]


def test_one_tally_written_two_ways_agrees(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-02-11", "Library saved\n\nThe Alder Bay council voted five to two on Monday to keep the "
                            "library open.\n"),
        "b": ("2025-02-11", "Council vote\n\nCouncillors backed the plan 5-2 on Monday.\n"),
        "c": ("2025-02-12", "Library\n\nFive councillors voted for the plan and two against.\n"),
    })
    assert _tallies(report) == []


def test_two_readings_of_one_bill_are_two_votes(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-08", "Water bill\n\nThe bill passed its second reading by 210 votes to 140 on Wednesday.\n"),
        "b": ("2025-05-22", "Water law\n\nThe bill passed its third reading by 221 votes to 129 on Wednesday.\n"),
    })
    assert _tallies(report) == []


def test_two_motions_of_one_council_are_not_compared(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-09-10", "Budget passed\n\nThe council approved the budget by seven votes to two on Tuesday.\n"),
        "b": ("2025-09-10", "Parking fees\n\nThe council voted 5-4 on Tuesday to raise parking fees.\n"),
    })
    assert _tallies(report) == []


def test_a_source_giving_two_tallies_speaks_of_two_votes(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-04-02", "Shareholders\n\nShareholders voted 61-12 to approve the merger. They voted 40-33 "
                            "on the pay report.\n"),
        "b": ("2025-04-02", "Merger cleared\n\nShareholders voted 61-12 to approve the merger.\n"),
    })
    assert _tallies(report) == []


def test_a_forecast_is_never_held_against_the_result(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-11-03", "Preview\n\nThe jury is expected to return a unanimous verdict, lawyers said.\n"),
        "b": ("2025-11-06", "Verdict\n\nJurors voted 10-2 to convict the former mayor on Wednesday.\n"),
    })
    assert _tallies(report) == []


def test_different_counts_for_one_side_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-27", "Treaty ratified\n\nThe treaty was approved by 140 deputies; 31 voted against and "
                            "9 abstained.\n"),
        "b": ("2025-03-28", "Parliament ratifies\n\nIn all, 171 deputies supported the treaty and four opposed it.\n"),
    })
    assert _tallies(report) == ["conflict"]


def test_votes_a_year_apart_are_not_compared(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-03-28", "Treaty\n\nLawmakers passed the treaty by 182 votes to 6.\n"),
        "b": ("2025-02-27", "Second treaty\n\nLawmakers passed the treaty by 188 votes to 6.\n"),
    })
    assert _tallies(report) == []


@pytest.mark.parametrize("ex", table().decided_examples, ids=lambda ex: ex.text[:40])
def test_deciding_ballot_examples(ex) -> None:
    found = read_decided(ex.text)
    assert (found[0][0] if found else None) == ex.ballot
    if found:
        assert sorted(found[0][3]) == sorted(ex.names)


def _decided(report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.subject.startswith("decided:"))


def test_two_deciding_ballots_for_one_contest_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-10-05", "New leader\n\nMaria Ostrova was elected leader of the Green Union on the fourth ballot "
                            "on Saturday.\n"),
        "b": ("2025-10-06", "Ostrova wins\n\nMaria Ostrova won the Green Union leadership on the third ballot at "
                            "the weekend congress.\n"),
    })
    assert _decided(report) == ["conflict"]


def test_one_deciding_ballot_and_a_lost_one_agree(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-10-05", "New leader\n\nMaria Ostrova was elected leader on the fourth ballot on Saturday.\n"),
        "b": ("2025-10-06", "Ostrova wins\n\nNo candidate won a majority on the first ballot. Maria Ostrova was "
                            "finally chosen after four ballots.\n"),
    })
    assert _decided(report) == []


def test_two_contests_with_two_winners_are_not_compared(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-09", "Conclave\n\nBishop Anton Weir was elected on the third ballot on Saturday.\n"),
        "b": ("2025-03-09", "Deputy\n\nCanon Lise Mora was chosen as deputy on the second ballot on Saturday.\n"),
    })
    assert _decided(report) == []
