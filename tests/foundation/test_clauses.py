"""The clause layer (claimcheck/clauses.py): each verb group's subject, object, tense, negation,
passive and agent, and its attached phrases typed TIME / PLACE / OTHER, on sentences written
for the tests (apposition, relative clauses, passive, coordination, negation), and the
examples of resources/clauses/grammar.yaml."""

from __future__ import annotations

import pytest
from builders import article

from claimcheck import timex
from claimcheck.clauses import Clause, Layer, grammar
from claimcheck.words import scan


def read(sentence: str) -> tuple[str, list[Clause], Layer]:
    src = article("Notes\n\n" + sentence + "\n", "2026-03-03")
    tx = timex.tag(src.text, src.published.anchor(), src.sentences)
    layer = Layer(src.text, scan(src.text), tx)
    return src.text, [c for sp in src.sentences for c in layer.of(sp)], layer


def verb(text: str, c: Clause) -> str:
    return text[c.verb[0]:c.verb[1]]


def subject(text: str, c: Clause) -> str | None:
    return text[c.subject[0]:c.subject[1]] if c.subject else None


def places(text: str, c: Clause) -> list[str]:
    return [text[a.value[0]:a.value[1]] for a in c.attachments if a.kind == "PLACE" and a.value]


def times(text: str, c: Clause) -> list[str]:
    return [text[a.value[0]:a.value[1]] for a in c.attachments if a.kind == "TIME" and a.value]


@pytest.mark.parametrize("example", grammar().examples, ids=lambda e: e.text[:40])
def test_grammar_examples(example) -> None:  # type: ignore[no-untyped-def]
    text, clauses, layer = read(example.text)
    got = {verb(text, c): c for c in clauses}
    for want in example.clauses:
        assert want.verb in got, (want.verb, list(got))
        c = got[want.verb]
        assert c.lemma == want.lemma
        assert subject(text, c) == want.subject
        assert c.passive == want.passive and c.negated == want.negated and c.relative == want.relative
        if want.object is not None:
            assert c.object_head is not None and layer.words.lowers[c.object_head] == want.object
        if want.agent is not None:
            assert c.agent is not None and text[c.agent[0]:c.agent[1]] == want.agent
        for p in want.places:
            assert p in places(text, c)
        for t in want.times:
            assert t in times(text, c)


def test_relative_clause_with_its_own_subject_takes_the_antecedent_as_object() -> None:
    text, clauses, layer = read("The bridge, which Ada Lind had designed in 1931, closed on Monday.")
    designed, closed = clauses
    assert subject(text, designed) == "Ada Lind" and not designed.passive
    assert designed.object_head is not None and layer.words.lowers[designed.object_head] == "bridge"
    assert times(text, designed) == ["1931"]
    assert subject(text, closed) == "The bridge" and times(text, closed) == ["Monday"]


def test_restrictive_relative_clause_and_a_time_phrase_before_the_verb() -> None:
    text, clauses, _ = read("A diver who found the first coin on Monday gave it to the museum.")
    found, gave = clauses
    assert found.relative and subject(text, found) == "A diver" and times(text, found) == ["Monday"]
    assert subject(text, gave) == "A diver" and times(text, gave) == []
    text, clauses, _ = read("Police on Sunday arrested a man who lives in Porto.")
    arrested, lives = clauses
    assert subject(text, arrested) == "Police" and times(text, arrested) == ["Sunday"]
    assert lives.relative and subject(text, lives) == "a man" and places(text, lives) == ["Porto"]
    assert lives.tense == "present"


def test_coordination_negation_and_a_noun_that_looks_like_a_verb() -> None:
    text, clauses, _ = read("The ferry did not leave Bergen and was towed to Stavanger.")
    leave, towed = clauses
    assert leave.negated and not leave.passive and subject(text, leave) == "The ferry"
    assert towed.passive and subject(text, towed) == "The ferry" and places(text, towed) == ["Stavanger"]
    text, clauses, _ = read("The skier crashed onto a ski run above Bergen.")
    assert [c.lemma for c in clauses] == ["crash"]  # "a ski run": a noun


def test_place_phrases_name_the_place_not_an_adjective() -> None:
    text, clauses, _ = read("The man was killed in the Scottish town of Kirkcaldy and was found at his Lisbon home.")
    assert places(text, clauses[0]) == ["Kirkcaldy"] and places(text, clauses[1]) == ["Lisbon"]
    text, clauses, _ = read("He stayed at a Bahamian resort with friends.")
    assert places(text, clauses[0]) == []
