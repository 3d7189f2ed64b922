"""Absolute dates in the common news forms; spans exact."""

from __future__ import annotations

import pytest

from timex_helpers import one, tags, values

AT = "2023-11-13"


@pytest.mark.parametrize(
    ("text", "expect", "value"),
    [
        ("The summit took place on 18 August 2023 at Camp David.", "18 August 2023", "2023-08-18"),
        ("It was signed Aug. 18, 2023, in Maryland.", "Aug. 18, 2023", "2023-08-18"),
        ("The deal was signed on March 19, 2023.", "March 19, 2023", "2023-03-19"),
        ("Data released 2023-08-18 show a rise.", "2023-08-18", "2023-08-18"),
        ("The last talks were held by video in May 2020.", "May 2020", "2020-05"),
        ("Officials said 8/18/2023 was chosen.", "8/18/2023", "2023-08-18"),
        ("Growth slowed in the 1990s.", "1990s", "199"),
        ("Profit rose in the third quarter of 2022.", "the third quarter of 2022", "2022-Q3"),
        ("Results for fiscal 2021 were weak.", "fiscal 2021", "2021"),
    ],
)
def test_absolute_forms(text: str, expect: str, value: str) -> None:
    t = one(text, AT, expect)
    assert t.value == value
    assert t.anchor == "absolute" and t.year_explicit


def test_year_extent_is_the_year_only() -> None:
    text = "The agreement was signed in 2014 and the 2020 exercise followed."
    assert values(text, AT) == {"2014": "2014", "2020": "2020"}
    t = one(text, AT, "2014")
    assert (t.start.isoformat(), t.end.isoformat(), t.granularity) == ("2014-01-01", "2014-12-31", "year")


def test_year_less_day_takes_the_anchor_year() -> None:
    t = one("The ministers met on 18 August.", "2023-08", "18 August")
    assert t.value == "2023-08-18" and not t.year_explicit and t.anchor == "publication"


def test_month_day_with_relative_year() -> None:
    assert one("They met November 13 last year.", "2023-04-15", "November 13 last year").value == "2022-11-13"


def test_invalid_calendar_date_is_not_tagged() -> None:
    assert [t.text for t in tags("Filed on February 30, 2023.", AT)] == []


def test_spans_are_exact_code_point_offsets() -> None:
    text = "Séoul — «on 18 August» the talks, then on Sept. 4, 2023 again."
    for t in tags(text, AT):
        assert text[t.span[0] : t.span[1]] == t.text
    assert values(text, AT) == {"18 August": "2023-08-18", "Sept. 4, 2023": "2023-09-04"}


def test_results_are_sorted_and_do_not_overlap() -> None:
    text = "Since 2008, and in May 2020, about three years ago, on Sunday, next year, every year."
    found = tags(text, AT)
    spans = [t.span for t in found]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@pytest.mark.parametrize(
    ("text", "expect", "value"),
    [
        ("The verdict was overturned in nineteen ninety-six.", "nineteen ninety-six", "1996"),
        ("The mill closed in nineteen oh five.", "nineteen oh five", "1905"),
        ("Twenty twenty-three was the hottest year.", "Twenty twenty-three", "2023"),
        ("Unemployment was to be halved by the year two thousand.", "the year two thousand", "2000"),
        ("It has been quiet since two thousand and one.", "two thousand and one", "2001"),
        ("March nineteen ninety-seven. Atlanta again.", "March nineteen ninety-seven", "1997-03"),
        ("The old order collapsed in the early nineteen-eighties.", "the early nineteen-eighties", "198"),
    ],
)
def test_years_written_in_words(text: str, expect: str, value: str) -> None:
    t = one(text, "1998-03-03", expect)
    assert t.value == value and t.year_explicit


@pytest.mark.parametrize(
    "text",
    ["Two thousand people marched.", "In two thousand cases the court agreed.", "He was twenty five.",
     "The house has nineteen rooms and twenty-two doors.", "Both men are in their sixties."],
)
def test_counts_in_words_are_not_years(text: str) -> None:
    assert [t.text for t in tags(text, "1998-03-03")] == []


def test_a_decade_noun_is_the_latest_such_decade_before_the_anchor() -> None:
    assert one("Crime fell through the nineties.", "1998-03-03", "the nineties").value == "199"
    assert one("Rents rose through the twenties.", "2029-05-01", "the twenties").value == "202"
    t = one("Crime fell through the nineties.", None, "the nineties")
    assert t.anchor == "unresolved" and t.start is None


