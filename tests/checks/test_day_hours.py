"""Days one apart that no time zone joins (checks/day_hours.py, checks/date.py): the hours a
claim allows (clock time, part of the day, a word such as "early on"), a conflict when the
later day's first hour lies more than a zone shift after the earlier day's last, and the
tension or variant kept when a shift does join them. Small invented reports of a road
collision."""

from __future__ import annotations

import pytest
from builders import run_dated

from claimcheck.checks.tables import date_tables


def _report(when: str) -> str:
    return (f"Lorries collide\n\nTwo lorries collided on the Harlen bypass {when}, police in Vessby said. "
            f"Officer Dag Ulven said the road was wet.")


def _one_day(tmp_path, first: str, second: str) -> list:
    report = run_dated(tmp_path, {"a": ("2024-05-10", _report(first)), "b": ("2024-05-10", _report(second))})
    return [f for f in report.findings if f.kind == "date" and "one day apart" in f.summary]


@pytest.mark.parametrize("first, second", [
    ("at 3:15 a.m. on Thursday", "early on Friday"),  # 20 hours and more apart
    ("on Thursday night", "on Friday night"),  # one part of the day, a day on
    ("in the early hours of Thursday", "in the early hours of Friday"),
])
def test_hours_no_zone_shift_joins_conflict(tmp_path, first: str, second: str) -> None:
    found = _one_day(tmp_path, first, second)
    assert [f.severity for f in found] == ["conflict"], [(f.severity, f.summary) for f in found]
    assert "no time zone joins" in found[0].explanation


@pytest.mark.parametrize("first, second", [
    ("late on Thursday", "early on Friday"),  # one night in two zones
    ("late on the evening of May 9", "on Friday morning"),
    ("on Thursday evening", "on Friday"),
])
def test_hours_a_zone_shift_joins_stay_below_conflict(tmp_path, first: str, second: str) -> None:
    found = _one_day(tmp_path, first, second)
    assert found and all(f.severity != "conflict" for f in found), [(f.severity, f.summary) for f in found]


@pytest.mark.parametrize("text", date_tables().examples["day_part_words"].match)
def test_day_part_words_match(text: str) -> None:
    assert date_tables().day_part_re().search(text)


@pytest.mark.parametrize("text", date_tables().examples["day_part_words"].no_match)
def test_day_part_words_no_match(text: str) -> None:
    assert not date_tables().day_part_re().search(text)


def test_the_explanation_quotes_the_words_that_set_the_hours(tmp_path) -> None:
    found = _one_day(tmp_path, "at 3:15 a.m. on Thursday", "early on Friday")
    assert '"early on Friday"' in found[0].explanation and "hours apart" in found[0].explanation
