"""The dated actions of an article's body (events/dated_verbs.py): a past verb that a day in
its own clause dates, told after the lead, is an event as a lead verb is, so two articles
dating it on two days disagree; a state ("remained closed through Friday"), a day that bounds a
span ("until Friday") and two actions done to two people stay quiet. Invented reports of a
bridge reopened, a fishing ban extended and two envoys expelled."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from claimcheck.models import Report

LEAD = ("Harbour towns count the cost\n\nFisheries Minister Anna Dahl said on Thursday that the season had been the "
        "hardest in a decade for the small ports of the northern coast. Prices at the morning auctions fell again this "
        "week as buyers from the south stayed away from the quays.\n\n")


def dates(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "date")


def test_a_body_action_dated_two_ways_is_a_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-08", LEAD + "Engineers reopened the harbour bridge in Tromsø on Monday after a month of repairs, the "
                                  "council added.\n"),
        "b": ("2026-05-08", LEAD + "Engineers reopened the harbour bridge in Tromsø on Wednesday after a month of repairs, the "
                                  "council added.\n"),
    })
    assert dates(report) == ["conflict"]


def test_a_state_or_a_bound_dates_no_action(tmp_path: Path) -> None:
    # a state holds on both days: no day of an action
    report = run_dated(tmp_path, {
        "a": ("2026-05-08", LEAD + "The coast road remained closed in Tromsø on Wednesday, the council said.\n"),
        "b": ("2026-05-08", LEAD + "The coast road remained closed in Tromsø on Friday, the council said.\n"),
    })
    assert dates(report) == []
    # the day ends a span: the road was closed up to it, not on it
    report = run_dated(tmp_path / "through", {
        "a": ("2026-05-08", LEAD + "The coast road was closed in Tromsø through Wednesday, the council said.\n"),
        "b": ("2026-05-08", LEAD + "The coast road was closed in Tromsø through Friday, the council said.\n"),
    })
    assert dates(report) == []


def test_one_verb_done_to_two_people_is_two_actions(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-08", LEAD + "Ambassador Erik Lindqvist was declared persona non grata on Thursday after "
                                   "the dispute.\n"),
        "b": ("2026-05-08", LEAD + "On Friday, Norway declared Sweden's trade attaché, Jonas Berg, persona non "
                                   "grata.\n"),
    })
    assert dates(report) == []


def occurrence_dates(report: Report) -> list[tuple[str, str]]:
    return sorted((c.quote[c.event.trigger[0] - c.span[0]:c.event.trigger[1] - c.span[0]], c.when.value)
                  for c in report.claims if c.event is not None and c.when is not None)


def test_a_verb_dated_by_a_month_or_a_year(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-08", LEAD + "The lighthouse was repainted in 1931 and its lamp was first electrified in "
                                   "March.\n"),
    })
    assert ("repainted", "1931") in occurrence_dates(report)
    assert ("electrified", "2026-03") in occurrence_dates(report)


def test_a_month_of_another_clause_or_a_plan_dates_no_verb(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-08", LEAD + "The pier has been restored since a survey in 2019 found rot in its deck. The new "
                                   "quay is to be completed in 2028. The old ferry was scrapped. In 2014 its crew "
                                   "moved to Bodø.\n"),
    })
    found = {verb for verb, _ in occurrence_dates(report)}
    assert not {"restored", "completed", "scrapped"} & found


def test_an_irregular_past_dates_its_action(tmp_path: Path) -> None:
    # "hit" (open.yaml lead_irregular): the drill reaching bedrock on two days disagrees ...
    report = run_dated(tmp_path, {
        "a": ("2026-05-08", LEAD + "The survey drill in Tromsø hit bedrock on Monday, two metres deeper than "
                                   "planned.\n"),
        "b": ("2026-05-08", LEAD + "The survey drill in Tromsø hit bedrock on Wednesday, two metres deeper than "
                                   "planned.\n"),
    })
    assert dates(report) == ["conflict"]
    # ... and what it hit tells two actions apart
    report = run_dated(tmp_path / "two", {
        "a": ("2026-05-08", LEAD + "The survey drill in Tromsø hit groundwater on Monday, two metres deeper than "
                                   "planned.\n"),
        "b": ("2026-05-08", LEAD + "The survey drill in Tromsø hit bedrock on Wednesday, two metres deeper than "
                                   "planned.\n"),
    })
    assert dates(report) == []
