"""Counts of one thing that their keys set apart (``checks/count_things.py``): blocked by the
thing counted (``quantities/things.py``), compared with the verb, holder, modifier and as-of
time as compatibility attributes. Articles written for the tests (concerts, trade visits,
floods, summits, shipping, parliaments)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.quantities.things import act_class, same_thing, table

THING = "claimcheck.check.quantity_thing.v1"


def _things(report) -> list[tuple[str, str]]:
    """(subject, severity) of the thing rule's findings of severity conflict or tension."""
    return sorted((f.subject, f.severity) for f in report.findings
                  if f.rule == THING and f.severity in ("conflict", "tension"))


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: f"{ex.a}-{ex.b}")
def test_thing_examples(ex) -> None:
    if ex.act:
        assert (act_class(ex.a) == act_class(ex.b)) is ex.same
    else:
        assert same_thing(ex.a, ex.b) is ex.same


def test_a_crowd_told_with_a_verb_and_without_is_one_crowd(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-01", "Concert\n\nA crowd of 41,200 watched the band close its tour at the city stadium.\n"),
        "b": ("2025-06-01", "Review\n\nThe tour closed with 14,200 spectators in attendance at the city stadium.\n"),
    })
    assert _things(report) == [("quantity:count|crowd||-|fixed", "conflict")]


def test_crowds_days_apart_may_be_two_events(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-01", "Concert\n\nA crowd of 41,200 watched the band open its tour at the city stadium.\n"),
        "b": ("2025-06-05", "Review\n\nThe tour closed in front of a crowd of 14,200 at the city stadium.\n"),
    })
    assert _things(report) == []


def test_memorandums_and_agreements_signed_are_one_count(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-02", "Trade\n\nThe two ministers signed four agreements on Tuesday.\n"),
        "b": ("2025-05-30", "Analysis\n\nThe ministers signed three memorandums during the visit.\n"),
    })
    assert _things(report) == [("quantity:count|agreement||-|fixed", "conflict")]


def test_a_toll_on_two_days_is_no_thing_to_compare(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-01", "Floods\n\nThe floods have killed 12 people, officials said.\n"),
        "b": ("2025-06-04", "Floods\n\nThe floods have killed 20 people, officials said.\n"),
    })
    assert _things(report) == []


def test_two_acts_of_one_noun_are_two_facts(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-02", "Summit\n\nForty delegates arrived in the capital.\n"),
        "b": ("2025-06-03", "Summit\n\nTwelve delegates signed the charter.\n"),
    })
    assert _things(report) == []


def test_an_article_with_two_figures_of_the_thing_is_not_compared(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-01", "Barge\n\nThe barge was carrying 800 tonnes of grain when it ran aground.\n"),
        "b": ("2025-06-05", "Barge\n\nThe barge had a cargo of 500 tonnes. Its owner said it was carrying "
                            "650 tonnes when it left port.\n"),
    })
    assert _things(report) == []


def test_what_is_left_on_board_is_not_the_cargo(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-01", "Barge\n\nThe barge was carrying 800 tonnes of grain when it ran aground.\n"),
        "b": ("2025-06-05", "Barge\n\nCrews unloaded 300 tonnes, leaving 350 tonnes on board out of a cargo of 650 tonnes.\n"),
    })
    assert _things(report) == [("quantity:count|tonne||-|fixed", "conflict")]
    assert any(c.subject.id.startswith("quantity:count|tonne:left|held|") for c in report.claims)


def test_votes_on_two_days_may_be_two_votes(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-10", "Parliament\n\nThe bill was backed by 182 deputies on Monday.\n"),
        "b": ("2025-03-24", "Parliament\n\nThe amended bill was backed by 176 deputies.\n"),
    })
    assert _things(report) == []


def test_a_day_written_weeks_before_is_another_event(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-02", "Trade\n\nThe two ministers signed four agreements on Tuesday.\n"),
        "b": ("2025-06-30", "Analysis\n\nThe ministers signed three memorandums during the visit.\n"),
    })
    assert _things(report) == []


def test_a_modal_past_a_comma_makes_no_plan_of_the_count(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-02", "Trade\n\nThe two ministers met in Lima on Monday and signed six agreements aimed at "
                            "securing copper supplies, a move analysts said could unsettle rival buyers.\n"),
        "b": ("2025-06-03", "Trade\n\nThe two ministers signed five memorandums of understanding.\n"),
    })
    assert _things(report) == [("quantity:count|agreement||-|fixed", "conflict")]


