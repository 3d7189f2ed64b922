"""The consistency benchmark on the team corpora may not get worse than benchmarks/corpora/floors.json.

The team corpora (``benchmarks/corpora/*``) are invented stories in domains the devsets do not
cover. Engineers diagnose on them, so a rule tuned for one story can quietly undo another's:
these floors catch that the way ``test_floors.py`` does for the devsets.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEAM = ROOT / "benchmarks" / "corpora"
FLOORS = json.loads((TEAM / "floors.json").read_text(encoding="utf-8"))
CORPORA = sorted(k for k in FLOORS if not k.startswith("_"))

sys.path.insert(0, str(ROOT / "benchmarks"))
import consistency  # noqa: E402


@pytest.mark.parametrize("name", CORPORA)
def test_team_corpus_figures_hold_their_floors(name: str) -> None:
    result = consistency.evaluate(consistency.load_corpus(TEAM / name))
    floor = FLOORS[name]
    got = {"conflicts_found": result.dated.conflict_recall[0], "variants_found": result.dated.variant_recall[0],
           "false_alarms": result.dated.false_alarms[0]}
    assert got["conflicts_found"] >= floor["conflicts_found"], got
    assert got["variants_found"] >= floor["variants_found"], got
    assert got["false_alarms"] <= floor["false_alarms"], got


def test_every_team_corpus_has_a_floor() -> None:
    present = sorted(p.name for p in TEAM.iterdir() if (p / "gold.yaml").is_file())
    assert present == CORPORA
