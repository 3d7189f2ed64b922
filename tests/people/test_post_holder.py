"""Two people named to one post at the top of one body at one time (post_holder rule), on
invented reports of a hospital, an orchestra, a rugby club and a shipping line; and the
titles' combined posts (chairman and chief executive) read from one phrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_dated

from claimcheck.checks.tables import title_tables
from claimcheck.checks.title import held_post
from claimcheck.models import Report

RULE = "claimcheck.check.post_holder.v1"


def holders(report: Report) -> list[str]:
    return [f.severity for f in report.findings if f.rule == RULE]


@pytest.mark.parametrize("example", title_tables().holder_examples, ids=lambda e: e.title)
def test_holder_posts(example) -> None:
    assert held_post(example.title) == example.post


HOSPITAL = "Ward closures\n\nWestmere General Hospital chief executive Nadia Okoro said two wards would close.\n"


def test_two_chief_executives_of_one_body_on_one_day_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-02-10", HOSPITAL),
        "b": ("2025-02-10", "Wards to shut\n\nWestmere General Hospital chief executive Paul Renner said the wards "
                            "would close in March.\n"),
    })
    assert holders(report) == ["conflict"]


def test_a_title_without_its_body_is_read_at_the_one_body_written_for_the_post(tmp_path: Path) -> None:
    # the story's one body of the post: as sure as a written one
    report = run_dated(tmp_path, {
        "a": ("2025-02-10", HOSPITAL),
        "b": ("2025-02-10", "Wards to shut\n\nChief executive Paul Renner said the wards would close in March.\n"),
    })
    assert holders(report) == ["conflict"]
    # two bodies written with the post: a bare title may be either's, not compared
    assert holders(run_dated(tmp_path / "two", {
        "a": ("2025-02-10", HOSPITAL),
        "b": ("2025-02-10", "Clinic deal\n\nHarbour Clinics chief executive Lara Bell signed the deal.\n"),
        "c": ("2025-02-10", "Wards to shut\n\nChief executive Paul Renner said the wards would close in March.\n"),
    })) == []


def test_different_days_bodies_or_ranks_are_no_finding(tmp_path: Path) -> None:
    # a new chief executive a week later: a change of holder
    assert holders(run_dated(tmp_path / "days", {
        "a": ("2025-02-10", HOSPITAL),
        "b": ("2025-02-17", "New broom\n\nWestmere General Hospital chief executive Paul Renner met staff.\n"),
    })) == []
    # the chief executive of another body on the same day
    assert holders(run_dated(tmp_path / "bodies", {
        "a": ("2025-02-10", HOSPITAL),
        "b": ("2025-02-10", "Clinic deal\n\nHarbour Clinics chief executive Paul Renner said the deal was done.\n"),
    })) == []
    # a deputy is not the holder
    assert holders(run_dated(tmp_path / "rank", {
        "a": ("2025-02-10", HOSPITAL),
        "b": ("2025-02-10", "Wards to shut\n\nWestmere General Hospital deputy chief executive Paul Renner "
                            "said the wards would close.\n"),
    })) == []


def test_an_interim_post_is_its_own_office_and_a_departure_ends_the_holding(tmp_path: Path) -> None:
    orchestra = "Baton passes\n\nThe Lindholm Philharmonic's general manager Ines Varga said the season would go ahead.\n"
    # an interim general manager beside the general manager: two offices
    assert holders(run_dated(tmp_path / "interim", {
        "a": ("2025-05-05", orchestra),
        "b": ("2025-05-05", "Season saved\n\nLindholm Philharmonic interim general manager Aron Kiss said the "
                            "season would go ahead.\n"),
    })) == []
    # the holder told resigning: the post changed hands that day
    assert holders(run_dated(tmp_path / "left", {
        "a": ("2025-05-05", "Varga quits\n\nLindholm Philharmonic general manager Ines Varga resigned on Monday.\n"),
        "b": ("2025-05-05", "Season saved\n\nLindholm Philharmonic general manager Aron Kiss said the season "
                            "would go ahead.\n"),
    })) == []


def test_a_team_manager_is_its_head_coach(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-09-01", "Derby week\n\nKelso Rovers head coach Dan Whitlock named an unchanged side.\n"),
        "b": ("2025-09-01", "Derby week\n\nKelso Rovers manager Sam Ferris named an unchanged side.\n"),
    })
    assert holders(report) == ["conflict"]


def test_one_source_telling_two_holders_is_a_change(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-09-01", "Change at the top\n\nKelso Rovers manager Sam Ferris made way and Kelso Rovers "
                            "manager Dan Whitlock took over.\n"),
    })
    assert holders(report) == []


def test_a_source_giving_both_posts_makes_the_shortened_titles_consistent(tmp_path: Path) -> None:
    line = ("Fleet order\n\nSeaholm Line chairman and chief executive Rita Moen ordered four ships.\n")
    report = run_dated(tmp_path, {
        "a": ("2025-04-01", line),
        "b": ("2025-04-01", "Ships ordered\n\nSeaholm Line chief executive Rita Moen ordered four ships.\n"),
        "c": ("2025-04-01", "Yard wins order\n\nSeaholm Line chairman Rita Moen signed for four ships.\n"),
    })
    assert [f.severity for f in report.findings if f.kind == "title" and f.severity != "variant"] == []
    # without the source giving both, the two shortened titles are a tension
    report = run_dated(tmp_path / "apart", {
        "b": ("2025-04-01", "Ships ordered\n\nSeaholm Line chief executive Rita Moen ordered four ships.\n"),
        "c": ("2025-04-01", "Yard wins order\n\nSeaholm Line chairman Rita Moen signed for four ships.\n"),
    })
    assert [f.severity for f in report.findings if f.kind == "title"] == ["tension"]


def test_a_post_taken_days_before_publication_is_held_from_that_day(tmp_path: Path) -> None:
    named = "Rovers news\n\nOla Berg was named interim head coach of Kelso Rovers on Monday.\n"
    report = run_dated(tmp_path, {
        "a": ("2025-03-04", named),
        "b": ("2025-03-03", "Team news\n\nKelso Rovers interim head coach Dan Whitlock named his side.\n"),
    })
    assert holders(report) == ["tension"]  # appointed that Monday: the post may have changed hands
    report = run_dated(tmp_path / "before", {
        "a": ("2025-03-04", named),
        "b": ("2025-03-01", "Team news\n\nKelso Rovers interim head coach Dan Whitlock named his side.\n"),
    })
    assert holders(report) == []


def test_a_surname_alone_is_not_another_holder(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-02-10", HOSPITAL),
        "b": ("2025-02-10", "Wards to shut\n\nWestmere General Hospital chief executive Okoro said the wards "
                            "would close in March.\n"),
    })
    assert holders(report) == []


def test_two_chairs_each_of_a_committee_named_only_as_committee_are_not_rivals(tmp_path) -> None:
    # "Committee chairman X": the committee is the one the article named before; two
    # articles' committees are not known to be one
    from builders import run_dated

    report = run_dated(tmp_path, {
        "a": ("2025-01-10", "Fish stocks\n\nMPs on the fisheries committee met. Committee chairman Ivo Brandt said "
                            "quotas must change.\n"),
        "b": ("2025-01-10", "Prisons\n\nThe justice committee heard evidence. Committee chairman Ada Roe said "
                            "jails were full.\n"),
    })
    assert [f for f in report.findings if f.rule == "claimcheck.check.post_holder.v1"] == []


ROWING = "Regatta report\n\nHarbour City coach Lena Dahl said her crew had rowed the race of their lives.\n"


def test_undated_titles_days_apart_in_one_week_are_a_conflict(tmp_path: Path) -> None:
    # two outlets writing days apart of one weekend, each naming another coach as of writing, no change told
    report = run_dated(tmp_path, {
        "a": ("2025-09-01", ROWING),
        "b": ("2025-09-04", "Crew review\n\nHarbour City coach Marco Ruiz said the boat was too slow at the start.\n"),
    })
    assert holders(report) == ["conflict"]


def test_undated_titles_a_week_apart_or_at_an_inferred_body_are_no_finding(tmp_path: Path) -> None:
    # a week on, a change of coach fits
    assert holders(run_dated(tmp_path / "week", {
        "a": ("2025-09-01", ROWING),
        "b": ("2025-09-08", "Crew review\n\nHarbour City coach Marco Ruiz said the boat was too slow.\n"),
    })) == []
    # days apart, and one coach with no club written: too little to hold them apart
    assert holders(run_dated(tmp_path / "body", {
        "a": ("2025-09-01", ROWING),
        "b": ("2025-09-04", "Crew review\n\nCoach Marco Ruiz said the boat was too slow at the start.\n"),
    })) == []
    # a fitness coach is no head coach
    assert holders(run_dated(tmp_path / "fitness", {
        "a": ("2025-09-01", ROWING),
        "b": ("2025-09-01", "Crew review\n\nHarbour City fitness coach Marco Ruiz said the crew was tired.\n"),
    })) == []


def test_a_sentence_telling_the_change_is_no_side(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-09-01", "Regatta report\n\nHarbour City coach Lena Dahl, who took over from Marco Ruiz in June, "
                            "said her crew had rowed well.\n"),
        "b": ("2025-09-02", ROWING.replace("Lena Dahl", "Lena Dahl,").replace("Dahl,", "Dahl")),
        "c": ("2025-09-04", "Crew review\n\nHarbour City coach Marco Ruiz said the boat was too slow at the start.\n"),
    })
    found = [f for f in report.findings if f.rule == RULE]
    # the change was in June: Ruiz named coach in September is the conflict, told by b and c
    assert [f.severity for f in found] == ["conflict"]
    cited = {c.source for f in found for c in report.claims if c.id in f.claims}
    assert cited == {"b", "c"}
