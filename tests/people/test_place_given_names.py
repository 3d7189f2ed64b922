"""A given name that is also a city's name ("Sofia", "Milan") before a surname: a person after a
title, set off after a post, or named so before in the document; the city and a body
otherwise. And a title written after a body's possessive ("the academy's president") is that
body's post, not the country's office. Small invented reports (a dockers' union, a fisheries
ministry, an orchestra, an academy)."""

from __future__ import annotations

from claimcheck.entities import find_mentions
from claimcheck.models import Report, Source
from claimcheck.segment import segment

from builders import run_articles


def _mentions(text: str) -> list[tuple[str, str]]:
    s = Source(id="x", path="x", text=text)
    segment(s)
    return [(m.text, m.kind) for m in find_mentions(s)]


def test_a_city_given_name_after_a_lower_case_title_is_a_person() -> None:
    assert ("Sofia Dragan", "person") in _mentions("Union president Sofia Dragan said the dockers would strike.")


def test_a_city_given_name_after_a_capitalised_title_is_a_person() -> None:
    assert ("Milan Horvat", "person") in _mentions("Croatian Foreign Minister Milan Horvat signed the quota deal.")


def test_a_city_given_name_set_off_after_a_post_is_a_person() -> None:
    found = _mentions("The orchestra's director, Sofia Brandt, said the tour was sold out.")
    assert ("Sofia Brandt", "person") in found


def test_a_city_given_name_the_document_named_before_is_the_person_again() -> None:
    found = _mentions("Union president Sofia Dragan said the dockers would strike. Sofia Dragan added that talks failed.")
    assert found.count(("Sofia Dragan", "person")) == 2


def test_a_city_and_a_body_stay_a_city_and_a_body() -> None:
    found = _mentions("Readers of Sofia News said the flight to Milan Linate was late.")
    assert not any(kind == "person" for _, kind in found)


def _titles(report: Report, person: str) -> list[tuple[str, str | None]]:
    return [(str(c.value.value), c.title.body if c.title else None) for c in report.claims
            if c.facet == "title" and c.subject.id == person and c.value is not None]


def test_a_title_after_a_bodys_possessive_is_that_bodys_post(tmp_path) -> None:
    report = run_articles(tmp_path, {
        "a": "Science prize\n\nWARSAW - The Polish academy awarded its prize on Monday. The academy's president, "
             "Jan Kowal, said the jury had been unanimous.\n",
    }, {"a": "2026-05-11"})
    titles = _titles(report, "person:jan-kowal")
    assert ("president", "academy") in titles
    assert not any(v.startswith("office:") for v, _ in titles)


def test_a_countrys_possessive_names_no_body(tmp_path) -> None:
    report = run_articles(tmp_path, {
        "a": "Summit\n\nPoland's president, Jan Kowal, opened the summit on Monday.\n",
    }, {"a": "2026-05-11"})
    titles = _titles(report, "person:jan-kowal")
    assert titles and all(body is None for _, body in titles)
