"""Counts of one thing kept apart by their days, met by the words written next to them
(``checks/count_occasions.py``, ``checks/count_things._one_occasion``): at most a tension.
Articles written for the tests (a museum's collection, a library)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.checks.count_occasions import near_words, table

THING = "claimcheck.check.quantity_thing.v1"


def _things(report) -> list[tuple[str, str]]:
    return sorted((f.subject, f.severity) for f in report.findings
                  if f.rule == THING and f.severity in ("conflict", "tension"))


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.sentence[:30])
def test_occasion_examples(ex) -> None:
    i = ex.sentence.index(ex.number)
    words = near_words(ex.sentence, (0, len(ex.sentence)), (i, i + len(ex.number)), ex.counted)
    assert words == frozenset(ex.expect)


def test_one_complement_on_two_days_is_one_occasion(tmp_path: Path) -> None:
    # one holder named, the other not: two keys the alignment leaves apart, met by their words
    report = run_dated(tmp_path, {
        "a": ("2025-03-03", "Museum\n\nThe gallery moved nine paintings onto the reserve list after the audit.\n"),
        "b": ("2025-03-04", "Collection\n\nEleven paintings went onto the reserve list, the curator wrote.\n"),
    })
    assert _things(report) == [("quantity:count|painting||-|fixed", "tension")]


def test_one_verb_class_on_two_days_is_one_fixed_fact(tmp_path: Path) -> None:
    # "moved" and "went" are one verb class, and what was moved is no tally: one key
    # (checks/fixed_counts.py), compared by the quantity rule, the thing rule adds nothing
    report = run_dated(tmp_path, {
        "a": ("2025-03-03", "Museum\n\nNine paintings were moved onto the reserve list after the audit.\n"),
        "b": ("2025-03-04", "Museum\n\nEleven paintings went onto the reserve list, the curator wrote.\n"),
    })
    assert _things(report) == []
    assert [(f.subject, f.severity) for f in report.findings if f.kind == "count"] == [
        ("quantity:count|painting|move|-|2025-03-03", "conflict")]


def test_two_complements_are_two_occasions(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-03", "Museum\n\nNine paintings were moved onto the reserve list after the audit.\n"),
        "b": ("2025-03-04", "Museum\n\nEleven paintings went on show in the east wing.\n"),
    })
    assert _things(report) == []


def test_a_total_is_no_occasion(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-03", "Museum\n\nNine paintings were moved onto the reserve list after the audit.\n"),
        "b": ("2025-03-04", "Museum\n\nEleven paintings in total went onto the reserve list, the curator wrote.\n"),
    })
    assert _things(report) == []


def test_reports_weeks_apart_may_tell_an_update(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-03", "Museum\n\nNine paintings were moved onto the reserve list after the audit.\n"),
        "b": ("2025-04-14", "Museum\n\nEleven paintings went onto the reserve list, the curator wrote.\n"),
    })
    assert _things(report) == []


def test_two_verbs_still_keep_two_facts_apart(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-03", "Library\n\nNine volumes were stolen from the rare books room.\n"),
        "b": ("2025-03-04", "Library\n\nEleven volumes were restored in the rare books room.\n"),
    })
    assert _things(report) == []
