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
    by_source, _ = corpus("Harbor Freightways cut its outlook. Harbor shares fell in early trading.")
    assert not [m for ms in by_source.values() for m in ms if m.kind == "person"]


def test_a_name_the_corpus_writes_as_a_person_elsewhere_is_a_person() -> None:
    by_source, _ = corpus("The trophy is named after Bertil Aaltonen of Finland.",
                          "Coach Bertil Aaltonen, the founder, died in 1990.")
    (a,) = all_of(by_source, "Bertil Aaltonen")[:1]
    assert len({m.entity for m in all_of(by_source, "Bertil Aaltonen")}) == 1
    assert len(all_of(by_source, "Bertil Aaltonen")) == 2 and a.kind == "person"


def test_an_unconfirmed_name_shaped_run_is_dropped() -> None:
    by_source, index = corpus("Fans gathered at Copper Lane on Sunday.")
    assert not [m for ms in by_source.values() for m in ms if m.text == "Copper Lane" and m.kind == "person"]


def test_a_surname_misspelt_once_in_a_document_binds_to_the_full_name() -> None:
    ms = mentions("Striker Lorenzo Castellani scored twice. Castelani later thanked the fans.")
    assert find(ms, "Castelani").entity == find(ms, "Lorenzo Castellani").entity


@pytest.mark.parametrize("a, b", [
    ("Lorenzo Castellani", "Lorenzo Castelani"),  # a doubled letter dropped
    ("Dana Whitfield", "Dana Whitfeild"),  # two letters swapped
    ("Stefan Kowalczyk", "Stephan Kowalczyk"),  # ph / f
    ("Marilyn Osei", "Maryline Osei"),  # y / i and a final e
    ("Renaud Morel", "Renauld Morel"),  # one letter in the given name
    ("Vera Dalberg", "Vera Dalbergh"),  # a letter added at the end of the surname
    ("Tomas Marlin", "Tomas Marling"),
    ("Ingrid Bjørnstad", "Ingrid Bjornstad"),  # a letter NFKD keeps whole, as its language types it
    ("Halvard Sæbø", "Halvard Saebo"),
    ("Łucja Wrona", "Lucja Wrona"),
    ("Gunnar Weiß", "Gunnar Weiss"),
    ("Dewi Sukardjo", "Dewi Sukarjo"),  # an older orthography: dj / j
    ("Agus Tjahjadi", "Agus Cahyadi"),  # tj / c and j / y
    ("Bram Verhoef", "Bramwel Verhoef"),  # a given name cut short
])
def test_one_letter_slips_name_one_person(a: str, b: str) -> None:
    assert same_person(parse_name(a), parse_name(b))[0]


@pytest.mark.parametrize("a, b", [
    ("Ed Okafor", "David Okafor"),  # relatives: different given names
    ("Tom Brandt", "Tim Brandt"),  # two different known given names
    ("Lorenzo Castellani", "Lorenzo Castelli"),  # two letters off in a short surname
    ("Kim Jong-un", "Kim Jong-il"),
    ("Vera Dalberg", "Nina Dalbergh"),  # a letter added, but another given name
    ("Anna Pieters", "Anna Pieter"),  # a final "s" is an ending, not a slip
    ("Lea Marl", "Lea Marly"),  # too short to tell a slip from another name
    ("Goran Ilic", "Gorana Ilic"),  # one letter more is a feminine form, not a name cut short
    ("Jan Berg", "Janet Berg"),  # a known given name is no cut-short form of another
    ("Ola Nordby", "Olaug Nordby"),  # too short a form to tell
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


def test_a_body_with_a_possessive_before_a_name_is_not_part_of_it() -> None:
    ms = mentions("The plan was drafted by Northwind Logistics's Caroline Abara last year.")
    assert find(ms, "Caroline Abara").kind == "person"
    assert not [m for m in ms if m.kind == "person" and "Northwind" in m.text and m.rule != "person-candidate"]


def test_a_descriptor_before_a_known_given_name_is_not_part_of_the_name() -> None:
    ms = mentions("The match was refereed by Portuguese-born Michael Okonkwo on Saturday.")
    assert find(ms, "Michael Okonkwo").kind == "person"


def test_a_dropped_first_given_name_joins_the_full_name() -> None:
    assert same_person(parse_name("Adaeze Ngozi Okafor"), parse_name("Ngozi Okafor"))[0]
    assert not same_person(parse_name("Tom Jones"), parse_name("Tommy Lee Jones"))[0]


def test_a_one_letter_slip_in_a_body_name_joins_it() -> None:
    by_source, _ = corpus("The National Hydrological Service issued a flood warning.",
                          "The National Hydrologcal Service said rivers would rise.")
    ids = {m.entity for t in ("National Hydrological Service", "National Hydrologcal Service")
           for m in all_of(by_source, t)}
    assert len(ids) == 1


def test_two_bodies_with_different_words_stay_apart() -> None:
    by_source, _ = corpus("The National Hydrological Service issued a warning.",
                          "The National Geological Service said the ground was stable.")
    ids = {m.entity for t in ("National Hydrological Service", "National Geological Service")
           for m in all_of(by_source, t)}
    assert len(ids) == 2


def test_a_title_word_the_chunk_left_out_belongs_to_the_title() -> None:
    ms = mentions("First Minister Eilidh Rankin opened the session.")
    assert find(ms, "Eilidh Rankin").title == "First Minister"


def test_a_portfolio_word_inside_a_capitalised_title() -> None:
    ms = mentions("Chief Medical Officer Hana Novak briefed reporters.")
    m = find(ms, "Hana Novak")
    assert m.title == "Chief Medical Officer"
    assert not [x for x in ms if x.text == "Medical"]


def test_an_appositive_title_with_a_body_possessive_ends_before_a_clause() -> None:
    ms = mentions("Ruth Okoye, the club's head coach and the woman who built the side, resigned.")
    assert find(ms, "Ruth Okoye").title == "club's head coach"


def test_a_word_with_an_ending_is_no_slip() -> None:
    # a plural or a demonym is the same word with an ending, not a misspelt surname
    ms = mentions("Coach Lena Kastrati praised the team. Kastratis fans sang all night.")
    assert not [m for m in ms if m.text == "Kastratis" and m.kind == "person"]
