"""Codes that identify one thing (events/identifiers.py): the table's examples, on
sentences written for the tests."""

from __future__ import annotations

import pytest

from claimcheck.events.identifiers import read, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_identifier_examples(ex) -> None:
    found = read(ex.text)
    if ex.code is None:
        assert found == []
    else:
        assert [(n, c) for n, c, _ in found] == [(ex.noun, ex.code)]
