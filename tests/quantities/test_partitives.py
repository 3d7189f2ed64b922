"""Partitives: "Four of the dead were firefighters", "two of its engines failed", "Eight of the 40
passengers were injured". The part is told apart by what follows its noun phrase, as "eight
passengers were injured" is by its verb; the whole takes none of the part's verb; a part nothing
restricts is no claim. Articles written for the tests (an air incident, a warehouse fire, a
ferry, a trial)."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from .helpers import count_values, flagged_counts


def _two(tmp_path: Path, a: str, b: str):  # type: ignore[no-untyped-def]
    return run_dated(tmp_path, {"a": ("2025-06-02", "Report\n\n" + a + "\n"), "b": ("2025-06-02", "Report\n\n" + b + "\n")})


def test_a_part_told_by_its_verb_is_the_verb_s_count(tmp_path: Path) -> None:
    report = _two(tmp_path, "The cargo jet turned back to Oslo. Two of its engines failed over the sea.",
                  "The cargo jet turned back to Oslo after three of its engines failed over the sea.")
    assert ("quantity:count|engine|fail|-|2025-06-02", "conflict") in flagged_counts(report)


def test_a_part_told_by_a_predicate_noun(tmp_path: Path) -> None:
    report = _two(tmp_path, "The warehouse fire killed 12 people. Four of the dead were firefighters.",
                  "The warehouse fire killed 12 people. Six of the dead were firefighters.")
    assert ("quantity:count|dead:firefighters||-|2025-06-02", "conflict") in flagged_counts(report)
    assert count_values(report)["quantity:count|dead||-|2025-06-02"] == [12.0, 12.0]  # the toll is no part's


def test_the_whole_takes_none_of_the_part_s_verb(tmp_path: Path) -> None:
    report = _two(tmp_path, "The ferry Nordlys hit the pier. Eight of the 40 passengers were injured.",
                  "The ferry Nordlys hit the pier and eight passengers were injured.")
    values = count_values(report)
    assert values.get("quantity:count|passengers:injured|held|-|2025-06-02") == [8.0, 8.0]
    assert flagged_counts(report) == []


def test_the_same_part_in_two_trials_reports(tmp_path: Path) -> None:
    report = _two(tmp_path, "The jury returned its verdicts on Friday. Three of the defendants were convicted of fraud.",
                  "The jury returned its verdicts on Friday. Five of the defendants were convicted of fraud.")
    assert [s for s, _ in flagged_counts(report)] == ["quantity:count|defendant|convict|-|2025-06-02"]


def test_a_part_nothing_restricts_is_no_claim(tmp_path: Path) -> None:
    report = _two(tmp_path, "The storm injured 30 people. Five of the injured, all tourists, were flown out.",
                  "The storm injured 30 people. Nine of the injured, most of them children.")
    assert flagged_counts(report) == []
    assert all(":part" not in s for s in count_values(report))


def test_one_of_the_is_no_count(tmp_path: Path) -> None:
    report = _two(tmp_path, "Harbour Bank is one of the largest lenders in the region.",
                  "Harbour Bank is one of the oldest lenders in the region.")
    assert count_values(report) == {}


def test_one_of_the_whole_takes_no_verb_of_the_whole(tmp_path: Path) -> None:
    report = _two(tmp_path, "Lena Dahl, one of 14 climbers stranded, spoke by radio.",
                  "Rescuers reached the ridge where 14 climbers were stranded.")
    assert flagged_counts(report) == []
