"""Day-only forms ("on the 14th"), day pairs, and weekdays with their agreement check."""

from __future__ import annotations

import pytest

from timex_helpers import one, tags, values


def test_on_the_nth_is_a_day_of_the_anchor_month() -> None:
    t = one("The meeting was held on the 14th (local time) in Washington.", "2023-04-15", "the 14th")
    assert t.value == "2023-04-14" and t.anchor == "publication" and t.granularity == "day"


def test_on_the_nth_after_the_anchor_day_is_last_month_in_the_past() -> None:
    assert one("The drill ended on the 28th, officials said.", "2023-04-15", "the 28th").value == "2023-03-28"


def test_on_the_nth_after_the_anchor_day_is_this_month_in_the_future() -> None:
    assert one("The ministers will meet on the 28th.", "2023-04-15", "the 28th").value == "2023-04-28"


def test_two_days_of_this_month() -> None:
    t = one("Hearings were held on the 8th and 9th of this month.", "2023-04-15", "the 8th and 9th of this month")
    assert t.value == "2023-04-08/2023-04-09" and t.granularity == "interval"
    assert (t.start.isoformat(), t.end.isoformat()) == ("2023-04-08", "2023-04-09")


def test_weekday_in_the_past_is_the_latest_such_day() -> None:
    t = one("The ministers met in Seoul on Sunday.", "2023-11-13", "Sunday")
    assert t.value == "2023-11-12" and t.weekday == 6


def test_weekday_in_the_future_is_the_next_such_day() -> None:
    assert one("The ministers will meet on Friday.", "2023-11-13", "Friday").value == "2023-11-17"


def test_weekday_said_on_the_anchor_day_is_that_day() -> None:
    assert one("The CDC said Friday that cases fell.", "2013-03-22", "Friday").value == "2013-03-22"


def test_weekday_next_to_a_date_that_agrees() -> None:
    t = one("The system went live last Thursday, November 9.", "2023-11-13", "last Thursday, November 9")
    assert t.value == "2023-11-09" and t.weekday == 3 and t.weekday_ok is True


def test_weekday_next_to_a_date_that_disagrees_is_kept_not_fixed() -> None:
    t = one("The system went live last Thursday, November 9.", "2024-11-13", "last Thursday, November 9")
    assert t.value == "2024-11-09"  # the date is what was written
    assert t.weekday == 3 and t.weekday_ok is False


def test_weekday_with_written_year_is_checked() -> None:
    assert one("It opened on Saturday, June 3, 2023.", None, "Saturday, June 3, 2023").weekday_ok is True
    assert one("It opened on Friday, June 3, 2023.", None, "Friday, June 3, 2023").weekday_ok is False


def test_weekday_with_part_of_day() -> None:
    t = one("Police said Friday morning that two died.", "2013-03-22", "Friday morning")
    assert t.type == "TIME" and t.value == "2013-03-22TMO" and t.span == (12, 26)
    assert (t.start.isoformat(), t.end.isoformat()) == ("2013-03-22", "2013-03-22")


def test_weekday_in_a_month_anchor_is_an_interval() -> None:
    t = one("The ministers met on Sunday.", "2023-08", "Sunday")
    assert t.granularity == "interval" and t.value == "2023-07-30/2023-08-27"


def test_lower_case_weekday_words_are_not_tagged() -> None:
    assert values("The sunday papers and a wed couple.", "2023-11-13") == {}
    assert tags("Sun Microsystems rose.", "2023-11-13") == []


def test_in_the_morning_is_the_day_just_written() -> None:
    t = one("The vote was on March 3, 2021. In the morning, crowds gathered.", "2023-04-15", "the morning")
    assert t.type == "TIME" and t.value == "2021-03-03TMO" and t.anchor == "another"


