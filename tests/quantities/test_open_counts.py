"""Counts of an open-class noun keyed by the verb of their clause, whatever the verb
(``scope.open_verb``); the words before the noun kept apart as its modifier; a count of what
an event did moved to the day of another article's count when it is dated only by its own
article, a day or three later (``checks/count._event_day``); passengers and their crew read
apart. Articles written for the tests (sport, courts, transport, business)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated

from .helpers import count_values as _keys, flagged_counts as _flagged


@pytest.mark.parametrize("sentence, key", [
    ("Twelve clubs competed in the regatta.", "quantity:count|club|compete|-|2025-05-02"),
    ("Nine riders were disqualified after the stage.", "quantity:count|rider|disqualify|-|2025-05-02"),
    ("Fourteen witnesses stood before the panel.", "quantity:count|witness|stand|-|2025-05-02"),
    ("The brewery employs 800 people in the valley.", "quantity:count|person|employ|noun:brewery|2025-05-02"),
    ("The storm toppled 30 pylons.", "quantity:count|pylon|toppl|noun:storm|2025-05-02"),
])
def test_an_open_verb_keys_a_count(tmp_path: Path, sentence: str, key: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-05-02", "Report\n\n" + sentence + "\n")})
    assert key in _keys(report)


@pytest.mark.parametrize("sentence", [
    "Forty economists said the rate had risen.",  # a verb of saying: who spoke, not what was counted
    "Twelve lanes will be closed next week.",  # a plan
    "The region has 400 locations.",  # no verb of an event
])
def test_no_open_verb_no_claim(tmp_path: Path, sentence: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-05-02", "Report\n\n" + sentence + "\n")})
    assert _keys(report) == {}


def test_one_verb_two_figures_disagree(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Regatta\n\nTwelve clubs competed in the regatta on Saturday.\n"),
        "b": ("2025-05-02", "Regatta report\n\nFifteen clubs competed in the regatta on Saturday.\n"),
    })
    assert ("quantity:count|club|compete|-|2025-04-26", "conflict") in _flagged(report)  # Saturday before


def test_two_verbs_of_one_noun_are_two_facts(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Regatta\n\nTwelve clubs competed in the regatta.\n"),
        "b": ("2025-05-02", "Regatta report\n\nThirty clubs applied for a place.\n"),
    })
    assert _flagged(report) == []


def test_a_modifier_is_compared_only_as_a_tension(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Border\n\nCustoms said 45 cargo trucks were stopped on Friday.\n"),
        "b": ("2025-05-02", "Border queue\n\nOfficers said 60 trucks were stopped on Friday.\n"),
    })
    assert _flagged(report) == [("quantity:count|truck|stop|-|2025-05-02", "tension")]


def test_two_modifiers_are_two_groups(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Border\n\nCustoms said 45 cargo trucks were stopped on Friday.\n"),
        "b": ("2025-05-02", "Border queue\n\nOfficers said 20 tanker trucks were stopped on Friday.\n"),
    })
    assert _flagged(report) == []


def test_an_event_reported_two_days_later_is_the_same_event(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Hearing\n\nFourteen witnesses testified at the inquiry.\n"),
        "b": ("2025-05-04", "Inquiry\n\nNine witnesses testified at the inquiry, the clerk said.\n"),
    })
    assert _flagged(report) == [("quantity:count|witness|testify|-|2025-05-02", "conflict")]


def test_an_event_reported_weeks_later_is_not_moved(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Hearing\n\nFourteen witnesses testified at the inquiry.\n"),
        "b": ("2025-05-20", "Second hearing\n\nNine witnesses testified at the inquiry.\n"),
    })
    assert _flagged(report) == []


def test_a_written_day_is_not_moved(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Hearing\n\nFourteen witnesses testified at the inquiry on Thursday.\n"),
        "b": ("2025-05-05", "Inquiry\n\nNine witnesses testified at the inquiry on Sunday.\n"),
    })
    assert _flagged(report) == []


def test_passengers_and_crew_are_read_apart(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Ferry\n\nThe ferry was carrying 210 passengers and nine crew when it ran aground.\n"
                            "Four passengers were hurt in the evacuation.\n"),
        "b": ("2025-05-02", "Ferry aground\n\nThe ferry was carrying 230 passengers, the operator said.\n"),
    })
    flagged = _flagged(report)
    assert len(flagged) == 1 and flagged[0][1] == "conflict"
    assert any(k.startswith("quantity:count|passengers||carrier:vessel") for k in _keys(report))


def test_a_count_with_no_holder_joins_the_one_holder_its_article_names(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Mill sold\n\nThe Dunmore mill, founded in 1901, was sold on Friday. It employs 310 people.\n"),
        "b": ("2025-05-02", "Mill deal\n\nDunmore employs 350 people, mostly in the valley.\n"),
    })
    assert _flagged(report) == [("quantity:count|person|employ|name:dunmore|2025-05-02", "conflict")]


def test_no_join_when_the_article_does_not_name_the_holder(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Mill sold\n\nThe mill was sold on Friday. It employs 310 people.\n"),
        "b": ("2025-05-02", "Mill deal\n\nDunmore employs 350 people, mostly in the valley.\n"),
    })
    assert _flagged(report) == []


def test_no_join_when_two_holders_have_the_count(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Mills\n\nDunmore and Carrow merged on Friday. It employs 310 people.\n"),
        "b": ("2025-05-02", "Mill deal\n\nDunmore employs 350 people, mostly in the valley.\n"),
        "c": ("2025-05-02", "Mill deal\n\nCarrow employs 120 people.\n"),
    })
    assert _flagged(report) == []


def _money(report) -> list[str]:
    return sorted(c.subject.id for c in report.claims if c.subject.id.startswith("quantity:money|"))


def test_a_sum_is_keyed_by_its_noun_and_two_holders_of_one_fine_clash(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Court\n\nThe judge fined Tom Reyes 40,000 francs for contempt.\n"),
        "b": ("2025-05-03", "Court\n\nTom Reyes was sentenced on Friday. He must also pay a fine of 25,000 francs.\n"),
    })
    assert [s for s, sev in _flagged(report) if "money" in s] == ["quantity:money|forfeiture||person:tom-reyes|fixed"]


def test_sums_in_two_currencies_are_not_compared(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Court\n\nThe judge fined Tom Reyes 40,000 francs for contempt.\n"),
        "b": ("2025-05-03", "Court\n\nTom Reyes must pay a fine of about 41,000 euros.\n"),
    })
    assert [s for s, sev in _flagged(report) if "money" in s] == []


def test_a_sum_of_nobody_named_is_only_shown_beside_another(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Transfer\n\nA fee of 4 million euros was agreed for the winger.\n"),
        "b": ("2025-05-02", "Transfer done\n\nIt is a fee of 6 million euros, sources said.\n"),
    })
    assert "quantity:money|sum:fee||-|fixed" in _money(report)
    assert [s for s, sev in _flagged(report) if "money" in s] == []


def test_a_fee_is_its_payers_when_the_verb_before_it_names_one(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Transfer\n\nThe club said Porto Azul is paying a fee of about 4 million euros.\n"),
        "b": ("2025-05-02", "Transfer done\n\nPorto Azul will pay a fee of 6.5 million euros for the winger.\n"),
    })
    assert [s for s, _ in _flagged(report)] == ["quantity:money|sum:fee||name:porto-azul|fixed"]


def test_one_carrier_named_two_ways_is_one_carrier(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Landing\n\nFlight KX210 was carrying 180 passengers when it landed. "
                            "Kestrel Air said nobody was hurt.\n"),
        "b": ("2025-05-02", "Emergency landing\n\nThe Kestrel Air plane was carrying 195 passengers, the airline said.\n"),
    })
    assert [sev for s, sev in _flagged(report) if "passengers" in s] == ["conflict"]


def test_two_carriers_never_named_together_stay_apart(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Landing\n\nFlight KX210 was carrying 180 passengers when it landed.\n"),
        "b": ("2025-05-02", "Diversion\n\nThe Marlin Airways plane was carrying 195 passengers, the airline said.\n"),
    })
    assert [sev for s, sev in _flagged(report) if "passengers" in s] == []


def test_a_share_of_one_round_is_not_the_runoffs(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-05", "Mayor elected\n\nTurnout was 44.2%, officials said.\n"),
        "b": ("2025-05-04", "Live: runoff night\n\nFinal turnout: 48.9 per cent.\n"),
        "c": ("2025-05-05", "New mayor\n\nThe turnout in the first round was 57.1 per cent.\n"),
    })
    flagged = _flagged(report)
    assert [s for s, _ in flagged] == ["quantity:percent|turnout||-|2025-05-04"]
    claims = [c for c in report.claims for f in report.findings
              if f.subject == "quantity:percent|turnout||-|2025-05-04" and c.id in f.claims]
    assert sorted(c.source for c in claims) == ["a", "b"]


@pytest.mark.parametrize("sentence, key", [
    ("The Lyon Mill, which opened in 1901, has 300 looms.", "quantity:count|loom|have|name:lyon-mill|2025-05"),
    ("Lyon Mill's 320 looms were idle.", "quantity:count|loom|have|name:lyon-mill|2025-05"),
    ("Its 310 looms were idle, the mill said.", "quantity:count|loom|have|-|2025-05"),
])
def test_what_a_named_holder_has(tmp_path: Path, sentence: str, key: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-05-02", "Report\n\n" + sentence + "\n")})
    assert key in _keys(report)


@pytest.mark.parametrize("sentence", [
    "The region has 400 locations.",  # a holder not named
    "Officials have 12 options.",  # a common noun opening the sentence
])
def test_what_nobody_named_has_is_no_claim(tmp_path: Path, sentence: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-05-02", "Report\n\n" + sentence + "\n")})
    assert _keys(report) == {}


def test_its_count_joins_the_holder_its_article_names(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Bank rescued\n\nHarbor Bank, based in Leith, has 120 branches.\n"),
        "b": ("2025-05-03", "Harbor Bank customers\n\nCustomers at its 150 branches need do nothing, Harbor Bank said.\n"),
    })
    flagged = _flagged(report)
    assert len(flagged) == 1 and flagged[0][1] == "conflict"
    assert flagged[0][0].startswith("quantity:count|branch|have|") and "harbor-bank" in flagged[0][0]


def test_a_verb_after_a_comma_does_not_restrict_the_count(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Trial\n\nAna Reyes was tried with seven co-defendants, including her brother.\n"),
        "b": ("2025-05-03", "Trial ends\n\nEight co-defendants stood trial with Ana Reyes.\n"),
    })
    flagged = _flagged(report)
    assert len(flagged) == 1 and flagged[0][0].startswith("quantity:count|co-defendant|tried|") and flagged[0][1] == "conflict"


def test_a_persons_count_keeps_its_verb(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Derby\n\nAna Reyes scored two goals in the derby.\n"),
        "b": ("2025-05-02", "Derby\n\nAna Reyes missed three penalties in the derby.\n"),
    })
    assert _flagged(report) == []


def _ages(report) -> list[str]:
    return sorted(c.subject.id for c in report.claims if c.subject.id.startswith("quantity:age|"))


def test_a_things_age_is_never_a_persons(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Ferry aground\n\nCaptain Ivo Brandt said the crew acted fast. The ferry is 31 years old.\n"),
        "b": ("2025-05-02", "Ferry\n\nThe 24-year-old MV3 ferry was refloated, Captain Ivo Brandt said.\n"),
        "c": ("2025-05-02", "Bridge\n\nThe bridge is 80 years old, engineers said.\n"),
    })
    assert "quantity:age|carrier:vessel" in _ages(report) and "quantity:age|noun:bridge" in _ages(report)
    assert not any("brandt" in a for a in _ages(report))


def test_two_ages_of_one_class_in_one_article_are_two_things(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Collision\n\nThe jet is 12 years old. The other jet is 30 years old.\n"),
        "b": ("2025-05-02", "Collision\n\nThe jet is 20 years old.\n"),
    })
    assert [f for f in report.findings if f.kind == "count" and "age" in f.subject] == []


def test_one_matchs_crowd_reported_the_morning_after(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-04", "Live: cup final\n\nKick-off! The official attendance today is 18,204.\n"),
        "b": ("2025-05-05", "Cup final\n\nRovers won the cup final in front of a crowd of 15,500.\n"),
    })
    assert [sev for s, sev in _flagged(report) if "crowd" in s] == ["conflict"]


def test_crowds_a_week_apart_are_two_matches(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-04", "Live: semi-final\n\nThe official attendance today is 18,204.\n"),
        "b": ("2025-05-11", "Cup final\n\nRovers won the cup final in front of a crowd of 15,500.\n"),
    })
    assert [sev for s, sev in _flagged(report) if "crowd" in s] == []


@pytest.mark.parametrize("sentence", [
    "The divers had not recovered 86 coins by Friday.",  # negation before the verb
    "The clinic never treated 38 patients.",
    "The clinic hasn't treated 38 patients.",
    "Twelve singers from the choir have not travelled.",  # the negation past the noun's phrase
])
def test_a_negated_verb_keys_no_count(tmp_path: Path, sentence: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-05-02", "Report\n\n" + sentence + "\n")})
    assert _keys(report) == {}


@pytest.mark.parametrize("sentence, key", [
    ("The divers recovered 86 coins from the wreck.", "quantity:count|coin|recover|noun:diver|2025-05-02"),
    ("Twelve singers from the choir travelled to Riga.", "quantity:count|singer|travel|-|2025-05-02"),
])
def test_an_affirmed_verb_still_keys_a_count(tmp_path: Path, sentence: str, key: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-05-02", "Not all of it went to plan.\n\n" + sentence + "\n")})
    assert key in _keys(report)


def test_a_negated_count_is_not_held_against_a_done_one(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Wreck\n\nThe divers recovered 86 coins from the wreck.\n"),
        "b": ("2025-05-02", "Wreck dive\n\nThe divers have not recovered 68 coins that sank with the ship.\n"),
    })
    assert _flagged(report) == []


def test_a_share_of_an_earlier_year_is_not_this_ones(tmp_path: Path) -> None:
    # a union ballot: the last ballot's turnout, dated by its year, stays apart from this one's
    report = run_dated(tmp_path, {
        "a": ("2026-03-12", "Strike backed\n\nTurnout was 61.4%, the union said.\n"),
        "b": ("2026-03-12", "Ballot result\n\nAt the last ballot, in 2022, turnout was 38.0 per cent.\n"),
        "c": ("2026-03-13", "Union vote\n\nTurnout reached 64.9 per cent, the union said.\n"),
    })
    flagged = _flagged(report)
    assert [s for s, _ in flagged] == ["quantity:percent|turnout||-|2026-03-12"]
    claims = [c for c in report.claims for f in report.findings
              if f.subject == "quantity:percent|turnout||-|2026-03-12" and c.id in f.claims]
    assert sorted(c.source for c in claims) == ["a", "c"]
    assert {c.subject.id for c in report.claims if c.source == "b"} >= {"quantity:percent|turnout||-|2022"}
