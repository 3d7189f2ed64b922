"""A thing named by one content word ("a deal", "the cable") is one thing only within one
story: articles that name a person, body or place in common. Two stories' deals are two
things, never compared. Articles written for the tests (sport, publishing, energy)."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated


def _thing_subjects(report) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.subject.id for c in report.claims if c.subject.id.startswith("thing:")}


def test_two_stories_deals_are_two_things(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "club": ("2025-03-10", "Striker Tomas Vell agreed a new deal with Harbour City in February."),
        "books": ("2025-03-11", "Novelist Ines Marrow signed a deal with Quillstone Press in 2023."),
    })
    subjects = _thing_subjects(report)
    assert len(subjects) == 2 or not subjects
    assert not [f for f in report.findings if f.severity in ("conflict", "tension")]


def test_one_story_one_thing_across_articles(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "wire": ("2025-09-18", "Energy minister Aldo Reyes said the cable would enter service in 2031."),
        "paper": ("2025-09-19", "Energy Minister Aldo Reyes told reporters the cable would enter service in 2030."),
    })
    subjects = _thing_subjects(report)
    assert len(subjects) == 1, subjects
    assert [f.severity for f in report.findings if f.kind == "date"] in (["conflict"], ["tension"])


def test_a_rank_with_no_holder_is_its_story_s(tmp_path: Path) -> None:
    """"the region's third-largest economy" in two stories ranks two countries."""
    report = run_dated(tmp_path, {
        "cars": ("2025-03-10", "Carmaker Velto Motors will build a plant in the region's fourth-largest economy, "
                               "chief executive Ana Brisk said."),
        "bank": ("2025-03-11", "Lender Corvex Bank bought a rival in the region's third-largest economy, "
                               "chairman Ivo Stann said."),
    })
    assert not [f for f in report.findings if f.kind == "ordinal" and f.severity in ("conflict", "tension")]
    assert len({c.subject.id for c in report.claims if c.subject.id.startswith("rank:")}) != 1
