"""Two portfolios one minister often holds together ("climate and energy") given for one
person on one day are a tension (an outlet shortened the title either way); two portfolios
not held together stay a conflict. Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated


def _titles(report) -> list[str]:
    return [f.severity for f in report.findings if f.kind == "title" and f.severity in ("conflict", "tension")]


def test_climate_and_energy_for_one_minister_are_a_tension(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-04-09", "Wind auction\n\nNorway's Climate Minister Ida Brekke opened the offshore wind auction "
                            "in Bergen.\n"),
        "b": ("2025-04-09", "Wind auction\n\nIda Brekke, Norway's energy minister, said the auction drew nine "
                            "bidders.\n"),
    })
    assert _titles(report) == ["tension"]


def test_portfolios_not_held_together_still_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-04-09", "Wind auction\n\nNorway's Health Minister Ida Brekke opened the offshore wind auction "
                            "in Bergen.\n"),
        "b": ("2025-04-09", "Wind auction\n\nIda Brekke, Norway's energy minister, said the auction drew nine "
                            "bidders.\n"),
    })
    assert _titles(report) == ["conflict"]
