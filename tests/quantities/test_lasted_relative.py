"""How long an event lasted, told in a relative clause or as an activity's length
(quantities/lasted.py). Articles written for the tests: a council meeting, a wine auction,
a tennis match."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.quantities.lasted import read, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_lasted_examples(ex) -> None:
    found = read(ex.text, 0, len(ex.text), [])
    if ex.head is None:
        assert found == []
        return
    head, *_rest = found[0]
    assert head == ex.head
    assert found[0][3] * 24 == pytest.approx(ex.value_hours, rel=1e-3)


def _lasted(report) -> list[tuple[str, str]]:
    return sorted((f.subject, f.severity) for f in report.findings
                  if f.kind == "count" and "|lasted:" in f.subject)


def test_a_relative_clause_and_a_subject_give_one_length(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-11-20", "Council\n\nThe council approved the plan after a meeting that lasted six hours.\n"),
        "b": ("2025-11-20", "Council vote\n\nThe meeting lasted nine hours, councillors said.\n"),
    })
    assert [s for _, s in _lasted(report)] == ["conflict"]


def test_an_activity_length_and_a_subject_give_one_length(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-12", "Wine sale\n\nThe case sold after 11 minutes of bidding in the room.\n"),
        "b": ("2025-05-12", "Sale\n\nThe bidding lasted 25 minutes.\n"),
    })
    assert [s for _, s in _lasted(report)] == ["conflict"]


def test_days_of_an_activity_and_two_matches_in_one_article_are_none(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-07-01", "Tennis\n\nThe final, which lasted three hours, followed a semi-final which lasted "
                            "two hours.\nIt came after three days of rain.\n"),
        "b": ("2025-07-01", "Tennis\n\nThe rain came after five days of rain.\n"),
    })
    assert _lasted(report) == []
