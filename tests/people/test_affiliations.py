"""A person's party read from the syntax around the name (claimcheck.affiliations) and two
parties for one person compared across sources (claimcheck.check.affiliation.v1). Small
invented reports (a mayoral race, a regional assembly, a by-election)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_articles

from claimcheck.affiliations import tables
from claimcheck.models import Report

DAY = "2025-09-22"


def _parties(report: Report) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in report.claims:
        if c.predicate == "affiliation" and c.value is not None:
            out.setdefault(c.subject.label or c.subject.id, set()).add(c.value.text)
    return out


@pytest.mark.parametrize("ex", tables().examples, ids=lambda e: e.text)
def test_affiliation_examples(tmp_path: Path, ex) -> None:  # type: ignore[no-untyped-def]
    report = run_articles(tmp_path, {"a": f"Seat won\n\n{ex.text}\n"}, {"a": DAY})
    got = {p for ps in _parties(report).values() for p in ps}
    assert got == ({ex.party} if ex.party else set())


def _findings(tmp_path: Path, a: str, b: str, day_b: str = DAY) -> list[str]:
    report = run_articles(tmp_path, {"a": a, "b": b}, {"a": DAY, "b": day_b})
    return [f.severity for f in report.findings if f.rule == "claimcheck.check.affiliation.v1"]


def test_two_parties_for_one_person_conflict(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Assembly seat\n\nMarta Kovac of the Harbour Party won the assembly seat on Sunday.\n",
                     "Assembly result\n\nMarta Kovac, the Valley Party candidate, won the seat.\n") == ["conflict"]


def test_a_former_party_is_no_conflict(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Assembly seat\n\nMarta Kovac of the Harbour Party won the assembly seat on Sunday.\n",
                     "Assembly result\n\nMarta Kovac, a former member of the Valley Party, won the seat.\n") == []


def test_a_source_naming_both_parties_is_no_conflict(tmp_path: Path) -> None:
    # a party within an alliance, told by one source: the other's shorter word is no disagreement
    assert _findings(tmp_path,
                     "Assembly seat\n\nMarta Kovac of the Harbour Party won the assembly seat on Sunday.\n",
                     "Assembly result\n\nMarta Kovac of the Valley Party won the seat. Harbour Party leader "
                     "Marta Kovac thanked the alliance.\n") == []


def test_parties_a_year_apart_are_no_conflict(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Assembly seat\n\nMarta Kovac of the Harbour Party won the assembly seat on Sunday.\n",
                     "Kovac again\n\nMarta Kovac, the Valley Party candidate, lost the seat.\n",
                     day_b="2026-10-01") == []


def test_a_party_that_backs_someone_is_not_theirs(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Assembly seat\n\nMarta Kovac of the Harbour Party won the assembly seat on Sunday.\n",
                     "Assembly result\n\nMarta Kovac, backed by the Valley Party, won the seat.\n") == []


def test_a_party_without_its_head_word_is_read_through_the_full_name(tmp_path: Path) -> None:
    # "Harbour leader X" and "X (Valley)" count because the corpus names both parties in full
    assert _findings(tmp_path,
                     "Assembly seat\n\nHarbour leader Marta Kovac won the seat. The Harbour Party gained.\n",
                     "Assembly result\n\nMarta Kovac (Valley) won the seat. The Valley Party gained.\n") == ["conflict"]


def test_a_body_before_a_title_is_no_party_without_a_full_party_name(tmp_path: Path) -> None:
    # "Acme candidate": no "Acme Party" anywhere, so no party at all
    assert _findings(tmp_path,
                     "Board seat\n\nAcme candidate Marta Kovac won the board seat on Sunday.\n",
                     "Board result\n\nMarta Kovac, the Valley Party candidate, won the seat.\n") == []


def _club_findings(tmp_path: Path, a: str, b: str) -> list[str]:
    report = run_articles(tmp_path, {"a": a, "b": b}, {"a": DAY, "b": DAY})
    return [f.severity for f in report.findings if f.rule == "claimcheck.check.club.v1"]


def test_two_clubs_for_one_player_conflict(tmp_path: Path) -> None:
    assert _club_findings(tmp_path, "Cup final\n\nRovers striker Ola Berg scored twice on Sunday.\n",
                          "Final won\n\nHarlow striker Ola Berg scored twice.\n") == ["conflict"]


def test_a_former_club_a_national_side_and_a_longer_name_are_no_conflict(tmp_path: Path) -> None:
    assert _club_findings(tmp_path, "Cup final\n\nRovers striker Ola Berg scored twice on Sunday.\n",
                          "Final won\n\nFormer Harlow striker Ola Berg scored twice. Norway striker Ola Berg "
                          "is 22. Rovers FC striker Ola Berg was booked.\n") == []


def test_a_home_nation_is_a_national_side_not_a_club(tmp_path: Path) -> None:
    # England and Wales field national teams without being countries of the country table:
    # "Arsenal and England defender X" plays for a club and a national side at once
    assert _club_findings(tmp_path / "nation", "Cup final\n\nRovers defender Ola Berg scored twice on Sunday.\n",
                          "Final won\n\nWales defender Ola Berg scored twice. Welsh defender Ola Berg is 22.\n") == []
    assert _club_findings(tmp_path / "club", "Cup final\n\nRovers defender Ola Berg scored twice on Sunday.\n",
                          "Final won\n\nHarlow defender Ola Berg scored twice.\n") == ["conflict"]
