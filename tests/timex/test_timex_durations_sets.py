"""Durations (with their begin point) and sets."""

from __future__ import annotations

import pytest

from timex_helpers import one, tags, values


@pytest.mark.parametrize(
    ("text", "expect", "value"),
    [
        ("It took about three years to agree.", "three years", "P3Y"),
        ("The fighting lasted twenty-five days.", "twenty-five days", "P25D"),
        ("For the first time in three years, they met.", "three years", "P3Y"),
        ("It was the worst in a decade.", "a decade", "P10Y"),
        ("The talks lasted five hours.", "five hours", "PT5H"),
        ("Profit rose over the past three years.", "the past three years", "P3Y"),
        ("The two-year deal expires.", "two-year", "P2Y"),
        ("It has been several years.", "several years", "PXY"),
    ],
)
def test_durations(text: str, expect: str, value: str) -> None:
    t = one(text, "2023-04-15", expect)
    assert t.type == "DURATION" and t.value == value
    assert t.start is None and t.end is None


def test_about_is_approx() -> None:
    t = one("It took about three years.", None, "three years")
    assert t.mod == "APPROX" and t.span == (14, 25)  # "about" is outside the extent (TimeML)


def test_duration_since_a_month_has_a_begin() -> None:
    text = "It is the first meeting in six months since last September."
    d = one(text, "2023-04-15", "six months")
    assert d.value == "P6M" and d.begin == "2022-09"
    assert one(text, "2023-04-15", "last September").value == "2022-09"


def test_duration_since_a_year_has_a_begin() -> None:
    text = "Seven years since 2016, the talks resumed."
    assert one(text, "2023-04-15", "Seven years").begin == "2016"
    since = one(text, "2023-04-15", "2016")
    assert since.value == "2016" and since.mod == "ON_OR_AFTER"


def test_ages_are_not_durations() -> None:
    assert values("A 6-year-old boy and a man, 52 years old, were hurt.", "2023-04-15") == {}


@pytest.mark.parametrize(
    ("text", "expect", "value"),
    [
        ("The drills will be held annually.", "annually", "P1Y"),
        ("They agreed to hold exercises on an annual basis.", "on an annual basis", "P1Y"),
        ("The ministers meet every year.", "every year", "P1Y"),
        ("The two sides meet regularly.", "regularly", "PX"),
        ("The board meets every two weeks.", "every two weeks", "P2W"),
        ("He pays quarterly.", "quarterly", "P1Q"),
        ("Shops close on Sundays.", "Sundays", "XXXX-WXX-7"),
    ],
)
def test_sets(text: str, expect: str, value: str) -> None:
    t = one(text, "2023-08", expect)
    assert t.type == "SET" and t.value == value and t.start is None


def test_once_a_year_is_a_set_not_a_duration() -> None:
    found = tags("They meet once a year.", "2023-08")
    assert [(t.text, t.type, t.value) for t in found] == [("once a year", "SET", "P1Y")]


def test_earlier_than_usual_is_a_length_not_a_date() -> None:
    found = tags("The season started about a month earlier than usual.", "2013-03-22")
    assert [(t.text, t.type, t.value) for t in found] == [("a month", "DURATION", "P1M")]


def test_vague_plural_units() -> None:
    assert values("It was the first such talks in years.", None) == {"years": "PXY"}
    assert values("The deal could come within weeks.", None) == {"weeks": "PXW"}
    # "months ago" is a vague point in the past, like "several months ago" (TimeML PAST_REF)
    assert values("Months ago, it failed.", None) == {"Months ago": "PAST_REF"}


@pytest.mark.parametrize(
    ("text", "expect", "value"),
    [
        ("It took a year and a half.", "a year and a half", "P1Y6M"),
        ("The flight lasted 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
        ("Talks ran two and a half days.", "two and a half days", "P2DT12H"),
    ],
)
def test_fractional_durations(text: str, expect: str, value: str) -> None:
    assert one(text, None, expect).value == value


def test_the_year_before_counts_from_the_year_written() -> None:
    t = one("Sales peaked in 2009; the year before they fell.", "2013-03-22", "the year before")
    assert t.value == "2008" and t.anchor == "another"


def test_over_the_years() -> None:
    assert values("Over the years the alliance grew; in the weeks ahead it will meet.", None) == {
        "the years": "PXY", "the weeks ahead": "PXW"}


@pytest.mark.parametrize(
    "text",
    ["Qantas will run four flights a week.", "It adds nearly 700 seats a week.", "It saves $500 million a year.",
     "The company cut its quarterly dividend.", "Average daily volume rose.", "The split and quarterly dividend are payable."],
)
def test_rates_and_set_adjectives_are_not_tagged(text: str) -> None:
    assert tags(text, "1998-03-06") == []


@pytest.mark.parametrize(
    ("text", "expect", "value"),
    [("Rates are adjusted quarterly.", "quarterly", "P1Q"), ("Demonstrators gather daily outside the house.", "daily", "P1D"),
     ("The two leaders consult regularly on trade.", "regularly", "PX"), ("Profits doubled annually since 1980.", "annually", "P1Y")],
)
def test_set_adverbs_are_tagged(text: str, expect: str, value: str) -> None:
    assert one(text, "1998-03-06", expect).value == value


@pytest.mark.parametrize(
    ("text", "expect"),
    [("We will have to live without it for a while.", "a while"), ("Forces could stay in the gulf for some time.", "some time"),
     ("We are there to stay for a fairly lengthy period.", "a fairly lengthy period")],
)
def test_uncounted_lengths(text: str, expect: str) -> None:
    t = one(text, "1998-03-06", expect)
    assert (t.type, t.value) == ("DURATION", "PXX")


def test_uncounted_length_words_alone_are_not_times() -> None:
    assert tags("For the first time, at the time, a while ago.", "1998-03-06") == []
    assert one("But a minute and a half later a pilot called.", "1998-03-06", "a minute and a half").value == "PT1M30S"


@pytest.mark.parametrize(
    ("text", "expect", "value"),
    [("They emerged from a day-long meeting.", "day-long", "P1D"), ("The weeklong talks ended.", "weeklong", "P1W"),
     ("It is a decades-long battle.", "decades-long", "PXY")],
)
def test_unit_long_adjectives_are_lengths(text: str, expect: str, value: str) -> None:
    assert one(text, "2000-02-24", expect).value == value


def test_words_ending_in_long_are_not_lengths() -> None:
    assert tags("It does not belong here; he ran headlong.", "2000-02-24") == []


def test_vague_quarters_of_something_are_a_length_not_a_fraction() -> None:
    from timex_helpers import values
    assert values("It achieved profitability after several quarters of losses.", "1989-10-30") == {"several quarters": "PXQ"}
    assert values("About three quarters of the members agreed.", "1989-10-30") == {}