def test_a_year_after_pre_or_post() -> None:
    t = one("The post-1959 politics split families.", "2000-02-24", "post-1959")
    assert (t.value, t.mod) == ("1959", "AFTER")
    assert one("Prices are back to pre-2008 levels.", "2013-03-15", "pre-2008").mod == "BEFORE"


def test_hyphenated_fiscal_quarter_is_a_quarter() -> None:
    from timex_helpers import values
    v = values("It lost C$2.3 million for the fiscal-first quarter ended Sept. 30. It had a profit a year ago.", "1989-10-26")
    assert v["the fiscal-first quarter"] == "1989-Q1" and v["a year ago"] == "1988-Q1"


def test_the_first_two_quarters_of_a_year_are_its_first_half() -> None:
    from timex_helpers import one
    assert one("The slump will last through the first two quarters of 1990.", "1989-10-26",
               "the first two quarters of 1990").value == "1990-H1"


def test_a_holiday_week_is_the_week_holding_it() -> None:
    from timex_helpers import one
    t = one("Protesters prayed as Easter week began.", "2000-04-17", "Easter week")
    assert t.value == "2000-W16" and t.granularity == "week"


def test_the_second_day_of_a_pair_is_a_date_of_its_own() -> None:
    from timex_helpers import values
    v = values("The accession will be held at the summit on April 24 and 25.", "1999-02-10")
    assert v == {"April 24": "1999-04-24", "25": "1999-04-25"}
    assert values("Sales rose on April 24 and 25 percent of the stores closed.", "1999-02-10") == {"April 24": "1998-04-24"}
    assert values("In 1999 and 25 other years it rained.", "1999-02-10") == {"1999": "1999"}


def test_a_number_after_a_weekday_or_a_comma_is_no_second_day() -> None:
    from timex_helpers import values
    # a weekday or "today" writes no day number for "and 21" to continue: the number is a count
    assert values("The ferry was full as of Monday, and 21 cars waited.", "2011-09-14") == {"Monday": "2011-09-12"}
    assert values("The orchard opened on Monday and 21 pickers came.", "2011-09-14") == {"Monday": "2011-09-12"}
    assert values("The mayor said today, and 19 stalls closed.", "2011-09-14") == {"today": "2011-09-14"}
    # a comma before "and" joins a clause, not a second day
    assert values("The fair ran on September 4, and 17 stalls sold out.", "2011-09-14") == {"September 4": "2011-09-04"}
    # still a pair where the day number is written, with or without a weekday before it
    v = values("The fair runs on Friday, September 16 and 17.", "2011-09-14")
    assert v == {"Friday, September 16": "2011-09-16", "17": "2011-09-17"}
    assert values("The fair ran on 4 September and 5.", "2011-09-14") == {"4 September": "2011-09-04", "5": "2011-09-05"}


def test_a_weekday_with_its_day_and_month_is_still_one_date() -> None:
    from timex_helpers import values
    assert values("The ferry sails on Tuesday, 20 September.", "2011-09-14") == {"Tuesday, 20 September": "2011-09-20"}
    assert values("The ferry sails on Tuesday, the 20th of September.", "2011-09-14") == {
        "Tuesday, the 20th of September": "2011-09-20"}
    assert values("The ferry sails Tuesday September 20, 2011.", "2011-09-14") == {"Tuesday September 20, 2011": "2011-09-20"}


def test_a_day_range_in_a_month_is_their_interval() -> None:
    from timex_helpers import one
    t = one("The summit is set for June 17-18.", "2013-03-22", "June 17-18")
    assert t.value == "2013-06-17/2013-06-18" and t.granularity == "interval"
    assert one("Talks were held March 3–4, 2012.", None, "March 3–4, 2012").value == "2012-03-03/2012-03-04"


def test_a_date_never_spans_a_paragraph_break() -> None:
    # a dateline's day and month, then a paragraph opening with a year: two expressions
    text = "Monday, 3 June\n\n1987 was the year the club last won the league."
    assert values(text, AT) == {"Monday, 3 June": "2023-06-03", "1987": "1987"}
    # within one paragraph a line break still joins the parts
    assert one("The final was on Monday, 3 June\n2024 at the stadium.", AT, "Monday, 3 June\n2024").value == "2024-06-03"
