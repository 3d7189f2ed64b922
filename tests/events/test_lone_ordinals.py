"""Lone event mentions numbered among their kind in one scope meet across articles
(events/lone_ordinals.py), on articles written for the tests: a ferry grounding numbered two
ways fires; another event's number, or another scope, must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated

THIRD = "Coast guards towed the ferry free on Monday. It was the third grounding of a ferry in the strait this year."
CASES = {
    "numbered two ways": ("The Orla was the second grounding of a ferry in the strait this year, officials said.", True),
    "another event": ("A second grounding of a ferry in the strait this year followed in May, officials said.", False),
    "another year": ("The Orla was the second grounding of a ferry in the strait in 2029, officials said.", False),
    "another scope": ("The Orla was the second grounding of a ferry in the harbour this year, officials said.", False),
}


@pytest.mark.parametrize("name", CASES)
def test_lone_ordinals(tmp_path: Path, name: str) -> None:
    other, fires = CASES[name]
    report = run_dated(tmp_path, {"one": ("2031-06-02", THIRD), "two": ("2031-06-02", other)})
    found = [f for f in report.findings if f.kind == "ordinal" and f.severity in ("conflict", "tension")]
    assert bool(found) == fires, [f.summary for f in report.findings]
