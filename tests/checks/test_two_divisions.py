"""Two states of one country that the gazetteer knows by their ISO type, though GeoNames
gives them no comparable area code (India's states): a town put in each is put in two
places (checks/place._areas_nest, gazetteer.two_divisions). A province against its region,
or a state against its country, may nest."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from claimcheck.entities import gazetteer


def test_two_states_of_one_country_are_two_areas() -> None:
    assert gazetteer.two_divisions("Gujarat", "Maharashtra")
    assert gazetteer.two_divisions("Queensland", "Victoria")
    assert not gazetteer.two_divisions("Cuneo", "Piemonte")  # a province in its region
    assert not gazetteer.two_divisions("Gujarat", "India")
    assert not gazetteer.two_divisions("Gujarat", "Gujarat")


def _sites(tmp_path: Path, first: str, second: str) -> list[str]:
    report = run_dated(tmp_path, {
        "a": ("2026-02-10", f"Mill sale\n\nThe Kestrel textile mill in Vapi, {first}, was sold on Monday.\n"),
        "b": ("2026-02-10", f"Mill\n\nThe buyer said the mill at Vapi, {second}, would keep its 900 workers.\n"),
    })
    return sorted(f.severity for f in report.findings if f.kind == "place")


def test_a_town_in_two_states_is_a_conflict(tmp_path: Path) -> None:
    assert _sites(tmp_path / "two", "Gujarat", "Maharashtra") == ["conflict"]
    assert "conflict" not in _sites(tmp_path / "nest", "Gujarat", "India")
