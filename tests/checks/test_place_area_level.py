"""The place rule and places the articles write as areas (checks/place.py ``_an_area``): a
place written as an area anywhere may hold another place (a variant), but two places each
written with one same area noun ("the municipality of Eskdal", "Varne municipality") are two
areas of one level, neither within the other: a conflict. Invented articles: a flooded mine."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from claimcheck.models import Report

MINE = "Miners rescued\n\nFour miners were brought out on Monday. {line} The pumps ran all night.\n"


def places(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "place")


def test_two_areas_of_one_noun_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-02", MINE.format(line="The mine, which lies in the municipality of Eskdal, was shut.")),
        "b": ("2026-05-02", MINE.format(line="The mine, which lies in Varne municipality, was shut.")),
    })
    assert places(report) == ["conflict"]


def test_an_area_against_a_place_written_without_its_noun_stays_a_variant(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-02", MINE.format(line="The mine, which lies in the municipality of Eskdal, was shut.")),
        "b": ("2026-05-02", MINE.format(line="The mine, which lies in Varne, was shut.")),
    })
    assert places(report) == ["variant"]
