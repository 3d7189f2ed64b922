"""A field word before a head title makes a post of its own ("the club's finance director",
"Goalkeeping coach X"), a post told with a past copula and a body ("who was Harlow's
assistant coach") is not held now, and a date in a relative clause after the name is that
clause's, not the title's. Small invented reports (a rowing club, a hospital, a theatre)."""

from __future__ import annotations

from pathlib import Path

from builders import article, run_articles

from claimcheck.entities import find_mentions
from claimcheck.models import Report

DAY = "2025-03-18"


def _titles(text: str) -> dict[str, str | None]:
    return {m.text: m.title for m in find_mentions(article(text)) if m.kind == "person"}


def _title_findings(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "title" and f.severity != "variant")


def test_a_field_word_after_a_possessive_is_part_of_the_post() -> None:
    titles = _titles("\"We row on,\" said the club's finance director Oskar Lind on Monday.")
    assert titles["Oskar Lind"] == "finance director"


def test_a_field_word_opening_the_sentence_is_part_of_the_post() -> None:
    assert _titles("Medical director Ruth Amadi said the ward would reopen.")["Ruth Amadi"] == "Medical director"


def test_a_verb_before_the_head_is_no_field_word() -> None:
    assert _titles("The theatre said director Paul Venn had resigned.")["Paul Venn"] == "director"


def test_two_field_posts_of_one_person_disagree(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Hospital ward\n\nThe hospital's medical director Ruth Amadi said the ward would reopen on Monday.\n",
        "b": "Ward reopens\n\nThe hospital's nursing director Ruth Amadi said the ward would reopen on Monday.\n",
    }, {"a": DAY, "b": DAY})
    assert set(_title_findings(report)) & {"conflict", "tension"}


def test_a_post_told_with_a_past_copula_and_a_body_is_not_held_now(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Regatta\n\nKarin Holt, who was Harlow's assistant coach until 2021, now leads the crew. "
             "Head coach Karin Holt said the crew was ready.\n",
        "b": "Regatta won\n\nHead coach Karin Holt praised the crew on Sunday.\n",
    }, {"a": DAY, "b": DAY})
    assert _title_findings(report) == []


def test_a_date_in_a_relative_clause_does_not_date_the_title(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Regatta\n\n\"We were ready,\" said the club's sporting director Karin Holt, who joined in 2019.\n",
    }, {"a": DAY})
    titles = [c for c in report.claims if c.predicate == "title"]
    assert titles and all(c.when is None for c in titles)


def test_the_main_verb_complement_after_a_relative_clause_is_the_title(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Council\n\nIrma Solberg, whom the council chose as treasurer in 2021 after a long contest, will become "
             "the new deputy mayor on Monday.\n",
        "b": "Council news\n\nDeputy Mayor Irma Solberg thanked the council.\n",
    }, {"a": DAY, "b": DAY})
    titles = {c.value.text.casefold() for c in report.claims if c.predicate == "title" and c.value is not None}
    assert "deputy mayor" in titles


def test_a_title_inside_the_relative_clause_is_not_the_main_complement() -> None:
    # "chose as treasurer" is read as before; nothing after the clause names a post
    titles = _titles("Irma Solberg, whom the council chose as treasurer in 2021, will speak on Monday.")
    assert titles.get("Irma Solberg") in (None, "treasurer")


def test_an_age_set_off_before_the_appositive_title() -> None:
    assert _titles("Irma Solberg, 54, the hospital's medical director, said.")["Irma Solberg"] == \
        "hospital's medical director"


def test_a_number_alone_after_a_name_is_no_title() -> None:
    assert _titles("Irma Solberg, 54, said the ward would reopen.")["Irma Solberg"] is None
