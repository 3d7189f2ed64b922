"""An event noun read both as a mention of a class and as an event phrase is one claim
(events/occurrences.py); a wire dateline names no participant of what its sentence reports.
Small articles written for these tests: a business deal, a cup final, a fire."""

from __future__ import annotations

from golden import article

from claimcheck import entities, timex
from claimcheck.events import find_events, occurrence_claims
from claimcheck.extract import Extractor


def _occurrences(text: str, published: str) -> list:
    s = article(text, published)
    times = timex.tag(s.text, s.published.anchor(), s.sentences, s.excluded)
    aliases = entities.load_aliases(None)
    by_source = {s.id: entities.find_mentions(s, aliases)}
    entities.resolve(by_source, aliases)
    mentions = by_source[s.id]
    return [c for c in occurrence_claims(Extractor(s, times, mentions), times, mentions) if c.facet == "occurrence"]


def test_a_noun_with_participants_is_one_claim_with_its_phrase_date() -> None:
    text = ("Deal\n\nHarbor Freight Group agreed on Monday to buy its struggling northern rival Coastal Rail Group, "
            "its biggest acquisition in a decade.\n")
    found = [c for c in _occurrences(text, "2026-05-05") if c.subject.text and "acquisition" in c.subject.text]
    assert len(found) == 1, found
    c = found[0]
    assert c.event is not None and c.event_type == "takeover"  # the mention's class, the phrase's type
    assert c.when is not None and c.when.value == "2026-05-04"  # the sentence's day, which its clause lacks


def test_a_noun_whose_mention_names_nobody_keeps_both_readings() -> None:
    text = "Fire\n\nThe fire on Friday destroyed the warehouse.\n"
    fires = [c for c in _occurrences(text, "2026-05-11") if c.subject.text and "fire" in c.subject.text.lower()]
    assert {c.event is None for c in fires} == {True, False}, fires  # phrase and mention, as before


def _participants(text: str, published: str, cls: str) -> list[tuple[str, ...]]:
    s = article(text, published)
    times = timex.tag(s.text, s.published.anchor(), s.sentences, s.excluded)
    aliases = entities.load_aliases(None)
    by_source = {s.id: entities.find_mentions(s, aliases)}
    entities.resolve(by_source, aliases)
    return [e.attrs.participants for e in find_events(s, times, by_source[s.id]) if e.attrs.cls == cls]


def test_a_dateline_names_no_participant() -> None:
    text = "Fire\n\nBERGEN, Norway, March 3 (Harbour Wire) - A fire destroyed a depot on Monday.\n"
    found = _participants(text, "2026-03-03", "fire")
    assert found and not any("country:norway" in p for p in found), found


def test_a_capitalised_name_before_a_dash_is_no_dateline() -> None:
    text = "Fire\n\nOslo Port, Norway's busiest - a fire destroyed its depot in Oslo on Monday.\n"
    found = _participants(text, "2026-03-03", "fire")
    assert found and any("place:oslo" in p for p in found), found
