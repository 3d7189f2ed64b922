"""Events of no class (events/open_class.py): a noun the tables do not know, where the
syntax says it happened, and the verbs of the same word in its article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from builders import run_dated

from claimcheck import timex
from claimcheck.models import DateAnchor
from claimcheck.events.open_class import known_words, open_triggers, table
from claimcheck.words import scan


def _nouns(text: str) -> list[tuple[str, str, int | None]]:
    tags = timex.tag(text, None, [(0, len(text))])
    return [(text[o.match.start:o.match.end], o.match.value.cls, o.ordinal[0] if o.ordinal else None)
            for o in open_triggers(text, scan(text), tags, known_words())]


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_table_examples(ex) -> None:
    found = [cls for word, cls, _ in _nouns(ex.text) if word.lower() not in {"handed"}]
    assert found[:1] == ([ex.noun] if ex.noun else [])


def test_an_ordinal_in_apposition_numbers_the_event() -> None:
    assert _nouns("The inspection on Friday, the fourth of the year, found cracks.") == [
        ("inspection", "inspection", 4)]


def test_the_verb_of_the_noun_in_its_article_reports_the_same_kind() -> None:
    got = _nouns("Engineers inspected the dam on Thursday. The inspection took place at dawn.")
    assert ("inspected", "inspection", None) in got


def test_a_person_with_a_date_is_no_event() -> None:
    assert _nouns("A judge on Thursday sentenced the driver to three years.") == []


def test_one_inspection_dated_two_ways_is_flagged(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-05-11", "Dam check finds cracks\n\nThe inspection on Friday, the fourth of the year, found new "
                            "cracks in the Corran dam, the water board said."),
        "b": ("2024-05-11", "Cracks in Corran dam\n\nEngineers inspected the Corran dam on Thursday in the fourth "
                            "inspection of the year, the water board said."),
    })
    dates = [f for f in report.findings if f.kind == "date" and f.severity in ("conflict", "tension")]
    assert len(dates) == 1
    sources = {c.id: c.source for c in report.claims}
    assert sorted(sources[c] for c in dates[0].claims) == ["a", "b"]


def test_two_games_of_one_side_a_day_apart_are_not_one(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-03-08", "Squad named\n\nEngland will name their squad for the 12 March game against Italy."),
        "b": ("2024-03-08", "Coach wary\n\nThe coach is wary of Sunday's game against England, with Wales "
                            "unbeaten."),
    })
    assert not [f for f in report.findings if f.severity in ("conflict", "tension")]


# A verb of beginning after the noun says it happened ("The blockade began on Monday"):
# the noun is an event of its own class and the day after the verb is its date.

def test_a_noun_that_began_is_an_event() -> None:
    assert _nouns("The mutiny began at dawn on Sunday, officers said.") == [("mutiny", "mutiny", None)]
    assert _nouns("The outage started on Monday morning.") == [("outage", "outage", None)]


def test_a_plan_to_begin_is_no_past_event() -> None:
    assert _nouns("The blockade begins on Friday, the union said.") == []


def _hard(report) -> list:
    return [f for f in report.findings if f.kind == "date" and f.severity in ("conflict", "tension")]


def test_one_blockade_said_to_begin_on_two_days_is_flagged(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-04-09", "Port shut by farmers\n\nFarmers blockaded the port of Dunmore with tractors on "
                            "Monday, halting ferries to Wexbury. The blockade began before dawn, the harbour "
                            "master said."),
        "b": ("2031-04-10", "Ferries halted at Dunmore\n\nThe blockade began on Tuesday, when farmers drove "
                            "tractors onto the ferry ramps at the port of Dunmore, the harbour master said."),
    })
    hard = _hard(report)
    assert len(hard) == 1
    sources = {c.id: c.source for c in report.claims}
    assert sorted({sources[c] for c in hard[0].claims}) == ["a", "b"]


def test_an_outage_dated_two_ways_is_flagged(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-06-12", "Card payments fail\n\nCustomers of Harland Bank could not pay by card for six "
                            "hours. The outage began on Wednesday at 9 a.m., Harland Bank said."),
        "b": ("2031-06-12", "Bank apologises\n\nHarland Bank apologised to customers after the outage, which "
                            "began on Tuesday, left card terminals dead across the country."),
    })
    assert len(_hard(report)) == 1


def test_a_past_mutiny_named_in_passing_is_not_the_story(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-02-03", "Sailors seize frigate\n\nSailors on the frigate Valour seized control of the ship "
                            "off Port Esker. The mutiny began on Sunday, the navy said."),
        "b": ("2031-02-03", "Navy in talks with crew\n\nThe navy said it was talking to sailors holding the "
                            "frigate Valour off Port Esker. The last such mutiny, on a supply ship, began in "
                            "March 2019."),
    })
    assert _hard(report) == []


def test_two_outages_of_two_banks_are_not_one(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-06-12", "Harland Bank card failure\n\nThe outage began on Wednesday at 9 a.m., Harland "
                            "Bank said, leaving its customers unable to pay by card."),
        "b": ("2031-06-12", "Corby Savings app down\n\nThe outage began on Monday evening, Corby Savings said, "
                            "and its app was still down on Tuesday."),
    })
    assert _hard(report) == []


def test_a_planned_blockade_is_no_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-04-09", "Port shut by farmers\n\nFarmers blockaded the port of Dunmore on Monday. The "
                            "blockade began before dawn, the harbour master said."),
        "b": ("2031-04-07", "Farmers threaten port\n\nFarmers plan to block the port of Dunmore. The blockade "
                            "begins on Thursday, their union said."),
    })
    assert _hard(report) == []


# The object of a light verb with a day after it is the event the day dates ("made an
# emergency landing in X on Friday"); "issued" is no other verb the noun is the object of.

def test_a_light_verbs_object_with_a_day_is_an_event() -> None:
    assert _nouns("The airship made an emergency landing near Tromsø on Friday.") == [("landing", "landing", None)]
    assert _nouns("The opera had its world premiere at the Lyceum last Monday.") == [("premiere", "premiere", None)]


def test_a_light_verbs_object_without_a_day_is_none() -> None:
    assert _nouns("The airship made an emergency landing near Tromsø.") == []
    assert _nouns("The board made a statement on Monday.") == []
    assert _nouns("The board made two offers on Monday.") == []
    assert _nouns("The city made the landing strip longer on Monday.") == []


def test_one_alert_issued_on_two_days_is_flagged(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-02-14", "Smog in Turin\n\nThe Piedmont environment agency issued a smog alert on Sunday for "
                            "Turin, urging drivers to leave their cars at home."),
        "b": ("2024-02-14", "Turin smog\n\nThe Piedmont environment agency issued a smog alert for Turin on "
                            "Monday as pollution rose for a fourth day."),
    })
    dates = _hard(report)
    assert len(dates) == 1
    sources = {c.id: c.source for c in report.claims}
    assert sorted(sources[c] for c in dates[0].claims) == ["a", "b"]


# One week or weekend dates one happening as a day does ("This week's handover"); a month or a
# year before the noun names none ("Last month's handover", "the 2005 budget").

def _dated_nouns(text: str) -> list[str]:
    day = date(2024, 5, 10)
    tags = timex.tag(text, DateAnchor(start=day, end=day, granularity="day"), [(0, len(text))])
    return [o.match.value.cls for o in open_triggers(text, scan(text), tags, known_words())]


def test_a_week_before_the_noun_dates_it() -> None:
    assert _dated_nouns("Last week's handover in Riga went smoothly.") == ["handover"]
    assert _dated_nouns("The inspection at the weekend found cracks.") == []  # no frame: "at" is no "on"


def test_a_month_before_the_noun_dates_nothing() -> None:
    assert _dated_nouns("Last month's handover in Riga went smoothly.") == []
