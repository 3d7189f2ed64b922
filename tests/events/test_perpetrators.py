"""The author of an attack (events/perpetrators.py): the table's examples, on sentences
written for the tests, with the organisations the entity stage finds in them."""

from __future__ import annotations

import pytest

from claimcheck.entities import find_mentions
from claimcheck.events.perpetrators import author, table
from claimcheck.models import Source
from claimcheck.segment import segment


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_perpetrator_examples(ex) -> None:
    s = Source(id="t", path="t.txt", text=ex.text)
    segment(s)
    bodies = [m.span for m in find_mentions(s) if m.kind == "org"]
    hit = author(ex.text, bodies)
    assert (ex.text[hit[0]:hit[1]] if hit else None) == ex.author
