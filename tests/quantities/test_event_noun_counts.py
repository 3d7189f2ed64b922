"""Counts that are the object of an event noun ("the recall of 41 batches", "the arrest of
14 suspects", ``quantities/held.py``: ``event_noun_act``) or the subject or object of a
progressive ("are taking part", "is recalling"), keyed as the verb written would key them.
Articles written for the tests: a food recall, a police raid, school closures in a storm."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated


def _counts(report) -> list[str]:
    return sorted(c.subject.id for c in report.claims if c.subject.id.startswith("quantity:count"))


def _flagged(report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "count" and f.severity in ("conflict", "tension"))


@pytest.mark.parametrize(("sentence", "part"), [
    ("The dairy announced the recall of 41 pallets of cheese.", "pallet|recal|"),
    ("Police confirmed the arrest of 14 suspects after the raid.", "suspect|arrest|"),
    ("The storm forced the closure of 30 schools across the county.", "school|close|"),
    ("The ministry ordered the evacuation of 300 residents.", "resident|evacuat|"),
    ("About 200 volunteers were searching the hills for the walkers.", "volunteer|search|"),
    ("The dairy is recalling 12 pallets of cheese after a fault that may harm children.", "pallet|recal|"),
])
def test_the_act_on_a_count_is_read(tmp_path: Path, sentence: str, part: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-04-07", f"Report\n\n{sentence}\n")})
    assert any(part in sid for sid in _counts(report)), _counts(report)


@pytest.mark.parametrize("sentence", [
    "A delegation of 40 officials arrived for the talks.",  # a body's size, not what an act did
    "The town has a population of 8,000 people.",
    "A total of 84 patients were moved.",
])
def test_no_event_noun_where_none_acts(tmp_path: Path, sentence: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-04-07", f"Report\n\n{sentence}\n")})
    assert not any(f"|{act}" in sid for sid in _counts(report) for act in ("delegat", "populat", "tot|"))


def test_a_recall_told_by_noun_and_verb_disagrees(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-04-07", "Recall\n\nHollin Dairy announced the recall of 41 pallets of cheese on Monday.\n"),
        "b": ("2025-04-07", "Recall\n\nHollin Dairy recalled 14 pallets of cheese on Monday.\n"),
    })
    assert _flagged(report) in (["conflict"], ["tension"])


def test_arrests_and_releases_are_two_counts(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-04-07", "Raid\n\nPolice confirmed the arrest of 14 suspects in the raid on Monday.\n"),
        "b": ("2025-04-07", "Raid\n\nPolice released 10 suspects on Monday after the raid.\n"),
    })
    assert _flagged(report) == []


def test_closures_rising_over_days_are_no_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-04-07", "Storm\n\nThe storm forced the closure of 30 schools on Monday.\n"),
        "b": ("2025-04-14", "Storm\n\nThe storm forced the closure of 45 schools on Friday, "
                            "the county said.\n"),
    })
    assert _flagged(report) == []


def test_two_counts_coordinated_share_their_verb(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {"a": ("2025-04-07", "Report\n\nAbout 80 volunteers and six boats had been "
                                                      "sent to the flooded village.\n")})
    assert any("volunteer|" in sid for sid in _counts(report)), _counts(report)


@pytest.mark.parametrize(("sentence", "part"), [
    ("The goalkeeper kept out three penalties in the shootout.", "penalty|keep-out|noun:goalkeeper|"),
    ("The shipyard laid off 120 welders in March.", "welder|lay-off|"),
])
def test_a_phrasal_verb_before_a_count_keeps_its_subject(tmp_path: Path, sentence: str, part: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-04-07", f"Report\n\n{sentence}\n")})
    assert any(part in sid for sid in _counts(report)), _counts(report)
