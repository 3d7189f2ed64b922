"""Counts that are a fixed fact of their event compared whatever day each report was written;
running tallies (arrests, a toll, damaged homes) only within their as-of day; verbs of one
class ("lost water", "left without water") one key (``checks/fixed_counts.py``,
``resources/checks/running.yaml``). Articles written for the tests (floods, strikes,
protests, droughts, landslides)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from builders import run_dated
from claimcheck.checks.fixed_counts import RunningTables, running_tables

from .helpers import flagged_counts


def _flagged(tmp_path: Path, a: tuple[str, str], b: tuple[str, str]) -> list[tuple[str, str]]:
    return flagged_counts(run_dated(tmp_path, {"a": a, "b": b}))


def test_a_fixed_count_compares_across_two_days(tmp_path: Path) -> None:
    flagged = _flagged(tmp_path, ("2025-05-02", "Flood\n\nTwelve bridges were closed by the floodwater.\n"),
                       ("2025-05-06", "Flood\n\nNine bridges were closed by the floodwater.\n"))
    assert flagged == [("quantity:count|bridge|close|-|2025-05-02", "conflict")]


def test_a_share_of_a_fixed_fact_compares_across_days(tmp_path: Path) -> None:
    flagged = _flagged(tmp_path, ("2025-05-02", "Strike\n\nThe strike forced 60% of flights to be cancelled.\n"),
                       ("2025-05-03", "Strike\n\nAbout 35% of flights were cancelled because of the strike.\n"))
    assert [s for _, s in flagged] == ["conflict"]  # no reading of "about 35%" reaches 60% (count.far_apart)


@pytest.mark.parametrize("first, second", [
    ("Police arrested 20 protesters outside the stadium.", "Police arrested 35 protesters outside the stadium."),
    ("Eight people were killed in the landslide.", "Fourteen people were killed in the landslide."),
    ("The hailstorm damaged 300 homes.", "The hailstorm damaged 450 homes."),
])
def test_a_running_tally_grows_quietly_from_one_day_to_the_next(tmp_path: Path, first: str, second: str) -> None:
    assert _flagged(tmp_path, ("2025-05-02", "Report\n\n" + first + "\n"), ("2025-05-04", "Update\n\n" + second + "\n")) == []


def test_an_update_cue_keeps_a_figure_on_its_day(tmp_path: Path) -> None:
    flagged = _flagged(tmp_path, ("2025-05-02", "Flood\n\nTwelve bridges were closed by the floodwater.\n"),
                       ("2025-05-04", "Flood\n\nSo far 19 bridges were closed by the floodwater.\n"))
    assert flagged == []


def test_two_written_days_are_two_facts(tmp_path: Path) -> None:
    flagged = _flagged(tmp_path, ("2025-05-02", "Strike\n\nTwelve trains were cancelled on Thursday.\n"),
                       ("2025-05-03", "Strike\n\nFifteen trains were cancelled on Friday.\n"))
    assert flagged == []


def test_reports_weeks_apart_are_not_joined(tmp_path: Path) -> None:
    flagged = _flagged(tmp_path, ("2025-05-02", "Strike\n\nTwelve trains were cancelled.\n"),
                       ("2025-05-25", "Strike\n\nFifteen trains were cancelled.\n"))
    assert flagged == []


def test_verbs_of_one_class_are_one_key(tmp_path: Path) -> None:
    flagged = _flagged(tmp_path, ("2025-05-02", "Drought\n\nThe drought left 1,200 farms without water.\n"),
                       ("2025-05-04", "Drought\n\nAbout 2,000 farms lost water during the drought.\n"))
    assert flagged == [("quantity:count|farm|lose|noun:drought|2025-05-02", "conflict")]


def test_verbs_of_two_classes_stay_apart(tmp_path: Path) -> None:
    flagged = _flagged(tmp_path, ("2025-05-02", "Drought\n\nThe drought left 1,200 farms without water.\n"),
                       ("2025-05-04", "Drought\n\nAbout 300 farms were sold during the drought.\n"))
    assert flagged == []


def test_an_approximation_within_twice_its_width_is_a_tension(tmp_path: Path) -> None:
    flagged = _flagged(tmp_path, ("2025-05-02", "Flood\n\nAbout 40 bridges were closed by the floodwater.\n"),
                       ("2025-05-05", "Flood\n\n46 bridges were closed by the floodwater.\n"))
    assert flagged == [("quantity:count|bridge|close|-|2025-05-02", "tension")]


def test_the_table_examples_hold_and_a_wrong_one_is_refused() -> None:
    table = running_tables()
    assert table.tally("count", "case", "") and not table.tally("count", "region", "reach")
    data = table.model_dump()
    data["examples"] = [{"dimension": "count", "head": "region", "role": "reach", "tally": True}]
    with pytest.raises(ValidationError):
        RunningTables.model_validate(data)


THING = "claimcheck.check.quantity_thing.v1"


@pytest.mark.parametrize("second, day, expect", [
    ("Twenty vessels were towed to the harbour after the storm.", "2025-05-04", ["conflict"]),  # one thing, two nouns
    ("Twenty vessels were towed to the harbour after the storm.", "2025-05-24", []),  # weeks later: another time
    ("So far twenty vessels were towed to the harbour after the storm.", "2025-05-04", []),  # an update cue
])
def test_the_thing_rule_reads_a_fixed_fact_across_days(tmp_path: Path, second: str, day: str, expect: list[str]) -> None:
    report = run_dated(tmp_path, {"a": ("2025-05-02", "Storm\n\nTwelve ships were towed to the harbour after the storm.\n"),
                                  "b": (day, "Harbour\n\n" + second + "\n")})
    assert [f.severity for f in report.findings if f.rule == THING] == expect


@pytest.mark.parametrize("first, flagged", [
    ("Twelve people were killed in the landslide.", True),  # the toll stated lower two days on
    # the sentence writes an earlier year: that year's disaster, no reading of this toll
    ("The valley has a history of disasters. In 2014, a landslide there killed 40 people.", False),
])
def test_a_falling_toll_is_told_from_another_years_event(tmp_path: Path, first: str, flagged: bool) -> None:
    found = _flagged(tmp_path, ("2025-05-02", "Landslide\n\n" + first + "\n"),
                     ("2025-05-04", "Landslide\n\nNine people were killed in the landslide.\n"))
    assert found == ([("quantity:quantity:count|dead||-", "tension")] if flagged else [])
