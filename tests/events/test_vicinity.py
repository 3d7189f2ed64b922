"""The story's site given by the town it lies near (events/vicinity.py, compared by
checks/place.py): two articles naming two towns for it conflict; a town no gazetteer knows is
a place after "near"; a landmark, a country, an earlier event, a plan, "outside" meaning
"except", a sentence past the lead and an article naming two towns give none. Articles written
for the tests: a landslide, a shipwreck, a quarry blast, a hoard of coins."""

from __future__ import annotations

from pathlib import Path

from builders import article, run_dated
from claimcheck import entities, timex
from claimcheck.clauses import Layer
from claimcheck.events.vicinity import vicinity_claims
from claimcheck.models import Report
from claimcheck.words import scan


def sites(text: str, published: str = "2031-04-02") -> list[tuple[str, str]]:
    src = article(text, published)
    tx = timex.tag(src.text, src.published.anchor(), src.sentences)
    words = scan(src.text)
    return [(c.subject.id, c.where.text) for c in
            vicinity_claims(src, words, Layer(src.text, words, tx), entities.find_mentions(src), tx) if c.where]


def places(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "place" and "near" in f.summary + f.subject)


HOARD = "Coin hoard unearthed\n\nA hoard of 300 silver coins was dug up in a field near {town} last week. {more}\n"


def test_a_site_near_a_town_no_gazetteer_knows() -> None:
    assert sites(HOARD.format(town="the village of Brackenholt Magna", more="")) == [
        ("located:vicinity|-", "Brackenholt Magna")]
    assert sites("Wreck found\n\nDivers found the wreck near Skerrow Point on Monday.\n") == [
        ("located:vicinity|-", "Skerrow Point")]


def test_a_happening_verb_keys_its_own_site() -> None:
    got = sites("Quarry blast\n\nA blast ripped through a quarry on Monday. A lorry carrying rubble "
                "overturned near Tollbridge on Tuesday, police said.\n")
    assert got == [("located:vicinity|overturn", "Tollbridge")]


def test_two_articles_with_two_towns_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-04-02", HOARD.format(town="Brackenholt", more="The coins date from the 9th century.")),
        "b": ("2031-04-03", HOARD.format(town="the village of Wenlow Cross", more="A museum will buy them.")),
    })
    assert places(report) == ["conflict"]


def test_landmarks_countries_plans_and_exceptions_are_none() -> None:
    assert sites(HOARD.format(town="Brackenholt Park", more="")) == []
    assert sites(HOARD.format(town="Brackenholt airport", more="")) == []
    assert sites(HOARD.format(town="Camp 4", more="")) == []
    assert sites("Coins\n\nThe hoard was found outside France.\n") == []
    assert sites("Coins\n\nThe museum will display the hoard near Brackenholt.\n") == []
    assert sites("Coins\n\nIt holds the finest coins outside Brackenholt.\n") == []


def test_an_earlier_event_the_headline_and_background_are_none() -> None:
    assert sites("Coins\n\nIn 2019, a smaller hoard was found near Wenlow.\n") == []
    assert sites("Hoard found near Brackenholt\n\nThe coins are silver.\n") == []
    late = ("Coins\n\nThe coins are silver. They are old. They are small. Experts are pleased. "
            "Officials are too. Visitors came. A second hoard was found near Wenlow.\n")
    assert sites(late) == []


def test_an_article_naming_two_towns_gives_none() -> None:
    assert sites(HOARD.format(town="Brackenholt", more="A second hoard turned up near Wenlow.")) == []
