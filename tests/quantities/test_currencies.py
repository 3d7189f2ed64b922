"""A dollar sign after a country's code is that country's dollar: "NZ$3.6 million" is no US
sum, and sums in two currencies are never compared. Phrases written for the tests."""

from __future__ import annotations

import pytest

from claimcheck.quantities.find import find


@pytest.mark.parametrize(("text", "unit", "value"), [
    ("The fund is worth NZ$3.6 million.", "NZD", 3600000),
    ("Fares rose to HK$12.50 last year.", "HKD", 12.5),
    ("It cost A$2 billion to build.", "AUD", 2000000000),
    ("It cost US$2 billion to build.", "USD", 2000000000),
    ("A fee of $40 applies.", "USD", 40),
])
def test_a_currency_prefix_gives_its_currency(text: str, unit: str, value: float) -> None:
    money = [r for r in find(text, 0, len(text), []) if r.dimension == "money"]
    assert [(r.unit, r.value) for r in money] == [(unit, value)]


def test_a_word_ending_in_a_code_letter_is_no_prefix() -> None:
    text = "The ABC$5 token is a code, not a sum."
    assert all(r.unit != "CAD" for r in find(text, 0, len(text), []))
