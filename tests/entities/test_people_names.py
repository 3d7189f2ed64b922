"""People found by their titles and by how a document refers to them, and spellings of
one person joined (one-letter slips, spelling alternations) without joining namesakes."""

from __future__ import annotations

import pytest

from claimcheck.entities.names import parse_name, same_person

from .helpers import all_of, corpus, find, mentions


def test_a_title_in_capitals_before_a_name() -> None:
    ms = mentions("Brightline CEO Dana Whitfield announced the merger on Monday.")
    m = find(ms, "Dana Whitfield")
    assert m.kind == "person" and m.title == "Brightline CEO"


def test_a_lower_case_compound_title_before_a_name() -> None:
    ms = mentions("The club hired former Rovers co-chairman Tomas Ferreira last week.")
    assert find(ms, "Tomas Ferreira").title == "co-chairman"


def test_a_middle_initial_inside_a_titled_name() -> None:
    ms = mentions("Judge Harriet K. Odum dismissed the appeal. Odum said the filing was late.")
    m = find(ms, "Harriet K. Odum")
    assert m.title == "Judge"
    assert find(ms, "Odum").entity == m.entity


def test_a_name_the_document_shortens_to_its_surname_is_a_person() -> None:
    ms = mentions("Priya Venkataraman won the final in Doha. Venkataraman said the wind was hard.")
    full = find(ms, "Priya Venkataraman")
    assert full.kind == "person" and find(ms, "Venkataraman").entity == full.entity


def test_a_body_shortened_to_its_first_word_is_not_a_person() -> None:
    ms = mentions("Harbor Freightways cut its outlook. Harbor shares fell in early trading.")
    assert not [m for m in ms if m.kind == "person"]


def test_a_surname_misspelt_once_in_a_document_binds_to_the_full_name() -> None:
    ms = mentions("Striker Lorenzo Castellani scored twice. Castelani later thanked the fans.")
    assert find(ms, "Castelani").entity == find(ms, "Lorenzo Castellani").entity


@pytest.mark.parametrize("a, b", [
    ("Lorenzo Castellani", "Lorenzo Castelani"),  # a doubled letter dropped
    ("Dana Whitfield", "Dana Whitfeild"),  # two letters swapped
    ("Stefan Kowalczyk", "Stephan Kowalczyk"),  # ph / f
    ("Marilyn Osei", "Maryline Osei"),  # y / i and a final e
    ("Renaud Morel", "Renauld Morel"),  # one letter in the given name
])
def test_one_letter_slips_name_one_person(a: str, b: str) -> None:
    assert same_person(parse_name(a), parse_name(b))[0]


@pytest.mark.parametrize("a, b", [
    ("Ed Okafor", "David Okafor"),  # relatives: different given names
    ("Tom Brandt", "Tim Brandt"),  # two different known given names
    ("Lorenzo Castellani", "Lorenzo Castelli"),  # two letters off in a short surname
    ("Kim Jong-un", "Kim Jong-il"),
])
def test_namesakes_stay_apart(a: str, b: str) -> None:
    assert not same_person(parse_name(a), parse_name(b))[0]


def test_a_surname_slip_joins_across_documents() -> None:
    by_source, index = corpus(
        "Prosecutor Renata Szabo-Lind told the court the funds were gone.",
        "Prosecutor Renata Szabo-Linde asked for a longer sentence.",
    )
    ids = {m.entity for t in ("Renata Szabo-Lind", "Renata Szabo-Linde") for m in all_of(by_source, t)}
    assert len(ids) == 1
    assert any(m.variant == "Renata Szabo-Linde" or m.canonical == "Renata Szabo-Linde"
               for m in index.entities[ids.pop()].merges)
