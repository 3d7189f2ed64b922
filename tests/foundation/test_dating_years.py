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
    assert f.past_year == 2021  # a year premodifying a noun may be ahead: "qualified for the 2026 World Cup"


def test_a_relative_clause_tells_its_own_time() -> None:
    f = _facts("The merger will add 900 stores to the grocer, which bought a rival chain in 2029.")
    assert f.past_year == 2029


def test_a_planned_or_targeted_year_is_no_past_year() -> None:
    for text in ("The utility agreed to close its last coal plant in 2035.",
                 "The next congress will be held in Oslo in 2031.",
                 "The striker scored twice as Wales qualified for the 2034 World Cup.",
                 "The grocer, which will be listed in 2031, expects growth.",
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


# --- the days the pages show, for the corpus ---------------------------------------------------

def test_fields_of_a_masthead_line_are_read_by_their_labels() -> None:
    from claimcheck import clean, segment
    from claimcheck.dating import page
    from claimcheck.models import Source

    def kinds(head: str) -> list[tuple[str, str]]:
        s = Source(id="a", path="a", text=f"Port official jailed\n\n{head}\n\nA court jailed a port official.\n")
        pages = clean.mark_boilerplate(s)
        segment.segment(s)
        found = page.clues(s.text, timex.tag(s.text, None, s.sentences, s.excluded), pages)
        return [(c.kind, str(c.day)) for c in found if c.day is not None]

    assert kinds("Baltic Courier | Courts | 13 May 2032") == [("header", "2032-05-13")]
    assert kinds("Date 2032-05-14 | Courts | Poland") == [("chrome", "2032-05-14")]
    assert ("byline", "2032-05-13") in kinds("Posted 2032.05.13 09:12 | Updated 2032-05-15 10:00")
    assert kinds("Baltic Courier | Courts | 03/04/2032") == []  # March 4 or April 3: no day


def test_two_pages_showing_a_date_give_the_corpus_its_year() -> None:
    # the wire tells only that the arrest was in 2027 (May 12 is a Tuesday in 2037, a Wednesday
    # in 2027 and 2032): two other reports' pages show May 2032
    wire = ("Port official jailed\n\nGDANSK, May 12 (Baltic Wire) - A court in Gdansk jailed a port official for "
            "six years on Tuesday for taking bribes from shipping agents. He was arrested in 2027.\n")
    alone, _, _ = date_one(wire)
    assert alone != "2032-05-12"
    got = date_corpus({
        "a": wire,
        "b": "Jailed port official to appeal\n\nBaltic Courier | Courts | 13 May 2032\n\nThe port official jailed "
             "in Gdansk for taking bribes from shipping agents will appeal, his lawyer said.\n",
        "c": "Bribery verdict in Gdansk\n\nDate 2032-05-14 | Courts | Poland\n\nThe court that jailed the Gdansk "
             "port official for bribes from shipping agents said the verdict could be appealed.\n"})
    assert got["a"].published.value == "2032-05-12" and (got["a"].published.confidence or 0) < 0.7


def test_a_clock_time_with_its_day_and_year_is_written_in_full() -> None:
    full = timex.tag("16:10 JST, January 2, 2031", None)
    assert full and full[0].year_explicit and full[0].start is not None and full[0].start.year == 2031
    yearless = timex.tag("16:10 JST, January 2", None)
    assert yearless and not yearless[0].year_explicit


# --- a month whose year is only the first the text allows ---------------------------------------

def test_a_month_whose_year_nothing_pins_says_so() -> None:
    value, conf, evidence = date_one("Quarry floods\n\nThe quarry flooded in October, trapping four workers for a "
                                     "day. It last flooded in 2011.\n")
    assert value is not None and value.startswith("2011-") and conf == 0.4 and "only the first" in evidence
    value, conf, _ = date_one("Quarry floods\n\nThe quarry flooded in October, trapping four workers for a day. "
                              "Its owner bought it in March 2011.\n")
    assert value is not None and value.startswith("2011-") and conf == 0.6


# --- "N years after YYYY" and a cadence -----------------------------------------------------------

def test_years_after_a_year_in_the_past_bound_the_year() -> None:
    f = _facts("The regatta was not held for three years after 2027, when its sponsor left.")
    assert f.past_year == 2030
    assert _facts("The regatta will resume three years after 2027.").past_year is None


def test_a_cadence_since_a_year_is_no_elapsed_time() -> None:
    f = _facts("The regatta has been held every one or two years since 2014.")
    assert f.durations == []
