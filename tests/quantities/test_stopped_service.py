"""A service that stopped or halted is one closed or suspended (things.yaml `same_acts`
close): two reports of the lines brought to a stop meet. Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

from builders import run_articles
from claimcheck.quantities.things import act_class


def test_stopped_and_halted_are_the_closing_act() -> None:
    assert act_class("stopped") == act_class("suspended") == act_class("halted") == act_class("closed")
    assert act_class("stopped") != act_class("carried")


def test_lines_stopped_and_lines_suspended_are_compared(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Storm\n\nDuring the storm on Monday all six lines of the tram network stopped, the city said.\n",
        "b": "Storm\n\nThe tram operator suspended service on four lines on Monday because of the storm.\n",
    }, {"a": "2025-01-07", "b": "2025-01-07"})
    assert [f.kind for f in report.findings if f.kind == "count"] == ["count"]


def test_lines_stopped_and_lines_opened_are_not(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Storm\n\nDuring the storm on Monday all six lines of the tram network stopped, the city said.\n",
        "b": "Storm\n\nThe tram operator reopened four lines on Monday after the storm.\n",
    }, {"a": "2025-01-07", "b": "2025-01-07"})
    assert [f for f in report.findings if f.kind == "count"] == []
