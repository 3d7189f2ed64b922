"""A site (a hospital, a stadium, a court) lies in some town: against a town it is one place
named more or less precisely, unless its own name begins with a town known to lie elsewhere.
Names written for the tests."""

from __future__ import annotations

import pytest

from claimcheck.entities.gazetteer import site_in


@pytest.mark.parametrize(("site", "town", "within"), [
    ("St Aidan General Hospital", "Harlow", True),   # a site of no known town: may lie in it
    ("York Crown Court", "York", True),              # its own town is the town
    ("Orlando federal court", "Tampa", False),       # its own town is another
    ("Kestrel Stadium", "Bristol Arena", False),     # two sites: two places
    ("Harlow", "Chelmsford", False),                 # no site at all
])
def test_site_in(site: str, town: str, within: bool) -> None:
    assert site_in({site}, {town}) is within
