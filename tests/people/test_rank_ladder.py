"""A rank ladder read as structure: an ordinal before a deputy ("First Vice Minister",
"second deputy mayor") is one rung, so two rungs for one person disagree while a deputy
written without its rung is either; a title after a possessive body of several words
(", the Harbour Transit Authority's director-general,"); a modifier belongs to the title
it stands before, not to another title earlier in the phrase. Small invented reports (a
city hall, a transit authority, a trade delegation)."""

from __future__ import annotations

from pathlib import Path

from builders import article, run_articles

from claimcheck.entities import find_mentions
from claimcheck.models import Report

DAY = "2025-05-06"


def _run(tmp_path: Path, a: str, b: str) -> Report:
    return run_articles(tmp_path, {"a": a, "b": b}, {"a": DAY, "b": DAY})


def _severities(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "title")


def _titles(text: str) -> dict[str, str | None]:
    return {m.text: m.title for m in find_mentions(article(text)) if m.kind == "person"}


def test_two_rungs_of_one_deputy_ladder_disagree(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Budget passed\n\nFirst Deputy Mayor Lina Ostrova presented the budget to the council.\n",
                  "Council vote\n\nLina Ostrova, the city's second deputy mayor, presented the budget.\n")
    assert set(_severities(report)) & {"conflict", "tension"}


def test_a_deputy_without_its_rung_is_a_wording(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Budget passed\n\nFirst Deputy Mayor Lina Ostrova presented the budget to the council.\n",
                  "Council vote\n\nDeputy Mayor Lina Ostrova presented the budget.\n")
    assert not set(_severities(report)) & {"conflict", "tension"}


def test_an_ordinal_before_a_head_is_no_rung() -> None:
    # "First Minister" is a post of its own, not a rung of "Minister"
    assert _titles("First Minister Ewan Stroud opened the debate.")["Ewan Stroud"] == "First Minister"


def test_the_rung_is_part_of_the_title() -> None:
    titles = _titles("The delegation was led by Second Vice Trade Minister Aino Saari on Monday.")
    assert titles["Aino Saari"] == "Second Vice Trade Minister"


def test_a_possessive_body_of_several_words_before_the_title() -> None:
    titles = _titles("Tomas Berg, the Harbour Transit Authority's director-general, said the line would reopen.")
    assert titles["Tomas Berg"] == "Harbour Transit Authority's director-general"


def test_a_modifier_belongs_to_the_title_it_stands_before() -> None:
    titles = _titles("Vice Chair of the Board Ilse Varga and Chilean Vice Minister of Trade Tomas Ruiz signed it.")
    assert titles["Tomas Ruiz"] is not None and "Varga" not in titles["Tomas Ruiz"]


def test_a_crew_rung_against_the_command_disagrees(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Ferry docks\n\nThe ship's captain, Oskar Dahl, brought the ferry in safely on Monday.\n",
                  "Ferry safe\n\nThe crew, led by first officer Oskar Dahl, brought the ferry in safely.\n")
    assert set(_severities(report)) & {"conflict", "tension"}


def test_one_crew_rung_written_twice_is_no_disagreement(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Ferry docks\n\nFirst officer Oskar Dahl brought the ferry in safely on Monday.\n",
                  "Ferry safe\n\nThe crew, led by first officer Oskar Dahl, brought the ferry in safely.\n")
    assert not set(_severities(report)) & {"conflict", "tension"}


def test_a_stand_in_post_taken_for_a_while_is_read(tmp_path: Path) -> None:
    report = _run(tmp_path, "Club news\n\nIda Moen, who took charge for three games as caretaker manager, "
                            "returns to the academy.\n", "Club news\n\nThe club thanked its staff.\n")
    assert any(c.predicate == "title" and c.value is not None and c.value.text == "caretaker manager"
               for c in report.claims)
