"""Located actions read from the clause layer (events/located_verbs.py): a departure port, a
body's seat in a relative clause, a person's home in an arrest. Two places for one keyed
action conflict; an indefinite or named other traveller, a past seat or home, a negated
clause and "near" are no claim. Invented articles: a tall ship's voyage, a tribunal, a
smuggling arrest."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import article, run_dated

from claimcheck import entities, timex
from claimcheck.clauses import Layer
from claimcheck.events.located_verbs import located_claims, table
from claimcheck.models import Report
from claimcheck.words import scan


def places(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "place")


def claims_of(text: str) -> list[tuple[str, str]]:
    src = article(text, "2026-03-03")
    tx = timex.tag(src.text, src.published.anchor(), src.sentences)
    ms = entities.find_mentions(src)
    words = scan(src.text)
    return [(c.subject.id, c.where.text) for c in located_claims(src, words, Layer(src.text, words, tx), ms)
            if c.where is not None]


@pytest.mark.parametrize("example", table().examples, ids=lambda e: e.text[:40])
def test_table_examples(example) -> None:  # type: ignore[no-untyped-def]
    got = claims_of("Notes\n\n" + example.text + "\n")
    assert got == ([(example.key, example.place)] if example.key else [])


VOYAGE = ("Tall ship voyage\n\nThe Aurora Cup, a tall ship race held every two years, ended in Cork on Friday. "
          "{line} Twelve ships took part.\n")


def test_two_ports_for_the_story_s_departure_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-02", VOYAGE.format(line="The race set off from Bergen on 20 April.")),
        "b": ("2026-05-02", VOYAGE.format(line="They set out from Aberdeen with a fair wind.")),
    })
    assert places(report) == ["conflict"]


def test_another_traveller_a_plan_or_a_negation_is_no_departure() -> None:
    assert claims_of(VOYAGE.format(line="A trawler set off from Aberdeen to follow them.")) == []
    assert claims_of(VOYAGE.format(line="The race will set off from Aberdeen in 2028.")) == []
    assert claims_of(VOYAGE.format(line="The race did not start from Aberdeen.")) == []
    assert claims_of(VOYAGE.format(line="The race set off from near Aberdeen.")) == []


TRIBUNAL = ("Tribunal rules on fishing quotas\n\nThe Northern Fisheries Tribunal on Tuesday upheld the quota. {line}\n")


def test_a_body_s_seat_in_a_relative_clause_meets_the_headquarters_reader(tmp_path: Path) -> None:
    got = claims_of(TRIBUNAL.format(line="The tribunal, which sits in Tromsø, ruled by four votes to one."))
    assert got == [("hq:northern-fisheries-tribunal", "Tromsø")]
    report = run_dated(tmp_path, {
        "a": ("2026-05-02", TRIBUNAL.format(line="The tribunal, which sits in Tromsø, ruled by four votes to one.")),
        "b": ("2026-05-02", TRIBUNAL.format(line="The Bergen-based Northern Fisheries Tribunal heard the case.")),
    })
    assert places(report) == ["conflict"]


def test_a_past_seat_or_two_bodies_of_one_kind_say_nothing() -> None:
    assert claims_of(TRIBUNAL.format(line="The tribunal, which sat in Tromsø until 2019, ruled.")) == []
    two = ("Courts\n\nThe Northern Fisheries Tribunal and the Coastal Tribunal met. "
           "The tribunal, which sits in Tromsø, ruled.\n")
    assert claims_of(two) == []


ARREST = ("Smuggler extradited\n\nThe Danish trader Jonas Holm was extradited to Denmark on Monday. "
          "Holm denies the charges. {line}\n")


def test_a_home_named_two_ways_in_an_arrest(tmp_path: Path) -> None:
    assert claims_of(ARREST.format(line="Holm was arrested at his Porto home in May.")) == [
        ("located:residence|person:jonas-holm", "Porto")]
    report = run_dated(tmp_path, {
        "a": ("2026-05-02", ARREST.format(line="Holm was arrested at his Porto home in May.")),
        "b": ("2026-05-02", ARREST.format(line="He was arrested at his home in Braga in May.")),
    })
    assert "conflict" in places(report)


def test_a_home_of_someone_else_or_with_no_town_is_none() -> None:
    assert claims_of(ARREST.format(line="He was arrested at his parents' home in Braga.")) == []
    assert claims_of(ARREST.format(line="He was arrested at his luxury home in a Portuguese resort.")) == []
