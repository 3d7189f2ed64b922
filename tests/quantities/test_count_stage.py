"""A count written with a stage of a contest ("in the first round", "on the third ballot") is
that stage's: two reports of it compare whatever day each was written on, two stages' counts
never. Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

from builders import run_articles
from claimcheck.quantities.scope import count_stage


def _stage(text: str, number: str) -> str | None:
    start = text.index(number)
    return count_stage(text, 0, start, start + len(number) + len(" skaters"), len(text))


def test_the_stage_written_after_or_before_the_count() -> None:
    assert _stage("Fourteen skaters competed in the first round.", "Fourteen") == "round-1"
    assert _stage("In the second round, 12 skaters competed.", "12") == "round-2"
    assert _stage("Nine skaters were left on the final ballot.", "Nine") == "ballot-final"
    assert _stage("Fourteen skaters competed on Friday.", "Fourteen") is None
    assert _stage("Fourteen skaters competed, more than in the previous round.", "Fourteen") is None


def test_one_stage_reported_a_week_apart_is_compared(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Skating cup\n\nFourteen skaters competed in the first round on Saturday in Tampere.\n",
        "b": "Skating cup\n\nA look back: 12 skaters competed in the first round, and four reached the final.\n",
    }, {"a": "2025-02-09", "b": "2025-02-20"})
    assert [f.severity for f in report.findings if f.kind == "count"] == ["conflict"]


def test_two_stages_are_never_compared(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Skating cup\n\nFourteen skaters competed in the first round on Saturday in Tampere.\n",
        "b": "Skating cup\n\nEight skaters competed in the second round on Saturday in Tampere.\n",
    }, {"a": "2025-02-09", "b": "2025-02-09"})
    assert [f for f in report.findings if f.kind == "count"] == []
