"""One person's name written in another form by another outlet: a second surname present or
not, a given name cut short by more than three letters, a surname-first tradition's name in
the Western order. Each rule where it joins and where it must not. Small invented reports (a
port authority, a rowing regatta, an architecture prize)."""

from __future__ import annotations

from pathlib import Path

from builders import run_articles

from claimcheck.entities.names import parse_name, same_person
from claimcheck.models import Report

DAY = "2026-05-11"


def _people(report: Report) -> list[set[str]]:
    return [set(e.names) for e in report.entities if e.kind == "person"]


def _run(tmp_path: Path, a: str, b: str) -> Report:
    return run_articles(tmp_path, {"a": a, "b": b}, {"a": DAY, "b": DAY})


def _same(x: str, y: str) -> bool:
    return same_person(parse_name(x), parse_name(y))[0]


def test_a_second_surname_written_or_left_out_is_one_person(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Port works\n\nPort authority president Ramiro Ezcurra said the quay would reopen. "
                  "Ezcurra gave no date.\n",
                  "Port works\n\nPort authority president Ramiro Ezcurra Villalón said the quay would reopen.\n")
    assert any({"Ramiro Ezcurra", "Ramiro Ezcurra Villalón"} <= names for names in _people(report))
    assert any("name_variant" == f.kind and "Ezcurra" in f.summary for f in report.findings)


def test_a_second_surname_rule_needs_the_same_first_two_words() -> None:
    assert _same("Ramiro Ezcurra", "Ramiro Ezcurra Villalón")
    assert not _same("Ramiro Ezcurra", "Julia Ezcurra Villalón")  # another given name
    assert not _same("John Paul", "John Paul Jones")  # a given name, not a first surname
    assert not _same("Ana Reyes-Lima", "Ana Reyes-Lima Wins")  # a hyphenated surname is already two


def test_a_given_name_cut_to_half_is_one_person() -> None:
    assert _same("Ravindra Oduya", "Ravi Oduya")
    assert not _same("Kaveripattinam Lund", "Kaveri Lund")  # less than half the name kept
    assert not _same("Ravindra Oduya", "Ravi Mensah")  # another surname
    assert not _same("Ravindra Oduya", "Rav Oduya")  # too short to tell


def test_a_short_given_name_joins_the_long_one_across_reports(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Regatta\n\nThe crew's stroke, Ravindra Oduya, said the wind eased. Oduya was pleased.\n",
                  "Regatta\n\nThe crew's stroke, Ravi Oduya, said the wind eased. Oduya was pleased.\n")
    assert any({"Ravindra Oduya", "Ravi Oduya"} <= names for names in _people(report))


def test_a_hyphenated_korean_given_name_before_the_surname_is_a_person_in_the_western_order(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Architecture prize\n\nThe jury, chaired by architect Choi Min-seo, named the winner.\n",
                  "Architecture prize\n\nThe jury chair, the Korean architect Min-seo Choi, named the winner.\n")
    assert any({"Choi Min-seo", "Min-seo Choi"} <= names for names in _people(report))


def test_a_given_first_korean_name_needs_the_hyphen() -> None:
    assert parse_name("Min-seo Choi").tradition == "korean" and not parse_name("Min-seo Choi").surname_first
    assert parse_name("Dana Lee").tradition is None  # an English name as often
    assert parse_name("Central Park").tradition is None
