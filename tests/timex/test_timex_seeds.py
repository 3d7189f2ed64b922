"""Acceptance: every time expression in the seeds' expected.yaml is found with its value."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from claimcheck.timex import tag
from timex_helpers import anchor

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "seeds"
EXPECTED = SHARED / "expected.yaml"
SOURCES = SHARED / "sources.yaml"
SEEDS = ROOT / "seeds"

pytestmark = pytest.mark.skipif(not EXPECTED.exists(), reason="shared seed expectations not available")


def _cases() -> list[tuple[str, str, str]]:
    if not EXPECTED.exists():
        return []
    data = YAML(typ="safe").load(EXPECTED.read_text(encoding="utf-8"))
    return [(sid, e["quote"], str(e["value"])) for sid, items in data["time_expressions"].items() for e in items]


@pytest.mark.parametrize(("source", "quote", "value"), _cases())
def test_seed_time_expression(source: str, quote: str, value: str) -> None:
    published = YAML(typ="safe").load(SOURCES.read_text(encoding="utf-8"))[source]["published"]
    text = (SEEDS / f"{source}.txt").read_text(encoding="utf-8")
    at = text.index(quote)
    found = [t for t in tag(text, anchor(str(published))) if t.span[0] < at + len(quote) and at < t.span[1]]
    assert any(t.value == value for t in found), f"{quote!r}: {[(t.text, t.value) for t in found]}"
