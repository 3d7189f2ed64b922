"""Two posts of one body given to one person by two sources within days: a senator is no
member of the lower house, a ministry's chief economist is not its deputy minister, the head
of one function ("head of communications") is not the head of another ("safety director");
one post written two ways, a former post, a post with a minister's seat in the chamber and
two people say nothing. Two wordings of one post against another post are one finding.
Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated


def _alarms(report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "title" and f.severity != "variant")


@pytest.mark.parametrize("first, second", [
    ("Senator Mirela Costa", "the MP Mirela Costa"),
    ("Mirela Costa, the ministry's chief economist,", "Deputy Minister Mirela Costa"),
    ("The port authority's head of communications, Mirela Costa,", "Mirela Costa, the port authority's safety director,"),
    ("The hospital's chief medical officer, Mirela Costa,", "Mirela Costa, the hospital's chief executive,"),
    # a courtesy title between the comma and the name; a commissioner is not the agency's medical officer
    ("The water agency's chief medical officer, Dr. Mirela Costa,", "the water agency's deputy commissioner, Dr Mirela Costa,"),
    # a region's minister is not the country's
    ("Portugal's agriculture minister, Mirela Costa,", "Alentejo's regional agriculture minister, Mirela Costa,"),
])
def test_two_posts_of_one_body_within_days_are_a_conflict(tmp_path: Path, first: str, second: str) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-06", f"Water plan\n\n{first} presented the reservoir plan on Tuesday.\n"),
        "b": ("2025-05-07", f"Reservoir\n\n{second} presented the reservoir plan to farmers.\n"),
    })
    assert _alarms(report) == ["conflict"]


@pytest.mark.parametrize("first, second", [
    ("Senator Mirela Costa", "former MP Mirela Costa"),  # a former post
    ("Agriculture Minister Mirela Costa", "the MP Mirela Costa"),  # a minister sits in the chamber
    ("The port authority's head of communications, Mirela Costa,",
     "Mirela Costa, the port authority's communications director,"),  # one post, two wordings
    ("The port authority's head of sales and marketing, Mirela Costa,",
     "Mirela Costa, the port authority's marketing director,"),  # two fields joined: either may be shortened
    ("Regional Development Minister Mirela Costa", "Minister Mirela Costa"),  # a portfolio's name, no level
    ("The port authority's head of technology, Mirela Costa,",
     "Mirela Costa, the port authority's chief technology officer,"),  # one field: one post
])
def test_one_post_a_former_post_or_a_seat_beside_an_office_say_nothing(tmp_path: Path, first: str,
                                                                      second: str) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-06", f"Water plan\n\n{first} presented the reservoir plan on Tuesday.\n"),
        "b": ("2025-05-07", f"Reservoir\n\n{second} presented the reservoir plan to farmers.\n"),
    })
    assert _alarms(report) == []


def test_two_people_with_two_posts_say_nothing(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-06", "Water plan\n\nSenator Mirela Costa presented the reservoir plan on Tuesday.\n"),
        "b": ("2025-05-07", "Reservoir\n\nThe MP Tomas Ferreira presented the reservoir plan to farmers.\n"),
    })
    assert _alarms(report) == []


def test_two_wordings_of_one_post_against_another_are_one_finding(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-06", "Water plan\n\nSenator Mirela Costa presented the reservoir plan on Tuesday.\n"),
        "b": ("2025-05-07", "Reservoir\n\nThe MP Mirela Costa presented the reservoir plan to farmers.\n"),
        "c": ("2025-05-07", "Farmers\n\nMirela Costa, a member of parliament, presented the plan.\n"),
    })
    assert _alarms(report) == ["conflict"]


def test_a_title_before_a_courtesy_and_a_name_is_read(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-06", "Water plan\n\nThe district's chief prosecutor, Dr. Mirela Costa, opened an inquiry.\n"),
    })
    titles = [c.value.text for c in report.claims if c.predicate == "title" and c.value]
    assert titles == ["chief prosecutor"]
