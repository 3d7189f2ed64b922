"""A title names its post as of writing: a planned date in its sentence does not move it
(claimcheck.check.title.v1), and a holder named with no date of their own is likely the holder
over the week to publication, so two outlets a day apart meet (claimcheck.check.role_holder.v1).
Small invented reports: a health ministry, a water board, a museum."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

TITLE = "claimcheck.check.title.v1"


def _titles(tmp_path: Path, a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    report = run_dated(tmp_path, {"a": a, "b": b})
    return sorted(f.severity for f in report.findings if f.rule == TITLE and f.severity != "variant")


def _holders(tmp_path: Path, a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    report = run_dated(tmp_path, {"a": a, "b": b})
    return sorted(f.severity for f in report.findings if f.kind == "role_holder")


def test_a_planned_date_in_the_sentence_does_not_date_the_title(tmp_path: Path) -> None:
    assert _titles(
        tmp_path,
        ("2026-04-16", "Port deal\n\nHealth Minister Ana Ruiz said the new clinic would open in the first half of "
                       "2027. Ruiz spoke again later.\n"),
        ("2026-04-17", "Port deal\n\nDeputy Health Minister Ana Ruiz visited the site. Ruiz spoke again later.\n"),
    ) != []  # the minister and her deputy, as of writing one day apart


def test_a_title_in_an_earlier_dated_sentence_stays_then(tmp_path: Path) -> None:
    assert _titles(
        tmp_path,
        ("2026-04-16", "Port deal\n\nIn 2019, Deputy Health Minister Ana Ruiz opened the old clinic. "
                       "Ruiz spoke again later.\n"),
        ("2026-04-17", "Port deal\n\nHealth Minister Ana Ruiz visited the site. Ruiz spoke again later.\n"),
    ) == []  # a promotion in seven years fits


def test_two_holders_named_as_of_writing_a_day_apart_meet(tmp_path: Path) -> None:
    assert _holders(
        tmp_path,
        ("2026-04-16", "Water vote\n\nThe result was clear, Chile's Prime Minister Luis Mora said. "
                       "Mora thanked the voters.\n"),
        ("2026-04-17", "Water vote\n\nPrime Minister Tomas Birch had urged a high turnout. Birch thanked the voters.\n"),
    ) == ["tension"]  # the bare title is the story's one country's office: a change fits only if untold


def test_two_holders_named_weeks_apart_stay_quiet(tmp_path: Path) -> None:
    assert _holders(
        tmp_path,
        ("2026-04-16", "Water vote\n\nThe result was clear, Chile's Prime Minister Luis Mora said. "
                       "Mora thanked the voters.\n"),
        ("2026-05-20", "Water vote\n\nPrime Minister Tomas Birch had urged a high turnout. Birch thanked the voters.\n"),
    ) == []  # a change of holder in a month fits


def test_a_title_written_with_its_body_is_no_bare_national_office(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-04-16", "Water vote\n\nChile's Prime Minister Luis Mora thanked the voters. "
                            "Mora was pleased.\n"),
        "b": ("2026-04-17", "Water vote\n\nThe water board's president, Tomas Birch, thanked the voters. "
                            "Birch was pleased.\n"),
    })
    assert not [f for f in report.findings if f.rule == "claimcheck.check.role_holder.v1"]


def test_a_post_in_a_sentence_about_a_later_year_is_held_as_of_writing(tmp_path: Path) -> None:
    assert _holders(
        tmp_path,
        ("2026-04-16", "New wing\n\nThe museum's director, Ana Ruiz, said the new wing would open in 2028. "
                       "Ruiz was pleased.\n"),
        ("2026-04-17", "New wing\n\nThe museum's director, Tomas Birch, welcomed the funding. "
                       "Birch was pleased.\n"),
    ) != []  # the post of one museum, as of writing a day apart


def test_a_post_in_a_sentence_about_an_earlier_year_is_held_then(tmp_path: Path) -> None:
    assert _holders(
        tmp_path,
        ("2026-04-16", "New wing\n\nIn 2019, the museum's director, Ana Ruiz, opened the old wing. "
                       "Ruiz was pleased.\n"),
        ("2026-04-17", "New wing\n\nThe museum's director, Tomas Birch, welcomed the funding. "
                       "Birch was pleased.\n"),
    ) == []  # seven years apart: a change of holder fits
