"""Counts told where the counted were, by a copula and a locative or "there were"
(quantities/located.py). Articles written for the tests: a mountain hut, a market square,
a flu ward, a lift."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.quantities.located import table

from .helpers import count_values as _keys, flagged_counts as _flagged


def _parts(report) -> list[tuple[str, str, str]]:
    """(head, role, entity) of every count key."""
    out = []
    for sid in _keys(report):
        _dim, head, role, entity, _asof = sid.removeprefix("quantity:").split("|")
        out.append((head, role, entity))
    return out


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_located_examples(tmp_path: Path, ex) -> None:
    report = run_dated(tmp_path, {"a": ("2025-05-02", "Report\n\n" + ex.text + "\n")})
    placed = [(role, entity) for _h, role, entity in _parts(report)]
    assert placed == ([] if ex.role is None else [(ex.role, ex.holder or "-")])


def test_two_counts_of_who_was_inside_disagree(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Lift\n\nTwelve shoppers were inside the lift when it stopped, the fire service said.\n"),
        "b": ("2025-05-02", "Lift rescue\n\nFifteen shoppers were in the lift when it stopped between floors.\n"),
    })
    assert ("quantity:count|shopper|at|noun:lift|2025-05-02", "conflict") in _flagged(report)


def test_people_in_a_place_are_a_count_of_people(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Hut\n\nNine people were inside the hut, police said.\n"),
        "b": ("2025-05-02", "Storm\n\nSix people were in the hut when the storm broke.\n"),
    })
    assert ("quantity:count|person|at|noun:hut|2025-05-02", "conflict") in _flagged(report)


def test_there_were_at_a_place(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Market\n\nThere were 30 flower stalls at the square on Friday.\n"),
        "b": ("2025-05-02", "Market day\n\nThere were 42 flower stalls at the square on Friday.\n"),
    })
    assert ("quantity:count|stall|at|noun:square|2025-05-02", "conflict") in _flagged(report)


def test_people_in_hospital_keep_their_state(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {"a": ("2025-05-02", "Flu\n\nOfficials said 14 people were in hospital.\n")})
    assert ("person", "hospital", "-") in _parts(report)


@pytest.mark.parametrize("sentence", [
    "A group of 14 hikers was at the hut.",  # a body's size is its own reading
    "Four clerks were in charge of the ledger.",  # no place
    "Eleven voters were in favour of the plan.",
    "Three ministers were at odds over the plan.",
])
def test_no_place_no_located_count(tmp_path: Path, sentence: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-05-02", "Report\n\n" + sentence + "\n")})
    assert all(role not in {"at", "there"} for _h, role, _e in _parts(report))


def test_two_places_are_two_counts(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Hut\n\nNine people were inside the hut, police said.\n"),
        "b": ("2025-05-02", "Storm\n\nSix people were in the barn when the storm broke.\n"),
    })
    assert _flagged(report) == []


def test_people_in_hospital_on_two_days_are_a_tally(tmp_path: Path) -> None:
    # a state as of its day ("in hospital" is what "hospitalised" says): the next day's figure updates it
    report = run_dated(tmp_path, {
        "a": ("2025-05-06", "Flu\n\nHealth officials said 23 people were in hospital.\n"),
        "b": ("2025-05-07", "Flu ward\n\nHealth officials said 30 people were in hospital.\n"),
    })
    assert _flagged(report) == []


def test_people_in_hospital_on_one_day_disagree(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-06", "Flu\n\nHealth officials said 23 people were in hospital.\n"),
        "b": ("2025-05-06", "Flu ward\n\nHealth officials said 30 people were in hospital.\n"),
    })
    assert ("quantity:count|person|hospital|-|2025-05-06", "conflict") in _flagged(report)


def test_a_past_year_before_the_count_dates_it(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-06", "Fair\n\nIn 2019 there were 30 flower stalls at the square.\n"),
        "b": ("2025-05-06", "Fair day\n\nThere were 42 flower stalls at the square on Saturday.\n"),
    })
    assert "quantity:count|stall|at|noun:square|2019" in _keys(report)
    assert _flagged(report) == []


def test_the_subject_of_the_verb_holds_a_prepositions_count(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {"a": ("2025-05-06", "Vote\n\nThe mayor won by 300, with 4,100 votes.\n")})
    assert ("vote", "win", "noun:mayor") in _parts(report)


def test_a_perfect_passive_reads_its_subject_past_been(tmp_path: Path) -> None:
    # "has been <verb>ed": the subject stands before "has", not "been"
    report = run_dated(tmp_path, {"a": ("2025-05-06", "Quarry\n\nSince then the quarry has been worked in five seasons.\n")})
    assert ("season", "work", "noun:quarry") in _parts(report)
