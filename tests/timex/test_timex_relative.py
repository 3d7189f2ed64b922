"""Relative expressions, windows and deadlines, seasons, resolved against a day anchor."""

from __future__ import annotations

from datetime import date

import pytest

from timex_helpers import one, tags, values


@pytest.mark.parametrize(
    ("text", "at", "expect", "value"),
    [
        ("The ministers met last November.", "2023-08-20", "last November", "2022-11"),
        ("Prices rose last month.", "2023-04-15", "last month", "2023-03"),
        ("The summit will be held next year.", "2023-04-15", "next year", "2024"),
        ("Exports fell this week.", "2023-11-13", "this week", "2023-W46"),
        ("He arrived yesterday.", "2023-04-15", "yesterday", "2023-04-14"),
        ("Shelling continued last night.", "2023-04-15", "last night", "2023-04-14TNI"),
        ("The talks ended two days ago.", "2023-04-15", "two days ago", "2023-04-13"),
        ("The plant closed a year ago.", "2023-04-15", "a year ago", "2022"),
        ("Trade grew last year.", "2023-04-15", "last year", "2022"),
        ("The drill is planned for early next year.", "2023-04-15", "early next year", "2024"),
        ("Officials are now reviewing it.", "2023-04-15", "now", "PRESENT_REF"),
    ],
)
def test_relative(text: str, at: str, expect: str, value: str) -> None:
    t = one(text, at, expect)
    assert t.value == value
    assert t.anchor == "publication"


def test_early_modifier_narrows_the_interval() -> None:
    t = one("It will be ready in early 2024.", "2023-08-01", "early 2024")
    assert t.value == "2024" and t.mod == "START"
    assert t.start.isoformat() == "2024-01-01" and t.end.isoformat() < "2024-06-01"


def test_earlier_this_month_ends_at_the_anchor() -> None:
    t = one("The leaders met earlier this month.", "2023-08-20", "earlier this month")
    assert t.value == "2023-08" and t.end.isoformat() == "2023-08-20"


def test_a_day_earlier_counts_from_the_date_just_mentioned() -> None:
    text = "The summit opened on March 3, 2021. A day earlier, ministers met."
    t = one(text, "2023-04-15", "A day earlier")
    assert t.value == "2021-03-02" and t.anchor == "another"


def test_the_previous_year_counts_from_the_year_just_mentioned() -> None:
    t = one("Sales peaked in 2019. The previous year they fell.", "2023-04-15", "The previous year")
    assert t.value == "2018" and t.anchor == "another"


class TestWindows:
    def test_within_this_year_runs_from_the_publication_day(self) -> None:
        t = one("The link will go live within this year.", "2023-06-05", "within this year")
        assert t.value == "2023-06-05/2023-12-31" and t.granularity == "interval"
        assert (t.start.isoformat(), t.end.isoformat()) == ("2023-06-05", "2023-12-31")

    def test_by_the_end_of_the_year(self) -> None:
        t = one("It will be ready by the end of the year.", "2023-06-05", "by the end of the year")
        assert t.value == "2023-06-05/2023-12-31"

    def test_before_the_end_of_a_written_year(self) -> None:
        t = one("It will be ready before the end of 2024.", "2023-06-05", "before the end of 2024")
        assert t.value == "2023-06-05/2024-12-31"

    def test_later_this_year(self) -> None:
        t = one("Talks will resume later this year.", "2023-06-05", "later this year")
        assert t.value == "2023-06-05/2023-12-31" and t.granularity == "interval"

    def test_within_the_next_few_months(self) -> None:
        t = one("A deal is expected within the next few months.", "2023-06-05", "within the next few months")
        assert t.value == "2023-06-05/PXM" and t.start.isoformat() == "2023-06-05" and t.end is None

    def test_within_the_next_two_weeks(self) -> None:
        assert one("A deal is due within the next two weeks.", "2023-06-05", "within the next two weeks").value \
            == "2023-06-05/2023-06-19"

    def test_soon(self) -> None:
        t = one("The mechanism will be activated soon.", "2023-06-05", "soon")
        assert t.value == "FUTURE_REF" and t.start.isoformat() == "2023-06-05"


class TestSeasons:
    def test_this_summer(self) -> None:
        t = one("For the first time this summer, the drill was held.", "2024-06-03", "this summer")
        assert t.value == "2024-SU" and t.granularity == "season"
        assert (t.start.isoformat(), t.end.isoformat()) == ("2024-06-01", "2024-08-31")

    def test_last_winter_spans_the_new_year(self) -> None:
        t = one("Heating costs soared last winter.", "2023-06-05", "last winter")
        assert t.value == "2022-WI" and t.end.isoformat() == "2023-02-28"

    def test_season_with_year(self) -> None:
        # "the" belongs to the expression when a year follows (TimeML: "the winter of 1994")
        assert one("The plan dates from the autumn of 2019.", None, "the autumn of 2019").value == "2019-FA"
        assert one("It opened in the spring of last year.", "2013-03-15", "the spring of last year").value == "2012-SP"
        assert one("It opened in the spring.", "2013-06-15", "spring").value == "2013-SP"

    def test_vague_units_ago_and_later(self) -> None:
        assert one("The talks collapsed weeks ago.", "2013-03-15", "weeks ago").value == "PAST_REF"
        assert one("Minutes later the police came.", "2013-03-15", "Minutes later").value == "PTXM"

    def test_spring_as_a_verb_or_noun_is_not_tagged(self) -> None:
        assert values("Springs spring up from the rocks.", "2023-06-05") == {}


