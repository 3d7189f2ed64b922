"""How many times a verb was done ("was inspected 12 times"), keyed by the verb's stem
(``quantities/multiples.py``): two reports of one count disagree; a multiple of another
figure, a plan, a count narrowed to a subset and another verb's count stay apart. Articles
written for the tests (a lighthouse, a ferry, a football referee, a bridge)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated

from .helpers import count_values as _keys, flagged_counts as _flagged


@pytest.mark.parametrize("sentence, key, value", [
    ("The old bell was tolled 12 times at the ceremony.", "quantity:count|times:tol||-|2025-05-02", 12.0),
    ("The ferry had been inspected nine times, the port said.", "quantity:count|times:inspect||-|2025-05-02", 9.0),
    ("Okafor was booked three times in 2024.", "quantity:count|times:book||name:okafor|2024", 3.0),
])
def test_a_count_of_times_is_keyed_by_its_verb(tmp_path: Path, sentence: str, key: str, value: float) -> None:
    report = run_dated(tmp_path, {"a": ("2025-05-02", "Report\n\n" + sentence + "\n")})
    assert _keys(report).get(key) == [value]


@pytest.mark.parametrize("sentence", [
    "The new span is three times the length of the old one.",  # a multiple of another figure
    "The club paid about 14 times its yearly profit.",
    "Sales grew three times faster than costs.",
    "The bridge will be inspected four times next year.",  # a plan
    "She has won the title three times.",  # no verb right before the number
])
def test_no_count_of_times(tmp_path: Path, sentence: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-05-02", "Report\n\n" + sentence + "\n")})
    assert not [k for k in _keys(report) if "times:" in k]


def test_two_reports_of_one_count_disagree(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Lighthouse\n\nThe old bell was tolled 12 times at the ceremony.\n"),
        "b": ("2025-05-02", "Ceremony\n\nThe keepers said the bell was tolled 14 times.\n"),
    })
    assert [s for s, sev in _flagged(report) if "times:" in s and sev == "conflict"]


def test_a_subset_and_another_verb_stay_apart(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Ferry\n\nThe ferry was inspected nine times out of season in 2024.\n"),
        "b": ("2025-05-02", "Ferry safety\n\nThe ferry was inspected 23 times in 2024 alone.\n"),
        "c": ("2025-05-02", "Ferry repairs\n\nThe ferry was repaired 31 times in 2024.\n"),
    })
    assert not [s for s, _ in _flagged(report) if "times:" in s]
