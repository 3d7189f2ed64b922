"""Golden extraction corpus (tests/corpus/*.yaml): each entry's event mentions, rendered in
a stable text form, equal its ``expected`` list. The texts are written for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from golden import events_of

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _entries() -> list[Any]:
    out = []
    for path in sorted(CORPUS.glob("*.yaml")):
        for n, entry in enumerate(YAML(typ="safe").load(path.read_text(encoding="utf-8"))["entries"]):
            out.append(pytest.param(entry, id=f"{path.stem}-{n}"))
    return out


@pytest.mark.parametrize("entry", _entries())
def test_golden_event_mentions(entry: dict[str, Any]) -> None:
    assert events_of(entry["text"], entry.get("published")) == list(entry.get("expected") or [])
