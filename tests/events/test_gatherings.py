"""The gathering an event happened at (events/gatherings.py): "chose X as its head on Sunday,
beating two rivals at its congress in Tarvik" took place in Tarvik. Invented reports of a
union's and a chess federation's elections; a gathering set apart as another ("the previous
congress in X") gives no place."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_dated

from claimcheck.events.gatherings import gathering_place, table
from claimcheck.models import Report


def _place(text: str) -> str | None:
    verb = next(w for w in ("chose", "named", "elected") if w in text)
    end = text.index(verb) + len(verb)
    m = gathering_place(text, end, (0, len(text)), [])
    return m.text if m else None


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_gathering_examples(ex) -> None:
    assert _place(ex.text) == ex.place


def places(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "place")


def test_two_towns_for_the_congress_that_elected_are_a_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-06-08", "Union vote\n\nThe Harbour Workers' Union elected Ada Brook as its president on Sunday, "
                            "beating two rivals on the second ballot at the union's congress in Tarvik.\n"),
        "b": ("2026-06-08", "New president\n\nThe Harbour Workers' Union elected Ada Brook as its president on "
                            "Sunday after a long night of voting at a congress in Marlow.\n"),
    })
    assert places(report) == ["conflict"]


def test_another_gathering_or_one_town_is_no_conflict(tmp_path: Path) -> None:
    # the earlier congress's town is not where this vote took place
    report = run_dated(tmp_path / "other", {
        "a": ("2026-03-02", "Chess\n\nThe Northern Chess Federation elected Ivo Marsh as its chair on Saturday, "
                            "a year after the previous congress in Tarvik.\n"),
        "b": ("2026-03-02", "Chess vote\n\nThe Northern Chess Federation elected Ivo Marsh as its chair on "
                            "Saturday at its congress in Marlow.\n"),
    })
    assert places(report) == []
    # both say the same town: no finding
    report = run_dated(tmp_path / "same", {
        "a": ("2026-03-02", "Chess\n\nThe Northern Chess Federation elected Ivo Marsh as its chair on Saturday "
                            "at its congress in Marlow.\n"),
        "b": ("2026-03-02", "Chess vote\n\nThe Northern Chess Federation elected Ivo Marsh as its chair on "
                            "Saturday at the federation's annual congress in Marlow.\n"),
    })
    assert places(report) == []

