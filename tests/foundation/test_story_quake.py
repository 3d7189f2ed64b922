"""A story written for the tests, as JSONL (two dated outlets, one undated blog): a death
toll and a weekday that disagree, an unknown town named only by its position."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import pipeline
from claimcheck.models import Report

STORY = Path(__file__).parent / "stories" / "quake"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return pipeline.run(STORY, tmp_path_factory.mktemp("claims"))


def test_the_undated_blog_is_dated_from_its_text(report: Report) -> None:
    blog = next(s for s in report.sources if s.id == "blog-3")
    # the month from its own text; the day, within it, from the agency report on the same quake
    assert blog.published.basis == "inferred" and blog.published.value == "2024-02-07"
    assert "month" in (blog.published.evidence or "") and "agency-1" in (blog.published.evidence or "")


def test_one_earthquake_across_three_sources(report: Report) -> None:
    quake = {c.subject.id for c in report.claims if c.subject.id.startswith("event:earthquake")}
    assert len(quake) == 1
    assert {c.source for c in report.claims if c.subject.id in quake} == {"agency-1", "paper-2", "blog-3"}
    assert {c.where.entity for c in report.claims if c.subject.id in quake and c.where} == {"place:hualien"}


def test_the_death_toll_disagreement_is_a_conflict(report: Report) -> None:
    counts = [f for f in report.findings if f.kind == "count"]
    assert [f.severity for f in counts] == ["conflict"]
    assert "12 people" in counts[0].summary and "15 people" in counts[0].summary


def test_friday_against_saturday_is_flagged(report: Report) -> None:
    dates = [f for f in report.findings if f.kind == "date"]
    assert dates and "2024-02-02" in dates[0].summary and "2024-02-03" in dates[0].summary