def test_first_half_profit_is_this_years_half() -> None:
    assert one("First-half profit rose 5%.", "2013-08-02", "First-half").value == "2013-H1"
    assert one("Second-half sales fell.", "2013-03-22", "Second-half").value == "2012-H2"


def test_the_first_half_of_a_written_year() -> None:
    assert one("Sales fell in the first half of 2012.", None, "the first half of 2012").value == "2012-H1"


def test_derived_dates_do_not_become_references() -> None:
    text = ("Profit rose in the third quarter. A year earlier it fell. "
            "The latest quarter was strong; a year earlier it was weak.")
    found = [(t.text, t.value) for t in __import__("timex_helpers").tags(text, "1989-10-20")]
    assert found == [("the third quarter", "1989-Q3"), ("A year earlier", "1988-Q3"),
                     ("The latest quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]


def test_a_forecast_quarter_is_not_the_reported_one() -> None:
    text = ("Profit fell in the third quarter. The charge will hit fourth-quarter results. "
            "Profit was higher a year ago. Losses may last through the second quarter of 1990. "
            "In the year-ago period the company earned more.")
    v = values(text, "1989-11-02")
    assert v["a year ago"] == "1988-Q3"  # not the forecast fourth quarter
    assert v["the year-ago period"] == "1988-Q3"  # not a year before 1990-Q2


def test_a_reported_quarter_may_be_named_in_a_future_clause_once_it_has_ended() -> None:
    v = values("It expects to report a third-quarter loss. A year earlier it earned $2 million.", "1989-11-02")
    assert v["A year earlier"] == "1988-Q3"


def test_within_a_few_months_is_a_window_too() -> None:
    t = one("A decision is expected within a few months.", "2023-06-05", "within a few months")
    assert t.value == "2023-06-05/PXM" and t.granularity == "interval"


@pytest.mark.parametrize(
    ("text", "at", "expect", "value"),
    [
        ("The deal should close by year-end.", "1989-10-30", "by year-end", "1989-10-30/1989-12-31"),
        ("Capital rules must be in place by year's end.", "1989-10-26", "by year's end", "1989-10-26/1989-12-31"),
        ("The index is up 12% since year-end.", "1989-10-30", "year-end", "1988-12-31"),
        ("The transaction is expected to close around year end.", "1989-10-30", "year end", "1989"),
        ("Earnings will be lower for the fiscal year.", "1989-10-30", "the fiscal year", "1989"),
        ("Marchers parade each July through the town.", "1998-03-22", "each July", "XXXX-07"),
        ("Profits will suffer in the near term.", "1989-10-30", "the near term", "FUTURE_REF"),
        ("There were sell programs in past years, too.", "1989-10-30", "past years", "PAST_REF"),
    ],
)
def test_year_end_fiscal_year_and_vague_terms(text: str, at: str, expect: str, value: str) -> None:
    assert one(text, at, expect).value == value


def test_a_year_end_bonus_is_not_a_one_year_duration() -> None:
    assert [(t.text, t.type) for t in tags("He got a year-end bonus.", "1989-10-30")] == [("year-end", "DATE")]


def test_the_day_after_an_event_counts_from_the_date_written_last() -> None:
    text = "Slepian was shot on Oct. 23. Two men came to his house the day after his death."
    assert one(text, "1998-11-21", "the day").value == "1998-10-24"
    # with no date written before it, nothing is guessed
    assert tags("Two men came to his house the day after his death.", "1998-11-21") == []


def test_the_nth_day_is_the_publication_day_only_in_the_present() -> None:
    assert one("It's the second day of the offensive.", "1998-03-06", "the second day").value == "1998-03-06"
    assert one("Today is the eighth day of the operation.", "1990-08-15", "the eighth day").value == "1990-08-15"
    t = one("He vowed to do so on his first day in office.", "1998-10-26", "first day")
    assert t.value == "XXXX-XX-XX" and t.anchor == "unresolved"
    # "day-long" is a length, not the third day
    assert [(t.text, t.value) for t in tags("The talks went into a third straight day-long session.", "1998-10-26")] == [
        ("day-long", "P1D")]


def test_the_latest_fiscal_year_is_the_last_one_closed() -> None:
    assert one("It had sales of $6 billion in the latest fiscal year.", "1989-10-26", "the latest fiscal year").value == "1988"
    assert one("Sales rose from the low levels of the early summer.", "1989-10-26", "early summer").value == "1989-SU"


def test_a_year_earlier_adjective_is_not_a_duration() -> None:
    v = values("It lost $5 million in the third quarter, compared with a year-earlier loss of $6 million.", "1989-10-26")
    assert "a year" not in v and v["year-earlier"] == "1988-Q3"


@pytest.mark.parametrize(
    ("text", "expect", "value"),
    [
        ("Net sales for this year's third quarter rose 5%.", "this year's third quarter", "1989-Q3"),
        ("The merger could be effective in next year's first quarter.", "next year's first quarter", "1990-Q1"),
        ("Profit rose in the third quarter. U.K. sales for last year's quarter were weak.", "last year's quarter", "1988-Q3"),
        ("Profit rose in the third quarter from $3 million for the corresponding period last year.",
         "the corresponding period last year", "1988-Q3"),
        ("It lost money in the third quarter. For the quarter a year ago, it earned $16 million.",
         "the quarter a year ago", "1988-Q3"),
        ("Profit rose in the third quarter. It earned $376,000 in the 1988 quarter.", "the 1988 quarter", "1988-Q3"),
        ("Profit rose in the third quarter. In the 1988 period, it earned less.", "the 1988 period", "1988-Q3"),
        ("In the first nine months, net was $306 million, against a loss in the 1988 period.", "the 1988 period", "1988"),
    ],
)
def test_reporting_periods_named_by_their_year(text: str, expect: str, value: str) -> None:
    assert one(text, "1989-11-01", expect).value == value


def test_the_reported_quarter_is_the_latest_that_has_ended() -> None:
    text = ("Kimberly-Clark posted a gain in third-quarter net income. After a flat second quarter, the gain came "
            "from consumer products. Charges were taken in the year-earlier period. The impact on fourth-quarter "
            "results is not known. Profit was higher than a year ago.")
    v = values(text, "1989-11-01")
    assert v["the year-earlier period"] == "1988-Q3" and v["a year ago"] == "1988-Q3"


def test_the_week_of_a_date_is_that_calendar_week() -> None:
    t = one("The case may be resolved in a court hearing the week of March 6.", "2000-02-24", "the week of March 6")
    assert t.value == "2000-W10" and t.granularity == "week"


def test_the_previous_weekday_counts_from_the_day_just_written() -> None:
    text = "Stocks fell on Friday, Oct. 27. The index was down 4.5% from the previous Friday."
    assert one(text, "1989-10-30", "the previous Friday").value == "1989-10-20"
    text = "The vote was on Tuesday, March 3. The results came the following Monday."
    assert one(text, "2020-03-20", "the following Monday").value == "2020-03-09"


def test_that_day_after_a_month_is_an_unknown_day_in_it() -> None:
    text = "Dr. Slepian was killed last October. That same day, police received a warning."
    t = one(text, "1999-02-06", "That same day")
    assert t.value == "1998-10-XX" and t.start == date(1998, 10, 1) and t.end == date(1998, 10, 31)
    text = "The talks began on Oct. 3, 1998. That same day, police received a warning."
    assert [x for x in tags(text, "1999-02-06") if "day" in x.text][0].value == "1998-10-03"


def test_the_same_period_last_year_after_a_length_is_last_year() -> None:
    text = "Profit rose in the third quarter. In the first nine months, net rose 10% from the same period last year."
    assert one(text, "1989-11-01", "the same period last year").value == "1988"


def test_a_finer_step_from_a_coarse_date_is_not_invented() -> None:
    v = values("Sales fell in the fourth quarter. The following week the chief quit.", "2013-03-22")
    assert v["The following week"] == "2012-WXX"


def test_a_year_later_counts_from_the_year_written_not_the_reported_quarter() -> None:
    v = values("Profit rose in the third quarter. In 2010, it lost money; a year later it earned $5 million.", "2013-03-22")
    assert v["a year later"] == "2011"


def test_last_season_is_the_one_before_a_season_under_way() -> None:
    assert values("Last spring's floods hit the town.", "2013-04-10")["Last spring"] == "2012-SP"
    assert values("Last spring's floods hit the town.", "2013-10-22")["Last spring"] == "2013-SP"
    assert values("Last winter was mild.", "2013-03-22")["Last winter"] == "2012-WI"


def test_the_quarter_ended_a_date_is_named_by_its_middle_month() -> None:
    text = "In the quarter ended July 31, Jayark had an average of 5.6 million shares. A year earlier it had fewer."
    v = values(text, "1989-10-30")
    assert v["the quarter"] == "1989-Q2" and v["A year earlier"] == "1988-Q2"
    # a fiscal quarter already named keeps its name
    text = "Sun reported a fiscal first-quarter loss. Sales for the quarter ended Sept. 29 rose."
    assert values(text, "1989-10-26")["the quarter"] == "1989-Q1"
