"""The news an article's lead reports with a past verb no class table knows ("diverted to
Halifax on Thursday", "cut its rate on Wednesday", "sold at auction on Tuesday"): an event of
the verb's word family, dated by its clause, one kind with the noun of that family ("the
sale", "Thursday's diversion"), so two articles that date it differently meet
(events/open_class.py lead_triggers, events/main_events.py). Small articles invented for the
tests: aviation, central banking, an art sale, skiing, a trade fair."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from builders import run_dated
from claimcheck import timex
from claimcheck.models import DateAnchor
from claimcheck.events.open_class import known_words, open_kind, open_triggers, table
from claimcheck.words import scan


def _leads(text: str) -> list[tuple[str, str, str | None]]:
    tags = timex.tag(text, None, [(0, len(text))])
    return [(text[o.match.start:o.match.end], o.match.value.cls, o.object)
            for o in open_triggers(text, scan(text), tags, known_words(), (0, len(text))) if o.lead]


@pytest.mark.parametrize("ex", table().lead_examples, ids=lambda ex: ex.text[:40])
def test_table_examples(ex) -> None:
    assert [cls for _, cls, _ in _leads(ex.text)][:1] == ([ex.noun] if ex.noun else [])


@pytest.mark.parametrize("text", [
    "The union threatened to strike on Monday.",  # the day is the infinitive's, a plan
    "The May 2 flood cut the valley road.",  # the day is the subject's
    "Delegates gathered in Lyon for the fourth trade forum on April 3.",  # the day is the forum's
    "The 12th Harbour Trade Commission opened in Bergen on Tuesday.",  # a numbered session: its own layer
    "Hauge lost the cup final to Vik on Sunday.",  # the final is the event: a class of the tables
    "The regulator said on Friday that fares would rise.",  # a verb of saying
])
def test_verbs_that_report_no_news_of_their_own(text: str) -> None:
    assert _leads(text) == []


def test_a_verb_and_a_noun_of_one_family_are_one_kind() -> None:
    assert open_kind("diversion") == open_kind("divert") == "diver"
    assert open_kind("eruption") == open_kind("erupt")
    assert open_kind("opening") == open_kind("open")


def _date_findings(report, severities=("conflict", "tension")):
    return [f for f in report.findings if f.kind == "date" and f.severity in severities]


def test_a_diversion_dated_two_ways_is_flagged(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-02-14", "Jet diverts to Halifax\n\nA Borealis Air jet flying from Dublin to Boston diverted to "
                            "Halifax on Thursday after a cabin pressure warning, the airline said. The aircraft "
                            "landed safely with 212 passengers on board, Borealis Air said."),
        "b": ("2025-02-14", "Passengers stranded in Halifax\n\nA Borealis Air flight from Dublin was diverted to "
                            "Halifax on Tuesday after the crew reported a cabin pressure warning. Passengers spent "
                            "the night in hotels near the airport, Borealis Air said."),
    })
    found = _date_findings(report)
    assert len(found) == 1 and found[0].severity == "conflict"
    sources = {c.id: c.source for c in report.claims}
    assert sorted(sources[c] for c in found[0].claims) == ["a", "b"]


def test_a_rate_cut_dated_two_ways_is_flagged(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-06", "Central bank cuts rates\n\nThe Bank of Valdoria cut its policy rate by a quarter point "
                            "to 3.25% on Wednesday, its second cut this year, Governor Ines Marlow said."),
        "b": ("2025-03-08", "Borrowers welcome cut\n\nThe Bank of Valdoria cut its policy rate to 3.25% on Friday, "
                            "and lenders in the capital said they would pass it on, Governor Ines Marlow said."),
    })
    assert [f.severity for f in _date_findings(report)] == ["conflict"]


def test_a_sale_told_by_its_verb_and_its_noun_is_one_event(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-08", "Landscape fetches $12 million\n\nA landscape by the Norwegian painter Clara Vennholm "
                            "sold for $12 million in Geneva on Tuesday, a record for the artist, the auction house "
                            "Marten & Rowe said. The buyer bid by telephone, said Paul Ardent, head of the house's "
                            "modern art department."),
        "b": ("2025-05-09", "Record for Vennholm\n\nCollectors cheered a record price for a landscape by Clara "
                            "Vennholm. The sale on Thursday in Geneva lasted nine minutes, with six bidders competing "
                            "for the work, said Paul Ardent of the auction house Marten & Rowe."),
    })
    assert [f.severity for f in _date_findings(report)] == ["conflict"]


def test_two_races_won_by_one_skier_are_two_events(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-01-18", "Lindqvist wins again\n\nAstrid Lindqvist won the downhill at Valmora on Friday, her "
                            "third victory of the season, beating Mia Roth by 0.4 seconds."),
        "b": ("2025-01-20", "Lindqvist doubles up\n\nAstrid Lindqvist won the slalom at Valmora on Sunday, two days "
                            "after her downhill victory there, beating Mia Roth by 0.6 seconds."),
    })
    assert {c.source for c in report.claims if c.predicate == "win"} == {"a", "b"}  # both read, kept apart
    assert _date_findings(report) == []


def test_a_museum_that_opened_and_one_that_closed_are_two_days(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-09-09", "Museum opens\n\nThe Nordhavn maritime museum opened its gates to visitors in Aarhus "
                            "on Monday with 400 exhibits, the curators said."),
        "b": ("2025-09-12", "Museum shuts\n\nThe Nordhavn maritime museum closed its gates to visitors in Aarhus "
                            "on Thursday for a year of repairs, the curators said."),
    })
    assert {open_kind(c.predicate) for c in report.claims} >= {"open", "clos"}  # two phases, two kinds
    assert _date_findings(report) == []


def test_a_common_verb_in_two_stories_leads_is_no_one_event(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-04-08", "Tessaro shares jump\n\nShares in the shipping group Tessaro closed up 9% in Oslo on "
                            "Monday after it raised its profit forecast, chief executive Lars Eide said."),
        "b": ("2025-04-09", "Brindle rallies on bid talk\n\nShares in the retailer Brindle closed up 4% in Oslo on "
                            "Tuesday on reports of a takeover approach, chairman Anne Sol said."),
    })
    assert _date_findings(report, ("conflict", "tension", "variant")) == []


def _dated_leads(text: str) -> list[tuple[str, str, str | None]]:
    day = date(2024, 5, 10)
    tags = timex.tag(text, DateAnchor(start=day, end=day, granularity="day"), [(0, len(text))])
    return [(text[o.match.start:o.match.end], o.match.value.cls, o.object)
            for o in open_triggers(text, scan(text), tags, known_words(), (0, len(text))) if o.lead]


def test_a_day_or_week_opening_the_sentence_dates_the_lead_verb_without_a_comma() -> None:
    assert _dated_leads("Last week the central bank of Norland cut its policy rate to 3.25%.") == [("cut", "cut", "rate")]
    assert [cls for _, cls, _ in _dated_leads("On Sunday the ferry docked in Bergen after a storm.")] == ["dock"]


def test_a_day_inside_the_sentence_does_not_date_a_later_verb_without_a_comma() -> None:
    assert _dated_leads("Analysts in Oslo last week the lender cut costs.") == []
    assert _dated_leads("The May 2 flood cut the valley road.") == []
