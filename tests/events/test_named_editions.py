"""An edition of a named prize, contest or expedition (events/sessions.py, `named_only` in
events/sessions.yaml): "the 26th Harwell Prize" and "the 27th Harwell Prize" number one
edition two ways, while "won second prize" or "her third award" rank and number nothing.
Invented reports of a poetry prize, a polar expedition and a baking contest."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from claimcheck.models import Report


def ordinals(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "ordinal")


def test_one_edition_numbered_two_ways_is_a_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-03-04", "Shortlist named\n\nThe jury of the 26th Harwell Prize for Poetry named its shortlist on "
                            "Monday.\n"),
        "b": ("2026-03-04", "Poets shortlisted\n\nThe jury of the 27th Harwell Prize for Poetry named its shortlist "
                            "on Monday.\n"),
    })
    assert ordinals(report) == ["conflict"]
    report = run_dated(tmp_path / "ice", {
        "a": ("2026-11-10", "Ship sails\n\nThe 39th Polar Survey Expedition left Hobart on Tuesday.\n"),
        "b": ("2026-11-10", "Expedition departs\n\nThe 40th Polar Survey Expedition left Hobart on Tuesday.\n"),
    })
    assert ordinals(report) == ["conflict"]


def test_the_same_edition_or_a_rank_is_no_finding(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-03-04", "Shortlist named\n\nThe jury of the 26th Harwell Prize for Poetry met on Monday.\n"),
        "b": ("2026-03-04", "Poets shortlisted\n\nThe 26th Harwell Prize for Poetry jury met on Monday.\n"),
    })
    assert ordinals(report) == []
    # places in a contest rank the bakers: second and third prize are two prizes, not two editions
    report = run_dated(tmp_path / "bake", {
        "a": ("2026-06-01", "Bakers honoured\n\nA Porto bakery won second prize at the Lisbon Bread Contest on "
                            "Sunday.\n"),
        "b": ("2026-06-01", "Bread awards\n\nA Porto bakery won third prize at the Lisbon Bread Contest on "
                            "Sunday.\n"),
    })
    assert ordinals(report) == []
