"""A story written for the tests (three outlets, text and HTML) with two planted disagreements:
the summit's dates, and where the next summit will be held."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from claimcheck import pipeline
from claimcheck.models import Report

STORY = Path(__file__).parent / "stories"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    claims = tmp_path_factory.mktemp("claims")
    shutil.copy(STORY / "nato-sources.yaml", claims / "sources.yaml")
    return pipeline.run(STORY / "nato", claims)


def test_one_summit_across_three_outlets_however_it_is_named(report: Report) -> None:
    vilnius = {c.subject.id for c in report.claims if c.where is not None and c.where.entity == "place:vilnius"}
    assert len(vilnius) == 1 and next(iter(vilnius)).startswith("series:nato-summit#")
    sources = {c.source for c in report.claims if c.subject.id in vilnius}
    assert sources == {"wire", "daily", "blog"}


def test_the_html_article_is_dated_by_its_metadata(report: Report) -> None:
    blog = next(s for s in report.sources if s.id == "blog")
    assert (blog.published.value, blog.published.basis) == ("2023-07-20", "file")


def test_the_next_summit_in_two_places_is_flagged(report: Report) -> None:
    place = [f for f in report.findings if f.kind == "place"]
    assert place and place[0].severity in {"tension", "conflict"}
    assert "the-hague" in place[0].summary and "washington" in place[0].summary


def test_the_dates_one_day_apart_are_flagged_but_not_a_conflict(report: Report) -> None:
    dates = [f for f in report.findings if f.kind == "date" and "2023-07" in f.summary]
    assert dates and all(f.severity != "conflict" for f in dates)
