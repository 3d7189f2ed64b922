"""Final scores of contests between two named sides (quantities/scores.py) and the rule that
one match has one final score (checks/score.py). Articles written for the tests, across
sports: rugby, basketball, football, ice hockey."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.quantities.scores import read, side_slug, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_score_examples(ex) -> None:
    found = read(ex.text)
    got = (found[0][0], found[0][1], f"{found[0][2]}-{found[0][3]}") if found else (None, None, None)
    assert got == (ex.winner, ex.loser, ex.score)


def test_a_side_is_one_slug_however_written() -> None:
    assert side_slug("Harbour City RFC") == side_slug("the Harbour City") == "harbour-city"
    assert side_slug("FC Zürich") == side_slug("Zurich") == "zurich"


@pytest.mark.parametrize("sentence", [
    "Kessel beat Dornbach 6-3, 6-4 in the final.",  # set scores of a tennis match
    "Anna Kessel beat Mia Dornbach 6-4 6-4.",
    "Anna Kessel beat Mia Dornbach 7-6 (8-6) 6-2.",
    "Saturday's 24-18 defeat to Wales was costly.",  # no side before the score
    "He won the 1988 title with a 2-0 win over Denmark.",  # a title wins nothing
    "Arsenal lost 2-0 at Old Trafford.",  # a ground, not a side
    "They set up a final with a 3-2 win over Cameroon's Cotonsport Garoua.",
    "Kessel beat Dornbach 2-1 on aggregate.",
    "On Saturday Kessel led Dornbach 2-0 at the break.",
    "Police said 10-15 people beat the man.",
    "Kessel drew 2-1 with Dornbach.",  # a draw needs one number twice
])
def test_no_final_score_is_read(sentence: str) -> None:
    assert read(sentence) == []


def _scores(report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.subject.startswith("score:"))


def test_two_scores_for_one_match_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-18", "Shield final\n\nHarbour City RFC beat Millbrook Rovers 24-17 at Kingsmead Park on "
                            "Saturday.\n"),
        "b": ("2025-05-19", "Rovers fall short\n\nMillbrook Rovers lost 17-21 to Harbour City in the shield final, "
                            "coach Dana Pike said.\n"),
    })
    assert _scores(report) == ["conflict"]


def test_one_score_written_from_each_side_agrees(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-02", "Hockey\n\nThe Ridgeway Owls defeated the Port Alder Seals 4-2 on Saturday night.\n"),
        "b": ("2025-03-02", "Seals beaten\n\nThe Port Alder Seals lost 2-4 to the Ridgeway Owls on Saturday.\n"),
        "c": ("2025-03-03", "Owls roll on\n\nRidgeway Owls' 4-2 win over Port Alder Seals was their fifth in a row.\n"),
    })
    assert _scores(report) == []


def test_two_matches_of_the_same_sides_are_not_compared(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-10-05", "League\n\nKessel beat Dornbach 3-0 on Saturday.\n"),
        "b": ("2025-10-12", "Cup\n\nKessel beat Dornbach 1-0 on Saturday in the cup.\n"),
        "c": ("2025-10-20", "Round-up\n\nKessel beat Dornbach 2-1 in the cup replay on October 18.\n"),
    })
    assert _scores(report) == []


def test_a_source_giving_both_legs_is_left_out(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-04-10", "Semi-final\n\nKessel beat Dornbach 2-0 at home. Dornbach beat Kessel 3-1 in the "
                            "return leg.\n"),
        "b": ("2025-04-10", "Through\n\nKessel beat Dornbach 2-0.\n"),
    })
    assert _scores(report) == []


def test_a_side_written_as_an_anaphor_joins_the_pair_named_elsewhere(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-18", "Final\n\nKessel FC beat Dornbach 3-1 in the final on Saturday.\n"),
        "b": ("2025-05-19", "Star\n\nThe Kessel striker, 21, scored twice as his side beat Dornbach 3-2 at the weekend.\n"),
    })
    assert _scores(report) == ["conflict"]


def test_an_anaphor_with_the_same_score_from_the_losers_side_agrees(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-18", "Final\n\nKessel FC beat Dornbach 3-1 in the final on Saturday.\n"),
        "b": ("2025-05-19", "Dornbach\n\nDornbach coach Ada Roe said they lost 1-3 to Kessel on Saturday.\n"),
        "c": ("2025-05-19", "Kessel\n\nThe Kessel coach was pleased. His side beat Dornbach 3-1.\n"),
    })
    assert _scores(report) == []


def test_an_anaphor_whose_side_two_pairs_name_is_not_compared(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-18", "Round-up\n\nKessel beat Dornbach 3-1. Arnhold beat Dornbach 2-0 in the other group.\n"),
        "b": ("2025-05-18", "Dornbach\n\nThe visitors beat Dornbach 4-0.\n"),
    })
    assert _scores(report) == []
