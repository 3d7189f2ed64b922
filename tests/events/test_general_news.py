"""Events of general news beyond politics and courts (launches, blasts, fires, strikes,
takeovers, recalls, outbreaks, matches): each class fires on a small invented article, and
an event noun inside a time expression or a name, or used as a verb or an idiom, does not."""

from __future__ import annotations

import pytest

from golden import events_of


@pytest.mark.parametrize(("text", "cls"), [
    ("The rocket lifted off from the coastal spaceport on Tuesday.", "launch"),
    ("A boiler exploded at the brewery on Sunday night.", "explosion"),
    ("The walkout at the car plant began on Monday.", "strike"),
    ("The outbreak aboard the liner was declared on 3 June.", "outbreak"),
    ("The takeover was completed on 1 March.", "takeover"),
    ("The cup final was played on Saturday.", "match"),
    ("The warehouse caught fire on Friday.", "fire"),
])
def test_general_news_events_fire(text: str, cls: str) -> None:
    assert any(line.startswith(f"{cls} ") for line in events_of(text, "2024-06-10")), events_of(text, "2024-06-10")


@pytest.mark.parametrize("text", [
    "LISBON, March 11 (Agency) - Shares rose on the city's exchange.",  # a month, not a march
    "The union threatened to strike on Monday.",  # an infinitive: a verb, not a strike
    "The minister came under fire on Tuesday.",  # an idiom, not a fire
    "Dock workers may strike again in July.",  # a modal: a verb
    "The fire brigade was called on Friday.",  # a noun that qualifies another
])
def test_event_nouns_that_name_no_event(text: str) -> None:
    assert events_of(text, "2024-06-10") == []


def test_a_month_name_in_a_dateline_is_no_protest(tmp_path) -> None:
    from claimcheck import pipeline

    (tmp_path / "docs").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(
        "Harbour reopens\n\nVALLETTA, March 4 (Agency) - The harbour reopened late on Monday after repairs.\n",
        encoding="utf-8")
    (tmp_path / "claims" / "sources.yaml").write_text("a:\n  published: 2025-03-04\n", encoding="utf-8")
    report = pipeline.run(tmp_path / "docs", tmp_path / "claims")
    assert not [c for c in report.claims if "protest" in c.subject.id]


def test_a_month_before_an_event_noun_is_no_modal() -> None:
    assert events_of("The May 2 flood cut the valley road.", "2019-05-10") == []  # no class: the old frame reads it
    assert events_of("The May blast was heard across the valley on Friday.", "2019-05-10") != []


def test_an_event_that_starts_from_its_place_takes_it_after_from(tmp_path) -> None:
    """'the launch from the X base' (a class marked place_from) is held there; 'a delegate
    from Y' at a summit is no place of the summit."""
    from claimcheck import pipeline

    (tmp_path / "docs").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(
        "Launch ends early\n\nThe launch from the Vardo base on Tuesday ended in failure.\n\n"
        "The summit with a delegate from Tallinn opened on Monday.\n", encoding="utf-8")
    (tmp_path / "claims" / "sources.yaml").write_text("a:\n  published: 2025-03-12\n", encoding="utf-8")
    report = pipeline.run(tmp_path / "docs", tmp_path / "claims")
    places = {c.subject.text: c.where.text for c in report.claims if c.facet == "occurrence" and c.where}
    assert places.get("launch") == "Vardo"
    assert "summit" not in places
