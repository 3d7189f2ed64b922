"""The consistency benchmark on the labelled devsets may not get worse than benchmarks/floors.json.

Runs the library on ``../shared/devsets/*`` (the corpora are never copied into the project)
and compares each corpus's conflict recall, variant recall and false alarms with its floor.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEVSETS = ROOT.parent / "shared" / "devsets"
FLOORS = json.loads((ROOT / "benchmarks" / "floors.json").read_text(encoding="utf-8"))
CORPORA = sorted(k for k in FLOORS if not k.startswith("_"))

sys.path.insert(0, str(ROOT / "benchmarks"))
import consistency  # noqa: E402


@pytest.mark.skipif(not DEVSETS.is_dir(), reason="../shared/devsets is not beside this checkout")
@pytest.mark.parametrize("name", CORPORA)
def test_devset_figures_hold_their_floors(name: str) -> None:
    result = consistency.evaluate(consistency.load_corpus(DEVSETS / name))
    floor = FLOORS[name]
    got = {"conflicts_found": result.dated.conflict_recall[0], "variants_found": result.dated.variant_recall[0],
           "false_alarms": result.dated.false_alarms[0]}
    assert got["conflicts_found"] >= floor["conflicts_found"], got
    assert got["variants_found"] >= floor["variants_found"], got
    assert got["false_alarms"] <= floor["false_alarms"], got


def test_every_devset_has_a_floor() -> None:
    if DEVSETS.is_dir():
        present = sorted(p.name for p in DEVSETS.iterdir() if (p / "gold.yaml").is_file())
        assert present == CORPORA
