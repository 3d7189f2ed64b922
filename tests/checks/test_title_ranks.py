"""One post at two ranks ("Health Minister" / "Deputy Health Minister") or two posts of one
ladder ("Vice Minister" / "secretary general") given to one person by two sources within a
few days, neither as a change of post: a conflict (the person holds one of them); two weeks
apart one change of post fits. An acting post against the post is no
rank apart; titles far apart in time are a career. Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated


def _titles(report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "title" and f.severity != "variant")


@pytest.mark.parametrize("first, second", [
    ("Health Minister Celia Vaz", "Deputy Health Minister Celia Vaz"),
    ("Vice Minister of Trade Omar Idris", "Omar Idris, the trade ministry's secretary general,"),
    ("Governor Sara Holm", "Deputy governor Sara Holm"),
])
def test_two_ranks_of_one_post_within_days_are_a_conflict(tmp_path: Path, first: str, second: str) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-09-15", f"Visit\n\n{first} opened the new clinic.\n"),
        "b": ("2025-09-16", f"Clinic\n\n{second} opened a clinic in the north.\n"),
    })
    assert _titles(report) == ["conflict"]


def test_two_ranks_of_one_post_two_weeks_apart_are_a_change(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-09-01", "Visit\n\nHealth Minister Celia Vaz opened the new clinic.\n"),
        "b": ("2025-09-16", "Clinic\n\nDeputy Health Minister Celia Vaz opened a clinic in the north.\n"),
    })
    assert _titles(report) == []


def test_an_acting_post_against_the_post_is_no_rank_apart(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-09-15", "Visit\n\nActing Health Minister Celia Vaz opened the new clinic.\n"),
        "b": ("2025-09-16", "Clinic\n\nHealth Minister Celia Vaz opened a clinic in the north.\n"),
    })
    assert _titles(report) == []


def test_two_ranks_months_apart_are_a_career(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-02-01", "Visit\n\nDeputy Health Minister Celia Vaz opened the new clinic.\n"),
        "b": ("2025-09-16", "Clinic\n\nHealth Minister Celia Vaz opened a clinic in the north.\n"),
    })
    assert _titles(report) == []
