"""Two plans that do not agree, stated by two sources within a few days of each other and
neither saying the plan changed, cannot both be the plan: a conflict (checks/plan_window.py).
Further apart, or with a word of change ("now", "postponed"), the plan may have moved: a
tension. Small articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_dated

from claimcheck.checks.tables import date_tables
from claimcheck.models import Finding

HIRED = ("Orchestra signs new conductor\n\nThe Vantor Philharmonic has hired Elsa Brandt as its principal "
         "conductor. Brandt signed a contract until June 2034, the orchestra said on Tuesday.\n")
BOARD = ("Brandt takes the baton\n\nElsa Brandt, the new principal conductor of the Vantor Philharmonic, said she "
         "was delighted. Her contract runs until 2033, the orchestra's board said.\n")
TUNNEL = "Rail tunnel approved\n\nThe Kessel rail tunnel is expected to cost 2 billion francs and to enter service in 2036.\n"


def _dates(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.kind == "date" and f.severity in ("conflict", "tension")]


def test_two_contract_ends_told_two_days_apart_are_a_conflict(tmp_path: Path) -> None:
    found = _dates(run_dated(tmp_path, {"a": ("2031-04-02", HIRED), "b": ("2031-04-04", BOARD)}).findings)
    assert [f.severity for f in found] == ["conflict"]
    assert "2033" in found[0].summary and "2034-06" in found[0].summary


def test_two_contract_ends_told_weeks_apart_stay_a_tension(tmp_path: Path) -> None:
    # the contract may have been extended between the two reports
    found = _dates(run_dated(tmp_path, {"a": ("2031-04-02", HIRED), "b": ("2031-04-30", BOARD)}).findings)
    assert [f.severity for f in found] == ["tension"]
    assert "planned date moved" in found[0].summary


def test_a_plan_said_to_have_changed_stays_a_tension(tmp_path: Path) -> None:
    later = "Kessel tunnel late\n\nThe Kessel rail tunnel will now enter service in 2038, the operator said.\n"
    found = _dates(run_dated(tmp_path, {"e": ("2031-04-03", TUNNEL), "g": ("2031-04-04", later)}).findings)
    assert [f.severity for f in found] == ["tension"]


def test_a_plan_told_the_next_day_without_a_change_is_a_conflict(tmp_path: Path) -> None:
    later = "Kessel tunnel costs\n\nThe Kessel rail tunnel will enter service in 2038, the operator said.\n"
    found = _dates(run_dated(tmp_path, {"e": ("2031-04-03", TUNNEL), "g": ("2031-04-04", later)}).findings)
    assert [f.severity for f in found] == ["conflict"]


def test_a_plan_refined_is_no_alarm(tmp_path: Path) -> None:
    later = "Kessel tunnel timetable\n\nThe Kessel rail tunnel will enter service in March 2036, the operator said.\n"
    found = _dates(run_dated(tmp_path, {"e": ("2031-04-03", TUNNEL), "g": ("2031-04-04", later)}).findings)
    assert found == []


@pytest.mark.parametrize("text", date_tables().examples["plan_change"].match)
def test_plan_change_markers_match(text: str) -> None:
    assert date_tables().plan_change_re().search(text)


@pytest.mark.parametrize("text", date_tables().examples["plan_change"].no_match)
def test_plan_change_markers_do_not_match(text: str) -> None:
    assert not date_tables().plan_change_re().search(text)


FORUM = ("Rail forum ends\n\nThe 9th Baltic Rail Forum closed in Vilnius on Monday. The 10th Baltic Rail Forum "
         "will be held in Tartu in 2032.\n")


def _places(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.kind == "place" and f.severity in ("conflict", "tension")]


def test_two_host_cities_told_the_next_day_are_a_conflict(tmp_path: Path) -> None:
    other = "Forum wrap\n\nDelegates left Vilnius on Monday. The 10th Baltic Rail Forum will take place in Riga in 2032.\n"
    found = _places(run_dated(tmp_path, {"a": ("2031-06-10", FORUM), "b": ("2031-06-11", other)}).findings)
    assert [f.severity for f in found] == ["conflict"]


def test_a_host_city_moved_months_later_stays_a_tension(tmp_path: Path) -> None:
    other = "Forum host named\n\nThe 10th Baltic Rail Forum will take place in Riga in 2032, organisers said.\n"
    found = _places(run_dated(tmp_path, {"a": ("2031-06-10", FORUM), "b": ("2031-11-20", other)}).findings)
    assert [f.severity for f in found] == ["tension"]


def _plan_corpus(second_source: str, published: str) -> list[Finding]:
    from checks_factories import Corpus
    k = Corpus()
    k.source("a", "The ferry link will open in 2034. Officials said it will open in 2035.", published="2031-04-02")
    if second_source != "a":
        k.source(second_source, "The ferry link will open in 2035.", published=published)
    k.claim("a", "The ferry link will open in 2034.", "thing:ferry-link", "launch", when=("2034", "2034"),
            modality="planned")
    k.claim(second_source, "The ferry link will open in 2035." if second_source != "a" else
            "Officials said it will open in 2035.", "thing:ferry-link", "launch", when=("2035", "2035"),
            modality="planned")
    return [f for f in k.run() if f.kind == "date"]


def test_one_source_giving_two_plans_keeps_the_tension() -> None:
    assert [f.severity for f in _plan_corpus("a", "2031-04-02")] == ["tension"]


def test_a_second_source_the_next_day_makes_it_a_conflict_but_not_one_a_month_on() -> None:
    assert [f.severity for f in _plan_corpus("b", "2031-04-03")] == ["conflict"]
    assert [f.severity for f in _plan_corpus("b", "2031-05-03")] == ["tension"]
    assert [f.severity for f in _plan_corpus("b", "2031-04")] == ["tension"]  # a month only: no day to compare


def test_a_doubtful_inferred_publication_day_is_no_evidence_of_the_window() -> None:
    from checks_factories import Corpus
    k = Corpus()
    k.source("a", "The ferry link will open in 2034.", published="2031-04-02")
    k.source("b", "The ferry link will open in 2035.", published="2031-04-03", basis="inferred", confidence=0.4)
    k.claim("a", "The ferry link will open in 2034.", "thing:ferry-link", "launch", when=("2034", "2034"),
            modality="planned")
    k.claim("b", "The ferry link will open in 2035.", "thing:ferry-link", "launch", when=("2035", "2035"),
            modality="planned")
    assert [f.severity for f in k.run() if f.kind == "date"] == ["tension"]
