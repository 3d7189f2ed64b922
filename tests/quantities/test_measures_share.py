"""Shares of a whole keyed by what they measure (quantities/measures_share.py). Articles
written for the tests: a city's budget, a water-borne outbreak, a mayoral election."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.quantities.measures_share import read, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_share_examples(ex) -> None:
    found = read(ex.text, 0, len(ex.text), [])
    if ex.head is None:
        assert found == []
        return
    q = found[0]
    assert (q.head, q.modifier) == (ex.head, ex.modifier)
    assert q.value == pytest.approx(ex.value)


def _shares(report) -> list[tuple[str, str]]:
    return sorted((f.subject, f.severity) for f in report.findings if f.kind == "count" and "|share:" in f.subject)


def test_a_shortfall_as_a_share_of_output(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-03-02", "Budget\n\nThe plan foresees a shortfall of 9 billion euros, or about 1.4% of gross domestic "
                            "product, the treasury said on Friday.\n"),
        "b": ("2031-03-03", "Budget\n\nThe shortfall target equals 4.1% of GDP, the treasury said on Friday.\n"),
    })
    assert ("quantity:percent|share:gdp||-|fixed", "conflict") in _shares(report)


def test_another_noun_of_the_same_whole_stays_apart(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-03-02", "Budget\n\nThe plan foresees a shortfall of 9 billion euros, or about 1.4% of gross domestic "
                            "product, the treasury said on Friday.\n"),
        "b": ("2031-03-03", "Budget\n\nHealth spending reaches 4.1% of GDP, the treasury said on Friday.\n"),
    })
    assert _shares(report) == []


def test_an_earlier_figure_is_no_share_of_the_story(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-03-02", "Budget\n\nThe shortfall target equals 1.4% of GDP, the treasury said on Friday.\n"),
        "b": ("2031-03-03", "Budget\n\nThe shortfall fell from 4.1% of GDP, the treasury said on Friday.\n"),
    })
    assert _shares(report) == []


def test_a_share_of_those_questioned(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-08-02", "Outbreak\n\nInterviews found that 81% of those questioned had drunk water from the "
                            "village well, officials said on Friday.\n"),
        "b": ("2031-08-03", "Outbreak\n\nOfficials said on Friday that 58% of those questioned drank water from "
                            "the village well.\n"),
    })
    assert ("quantity:percent|share:questioned||-|fixed", "conflict") in _shares(report)


def test_those_questioned_about_another_thing_stay_apart(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-08-02", "Outbreak\n\nInterviews found that 81% of those questioned had drunk water from the "
                            "village well, officials said on Friday.\n"),
        "b": ("2031-08-03", "Outbreak\n\nOfficials said on Friday that 58% of those questioned had eaten salad at "
                            "the fair.\n"),
    })
    assert _shares(report) == []
