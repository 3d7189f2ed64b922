"""words.any_of: one search tells what a loop of substring tests tells."""

from __future__ import annotations

from claimcheck.words import any_of


def test_any_of_as_substring_tests() -> None:
    literals = ("kiln", "turbine", "dry dock")
    rx = any_of(literals)
    for text in ("The new turbines were lifted into place.", "A dry dock in the port.", "The kil n was cold.", ""):
        assert (rx.search(text) is not None) == any(x in text for x in literals)
    text = "Workers said the kiln had cooled."
    assert rx.search(text, 0, 20) is None and rx.search(text, 0, 22) is not None  # within the bounds only


def test_no_literals_never_match() -> None:
    assert any_of([]).search("anything") is None
    assert any_of([""]).search("x") is not None  # as '"" in s' is