def test_a_clock_time_without_a_day_takes_the_day_just_written() -> None:
    text = "The blast came on Friday. It occurred at about 10:35 a.m., police said."
    assert one(text, "1998-08-08", "10:35 a.m.").value == "1998-08-07T10:35"
    # nothing written before it: the publication day
    assert one("It occurred at 10:35 a.m.", "1998-08-08", "10:35 a.m.").value == "1998-08-08T10:35"


def test_a_clock_time_takes_the_last_day_written_with_a_part_of_it_or_before_a_week() -> None:
    text = "A tram left the rails in Graz on Monday morning. It tipped over shortly before 8am local time."
    assert one(text, "2025-10-15", "8am local time").value == "2025-10-13T08:00"
    text = ("Police said last evening that the suspect was held. Last week a paper reported the charges. "
            "He was detained shortly after 6pm local time.")
    assert one(text, "2022-12-13", "6pm local time").value == "2022-12-12T18:00"
    # no day written at all: the publication day, as before
    assert one("Last week a paper reported it. He was detained at 6pm.", "2022-12-13", "6pm").value == "2022-12-13T18:00"


def test_an_hour_in_the_morning_or_at_night() -> None:
    assert one("He will leave at 4 in the morning.", "2000-04-05", "4 in the morning").value == "2000-04-05T04:00"
    assert one("They met at 9 at night.", "2000-04-05", "9 at night").value == "2000-04-05T21:00"


def test_a_past_cue_does_not_move_a_holiday_days_ahead_back_a_year() -> None:
    # Easter 2000 is April 23: six days after the anchor, so this year's even in a past sentence
    assert one("Crowds came to see him for Easter.", "2000-04-17", "Easter").value == "2000-04-23"
    assert one("Crowds came to see him at Christmas.", "2000-04-17", "Christmas").value == "1999-12-25"


@pytest.mark.parametrize(
    ("text", "at", "expect", "value"),
    [
        ("By mid afternoon, officials were saying the attack had ended.", "1998-03-06", "mid afternoon", "1998-03-06TAF"),
        ("Traders sold heavily mid-afternoon yesterday.", "1989-11-02", "mid-afternoon yesterday", "1989-11-01TAF"),
        ("He was arrested on Feb. 22. He appeared in court the next morning.", "2000-02-24", "the next morning", "2000-02-23TMO"),
    ],
)
def test_parts_of_day_with_a_modifier_or_relative_to_the_day_written(text: str, at: str, expect: str, value: str) -> None:
    assert one(text, at, expect).value == value


def test_a_holiday_without_a_tense_is_the_nearest() -> None:
    assert one("Christmas Eve. Christmas Day.", "2013-03-22", "Christmas Eve").value == "2012-12-24"
    assert one("Plans for Thanksgiving.", "2013-10-22", "Thanksgiving").value == "2013-11-28"


def test_a_clock_time_written_with_a_dot_or_in_local_time() -> None:
    assert one("The ferry sank at 5.25 a.m. on Saturday.", "2015-04-13", "5.25 a.m. on Saturday").value \
        == "2015-04-11T05:25"
    assert one("The train derailed at 17.57 local time.", "2015-04-13", "17.57 local time").value == "2015-04-13T17:57"
    # the day after the zone still belongs to the time
    assert one("Crews logged 40 calls by 6 p.m. local time on Thursday.", "2015-04-18",
               "6 p.m. local time on Thursday").value == "2015-04-16T18:00"
    # ... and after a 24-hour time with its zone too
    assert one("The bridge gave way at 17.57 local time on Tuesday.", "2015-04-16",
               "17.57 local time on Tuesday").value == "2015-04-14T17:57"
    assert one("The vote closed at 21:30 GMT on March 3, 2014.", "2015-04-16",
               "21:30 GMT on March 3, 2014").value == "2014-03-03T21:30"
    # a decimal is no time of day without a.m./p.m. or a zone
    assert tags("Shares rose 17.57 percent and fell 5.25 points.", "2015-04-13") == []
