"""A story written for the tests: three reports of one day that disagree on who holds an
office, on one man's title, and on the weekday of the date."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import pipeline
from claimcheck.models import Report

STORY = Path(__file__).parent / "stories" / "people"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    claims = tmp_path_factory.mktemp("claims")
    (claims / "sources.yaml").write_text("".join(f"{k}:\n  published: 2023-06-07\n" for k in "abc"), encoding="utf-8")
    return pipeline.run(STORY, claims)


def kinds(report: Report) -> dict[str, str]:
    return {f.kind: f.severity for f in report.findings}


def test_two_holders_of_one_office_on_one_day_conflict(report: Report) -> None:
    assert kinds(report)["role_holder"] == "conflict"
    finding = next(f for f in report.findings if f.kind == "role_holder")
    assert finding.subject == "office:south-korea-defense-minister"


def test_two_offices_for_one_man_on_one_day_conflict(report: Report) -> None:
    assert kinds(report)["title"] == "conflict"


def test_a_weekday_that_does_not_fit_its_date_is_flagged(report: Report) -> None:
    assert kinds(report)["weekday"] == "conflict"
    finding = next(f for f in report.findings if f.kind == "weekday")
    assert "Wednesday, June 6" in finding.summary


def test_the_us_secretary_is_consistent(report: Report) -> None:
    assert not [f for f in report.findings if "united-states" in f.subject]
