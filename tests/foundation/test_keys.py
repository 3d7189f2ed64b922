"""Typed keys (claimcheck.keys): every kind of id renders to the string it was parsed from,
byte for byte, and a malformed id written in claims/annotations.yaml is a coded error that
names the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import pipeline
from claimcheck.errors import ClaimsValidationError
from claimcheck.keys import (EntityKey, LoneKey, MalformedId, OccurrenceKey, QuantityKey, ShareKey, TallyKey, parse,
                             parse_written)

ROUND_TRIP = [
    ("person:mara-lindqvist", EntityKey("person", "mara-lindqvist")),
    ("place:virtual", EntityKey("place", "virtual")),
    ("operator:ferry-terminal|place:port-alder", EntityKey("operator", "ferry-terminal|place:port-alder")),
    ("series:harbour-trade-forum#9", OccurrenceKey(EntityKey("series", "harbour-trade-forum"), "9")),
    ("series:harbour-trade-forum#2024-07", OccurrenceKey(EntityKey("series", "harbour-trade-forum"), "2024-07")),
    ("event:verdict:jon-baker#2022-11-03", OccurrenceKey(EntityKey("event", "verdict:jon-baker"), "2022-11-03")),
    ("event:crash#2024-01-02T21:30", OccurrenceKey(EntityKey("event", "crash"), "2024-01-02T21:30")),
    ("event:dismissal~c-1f2e3d", LoneKey(EntityKey("event", "dismissal"), "c-1f2e3d")),
    ("person:baker~3fa2", LoneKey(EntityKey("person", "baker"), "3fa2")),
    ("event:meeting#quay-hall~1a93", OccurrenceKey(EntityKey("event", "meeting"), "quay-hall~1a93")),
    ("series:harbour-cup~73a2#2", OccurrenceKey(LoneKey(EntityKey("series", "harbour-cup"), "73a2"), "2")),
    ("quantity:count|dead||-|2024-01-02", QuantityKey("count", "dead", "", None, "2024-01-02")),
    ("quantity:count|votes-for||org:city-council|2023-03-27",
     QuantityKey("count", "votes-for", "", "org:city-council", "2023-03-27")),
    ("quantity:duration|prison|maximum|person:jon-baker|fixed",
     QuantityKey("duration", "prison", "maximum", "person:jon-baker", None)),
    ("quantity:age|person:jon-baker", QuantityKey("age", entity="person:jon-baker")),
    ("quantity:age|None", QuantityKey("age")),
    ("quantity:quantity:count|members||-", TallyKey(QuantityKey("count", "members"))),
    ("quantity:share|employees|report-7", ShareKey("employees", "report-7")),
]


@pytest.mark.parametrize("text,key", ROUND_TRIP, ids=[t for t, _ in ROUND_TRIP])
def test_parse_and_render_round_trip(text: str, key: object) -> None:
    assert parse(text) == key
    assert key.render() == text  # type: ignore[attr-defined]
    assert parse(text).kind + ":" + parse(text).name == text


def test_parts_of_a_session_and_of_a_lone_mention() -> None:
    session = parse("series:harbour-trade-forum#9")
    assert isinstance(session, OccurrenceKey)
    assert session.number == 9 and session.base == EntityKey("series", "harbour-trade-forum")
    assert session.of.head == "forum" and session.tail == "9"
    assert parse("series:harbour-trade-forum#2020").number is None  # type: ignore[union-attr]
    at_place = parse("event:meeting#quay-hall~1a93")  # held at a place known only in its document
    assert at_place.base == EntityKey("event", "meeting") and at_place.tail == "quay-hall~1a93"
    local = parse("series:harbour-cup~73a2#2")  # a session of a series known only in its document
    assert local.number == 2 and local.base == LoneKey(EntityKey("series", "harbour-cup"), "73a2")  # type: ignore[union-attr]
    assert local.base.head == "cup~73a2"  # type: ignore[union-attr]
    assert parse("event:dismissal~c-1").base == parse("event:dismissal~c-1")  # no occurrence: itself
    for text in ("series:a~b#c", "event:x#y~z", "person:x~3fa2", "series:x#13"):  # base and tail split at the first '#'
        before, _, after = text.partition("#")
        assert parse(text).base.render() == before and parse(text).tail == after
    count = parse("quantity:count|dead:part||-|2024-01-02")
    assert isinstance(count, QuantityKey) and count.head_class == "dead"
    assert count.with_asof("2024-01-02T14:00").render() == "quantity:count|dead:part||-|2024-01-02T14:00"
    assert TallyKey(count.with_asof(None)).render() == "quantity:quantity:count|dead:part||-"


@pytest.mark.parametrize("text", ["", "series", ":x", "series:", "Series:x", "series:#3", "quantity:count|dead",
                                  "quantity:quantity:count|dead||-|2024-01-02"])
def test_malformed_ids_are_refused(text: str) -> None:
    with pytest.raises(MalformedId):
        parse_written(text)
    raw = parse(text)  # inside the pipeline: read as the string operations read it, never a crash
    assert raw.render() == text and raw.name == (text.split(":", 1)[-1]) and raw.tail == ""


@pytest.mark.parametrize("text", ["series:x#", "event:x~", "series:x#~a"])
def test_an_id_written_by_a_person_may_not_end_open(text: str) -> None:
    parse(text)  # the pipeline may make these
    with pytest.raises(MalformedId):
        parse_written(text)


def test_a_malformed_subject_id_in_annotations_names_the_file_and_line(tmp_path: Path) -> None:
    corpus, claims = tmp_path / "corpus", tmp_path / "claims"
    corpus.mkdir()
    claims.mkdir()
    (corpus / "match.txt").write_text("The final was played in Port Alder on Sunday.\n", encoding="utf-8")
    (claims / "annotations.yaml").write_text(
        "claims:\n  - source: match\n    quote: The final was played in Port Alder\n    predicate: held\n"
        "    subject: 'series:harbour-cup#'\n", encoding="utf-8")
    with pytest.raises(ClaimsValidationError) as err:
        pipeline.run(corpus, claims)
    assert err.value.code == "E202"
    assert "annotations.yaml:5: 'subject'" in str(err.value) and "nothing after '#'" in str(err.value)


def test_a_well_formed_session_id_in_annotations_keeps_its_id(tmp_path: Path) -> None:
    corpus, claims = tmp_path / "corpus", tmp_path / "claims"
    corpus.mkdir()
    claims.mkdir()
    (corpus / "match.txt").write_text("The final was played in Port Alder on Sunday.\n", encoding="utf-8")
    (claims / "annotations.yaml").write_text(
        "claims:\n  - source: match\n    quote: The final was played in Port Alder\n    predicate: held\n"
        "    subject: 'series:harbour-cup#12'\n", encoding="utf-8")
    report = pipeline.run(corpus, claims)
    manual = [c for c in report.claims if c.origin == "manual"]
    assert [c.subject.id for c in manual] == ["series:harbour-cup#12"]
    assert manual[0].subject.label == "Harbour Cup #12" and manual[0].facet == "occurrence"
