"""The consistency benchmark may not get worse than its floors: the labelled devsets against
benchmarks/floors.json, the team corpora against benchmarks/corpora/floors.json.

Runs the library on ``../shared/devsets/*`` (the corpora are never copied into the project)
and on ``benchmarks/corpora/*`` (invented stories in domains the devsets do not cover:
engineers diagnose on them, so a rule tuned for one story can quietly undo another's), and
compares each corpus's conflict recall, variant recall and false alarms with its floor.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEVSETS = ROOT.parent / "shared" / "devsets"
TEAM = ROOT / "benchmarks" / "corpora"


def _floors(path: Path) -> dict[str, dict[str, int]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


FLOORS = _floors(ROOT / "benchmarks" / "floors.json")
TEAM_FLOORS = _floors(TEAM / "floors.json")

sys.path.insert(0, str(ROOT / "benchmarks"))
import consistency  # noqa: E402


def _holds_floor(folder: Path, floor: dict[str, int]) -> None:
    result = consistency.evaluate(consistency.load_corpus(folder))
    got = {"conflicts_found": result.dated.conflict_recall[0], "variants_found": result.dated.variant_recall[0],
           "false_alarms": result.dated.false_alarms[0]}
    assert got["conflicts_found"] >= floor["conflicts_found"], got
    assert got["variants_found"] >= floor["variants_found"], got
    assert got["false_alarms"] <= floor["false_alarms"], got


@pytest.mark.skipif(not DEVSETS.is_dir(), reason="../shared/devsets is not beside this checkout")
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset_figures_hold_their_floors(name: str) -> None:
    _holds_floor(DEVSETS / name, FLOORS[name])


@pytest.mark.parametrize("name", sorted(TEAM_FLOORS))
def test_team_corpus_figures_hold_their_floors(name: str) -> None:
    _holds_floor(TEAM / name, TEAM_FLOORS[name])


def _labelled(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if (p / "gold.yaml").is_file())


def test_every_devset_has_a_floor() -> None:
    if DEVSETS.is_dir():
        assert _labelled(DEVSETS) == sorted(FLOORS)


def test_every_team_corpus_has_a_floor() -> None:
    assert _labelled(TEAM) == sorted(TEAM_FLOORS)
