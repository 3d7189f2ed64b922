"""Bare months and year-less dates take their direction from the sentence."""

from __future__ import annotations

import pytest

from timex_helpers import one


@pytest.mark.parametrize(
    ("text", "at", "expect", "value", "tense"),
    [
        ("The three countries agreed to activate the mechanism in December.", "2023-11-13", "December", "2023-12", "future"),
        ("The program is scheduled to start in January.", "2023-11-13", "January", "2024-01", "future"),
        ("The exercise was held in May.", "2023-11-13", "May", "2023-05", "past"),
        ("The drill was held in December.", "2023-11-13", "December", "2022-12", "past"),
        ("They will meet again in March.", "2023-11-13", "March", "2024-03", "future"),
        ("On June 3, the ministers met in Singapore.", "2023-06-05", "June 3", "2023-06-03", "past"),
        ("A ceremony would still be held on April 24.", "1999-02-10", "April 24", "1999-04-24", "future"),
        ("The vote is set for Sept. 4.", "2023-08-20", "Sept. 4", "2023-09-04", "future"),
    ],
)
def test_direction_from_the_sentence(text: str, at: str, expect: str, value: str, tense: str) -> None:
    t = one(text, at, expect)
    assert t.value == value
    assert t.tense == tense


def test_the_same_month_as_the_anchor_is_this_year_whatever_the_tense() -> None:
    assert one("The talks were held in November.", "2023-11-13", "November").value == "2023-11"
    assert one("The talks will be held in November.", "2023-11-13", "November").value == "2023-11"


def test_tense_is_read_in_the_expressions_own_sentence() -> None:
    text = "The talks will resume soon. The drill was held in January."
    assert one(text, "2023-11-13", "January").value == "2023-01"


def test_a_past_cue_does_not_move_a_date_a_few_weeks_ahead_back_a_year() -> None:
    # "was extended" reads as past, but Dec. 7 three weeks after the anchor is this year's.
    t = one("The offer, which was extended, now expires Dec. 7.", "1989-11-20", "Dec. 7")
    assert t.value == "1989-12-07"


# The direction comes from the verb of the expression's own clause, not from a cue
# anywhere in the sentence.
@pytest.mark.parametrize(
    ("text", "at", "expect", "value"),
    [
        # a future cue in another clause ("was not scheduled") does not move April ahead
        ("Since the two clubs settled the fee at the league meeting in May and "
         "the board vote in April, a new bid was not scheduled.", "2023-06-05", "April", "2023-04"),
        ("Because the allies discussed the plan in April, no meeting is scheduled to take place.", "2023-06-05", "April", "2023-04"),
        # a past cue in an earlier clause does not pull the month of a future clause back
        ("After the talks collapsed, in March the two sides will meet again.", "2023-11-13", "March", "2024-03"),
        ("Although the first round was held in Tokyo, in January the talks will move to Seoul.", "2023-11-13", "January", "2024-01"),
        # "said Friday that he would ...": the day belongs to "said"
        ("Mr. Smith said Friday that he would seek a new provider.", "1999-02-06", "Friday", "1999-02-05"),
        ("Officials said on Tuesday that the ban will be lifted.", "1990-08-15", "Tuesday", "1990-08-14"),
        ('"We will concentrate on our own business," the chairman said Friday.', "1989-10-30", "Friday", "1989-10-27"),
        # and a future verb in its own clause still wins
        ("The company said it would open the plant in January.", "2023-11-13", "January", "2024-01"),
        ("The ministers, who met in Seoul last week, will meet again in February.", "2023-11-13", "February", "2024-02"),
    ],
)
def test_direction_from_the_expressions_own_clause(text: str, at: str, expect: str, value: str) -> None:
    assert one(text, at, expect).value == value


@pytest.mark.parametrize(
    ("text", "at", "expect", "value"),
    [
        # a reporting verb right after the day governs it
        ("President Bush on Tuesday said the United States may extend the blockade.", "1990-08-15", "Tuesday", "1990-08-14"),
        # a present passive is not past: "is heard in May" in a March article is this May
        ("He may go home when the case is heard in May.", "2000-03-29", "May", "2000-05"),
        # a short capitalised word before a full stop ends the sentence: the cue "will" of the
        # sentence before does not reach "Friday"
        ("Iraq hopes its neighbours will help it against the West. So Saddam on Friday tried to scare them.",
         "1990-08-13", "Friday", "1990-08-10"),
    ],
)
def test_reporting_verbs_passives_and_sentence_ends(text: str, at: str, expect: str, value: str) -> None:
    assert one(text, at, expect).value == value


def test_the_cheap_splitter_keeps_abbreviations_and_initials_inside_a_sentence() -> None:
    from claimcheck.timex.tense import split_sentences

    text = "On Jan. 5 Mr. Smith of Memphis, Tenn. (AP) left the U.S. Army. The West. So it ends."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "On Jan. 5 Mr. Smith of Memphis, Tenn. (AP) left the U.S. Army.", "The West.", "So it ends."]


def test_a_clock_time_followed_by_its_day_or_zone_does_not_end_a_sentence() -> None:
    from claimcheck.timex.tense import split_sentences

    text = "They have until 9 a.m. Tuesday to sign. He left at 5 p.m. EST Monday. It ended at 6 p.m. The next day was calm."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "They have until 9 a.m. Tuesday to sign.", "He left at 5 p.m. EST Monday.", "It ended at 6 p.m.",
        "The next day was calm."]
    assert one("The agency has given the relatives until 9 a.m. Tuesday to sign.", "2000-04-03",
               "9 a.m. Tuesday").value == "2000-04-04T09:00"


def test_a_possessive_weekday_names_an_event_already_held_unless_it_is_said_to_be_ahead() -> None:
    text = "The relatives said they would look for ways to get around Wednesday's ruling."
    assert one(text, "2000-01-07", "Wednesday").value == "2000-01-05"
    assert one("Ahead of Tuesday's scheduled vote, they will meet.", "2000-01-07", "Tuesday").value == "2000-01-11"


def test_a_phrase_of_what_came_first_does_not_take_the_future_of_its_sentence() -> None:
    # "following talks on Thursday" in a report published on Friday: the talks were yesterday
    assert one("The two clubs will play a friendly in May, following talks in Leeds on Thursday.",
               "2026-03-13", "Thursday").value == "2026-03-12"
    # ... while a day the future verb governs in its own clause stays ahead
    assert one("The two clubs will play a friendly on Thursday.", "2026-03-13", "Thursday").value == "2026-03-19"
