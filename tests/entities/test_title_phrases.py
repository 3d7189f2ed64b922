"""Titles written apart from the name: a complement after it, or before it with a comma."""

from __future__ import annotations

import pytest

from claimcheck.entities.title_phrases import title_after, title_before

from .helpers import find, mentions


def _after(text: str, name: str) -> str | None:
    end = text.index(name) + len(name)
    t = title_after(text, end, len(text))
    return t.text if t else None


def _before(text: str, name: str) -> str | None:
    t = title_before(text, text.index(name), 0)
    return t.text if t else None


@pytest.mark.parametrize("text, name, title", [
    ("The club confirmed Ana Duarte as head coach on Friday.", "Ana Duarte", "head coach"),
    ("The board appointed Tomas Reyes as interim CEO.", "Tomas Reyes", "interim CEO"),
    ("Voters elected Marta Silva the country's first female president.", "Marta Silva", "president"),
    ("Lena Park, who was named chief scientist last year, left.", "Lena Park", "chief scientist"),
    ("Oskar Berg becomes interior minister after the reshuffle.", "Oskar Berg", "interior minister"),
])
def test_a_title_complement_after_the_name(text: str, name: str, title: str) -> None:
    assert _after(text, name) == title


@pytest.mark.parametrize("text, name", [
    ("Ana Duarte said the team was tired.", "Ana Duarte"),
    ("The fund backed Acme Corp chief executive plans.", "Acme Corp"),  # a body before a title
    ("Ana Duarte as a child was quick.", "Ana Duarte"),
])
def test_no_title_complement(text: str, name: str) -> None:
    assert _after(text, name) is None


def test_a_title_before_the_name_with_a_comma() -> None:
    text = "Norway's new finance minister, Oskar Berg, presented the budget."
    assert _before(text, "Oskar Berg") == "finance minister"


def test_a_title_of_someone_else_before_the_comma_is_not_taken() -> None:
    text = "The cabinet includes Ana Duarte as health minister, Oskar Berg as trade envoy."
    assert _before(text, "Oskar Berg") is None


def test_a_complement_title_makes_a_person() -> None:
    ms = mentions("The ruling party named Ingrid Solberg as foreign minister on Monday.")
    assert find(ms, "Ingrid Solberg").kind == "person"


def test_a_post_named_by_its_verb_in_a_relative_clause() -> None:
    from claimcheck.entities.title_phrases import title_by_verb

    text = "Judge Amara Osei, who chairs the appeals panel and the ethics board, ruled."
    end = text.index("Amara Osei") + len("Amara Osei")
    t = title_by_verb(text, end, len(text))
    assert t is not None and t.norm == "chair of the appeals panel"
    assert text[t.span[0]:t.span[1]] == t.text == "chairs the appeals panel"
    assert title_by_verb("Amara Osei, who likes the sea, swam.", 10, 40) is None


@pytest.mark.parametrize("text, name, title", [
    ("The talks were led by Ana Duarte, the health ministry's secretary general.", "Ana Duarte", "secretary general"),
    ("Oskar Berg, the club's head coach, left early.", "Oskar Berg", "head coach"),
    ("Lena Park, the central bank's deputy governor, spoke.", "Lena Park", "deputy governor"),
])
def test_a_title_apposed_after_its_bodys_possessive(text: str, name: str, title: str) -> None:
    from claimcheck.entities.title_phrases import title_apposed

    end = text.index(name) + len(name)
    t = title_apposed(text, end, len(text))
    assert t is not None and t.text == title


def test_no_apposed_title_after_a_possessive_of_no_title() -> None:
    from claimcheck.entities.title_phrases import title_apposed

    text = "Ana Duarte, the city's oldest resident, died."
    assert title_apposed(text, text.index(",") , len(text)) is None


@pytest.mark.parametrize("text, name", [
    ("The talks were led by Ana Duarte, the ministry's secretary general. Oskar Berg spoke next.", "Oskar Berg"),
    ("She later became health minister. Oskar Berg replaced her.", "Oskar Berg"),
])
def test_a_title_ending_a_sentence_is_not_the_next_names(text: str, name: str) -> None:
    assert find(mentions(text), name).title is None


def test_an_abbreviated_rank_with_a_full_stop_still_titles_the_name() -> None:
    assert find(mentions("The drill was led by Gen. Oskar Berg on Monday."), "Oskar Berg").title is not None
