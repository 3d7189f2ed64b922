"""Events of no class (events/open_class.py): a noun the tables do not know, where the
syntax says it happened, and the verbs of the same word in its article."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_dated

from claimcheck import timex
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
