"""A post stated as held by one report and as left by another at one time (title_left rule),
on small invented stories: a company, a club, a court."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.models import Report


def left_findings(report: Report) -> list[str]:
    return [f.severity for f in report.findings if f.rule == "claimcheck.check.title_left.v1"]


def test_held_and_left_at_one_time_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-03-05", "Ferries back\n\nHarbor Lines CEO Dana Voss said the routes would reopen next week.\n"),
        "b": ("2024-03-06", "Inquiry opens\n\nThe inquiry heard from Dana Voss, the former chief executive of Harbor Lines, "
                            "about the routes.\n"),
    })
    assert left_findings(report) == ["conflict"]


def test_a_former_post_at_another_body_is_no_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-03-05", "Rail deal\n\nKestrel Rail CEO Dana Voss signed the deal in the morning.\n"),
        "b": ("2024-03-05", "Rail deal signed\n\nThe deal was signed by former Harbor Lines CEO Dana Voss, who joined "
                            "the rail firm last year.\n"),
    })
    assert left_findings(report) == []


def test_held_then_left_weeks_later_is_no_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-01-10", "Routes cut\n\nHarbor Lines CEO Dana Voss cut two routes.\n"),
        "b": ("2024-03-06", "Inquiry opens\n\nThe inquiry heard from former Harbor Lines CEO Dana Voss.\n"),
    })
    assert left_findings(report) == []


def test_a_report_of_the_resignation_keeps_the_title_before_it(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-03-05", "Boss quits\n\nHarbor Lines CEO Dana Voss resigned on Tuesday after the sinking.\n"),
        "b": ("2024-03-06", "Search for a boss\n\nThe board thanked former Harbor Lines CEO Dana Voss.\n"),
    })
    assert left_findings(report) == []


def test_then_and_past_copula_titles_are_no_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-05-02", "Cup memories\n\nThen-Harwick Rovers captain Eli Marsh lifted the cup in 2019. "
                            "Eli Marsh was captain of Harwick Rovers for six years.\n"),
        "b": ("2024-05-02", "Coach named\n\nFormer Harwick Rovers captain Eli Marsh is the new coach at Dunmore.\n"),
    })
    assert left_findings(report) == []


@pytest.mark.parametrize("court", ["Westmoor Crown Court"])
def test_namesakes_with_other_bodies_stay_apart(tmp_path: Path, court: str) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-06-11", f"Trial opens\n\nAcme Foods CEO Ruth Hale watched from the gallery at {court}.\n"),
        "b": ("2024-06-11", f"Trial day one\n\nThe jury at {court} heard that former Bexco CEO Ruth Hale had "
                            "warned the board.\n"),
    })
    assert left_findings(report) == []


def test_two_titles_on_one_day_conflict_whatever_the_precision(tmp_path: Path) -> None:
    """One report reads the day to the hour ("this morning"), the other to the day."""
    report = run_dated(tmp_path, {
        "a": ("2024-04-02", "Bridge shut\n\nThis morning Chief Data Engineer Ola Brandt told staff the bridge data "
                            "were lost.\n"),
        "b": ("2024-04-02", "Bridge data\n\nOla Brandt, the firm's chief engineer, said the data were lost.\n"),
    })
    assert [f.severity for f in report.findings if f.kind == "title" and f.severity != "variant"] == ["conflict"]


def test_a_description_is_no_post(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-03-05", "New show\n\nHarbor Lane actress Dana Voss is to star in a new drama.\n"),
        "b": ("2024-03-05", "Festival\n\nThe festival opens with a film starring former Harbor Lane actress Dana Voss.\n"),
    })
    assert left_findings(report) == []
