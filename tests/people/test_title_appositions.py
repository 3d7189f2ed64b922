"""Titles set off before a name by a comma, with what comes before and after them: a
possessive body after a quote ('," Acme's finance chief, X,'), a body or field after the
title ("The sporting director of Harlow Town, X", "the Minister of Mines, X"), a
determiner deep in the clause ("was headed by the Minister of Mines, X, who"); a capital
with an accent opening a name ("Museum director Émile Roux"); "secretary of state for X"
names no US office; a portfolio of two fields before a name. Invented sentences."""

from __future__ import annotations

from builders import article

from claimcheck.entities import find_mentions
from claimcheck.entities.title_phrases import title_before


def _before(text: str, name: str) -> str | None:
    start = text.index(name)
    t = title_before(text, start, 0, start + len(name))
    return t.text if t else None


def test_a_possessive_body_after_a_quote() -> None:
    text = '"We expect a weak quarter in every one of our markets," Acme\'s finance chief, Lena Marsh, told analysts.'
    assert _before(text, "Lena Marsh") == "finance chief"


def test_a_body_or_field_after_the_title() -> None:
    assert _before("The sporting director of Harlow Town, Tom Hale, was cautious.", "Tom Hale") == \
        "sporting director of Harlow Town"
    assert _before("The deal was signed by the Minister of Mines, Ana Lobo, on Monday.", "Ana Lobo") == \
        "Minister of Mines"
    assert _before("In an interview, the minister of ports, Ana Lobo, conceded.", "Ana Lobo") == "minister of ports"


def test_no_title_where_the_comma_closes_a_clause() -> None:
    assert _before("Talks with the minister ended late, Lena Marsh said.", "Lena Marsh") is None
    assert _before("The fleet sailed at dawn, Tom Hale said.", "Tom Hale") is None


def _titles(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.title, m.office) for m in find_mentions(article(text)) if m.kind == "person"}


def test_an_accented_capital_opens_a_name() -> None:
    assert _titles("Museum director Émile Roux said the paintings were insured.")["Émile Roux"][0] == "Museum director"


def test_secretary_of_state_for_a_field_is_no_us_office() -> None:
    assert _titles("Ana Lobo, the secretary of state for ports, said the strike was over.")["Ana Lobo"] == \
        ("secretary of state for ports", None)
    # written alone it is still the US office
    assert _titles("Ana Lobo, the US Secretary of State, said the talks were over.")["Ana Lobo"][1] == \
        "office:united-states-foreign-minister"


def test_a_portfolio_of_two_fields_before_a_name() -> None:
    titles = _titles("The talks were led by Undersecretary for Mines and Energy Maria Lopez on Monday.")
    assert titles["Maria Lopez"][0] == "Undersecretary for Mines and Energy"
