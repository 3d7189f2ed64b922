"""The margin a contest was won by, or a record beaten by (quantities/margins.py): the
examples of resources/quantities/margins.yaml, and margins compared across articles.
Articles written for the tests: a rowing race, a mayoral election, a ski race, a chess
tournament."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated

from claimcheck.quantities.margins import read, table

from .helpers import flagged_counts as _flagged


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_margin_examples(ex) -> None:
    found = read(ex.text, 0, len(ex.text), [])
    assert [f[0] for f in found] == ([ex.head] if ex.head else [])
    if ex.head and ex.value is not None:
        value = found[0][3] * 86400 if found[0][9] == "duration" else found[0][3]
        assert value == pytest.approx(ex.value, rel=1e-3)


def _two(tmp_path: Path, a: str, b: str) -> list[tuple[str, str]]:
    return _flagged(run_dated(tmp_path, {
        "a": ("2025-03-02", "Report\n\n" + a + "\n"),
        "b": ("2025-03-03", "Later report\n\n" + b + "\n"),
    }))


def test_two_margins_of_one_win_disagree(tmp_path: Path) -> None:
    found = _two(tmp_path, "The Oxford crew won the boat race by 12 seconds.",
                 "Oxford's winning margin over Cambridge was 21 seconds.")
    assert found == [("quantity:duration|margin:win||-|fixed", "conflict")]


def test_points_of_a_margin_meet_the_attribute_reading(tmp_path: Path) -> None:
    found = _two(tmp_path, "The mayor was re-elected by a margin of 4.2 percentage points.",
                 "The mayor won by nearly 9 points.")
    assert [sev for _, sev in found] == ["conflict"]


def test_a_record_margin_is_not_the_winning_margin(tmp_path: Path) -> None:
    assert _two(tmp_path, "The skier beat the course record by 3 seconds.",
                "The skier won the downhill by 1.5 seconds.") == []


def test_a_part_of_the_contest_and_a_gap_behind_are_no_margin(tmp_path: Path) -> None:
    assert _two(tmp_path, "The grandmaster won the third round by 2 points.",
                "The grandmaster won by 5 points, with the runner-up 3 points behind the leader.") == []
