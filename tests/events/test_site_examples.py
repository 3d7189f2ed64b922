"""The examples of resources/events/sites.yaml: where a thing stands, named or read by its kind
and owner (events/headquarters.py ``site_claims``). Each example fires or stays quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_articles
from claimcheck.events.headquarters import site_table


@pytest.mark.parametrize("ex", site_table().examples, ids=lambda ex: ex.text[:40])
def test_site_examples(tmp_path: Path, ex) -> None:
    report = run_articles(tmp_path, {"a": f"Headline\n\n{ex.text}\n"}, {"a": "2025-05-06"})
    found = [(c.subject.id, c.where.text) for c in report.claims if c.facet == "site" and c.where]
    if ex.key is None:
        assert found == []
        return
    assert (ex.key, ex.place) in found, found