@pytest.mark.parametrize("sentence", [
    "About 500 jobs could go at the plant.",
    "Labour will win 410 seats, the exit poll projected.",
    "The company expects to sign six agreements.",
])
def test_a_plan_stays_a_plan(tmp_path: Path, sentence: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-06-03", "Report\n\n" + sentence + "\n")})
    assert all("|forecast|" in c.subject.id for c in report.claims if c.subject.id.startswith("quantity:count|"))


def test_sums_of_nobody_named_are_no_rivals(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-02", "Tax\n\nThe party plans a higher rate for those earning more than £150,000.\n"),
        "b": ("2025-06-02", "Pay\n\nThe former minister, Ana Lind, earned up to £85,000 from speeches.\n"),
    })
    assert _things(report) == []


def test_a_ransom_demanded_and_named_is_one_sum(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-02", "Hack\n\nThe attackers have demanded a ransom of $2 million from the council.\n"),
        "b": ("2025-06-03", "Hack\n\nThe hackers are demanding $5 million to unlock the files.\n"),
    })
    assert [sev for _, sev in _things(report)] == ["tension"]


def test_a_later_total_below_one_places_toll_is_a_tension(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-01", "Flood\n\nThe floods have killed 12 people in Riverton, officials said.\n"),
        "b": ("2025-06-02", "Flood\n\nThe floods have killed eight people, officials said.\n"),
    })
    assert _things(report) == [("quantity:count|dead||-|fixed", "tension")]


@pytest.mark.parametrize("total_day, total", [("2025-06-02", "20"), ("2025-06-01", "eight")])
def test_a_total_above_the_part_or_of_the_same_day_is_no_tension(tmp_path: Path, total_day: str, total: str) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-01", "Flood\n\nThe floods have killed 12 people in Riverton, officials said.\n"),
        "b": (total_day, f"Flood\n\nThe floods have killed {total} people, officials said.\n"),
    })
    assert _things(report) == []



def _count_ids(report) -> list[str]:
    return sorted(c.subject.id for c in report.claims if c.subject.id.startswith("quantity:count|"))


@pytest.mark.parametrize("sentence, role, act", [
    ("Exactly 35 residents were brought out of Calder Court by firefighters.", "bring-out", "evacuated"),
    ("Coastguard crews winched up 12 walkers from the Calder cliffs.", "winch-up", "rescue"),
    ("Exactly 35 residents were brought back to Calder Court by evening.", "bring-back", "bring-back"),
])
def test_a_phrasal_verb_keeps_its_particle(tmp_path: Path, sentence: str, role: str, act: str) -> None:
    # "brought out" says what "evacuated" says; "brought back" (returned) is another act
    report = run_dated(tmp_path, {"a": ("2025-03-04", f"Fire\n\n{sentence}\n")})
    ids = _count_ids(report)
    assert any(f"|{role}|" in i for i in ids), ids
    assert act_class(role) == act


def test_a_particle_is_no_preposition_of_a_quantifier(tmp_path: Path) -> None:
    # "up to" before a number is a bound, no particle of the verb before it
    report = run_dated(tmp_path, {"a": ("2025-03-04", "Fire\n\nCrews evacuated up to 40 patients from Calder Hospital.\n")})
    assert not any("-up|" in i for i in _count_ids(report))


@pytest.mark.parametrize("sentence, key", [
    ("By noon 14 trawlers at anchor off Calder Bay were waiting for the storm to pass.", "trawler|anchor|"),
    ("Nine ferries were waiting at anchor off Calder Bay.", "ferry|anchor|"),
    ("Six climbers remain in hospital in Calder after the avalanche.", "climber|hospital|"),
    ("Three suspects are still in custody in Calder.", "suspect|custody|"),
])
def test_a_count_in_a_state_is_keyed_by_its_state(tmp_path: Path, sentence: str, key: str) -> None:
    # a prepositional state says what a count is of, as a verb would
    report = run_dated(tmp_path, {"a": ("2025-03-04", f"Report\n\n{sentence}\n")})
    assert any(key in i for i in _count_ids(report)), _count_ids(report)


def test_a_place_phrase_is_no_state(tmp_path: Path) -> None:
    # "in Calder" is where, not a state: no key from it
    report = run_dated(tmp_path, {"a": ("2025-03-04", "Report\n\nSix climbers in Calder were waiting for the storm to pass.\n")})
    assert not any(s in i for i in _count_ids(report) for s in ("|anchor|", "|hospital|", "|custody|"))
