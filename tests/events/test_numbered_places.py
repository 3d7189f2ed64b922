"""A place named by a noun and its number (events/numbered_places.py): "Camp 2" and "Camp 3"
are two places, not one "Camp"; a figure after the noun ("Camp 2,500 metres") is no number of
the name. Invented reports of a rockfall at a mountain camp and a fire at an airport terminal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from builders import run_dated

from claimcheck.events.numbered_places import numbered_end, table
from claimcheck.models import Report

_NAME = re.compile(r"\b(?:at|struck|in)\s+([A-Z][a-z]+)")


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_numbered_examples(ex) -> None:
    m = _NAME.search(ex.text)
    assert m is not None
    end = numbered_end(ex.text, m.group(1), m.end(1))
    assert (ex.text[m.start(1):end] if end != m.end(1) else None) == ex.name


def places(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "place")


def test_two_numbered_camps_are_two_places(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-07-02", "Rockfall\n\nA rockfall on Mount Kessel killed two climbers at Camp 2 on Tuesday.\n"),
        "b": ("2026-07-02", "Climbers killed\n\nA rockfall on Mount Kessel killed two climbers at Camp 3 on "
                            "Tuesday.\n"),
    })
    assert places(report) == ["conflict"]
    # one camp written twice: no finding
    report = run_dated(tmp_path / "same", {
        "a": ("2026-07-02", "Rockfall\n\nA rockfall on Mount Kessel killed two climbers at Camp 2 on Tuesday.\n"),
        "b": ("2026-07-02", "Climbers killed\n\nA rockfall on Mount Kessel killed two climbers at Camp 2 on "
                            "Tuesday.\n"),
    })
    assert places(report) == []
