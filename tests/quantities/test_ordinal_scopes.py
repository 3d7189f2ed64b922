"""The number of a thing among its kind in a lower-case scope ("the third signing of the
summer", "the 48th exchange of the war", quantities/ordinals._OF_LOWER): two numbers of one
noun in one scope across articles disagree; an owner's count with that scope ("the club's
fourth signing of the summer") counts in it too; other scopes, time units and another
stretch of time are other counts. Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.quantities.ordinals import read


@pytest.mark.parametrize("text,want", [
    ("She is the third appointment of the season.", [(3, "appointment", ("season",))]),
    ("The ship was the 12th seizure of the war, officials said.", [(12, "seizure", ("war",))]),
    ("It is the museum's fifth acquisition of the year so far.", [(5, "acquisition", ("museum",))]),
    ("He became the orchestra's second hire of the season.", [(2, "hire", ("orchestra", "season"))]),
    ("It was the second day of the trial.", []),
    ("the fourth round of the tournament", []),
])
def test_lower_case_scopes_are_read(text: str, want: list) -> None:
    assert [(n, noun, scope) for n, noun, _, scope in read(text, 0, len(text), "2031-03-01")] == want


def _ordinals(report) -> list[str]:
    return [f.severity for f in report.findings if f.kind == "ordinal" and f.subject.startswith("rank:nth-")]


def test_one_scope_numbered_two_ways_disagrees(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-03-02", "Orchestra hires oboist\n\nThe Halden Philharmonic hired the oboist Mira Lund on "
                            "Friday. She is the third hire of the season, conductor Ole Brekke said.\n"),
        "b": ("2031-03-02", "Lund joins Halden\n\nMira Lund, 29, joins on a three-year contract. She is the "
                            "orchestra's fourth hire of the season, Brekke said.\n"),
    })
    assert _ordinals(report) == ["conflict"]


def test_other_scopes_are_other_counts(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-03-02", "Orchestra hires oboist\n\nThe Halden Philharmonic hired the oboist Mira Lund on "
                            "Friday. She is the third hire of the season, conductor Ole Brekke said.\n"),
        "b": ("2031-03-02", "Lund joins Halden\n\nMira Lund joins on a three-year contract. She is the fourth "
                            "hire of the tour, Brekke said.\n"),
    })
    assert _ordinals(report) == []
