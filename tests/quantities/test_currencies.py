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


# --- a code or abbreviation as the sign, a scale written against the digits -------------------

@pytest.mark.parametrize(("text", "unit", "value"), [
    ("The regulator fined the bank £3.2bn on Tuesday.", "GBP", 3200000000),  # finance
    ("The club paid €12m for the goalkeeper.", "EUR", 12000000),  # sport
    ("The ministry set aside Rs 450 crore for flood relief.", "INR", 4500000000),  # disaster
    ("Rebuilding the pier will cost about EUR 40mn over three years.", "EUR", 40000000),  # transport
    ("The donors pledged USD 25 million for the new clinic.", "USD", 25000000),  # aid
    ("Each porter is insured for Rs. 2 million.", "INR", 2000000),
    ("The fine was 3.5bn yen.", "JPY", 3500000000),
])
def test_a_code_or_an_attached_scale_is_read(text: str, unit: str, value: float) -> None:
    money = [r for r in find(text, 0, len(text), []) if r.dimension == "money"]
    assert [(r.unit, round(r.value)) for r in money] == [(unit, value)]


@pytest.mark.parametrize("text", [
    "A 12m wave hit the harbour.",  # metres, or millions of something: no sum
    "The 12m viewers saw the final.",
    "He worked 14 hours 24 days a month.",  # letters of a word are no code
    "Mrs 5 was the name of the boat.",
])
def test_no_sum_without_a_sign(text: str) -> None:
    assert all(r.dimension != "money" for r in find(text, 0, len(text), []))


def test_a_sum_with_an_attached_scale_is_the_same_sum_written_in_full(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from builders import run_dated
    report = run_dated(tmp_path, {
        "a": ("2025-06-02", "Report\n\nThe regulator fined Harlow Bank £3.2bn on Monday.\n"),
        "b": ("2025-06-02", "Report\n\nThe regulator fined Harlow Bank £3.2 billion on Monday.\n"),
        "c": ("2025-06-02", "Report\n\nThe regulator fined Harlow Bank £3 billion on Monday.\n")})
    values = sorted(float(c.value.value) for c in report.claims if c.subject.id.startswith("quantity:money|"))
    assert values == [3000000000.0, 3200000000.0, 3200000000.0]
