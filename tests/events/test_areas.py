"""A warning's area and a journey's origin (events/areas.py), told as a variant by the area
rule: articles written for the tests (floods, ferries)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_articles

from claimcheck.events.areas import read, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_area_examples(ex) -> None:
    found = read(ex.text)
    assert found is not None and found[:3] == (ex.kind, ex.key, ex.place)


def _areas(report) -> list[str]:
    return [f.severity for f in report.findings if f.rule == "claimcheck.check.area.v1"]


def test_one_warning_area_named_two_ways_is_a_variant(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Floods\n\nThe weather office placed the Kell region under a severe flood warning.\n",
        "b": "Floods\n\nThe weather office put Norland under a major flood warning on Sunday.\n",
    }, {"a": "2025-11-02", "b": "2025-11-03"})
    assert _areas(report) == ["variant"]
    assert not [f for f in report.findings if f.kind == "place" and f.severity != "variant"]


def test_warnings_weeks_apart_are_not_compared(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Floods\n\nThe weather office placed the Kell region under a severe flood warning.\n",
        "b": "Floods again\n\nThe weather office put Norland under a major flood warning.\n",
    }, {"a": "2025-11-02", "b": "2025-12-03"})
    assert _areas(report) == []
