"""The number of the reported event among events of its kind ("It was the third warehouse
fire in the town this year"): two numbers for the story's event across articles disagree;
another event numbered in passing ("a third fire broke out") and the clause after a
semicolon ("the first, in 2018, was smaller") are no number of it. Articles written for the
tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.events.kind_ordinals import read, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_kind_ordinal_examples(ex) -> None:
    found = read(ex.text)
    assert (found[0] if found else None) == ex.ordinal
    assert (found[1] if found else "") == ex.kind


def _ordinals(report) -> list[str]:
    return [f.severity for f in report.findings if f.kind == "ordinal" and f.subject.startswith("rank:nth-")]


def test_two_numbers_for_the_story_event_disagree(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-09-06", "Warehouse fire\n\nA fire gutted a warehouse in Dunmore late on Friday. It was the "
                            "third warehouse fire in the town this year.\n"),
        "b": ("2025-09-07", "Dunmore fire\n\nFirefighters stayed at the site overnight. The blaze was the second "
                            "warehouse fire in Dunmore this year, the mayor said.\n"),
    })
    assert _ordinals(report) == ["conflict"]


def test_another_event_numbered_in_passing_is_no_number_of_this_one(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-09-06", "Warehouse fire\n\nA fire gutted a warehouse in Dunmore late on Friday. It was the "
                            "second warehouse fire in the town this year.\n"),
        "b": ("2025-09-08", "Another fire\n\nA third fire broke out at a depot near Dunmore on Sunday.\n"),
        "c": ("2025-09-08", "Dunmore fire\n\nIt was the second fire at the warehouse; the first, in 2018, was "
                            "smaller.\n"),
    })
    assert _ordinals(report) == []


def test_a_higher_number_stated_later_within_days_is_a_conflict_weeks_later_a_tension(tmp_path: Path) -> None:
    # the story's fire was numbered when it happened: three days on, "the third" renumbers it
    report = run_dated(tmp_path / "days", {
        "a": ("2025-09-06", "Warehouse fire\n\nA fire gutted a warehouse in Dunmore late on Friday. It was the "
                            "second warehouse fire in the town this year.\n"),
        "b": ("2025-09-09", "Dunmore fire\n\nInvestigators returned to the site. The blaze was the third "
                            "warehouse fire in Dunmore this year, the mayor said.\n"),
    })
    assert _ordinals(report) == ["conflict"]
    # three weeks on, another such fire between the reports would make both true
    report = run_dated(tmp_path / "weeks", {
        "a": ("2025-09-06", "Warehouse fire\n\nA fire gutted a warehouse in Dunmore late on Friday. It was the "
                            "second warehouse fire in the town this year.\n"),
        "b": ("2025-09-27", "Dunmore fire\n\nInvestigators returned to the site. The blaze was the third "
                            "warehouse fire in Dunmore this year, the mayor said.\n"),
    })
    assert _ordinals(report) == ["tension"]
    # days apart, but the later report tells of a new fire: both may be true
    report = run_dated(tmp_path / "another", {
        "a": ("2025-09-06", "Warehouse fire\n\nA fire gutted a warehouse in Dunmore late on Friday. It was the "
                            "second warehouse fire in the town this year.\n"),
        "b": ("2025-09-09", "Dunmore fire\n\nAnother blaze broke out at a depot in Dunmore on Monday night. It "
                            "was the third warehouse fire in Dunmore this year, the mayor said.\n"),
    })
    assert _ordinals(report) == ["tension"]
    # the higher number first, two weeks before: the count cannot fall
    report = run_dated(tmp_path / "fell", {
        "a": ("2025-09-06", "Ship launch\n\nThe Orla Voss sailed from Hull on Monday. It was the fifth voyage "
                            "of the ship this year.\n"),
        "b": ("2025-09-20", "Voss returns\n\nThe Orla Voss docked in Bergen. It was the fourth voyage of the "
                            "ship this year, her owners said.\n"),
    })
    assert _ordinals(report) == ["conflict"]


def test_numbers_in_one_scope_of_a_business_event_disagree(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-12", "Brewer sold\n\nHalden agreed to buy Osterby Brewing. It is the third foreign takeover "
                            "of a Danish brewer this year.\n"),
        "b": ("2025-05-13", "Brewer sale\n\nOsterby Brewing is changing hands. It is the second foreign takeover "
                            "of a Danish brewer this year, analysts said.\n"),
    })
    assert _ordinals(report) == ["conflict"]


def test_numbers_in_other_scopes_or_periods_are_not_compared(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-12", "Brewer sold\n\nHalden agreed to buy Osterby Brewing. It is the second foreign takeover "
                            "of a Danish brewer this year.\n"),
        "b": ("2025-05-13", "Brewer sale\n\nThe deal is Halden's fourth acquisition in Sweden since 2019.\n"),
        "c": ("2025-05-13", "Brewer sale\n\nLast year Halden bought Kronborg. That was the third foreign takeover "
                            "of a Danish brewer in 2024.\n"),
        "d": ("2025-05-14", "Dairy sale\n\nIt is the fifth takeover of a Norwegian dairy this year.\n"),
    })
    assert _ordinals(report) == []


def test_a_scope_named_again_by_a_generic_noun_still_compares(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-02", "Plant blast\n\nIt was the second explosion at the Kessler plant.\n"),
        "b": ("2025-03-02", "Plant blast\n\nIt was the plant's third explosion, workers said.\n"),
    })
    assert _ordinals(report) == ["conflict"]


def test_the_field_named_again_is_no_other_scope(tmp_path: Path) -> None:
    # "in the sector" names the field the story's strike belongs to; "in the steel industry" another
    report = run_dated(tmp_path, {
        "a": ("2027-04-06", "Dock strike\n\nDockers at Velmar walked out on Monday. It is the third national dock "
                            "strike in two years.\n"),
        "b": ("2027-04-06", "Ports shut\n\nThe walkout, called on Sunday, was the fourth national strike in the "
                            "sector in two years.\n"),
    })
    assert _ordinals(report) == ["conflict"]
    report = run_dated(tmp_path / "other", {
        "a": ("2027-04-06", "Dock strike\n\nDockers at Velmar walked out on Monday. It is the third national dock "
                            "strike in two years.\n"),
        "b": ("2027-04-06", "Mills shut\n\nThe walkout, called on Sunday, was the fourth national strike in the "
                            "steel industry in two years.\n"),
    })
    assert _ordinals(report) == []


def test_a_noun_no_class_holds_is_its_own_kind(tmp_path: Path) -> None:
    # a courier's price rises: "rise" is no incident class, yet "It was the fifth rise since
    # January" numbers the reported rise among its kind, as "the fourth rise" does
    report = run_dated(tmp_path, {
        "a": ("2029-06-04", "Parcel prices up\n\nVelox Post raised parcel prices by 4% on Monday. It was the fifth "
                            "price rise since January.\n"),
        "b": ("2029-06-04", "Courier lifts prices\n\nVelox Post put up its prices on Monday. It was the fourth price "
                            "rise since January, the union said.\n"),
    })
    assert _ordinals(report) == ["conflict"]


def test_a_run_and_another_period_are_other_counts(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2029-06-04", "Parcel prices up\n\nVelox Post raised parcel prices by 4% on Monday. It was the fifth "
                            "consecutive price rise.\n"),
        "b": ("2029-06-04", "Courier lifts prices\n\nVelox Post raised prices on Monday. It was the ninth price rise "
                            "since 2025.\n"),
        "c": ("2029-06-05", "Prices\n\nThis was the second time it happened this year.\n"),
    })
    assert _ordinals(report) == []
