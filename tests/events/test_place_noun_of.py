"""An event noun's place written after a place noun and "of" ("the murder of X in the Danish
town of Kolding", "a fire near the village of Holmsby"): the name after "of" is the place,
not the country's adjective before the noun (extract.py ``where_after``); "accident" is a
crash and "murder" a killing (resources/claims/events.yaml). Invented reports: a killing, a
road accident, a barn fire."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated


def _where(report, facet: str = "occurrence") -> list[tuple[str, str]]:
    return sorted((c.subject.id.split("#")[0], c.where.text) for c in report.claims if c.facet == facet and c.where)


def _places(report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "place")


def test_the_town_of_a_killing_and_a_fire_is_the_name_after_of(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-03-01", "Cold case\n\nThe 2004 murder of 19-year-old Anna Berg in the Danish town of Kolding "
                            "was never solved.\n"),
        "b": ("2026-03-01", "Barn fire\n\nA barn burned down in a fire near the village of Holmsby on Monday.\n"),
    })
    assert ("event:killing", "Kolding") in _where(report)
    assert ("event:fire", "Holmsby") in _where(report)
    assert not any(w == "Danish" for _, w in _where(report))


def test_two_towns_for_one_killing_conflict_one_town_written_two_ways_does_not(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-03-01", "Cold case\n\nThe 2004 murder of Anna Berg in the Danish town of Kolding was never "
                            "solved, police said.\n"),
        "b": ("2026-03-01", "Conviction\n\nTomas Ek was convicted of the murder of Anna Berg in Vejle in "
                            "September 2004.\n"),
    })
    assert "conflict" in _places(report)
    report = run_dated(tmp_path / "same", {
        "a": ("2026-03-01", "Cold case\n\nThe 2004 murder of Anna Berg in the Danish town of Kolding was never "
                            "solved, police said.\n"),
        "b": ("2026-03-01", "Conviction\n\nTomas Ek was convicted of the murder of Anna Berg in Kolding in "
                            "September 2004.\n"),
    })
    assert "conflict" not in _places(report)


def test_a_road_accident_is_a_crash_with_its_town(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-03-08", "Crash\n\nAnna Berg, 19, died after the road accident in Tarvik on March 7, police said.\n"),
    })
    assert ("event:crash", "Tarvik") in _where(report)
