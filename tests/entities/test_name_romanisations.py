"""One person's name romanised or spelt two ways across articles: a vowel mark spelt out
(Nordic and German letters), a Japanese long vowel written with an "h" and the name
reversed, a Greek given name's everyday short form, Ukrainian and Russian forms of one
given name and surname. Two people of one family stay apart. Articles invented for the
tests, in other domains than the stories that showed the misses."""

from __future__ import annotations

import pytest

from claimcheck.entities.names import parse_name, same_person, spelling_key

from .helpers import all_of, corpus


def _one(by_source, a: str, b: str) -> bool:
    ids_a = {m.entity for m in all_of(by_source, a)}
    ids_b = {m.entity for m in all_of(by_source, b)}
    assert ids_a and ids_b, (ids_a, ids_b)
    return ids_a == ids_b


@pytest.mark.parametrize(
    "a, b, x, y",
    [
        ("The choir was led by conductor Marit Solbakk on Sunday.", "Conductor Marit Soelbakk praised the sopranos.",
         "Marit Solbakk", "Marit Soelbakk"),
        ("The glaze was fired by potter Jürgen Kühne in May.", "Potter Jürgen Kuehne sold the vase.",
         "Jürgen Kühne", "Jürgen Kuehne"),
        ("The lecture was given by Professor Satō Kenji of the botany faculty.",
         "The lecture was given by Professor Kenji Satoh, the botanist.", "Satō Kenji", "Kenji Satoh"),
        ("The orchestra was conducted by Dimitrios Papadakis, its founder.",
         "Conductor Dimitris Papadakis took a bow.", "Dimitrios Papadakis", "Dimitris Papadakis"),
        ("The goalkeeper coach Serhii Hrabovenko left the club.", "Goalkeeper coach Sergei Grabovenko left the club.",
         "Serhii Hrabovenko", "Sergei Grabovenko"),
    ],
)
def test_one_person_spelt_two_ways_joins(a: str, b: str, x: str, y: str) -> None:
    by_source, _ = corpus(a, b)
    assert _one(by_source, x, y)


@pytest.mark.parametrize(
    "a, b, x, y",
    [
        # one family, two given names that are no forms of one another
        ("The orchestra was conducted by Dimitris Papadakis, its founder.",
         "Mayor Giorgos Papadakis opened the concert hall.", "Dimitris Papadakis", "Giorgos Papadakis"),
        ("Coach Olena Hrabovenko left the club.", "Coach Oleg Grabovenko left the club.",
         "Olena Hrabovenko", "Oleg Grabovenko"),
        # the same given name does not make an h and a g one letter
        ("Coach Serhii Hrabovenko left the club.", "Coach Serhii Grabovenko left the club.",
         "Serhii Hrabovenko", "Serhii Grabovenko"),
    ],
)
def test_two_people_stay_apart(a: str, b: str, x: str, y: str) -> None:
    by_source, _ = corpus(a, b)
    assert not _one(by_source, x, y)


def test_spelling_key_folds_spelt_out_marks_and_long_vowels() -> None:
    assert spelling_key("oeyen") == spelling_key("oyen")
    assert spelling_key("mueller") == spelling_key("muller")
    assert spelling_key("ohno") == spelling_key("ono")
    assert spelling_key("oharu") != spelling_key("oaru")  # an "h" before a vowel is a consonant


def test_reversed_name_with_a_long_vowel_is_name_order() -> None:
    ok, how, _ = same_person(parse_name("Ōno Shintarō"), parse_name("Shintaro Ohno"))
    assert ok and how == "name-order"
