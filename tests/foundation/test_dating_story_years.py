"""The year of a story none of whose articles writes its own: a weekday fits a day one year in
five, six or eleven, so an article alone takes the first such year after its background years.
The articles of one story are of its time: the latest year one of them tells an event of as
past (less the years a story may span) rules out the earlier fits of the others
(``dating.story_floor``). Articles written for these tests."""

from __future__ import annotations

from claimcheck import timex
from claimcheck.dating import story_floor
from claimcheck.dating.facts import gather

from .helpers import date_corpus


def _facts(text: str):  # noqa: ANN202 - a test helper
    return gather(timex.tag(text, None), text)


# --- sport: May 16 was a Saturday in 2015, 2020 and 2026 --------------------------------------

FINAL = ("Rovers lift the cup\n\nGENOA, May 16 (Ligure Wire) - Rovers beat Olimpia 2-1 in the cup final on "
         "Saturday in front of 30,000 fans. The club was founded in 2012.\n")
FINAL_REPORT = ("Cup final report\n\nRovers won the cup final on Saturday. Their coach, who joined the club in "
                "2024 after five seasons abroad, praised the defence.\n")


def test_another_article_of_the_story_rules_out_the_earlier_years() -> None:
    got = date_corpus({"wire": FINAL, "report": FINAL_REPORT})
    assert got["wire"].published.value == "2026-05-16"
    assert (got["wire"].published.confidence or 0) < 0.7  # still the first of the years that fit: a guess


def test_a_year_only_planned_elsewhere_sets_no_floor() -> None:
    plan = FINAL_REPORT.replace("who joined the club in 2024 after five seasons abroad",
                                "who will leave the club in 2024")
    got = date_corpus({"wire": FINAL, "report": plan})
    assert got["wire"].published.value == "2015-05-16"


def test_the_floor_leaves_a_story_spread_over_two_years() -> None:
    assert story_floor([2012, 2024]) == 2022 and story_floor([]) is None


# --- courts: March 4 was a Tuesday in 2014, 2025 and 2031 -------------------------------------

VERDICT = ("Broker convicted\n\nVIENNA, March 4 (Danube Wire) - A Vienna court convicted a broker of fraud on "
           "Tuesday. The brokerage has been listed since 2010.\n")


def test_a_year_opening_its_sentence_in_the_past_bounds_the_story() -> None:
    assert _facts("In 2023, the regulator fined the brokerage for late filings.").past_year == 2023
    background = ("Brokerage under scrutiny\n\nThe Vienna brokerage whose broker a court convicted of fraud has "
                  "faced questions before. In 2023, the regulator fined it for late filings, and two directors "
                  "resigned.\n")
    got = date_corpus({"verdict": VERDICT, "background": background})
    assert got["verdict"].published.value == "2025-03-04"


def test_a_year_opening_a_sentence_about_the_future_bounds_nothing() -> None:
    for text in ("In 2023, the regulator will review the brokerage's licence.",
                 "In 2023, the regulator is expected to fine the brokerage.",
                 "In 2030, the target is a 40 percent share."):
        assert _facts(text).past_year is None, text
    ahead = ("Brokerage under scrutiny\n\nThe Vienna brokerage whose broker a court convicted of fraud faces more "
             "questions. In 2023, the regulator will review its licence.\n")
    got = date_corpus({"verdict": VERDICT, "ahead": ahead})
    assert got["verdict"].published.value == "2014-03-04"


def test_an_article_writing_its_own_year_keeps_it() -> None:
    own = VERDICT.replace("on Tuesday.", "on Tuesday, March 4, 2014.")
    background = ("Brokerage under scrutiny\n\nThe Vienna brokerage whose broker a court convicted of fraud has "
                  "faced questions before. In 2023, the regulator fined it for late filings.\n")
    got = date_corpus({"verdict": own, "background": background})
    assert got["verdict"].published.value == "2014-03-04"


# --- diplomacy: a year naming a thing in a plan is no plan before the text's past ----------------

def test_a_plan_before_the_past_is_dropped_alone() -> None:
    f = _facts("The previous session was held in Lima in 2023. Peru would push to widen the 2014 trade "
               "agreement. The next session will take place in Hanoi in 2027.")
    assert f.past_year == 2023
    assert f.planned_end is not None and f.planned_end.year == 2027  # the 2014 "plan" alone is dropped


def test_a_dated_source_keeps_the_corpus_without_floor() -> None:
    # a wire with its full dateline is dated for sure: its day, not a floor, places the story
    wire = ("Ministers meet\n\nHANOI, Oct 15, 2014 (Mekong Wire) - Trade ministers met on Wednesday. The "
            "commission first met in 2008.\n")
    later = ("Trade commission\n\nThe commission met in Hanoi on Wednesday. Its previous session was held in "
             "2013, and in 2024 the two countries signed a new accord.\n")
    got = date_corpus({"wire": wire, "later": later})
    assert got["wire"].published.value == "2014-10-15"


def test_an_article_of_another_story_sets_no_floor() -> None:
    # one corpus, two stories: a report on a shipyard sharing no words with the cup final
    other = ("Shipyard orders\n\nThe Gdansk shipyard, which delivered three ferries in 2024, said its order book "
             "was full until the spring of next year, according to managers at the yard.\n")
    got = date_corpus({"wire": FINAL, "yard": other})
    assert got["wire"].published.value == "2015-05-16"
