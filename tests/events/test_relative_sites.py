"""Where a named place lies, given in an apposition after its name (events/relative_sites.py,
compared by checks/place.py): "Aosta, south of Geneva" / "Aosta, south of Turin" name two
towns of reference for one direction (a conflict); directions are part of the key, so
"north of X" and "south of Y" are never compared; "the port of X, in Y"; "the dam lies in
Y". A person's name, an abbreviation, a list, and a name no reading takes for a place are
none. Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

from builders import article, run_dated
from claimcheck import entities
from claimcheck.events.relative_sites import relative_site_claims
from claimcheck.words import scan


def _sites(text: str) -> list[tuple[str, str]]:
    src = article(text, "2031-04-02")
    return [(c.subject.id, c.where.text) for c in relative_site_claims(src, scan(src.text), entities.find_mentions(src))
            if c.where is not None]


def test_a_compass_apposition_is_read_with_its_direction() -> None:
    assert _sites("The avalanche hit a ski lift in Aosta, some 90 kilometres south of Geneva, on Monday.") == [
        ("relsite:aosta|south", "Geneva")]
    assert _sites("Flood water reached Tours, north-east of Poitiers, on Monday.") == [
        ("relsite:tours|north-east", "Poitiers")]


def test_a_town_in_a_town_and_a_thing_that_lies_in_one() -> None:
    assert _sites("Cranes stood idle at the port of Antwerp, in Brussels, on Friday.") == [
        ("relsite:antwerp|in", "Brussels")]
    assert _sites("The dam, which lies in the municipality of Bergen, was closed to visitors.") == [
        ("relsite:the-dam|in", "Bergen")]


def test_people_abbreviations_lists_and_unknown_names_are_none() -> None:
    assert _sites("The storm passed at 9:40 p.m. CDT, southwest of Dallas, witnesses said.") == []
    assert _sites("Trains to Lyon, Nice, south of Paris, were cancelled.") == []
    assert _sites("Minister Anna Berg, in Oslo on Monday, said the fund was closed.") == []
    assert _sites("Kestrelco, in Oslo, said the fund was closed.") == []
    assert _sites("The avalanche hit Aosta, south of Geneva and Turin, on Monday.") == []


def _places(report) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(f.severity for f in report.findings if f.kind == "place" and f.subject.startswith("relsite:"))


def test_two_towns_of_reference_for_one_direction_disagree(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-04-02", "Avalanche\n\nThe avalanche hit a ski lift in Aosta, some 90 kilometres south of Geneva, "
                            "on Monday, police said.\n"),
        "b": ("2031-04-02", "Ski lift hit\n\nA ski lift in Aosta, south of Turin, was buried on Monday, "
                            "officials said.\n"),
    })
    assert _places(report) == ["conflict"]


def test_two_directions_are_never_compared(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-04-02", "Avalanche\n\nThe avalanche hit a ski lift in Aosta, south of Geneva, "
                            "on Monday, police said.\n"),
        "b": ("2031-04-02", "Ski lift hit\n\nA ski lift in Aosta, north of Turin, was buried on Monday, "
                            "officials said.\n"),
    })
    assert _places(report) == []
