"""People named beside a post the entity layer read only in part: a title after adjectives
("The local harbour master, X,"), a post held somewhere ("consul in Lagos, X,"), a
portfolio going on past a modifier word ("Minister for Provincial Transport X"), a
courtesy title before a judge's post ("Lord X, the Lord Chief Justice"), a past post
verb ("X, who curated the exhibition"); and names beside a post that stay bodies."""

from __future__ import annotations

import pytest

from .helpers import find, mentions


@pytest.mark.parametrize("text, name", [
    ("The local harbour master, Ingrid Solheim, said the quay would reopen on Friday.", "Ingrid Solheim"),
    ("The outgoing chief curator, Pavel Dusek, opened the new hall.", "Pavel Dusek"),
    ("Norway's consul in Lagos, Henrik Aas, confirmed the visit.", "Henrik Aas"),
    ("Tovik Arnsen, who curated the exhibition, said the loans were late.", "Tovik Arnsen"),
])
def test_a_name_set_off_beside_a_post_is_a_person(text: str, name: str) -> None:
    m = find(mentions(text), name)
    assert m.kind == "person" and m.rule != "person-candidate"


def test_a_portfolio_goes_on_past_a_modifier_word() -> None:
    ms = mentions("Vice-Minister for Provincial Transport Ana Lupo opened the coast road.")
    m = find(ms, "Ana Lupo")
    assert m.kind == "person" and m.title == "Vice-Minister for Provincial Transport"
    assert not [x for x in ms if "Transport" in x.text and x.kind == "person"]


def test_a_portfolio_with_no_name_after_it_makes_no_person() -> None:
    ms = mentions("The Minister for Regional Development said nothing about the ferry.")
    assert not [m for m in ms if m.kind == "person"]


def test_a_courtesy_title_before_a_judges_post_is_no_name() -> None:
    ms = mentions("The appeal was heard by Lord Fenwick, the Lord Chief Justice, and two others.")
    m = find(ms, "Fenwick")
    assert m.kind == "person" and m.title == "Lord Chief Justice"
    assert [x.text for x in ms if x.kind == "person"] == ["Fenwick"]


@pytest.mark.parametrize("text, name", [
    ("The harbour fund is chaired by Brightwater Capital, a lender.", "Brightwater Capital"),
    ("The local operator, Nordhavn Shipping, said the ferry was late.", "Nordhavn Shipping"),
    ("Norway's consul in Lagos, Ikoyi, confirmed the visit.", "Ikoyi"),
])
def test_a_body_or_place_beside_a_post_stays_no_person(text: str, name: str) -> None:
    assert find(mentions(text), name).kind != "person"
