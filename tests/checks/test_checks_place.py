"""claimcheck.check.place.v1: one place per occurrence; a plan not kept."""

from __future__ import annotations

from checks_factories import Corpus, only

OCC = "series:talks#14"


def test_two_places_for_one_occurrence_is_a_conflict() -> None:
    k = Corpus()
    k.source("a", "The 14th talks were held in Seoul on Monday.", "2024-05-07")
    k.source("b", "The 14th talks, held in Tokyo, ended on Monday.", "2024-05-07")
    k.claim("a", "The 14th talks were held in Seoul", OCC, "occurrence", where=("Seoul", "place:seoul"))
    k.claim("b", "The 14th talks, held in Tokyo", OCC, "occurrence", where=("Tokyo", "place:tokyo"))
    (f,) = only(k.run(), "place")
    assert f.severity == "conflict" and 'where "Tokyo" = place:tokyo' in f.explanation


def test_plan_not_kept_planned_city_then_held_by_video_is_a_tension() -> None:
    k = Corpus()
    k.source("a", "They agreed to hold the 14th talks next year in Seoul.", "2023-04-15")
    k.source("b", "The 14th talks were held by video on Tuesday.", "2024-05-08")
    k.claim("a", "hold the 14th talks next year in Seoul", OCC, "occurrence", where=("Seoul", "place:seoul"), modality="planned")
    k.claim("b", "The 14th talks were held by video", OCC, "occurrence", where=("by video", "place:virtual"))
    (f,) = only(k.run(), "place")
    assert f.severity == "tension" and "plan not kept" in f.explanation
    assert len(f.claims) == 2


def test_plan_kept_is_no_finding() -> None:
    k = Corpus()
    k.source("a", "They agreed to hold the 14th talks next year in Seoul.", "2023-04-15")
    k.source("b", "The 14th talks were held in Seoul on Tuesday.", "2024-05-08")
    k.claim("a", "hold the 14th talks next year in Seoul", OCC, "occurrence", where=("Seoul", "place:seoul"), modality="planned")
    k.claim("b", "The 14th talks were held in Seoul", OCC, "occurrence", where=("Seoul", "place:seoul"))
    assert only(k.run(), "place") == []


def test_virtual_against_a_city_in_reports_is_a_tension() -> None:
    k = Corpus()
    k.source("a", "The ministers met in Seoul on Sunday.", "2023-11-13")
    k.source("b", "The ministers met virtually on Sunday.", "2023-11-13")
    k.claim("a", "The ministers met in Seoul", "event:meeting", "occurrence", where=("Seoul", "place:seoul"))
    k.claim("b", "The ministers met virtually", "event:meeting", "occurrence", where=("virtually", "place:virtual"))
    assert [f.severity for f in only(k.run(), "place")] == ["tension"]


def test_a_place_within_another_is_a_variant() -> None:
    k = Corpus()
    k.source("a", "Talks were held in Washington.", "2023-04-15")
    k.source("b", "Talks were held in Washington, DC.", "2023-04-15")
    k.claim("a", "Talks were held in Washington", OCC, "occurrence", where=("Washington", "place:washington"))
    k.claim("b", "Talks were held in Washington, DC", OCC, "occurrence", where=("Washington, DC", "place:washington-dc"))
    assert [f.severity for f in only(k.run(), "place")] == ["variant"]

    class Index:
        def place_within(self, inner: str, outer: str) -> bool:
            return (inner, outer) == ("place:kestrelmouth", "place:dunmarrow")

    # two towns no gazetteer knows: only the index can nest them
    k2 = Corpus()
    k2.source("a", "Talks were held in Kestrelmouth.", "2024-05-01")
    k2.source("b", "Talks were held in Dunmarrow.", "2024-05-01")
    k2.claim("a", "Talks were held in Kestrelmouth", OCC, "occurrence", where=("Kestrelmouth", "place:kestrelmouth"))
    k2.claim("b", "Talks were held in Dunmarrow", OCC, "occurrence", where=("Dunmarrow", "place:dunmarrow"))
    assert [f.severity for f in only(k2.run(), "place")] == ["conflict"]
    assert [f.severity for f in only(k2.run(index=Index()), "place")] == ["variant"]


def test_different_sessions_in_different_places_are_fine() -> None:
    k = Corpus()
    k.source("a", "The 13th talks were held in Washington.", "2023-04-15")
    k.source("b", "The 14th talks were held in Seoul.", "2024-05-01")
    k.claim("a", "The 13th talks were held in Washington", "series:talks#13", "occurrence", where=("Washington", "place:washington"))
    k.claim("b", "The 14th talks were held in Seoul", "series:talks#14", "occurrence", where=("Seoul", "place:seoul"))
    assert only(k.run(), "place") == []


def test_a_name_with_a_nordic_letter_and_its_plain_spelling_are_one_place() -> None:
    """"Skjærvøy" / "Skjaervoy": letters NFKD keeps whole (ø, æ) fold like accents; invented names."""
    k = Corpus()
    k.source("a", "The 14th talks were held in Skjærvøy on Monday.", "2024-05-07")
    k.source("b", "The 14th talks, held in Skjaervoy, ended on Monday.", "2024-05-07")
    k.claim("a", "The 14th talks were held in Skjærvøy", OCC, "occurrence", where=("Skjærvøy", "place:skjaervoy-a"))
    k.claim("b", "The 14th talks, held in Skjaervoy", OCC, "occurrence", where=("Skjaervoy", "place:skjaervoy-b"))
    assert [f.severity for f in only(k.run(), "place")] == ["variant"]


def test_two_sites_named_alike_but_for_their_site_noun_are_one_place() -> None:
    """"Brekka Stadion" / "Brekka Stadium" is one venue; "Brekka Stadium" / "Holt Stadium" two."""
    k = Corpus()
    k.source("a", "The 14th talks were held at Brekka Stadion on Monday.", "2024-05-07")
    k.source("b", "The 14th talks, held at Brekka Stadium, ended on Monday.", "2024-05-07")
    k.source("c", "The 14th talks, held at Holt Stadium, ended on Monday.", "2024-05-07")
    k.claim("a", "The 14th talks were held at Brekka Stadion", OCC, "occurrence", where=("Brekka Stadion", "place:brekka-stadion"))
    k.claim("b", "The 14th talks, held at Brekka Stadium", OCC, "occurrence", where=("Brekka Stadium", "place:brekka-stadium"))
    k.claim("c", "The 14th talks, held at Holt Stadium", OCC, "occurrence", where=("Holt Stadium", "place:holt-stadium"))
    found = {(f.summary.split("held in ")[1], f.severity) for f in only(k.run(), "place")}
    assert ("place:brekka-stadion or place:brekka-stadium", "variant") in found
    assert ("place:brekka-stadium or place:holt-stadium", "conflict") in found
