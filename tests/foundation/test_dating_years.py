"""Publication-date inference when a text writes only past years in its background: a year told
as past bounds the year from below, an elapsed count of years since a year adds up, and a
dateline's year is the one whose week ends on its day. Articles written for these tests."""

from __future__ import annotations

from claimcheck import timex
from claimcheck.dating.facts import gather

from .helpers import date_corpus, date_one


def _facts(text: str):  # noqa: ANN202 - a test helper
    return gather(timex.tag(text, None), text)


# --- a year told as past ---------------------------------------------------------------------

def test_a_year_told_as_past_bounds_the_year() -> None:
    f = _facts("The orchestra, founded in 1974, has been led by its conductor since 2019.")
    assert f.past_year == 2019
    f = _facts("The goalkeeper joined the club in 2021 and lost the 2023 final.")
    assert f.past_year == 2023


def test_a_planned_or_targeted_year_is_no_past_year() -> None:
    for text in ("The utility agreed to close its last coal plant in 2035.",
                 "The new terminal will open in 2030.",
                 "The ministry expected the line to be finished by 2029.",
                 "The port is planned in 2031 to double its capacity."):
        assert _facts(text).past_year is None, text


def test_the_bound_rules_out_earlier_years_whose_weekdays_fit() -> None:
    # November 3 was a Monday in 2014 and in 2025: the club changed hands in 2021
    text = ("Lima club sold\n\nLIMA, Nov 3 (Andes Wire) - The owners of Club Deportivo Rímac sold the club "
            "to a fund on Monday. The family had owned it since 2021 and bought the stadium in 2022.\n")
    value, conf, _ = date_one(text)
    assert value == "2025-11-03" and (conf or 0) < 0.7  # a guess among years: not confident


# --- an elapsed count of years since a year ----------------------------------------------------

def test_years_since_a_year_add_up() -> None:
    f = _facts("The fair marked twelve years since the first edition was held in 2011.")
    assert [(d.value, b.text) for d, b in f.durations] == [("P12Y", "2011")] and f.reach == 12
    # June 3 was a Friday in 2016 and 2022: ten years since 2012 picks 2022
    value, _, _ = date_one("Book fair opens\n\nThe book fair opened on Friday, June 3, ten years since the "
                           "first fair was held in 2012.\n")
    assert value == "2022-06-03"


def test_a_count_of_years_in_another_sentence_is_no_elapsed_time() -> None:
    f = _facts("The lawyer served ten years as a judge. Since 2012 she has run her own firm.")
    assert f.durations == []


# --- a dateline's year ------------------------------------------------------------------------

def test_a_dateline_takes_the_year_whose_week_ends_on_its_day() -> None:
    # April 16 was a Tuesday in 2024 and a Wednesday in 2025: "late on Tuesday" then "on
    # Wednesday" under that dateline is the Wednesday's
    text = ("Broker convicted\n\nVIENNA, April 16 (Danube Wire) - A Vienna court convicted a broker of fraud "
            "late on Tuesday, prosecutors said on Wednesday. The firm has been listed since 2019.\n")
    value, _, _ = date_one(text)
    assert value == "2025-04-16"


def test_a_dateline_on_the_weekday_named_stays_on_it() -> None:
    # April 16, 2024 was a Tuesday: only "on Tuesday" is named, the dateline's own day
    text = ("Broker convicted\n\nVIENNA, April 16 (Danube Wire) - A Vienna court convicted a broker of fraud "
            "on Tuesday. The firm has been listed since 2023.\n")
    value, _, _ = date_one(text)
    assert value == "2024-04-16"


# --- labelled fields of a page's head line ----------------------------------------------------

def test_a_field_labelled_as_the_publication_is_the_stamp() -> None:
    # the tagger does not read the dotted date: the field's label says it is the publication
    text = ("Port strike ends after nine days\n\nPosted 2031.05.04 09:12 | Date 2031-06-01 10:00\n\n"
            "Dock workers in Busan returned to work on Sunday after the union accepted a new offer.\n")
    value, conf, evidence = date_one(text)
    assert value == "2031-05-04" and (conf or 0) >= 0.9 and "Posted" in evidence


def test_a_relative_stamp_is_no_date() -> None:
    text = ("Port strike ends\n\nPublished 3 hours ago | Updated 1 hour ago\n\n"
            "Dock workers in Busan returned to work on Sunday after the union accepted a new offer.\n")
    value, _, _ = date_one(text)
    assert value is None


# --- a plan written with its year alone -------------------------------------------------------

def test_a_plan_by_year_alone_bounds_but_does_not_draw_the_month() -> None:
    f = _facts("The next congress is due in 2031. The vote is set for May 3, 2031.")
    assert f.planned_first is not None and f.planned_first.isoformat() == "2031-01-01"
    assert f.planned_near is not None and f.planned_near.isoformat() == "2031-05-03"
    docs = {"a": "Union elects leader\n\nOSLO, March 12, 2030 (Nordwire) - The transport union elected a new "
                 "leader at its congress on Tuesday.\n",
            "b": "What the union congress decided\n\nAnalysis\n\nThe transport union's congress, which closed in "
                 "Oslo on March 11, elected a new leader and kept its strike fund. The union was founded in "
                 "1998. The next congress is due in 2031.\n"}
    got = date_corpus(docs)
    assert got["b"].published.value is not None and got["b"].published.value.startswith("2030-03")
