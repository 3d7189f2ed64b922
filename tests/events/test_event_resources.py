"""The event tables' own examples: each names the trigger and class the finder must see;
the coreference settings' examples say which pairs join."""

from __future__ import annotations

import pytest

from claimcheck.events.announced import table as announced_table
from claimcheck.events.lexicon import classes, inflect, lexicon, settings
from claimcheck.words import scan
from golden import events_of


@pytest.mark.parametrize("ex", classes().examples, ids=lambda ex: ex.trigger)
def test_class_examples(ex) -> None:
    found = [(m.value.cls, ex.text[m.start:m.end]) for m in lexicon().table.find(scan(ex.text))]
    assert (ex.class_, ex.trigger) in found
    assert any(line.startswith(f"{ex.class_} '{ex.trigger}'") for line in events_of(ex.text, "2020-01-01"))


@pytest.mark.parametrize("ex", announced_table().examples, ids=lambda ex: ex.text[:40])
def test_announced_examples(ex) -> None:
    """The first event mention of each example takes the day of the statement, or none."""
    first = events_of(ex.text, ex.published)[0]
    days = [w.split("=", 1)[1] for w in first.split() if w.startswith("announced=")]
    assert days == ([ex.day] if ex.day else []), first


def test_an_event_noun_before_another_noun_is_a_modifier() -> None:
    assert events_of("The election campaign began on Monday.", "2020-01-01") == []
    assert events_of("The election began on Monday.", "2020-01-01") == ["election 'election' when=2019-12-30 reported"]


def test_inflection() -> None:
    assert inflect("ratify") == ["ratify", "ratifies", "ratified", "ratifying"]
    assert inflect("vote") == ["vote", "votes", "voted", "voting"]
    assert inflect("annex") == ["annex", "annexes", "annexed", "annexing"]


def test_words_that_are_not_events() -> None:
    assert events_of("The sentences in the report were long.", "2020-01-01") == []


@pytest.mark.parametrize("ex", settings().examples, ids=lambda ex: str(ex["a"])[:30])
def test_coref_examples(ex, tmp_path) -> None:
    from claimcheck import pipeline

    (tmp_path / "docs").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(f"Headline\n\n{ex['a']}.\n", encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text(f"Headline\n\n{ex['b']}.\n", encoding="utf-8")
    (tmp_path / "claims" / "sources.yaml").write_text("a:\n  published: 2021-03-10\nb:\n  published: 2021-03-12\n",
                                                       encoding="utf-8")
    report = pipeline.run(tmp_path / "docs", tmp_path / "claims")
    subjects = {c.source: c.subject.id for c in report.claims if c.subject.id.startswith("event:")}
    assert (subjects.get("a") == subjects.get("b") and "a" in subjects) == ex["join"]
