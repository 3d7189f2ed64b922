"""A count of a noun no class names ("40 officials", "five districts") with nobody named as
its owner is kept when a verb of ``count_actions`` says what the counted did ("took part",
"spread across", "stood trial"): keyed by the noun, that action and the day, so two
articles' figures for one day's fact meet; a bare count with no such verb stays no claim.
Articles written for the tests (diplomacy, health, courts, transport)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated

from .helpers import count_values as _counts, flagged_counts as _flagged


@pytest.mark.parametrize("sentence, key", [
    ("About 40 delegates from both sides took part in the forum.", "quantity:count|delegate|attend|-|2025-04-10"),
    ("The virus has spread across three provinces.", "quantity:count|province|reach|-|2025-04-10"),
    ("She was tried with seven co-defendants.", "quantity:count|co-defendant|tried|-|2025-04-10"),
    ("The storm grounded 40 flights.", "quantity:count|flight|close|-|2025-04-10"),
    ("Police detained 14 protesters.", "quantity:count|protester|arrest|-|2025-04-10"),
])
def test_an_action_keys_a_count_of_nobody_named(tmp_path: Path, sentence: str, key: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-04-10", "Report\n\n" + sentence + "\n")})
    assert key in _counts(report)


def test_a_bare_count_with_no_action_is_no_claim(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {"a": ("2025-04-10", "Report\n\nThe region has 400 locations and 12 bridges.\n")})
    assert _counts(report) == {}


def test_one_days_fact_given_two_figures_disagrees(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-04-10", "Outbreak\n\nThe disease has been found in five districts, officials said.\n"),
        "b": ("2025-04-10", "Outbreak grows\n\nThe disease has spread across three districts.\n"),
    })
    assert _flagged(report) == [("quantity:count|district|reach|-|2025-04-10", "conflict")]


def test_the_same_noun_under_another_action_is_another_fact(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-04-10", "Strike\n\nThe strike closed 12 ports on Thursday.\n"),
        "b": ("2025-04-10", "Strike\n\nInspectors reached 30 ports by Thursday.\n"),
    })
    assert _flagged(report) == []


def test_figures_of_different_days_are_not_compared(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-04-10", "Outbreak\n\nThe disease has spread to three districts.\n"),
        "b": ("2025-04-17", "Outbreak\n\nThe disease has spread to seven districts.\n"),
    })
    assert _flagged(report) == []
