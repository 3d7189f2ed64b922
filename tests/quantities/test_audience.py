"""Counts of the people who watched or attended an event (quantities/audience.py). Articles
written for the tests: a tennis final, a music festival, an ice-hockey game."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.quantities.audience import read, table

from .helpers import count_values


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_audience_examples(ex) -> None:
    found = read(ex.text, 0, len(ex.text), [])
    if ex.value is None:
        assert found == []
        return
    cls, role, n, _ = found[0]
    assert (cls, role, n.value) == (ex.head, ex.role, pytest.approx(ex.value))


def _audience(report, head: str) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "count" and f"|{head}|" in f.subject)


def test_viewers_told_two_ways_are_one_figure(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-07-14", "Final\n\nThe stream peaked at 2.3 million concurrent viewers during the fifth set.\n"),
        "b": ("2025-07-14", "Record night\n\nMore than two million people were watching at the peak, the "
                            "broadcaster said.\n"),
    })
    assert _audience(report, "audience") == ["variant"]


def test_two_admission_totals_conflict_and_a_forecast_is_none(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-08-11", "Festival ends\n\nThe folk festival drew 64,200 admissions, organisers said on Sunday.\n"),
        "b": ("2025-08-11", "Wrap\n\nOrganisers say there were 48,000 admissions over the weekend.\n"),
        "c": ("2025-08-01", "Preview\n\nOrganisers expect about 70,000 admissions over the four days.\n"),
    })
    assert _audience(report, "admission") == ["conflict"]
    assert not any("70000" in str(v) for k, v in count_values(report).items() if "|admission|" in k)


def test_a_peak_and_an_average_are_not_compared(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-02", "Derby\n\nThe game was watched by an average television audience of 1.1 million.\n"),
        "b": ("2025-03-02", "Ratings\n\nThe audience peaked at 1.6 million in the third period.\n"),
    })
    assert _audience(report, "audience") == []


def test_two_figures_in_one_article_are_two_events(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-02", "Concerts\n\nThe stream peaked at 410,000 viewers on Friday. On Saturday it peaked "
                            "at 520,000 viewers.\n"),
        "b": ("2025-03-02", "Concert\n\nThe stream peaked at 300,000 viewers.\n"),
    })
    assert {k: v for k, v in count_values(report).items() if "|audience|" in k} == {
        "quantity:count|audience|peak|-|fixed": [300000.0]}


def test_people_who_were_hurt_are_no_audience(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-02", "Crush\n\nNine people were injured as a crowd left the ground.\n"),
        "b": ("2025-03-02", "Crush\n\nTwelve people were injured as the crowd left.\n"),
    })
    assert _audience(report, "crowd") == [] and _audience(report, "audience") == []
