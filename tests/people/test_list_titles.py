"""Titles in a list of people: a title written right before a name is that name's, not the
one before the comma ("A, chief executive B and C"). Invented sentences: ministers,
executives, coaches."""

from __future__ import annotations

import pytest

from claimcheck.entities import find_mentions
from claimcheck.models import Source
from claimcheck.segment import segment


def _people(text: str) -> dict[str, str | None]:
    s = Source(id="doc", path="doc.txt", text=text, excluded=[])
    segment(s)
    return {m.text: m.title for m in find_mentions(s) if m.kind == "person"}


@pytest.mark.parametrize("text, first, second, title", [
    ("The summit was attended by Ana Duarte, Norway's finance minister Oskar Berg and Lena Holm.",
     "Ana Duarte", "Oskar Berg", "finance minister"),
    ("The board heard from Ana Duarte, chief executive Tomas Reyes and Lena Holm.",
     "Ana Duarte", "Tomas Reyes", "chief executive"),
    ("The camp was run by Marta Silva, head coach Oskar Berg and the club's director Lena Holm.",
     "Marta Silva", "Oskar Berg", "head coach"),
])
def test_a_title_right_before_a_name_is_that_names(text: str, first: str, second: str, title: str) -> None:
    people = _people(text)
    assert people[first] is None
    assert people[second] == title


@pytest.mark.parametrize("text, name, title", [
    ("Oskar Berg, finance minister, presented the budget.", "Oskar Berg", "finance minister"),
    ("Tomas Reyes, Acme chief executive, opened the meeting.", "Tomas Reyes", "Acme chief executive"),
    ("Marta Silva, head coach of Vestby, praised the squad.", "Marta Silva", "head coach of Vestby"),
    # a capitalised title word after the title goes on the title: no name follows
    ("Ana Duarte, Executive Secretary of the fund, spoke.", "Ana Duarte", "Executive Secretary"),
])
def test_an_apposed_title_with_no_name_after_it_stays(text: str, name: str, title: str) -> None:
    assert _people(text)[name] == title
