"""Where a named town lies (events/town_sites.py, compared by checks/place.py): "Sanremo,
Imperia province" / "Sanremo in Savona province" put one town in two provinces (a conflict);
a town put in its province and in its region ("Sanremo, Liguria"), or in an area the
gazetteer cannot place, is no conflict; a dateline, a list of towns, a town's country and a
name the entity layer took for a person are no statement of it. Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

from builders import article, run_dated
from claimcheck import entities
from claimcheck.events.town_sites import town_site_claims


def _sites(text: str) -> list[tuple[str, str]]:
    src = article(text, "2031-04-02")
    return [(c.subject.id, c.where.text) for c in town_site_claims(src, entities.find_mentions(src))
            if c.where is not None]


def test_a_town_and_its_area_are_read() -> None:
    assert _sites("The landslide buried two houses in Sanremo, Imperia province, on Monday.") == [
        ("site:sanremo", "Imperia province")]
    assert _sites("Floods cut the road near the town of Vigan in Ilocos Sur province on Sunday.") == [
        ("site:vigan", "Ilocos Sur province")]


def test_datelines_lists_and_countries_are_no_statement() -> None:
    assert _sites("SANREMO, April 2 - Rescue teams reached the village on Monday.") == []
    assert _sites("Trains to Genoa, Sanremo and Savona were cancelled on Monday.") == []
    assert _sites("The festival opened in Sanremo, Italy, on Tuesday.") == []


def _places(report) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(f.severity for f in report.findings if f.kind == "place" and f.subject.startswith("site:"))


def test_two_provinces_for_one_town_disagree(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-04-02", "Landslide\n\nA landslide buried two houses in Sanremo, Imperia province, on Monday, "
                            "the fire service said.\n"),
        "b": ("2031-04-02", "Houses buried\n\nRescuers searched two houses in Sanremo in Savona province after "
                            "Monday's landslide, officials said.\n"),
    })
    assert _places(report) == ["conflict"]


def test_a_province_and_its_region_do_not(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-04-02", "Landslide\n\nA landslide buried two houses in Sanremo, Imperia province, on Monday, "
                            "the fire service said.\n"),
        "b": ("2031-04-02", "Houses buried\n\nRescuers searched two houses in Sanremo, Liguria, after Monday's "
                            "landslide, officials said.\n"),
    })
    assert "conflict" not in _places(report)


def test_a_name_no_locative_introduces_is_no_town() -> None:
    assert _sites("Rescuers in Imperia province searched two houses on Monday.") == []
