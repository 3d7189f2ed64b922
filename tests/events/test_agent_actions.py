"""Dated actions of a named doer on a thing, read from the clause layer
(events/dated_verbs.agent_actions): a relative clause's antecedent is what was done, a
passive's agent the doer, an ordinal on the thing (or "first" before the verb) keys it. Two
dates for one keyed action conflict; a repeated action, a negated one, one with no doer and no
ordinal, a state say nothing. Invented articles: a rowing record, an orchid find, a measles
case."""

from __future__ import annotations

from pathlib import Path

from builders import article, run_dated

from claimcheck import entities, timex
from claimcheck.clauses import Layer
from claimcheck.events.dated_verbs import agent_actions
from claimcheck.models import Report
from claimcheck.words import scan


def keys(text: str) -> list[tuple[str, str]]:
    src = article(text, "2026-03-03")
    tx = timex.tag(src.text, src.published.anchor(), src.sentences)
    mentions = entities.find_mentions(src)
    for m in mentions:  # a person's id as the entity layer would give it
        if m.kind == "person" and m.entity is None:
            m.entity = "person:" + "-".join(m.text.lower().split())
    words = scan(src.text)
    return [(c.subject.id, c.when.value if c.when else "") for c in
            agent_actions(src, words, Layer(src.text, words, tx), mentions, tx)]


def dates(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "date" and "action" in f.subject)


ROW = "Lake record falls\n\nNina Berg rowed the lake in 5 hours. {line}\n"


def test_a_record_s_year_read_active_in_a_relative_clause_and_passive_conflicts(tmp_path: Path) -> None:
    a = ROW.format(line="She beat the record, which Jon Alder had set in 2015.")
    b = ROW.format(line="The record she beat was set by Jon Alder in 2012.")
    assert keys(a) == [("action:set-record-by-jon-alder", "2015")]
    assert keys(b) == [("action:set-record-by-jon-alder", "2012")]
    report = run_dated(tmp_path, {"a": ("2026-03-03", a), "b": ("2026-03-03", b)})
    assert "conflict" in dates(report)


def test_a_repeated_or_negated_action_or_no_doer_says_nothing() -> None:
    assert keys(ROW.format(line="Jon Alder set the record in 2012 and set the record again in 2015.")) == []
    assert keys(ROW.format(line="Jon Alder did not set the record in 2012.")) == []
    assert keys(ROW.format(line="The record was set in 2012.")) == []  # any record: no doer, no ordinal
    assert keys(ROW.format(line="Jon Alder remained coached by her in 2012.")) == []


ORCHID = "Rare orchid\n\nBotanists confirmed the orchid on Friday. {line}\n"


def test_the_first_find_by_one_person_is_one_action() -> None:
    assert keys(ORCHID.format(line="Ada Lind, who found the first plant on Monday, called the museum.")) == [
        ("action:find-first-by-ada-lind", "2026-03-02")]
    assert keys(ORCHID.format(line="The first was found by a hiker, Ada Lind, on 25 February.")) == [
        ("action:find-first-by-ada-lind", "2026-02-25")]


def test_a_numbered_thing_needs_no_doer() -> None:
    text = "Measles\n\nHealth officials reported an outbreak. The first case was confirmed on 2 March in Tarvik.\n"
    assert keys(text) == [("action:confirm-first-case", "2026-03-02")]
    text = "Measles\n\nWorkers first spotted the rash in 2019.\n"
    assert keys(text) == [("action:spot-first-rash", "2019")]
