"""A title's parts beside its words: a past marker ("former", "ex-") and the body it is held at."""

from __future__ import annotations

import pytest

from claimcheck.entities.title_parts import read_title, tables
from claimcheck.entities.title_phrases import title_apposed


@pytest.mark.parametrize("ex", tables().examples, ids=lambda e: e.text)
def test_title_part_examples(ex) -> None:  # type: ignore[no-untyped-def]
    a = ex.text.index(ex.title)
    got = read_title(ex.text, (a, a + len(ex.title)), 0, len(ex.text))
    assert (got.past, got.body) == (ex.past, ex.body)


def test_a_past_copula_dates_the_title() -> None:
    text = "Ann Pell was CEO of Dunmore Mills before the merger."
    a = text.index("CEO")
    assert read_title(text, (a, a + 3), 0, len(text)).dated


def test_then_dates_the_title() -> None:
    text = "The court heard that then-CEO Tom Ruddle knew."
    a = text.index("then-CEO")
    got = read_title(text, (a, a + len("then-CEO")), 0, len(text))
    assert got.dated and not got.past


@pytest.mark.parametrize(("text", "title"), [
    ("Judge Ives heard from Ruddle, the former chief executive of the lender, on Monday.", "former chief executive"),
    ("Marsh, captain of the side since 2019, scored twice.", "captain"),
])
def test_a_title_set_off_by_a_comma(text: str, title: str) -> None:
    end = text.index(",")
    t = title_apposed(text, end, len(text))
    assert t is not None and t.text == title


@pytest.mark.parametrize("text", [
    "Ruddle, CEO Jan Poe and two others resigned.",  # a list of people, not an appositive
    "Ruddle, the harbour and the mills were sold.",
])
def test_no_title_set_off_by_a_comma(text: str) -> None:
    assert title_apposed(text, text.index(","), len(text)) is None
