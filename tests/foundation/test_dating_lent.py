"""Publication dates lent across a corpus without metadata: a dateline's year nearest the
corpus, a day named without its year that a similar article dates, an event placed from
publication ("next week's summit") that a similar article dates. Articles written for these tests."""

from __future__ import annotations

from datetime import date

from claimcheck import timex
from claimcheck.dating import _resolved_days
from claimcheck.dating.facts import gather
from claimcheck.models import Published, Source

from .helpers import date_corpus

# the corpus's one sure date, far from every day the other articles could have
LATER = ("Harbour tunnel opens\n\nBy Ann Lee | October 2, 2033 9:00 AM\n\nThe harbour tunnel under the bay opened "
         "to traffic after six years of digging, the city said.\n")


# --- a dateline without its year --------------------------------------------------------------

FERRY_STRIKE = ("Ferry crews walk out\n\nLISBON, March 9 (Agency) -- Ferry crews on the Tagus walked out on Saturday "
                "over pay, the union said, leaving commuters stranded.\n")


def test_a_dateline_takes_the_year_nearest_the_corpus_among_years_its_weekdays_fit() -> None:
    # March 9 falls on a Saturday in 2030 and on the Sunday after one in 2031 and 2036; the
    # corpus's one sure day (October 2029) is nearest 2030
    later = LATER.replace("2033", "2029")
    got = date_corpus({"later": later, "strike": FERRY_STRIKE})["strike"].published
    assert got.value == "2030-03-09" and "dateline" in (got.evidence or "")


def test_a_dateline_alone_waits_for_the_corpus() -> None:
    got = date_corpus({"strike": FERRY_STRIKE})["strike"].published
    assert "dateline" not in (got.evidence or "")


# --- a day named without its year, dated by a similar article ---------------------------------

# published weeks after the sinking: the day it writes, not its own, tells the inquiry's year
SINKING = ("Wreck of Halden ferry raised\n\nDivers raised the wreck on February 3, 2031 of the ferry Nordlys, which "
           "sank off Halden on December 21, 2030; all forty passengers and crew were rescued by fishing boats.\n")
INQUIRY = ("Inquiry into Halden ferry sinking\n\nThe coastguard said the ferry Nordlys sank off Halden on Dec. 21 "
           "and that all forty passengers and crew were rescued by fishing boats; divers reached the wreck "
           "on Dec. 23.\n")


def test_a_day_named_without_its_year_takes_the_year_a_similar_article_gives_it() -> None:
    got = date_corpus({"later": LATER, "sinking": SINKING, "inquiry": INQUIRY})
    assert (got["inquiry"].published.value or "").startswith("2030-12")


def test_the_same_day_in_another_story_lends_no_year() -> None:
    other = ("Choir wins national prize\n\nThe youth choir of Bergen won the national singing prize on December 21, "
             "2030, the jury announced after the final concert.\n")
    got = date_corpus({"later": LATER, "choir": other, "inquiry": INQUIRY})
    assert not (got["inquiry"].published.value or "").startswith("2030-12")


def test_a_dated_article_resolves_its_own_year_less_days_to_lend() -> None:
    text = ("Ferry crew charged\n\nPolice charged the ferry's captain on Wednesday, a week after the ferry sank "
            "on December 12. Divers return next month.\n")
    s = Source(id="charge", path="charge", text=text,
               published=Published(value="2030-12-20", start=date(2030, 12, 20), end=date(2030, 12, 20),
                                   basis="inferred", confidence=0.5))
    days = {d for d, *_ in _resolved_days(s, gather(timex.tag(text, None), text), text)}
    assert days == {date(2030, 12, 12), date(2030, 12, 18)}  # December 12; the Wednesday before the 20th
    s.published = s.published.model_copy(update={"confidence": 0.3})  # a guess lends nothing
    assert _resolved_days(s, gather(timex.tag(text, None), text), text) == ()


# --- an event placed from publication ---------------------------------------------------------

SUMMIT = ("Leaders meet in Halden\n\nLeaders of the northern states opened their summit in Halden on June 12, 2031, "
          "with trade and fisheries on the agenda.\n")
AGENDA = ("Ministers set summit agenda\n\nMinisters agreed the agenda for next week's summit in Halden, officials "
          "said, with trade and fisheries at the top.\n")


def test_next_weeks_event_a_similar_article_dates_puts_publication_the_week_before() -> None:
    got = date_corpus({"later": LATER, "summit": SUMMIT, "agenda": AGENDA})["agenda"].published
    # the summit opened on Thursday June 12, 2031: published in the week of June 2-8
    assert got.start is not None and date(2031, 6, 2) <= got.start <= date(2031, 6, 8)
    assert "next week" in (got.evidence or "") and (got.confidence or 0) < 0.5


def test_an_event_elsewhere_places_nothing() -> None:
    elsewhere = SUMMIT.replace("in Halden", "in Tromso")
    got = date_corpus({"later": LATER, "summit": elsewhere, "agenda": AGENDA})["agenda"].published
    assert "next week" not in (got.evidence or "")


# --- of the most alike articles, the one of this article's phase ------------------------------

def test_of_the_most_alike_days_the_one_soonest_after_the_months_named_is_taken() -> None:
    from claimcheck.dating.facts import MonthFit
    from claimcheck.dating.infer import _Fits, _most_recent

    # a text naming "since August" fits November (gap 4) better than March (gap 12)
    fits = _Fits({(2031, 11): MonthFit(0, 4), (2032, 3): MonthFit(0, 12)})
    lent = ((date(2032, 3, 25), date(2031, 11, 6)), "sentence, verdict")
    assert _most_recent(lent, set(), fits) == (date(2031, 11, 6), "verdict")
    # no month named: nothing to prefer by
    assert _most_recent(lent, set(), _Fits({(2031, 11): MonthFit(), (2032, 3): MonthFit()})) is None


def test_events_placed_from_publication_are_kept_with_their_unit() -> None:
    text = ("The vote is due tomorrow. Ministers met three days ago. The summit is next week. "
            "Prices rose last month. Crowds gathered at the weekend. The season opens in a week.")
    got = {(u, n) for u, n, *_ in gather(timex.tag(text, None), text).relative_spans}
    assert got == {("D", 1), ("D", -3), ("W", 1), ("M", -1)}  # not "the weekend", not "in a week"


def test_a_future_cue_in_the_headline_does_not_reach_the_body() -> None:
    text = "Club will sign new striker\n\nThe club said on Monday that talks with the striker were going well.\n"
    assert gather(timex.tag(text, None), text).weekdays == {0}
    planned = "Club news\n\nThe club will sign the striker on Monday, its chairman said.\n"
    assert gather(timex.tag(planned, None), planned).weekdays == set()


def test_last_month_places_nothing() -> None:
    # "last month" is background as often as news: a similar article's day does not place it
    report = ("Ministers review summit\n\nMinisters reviewed last month's summit in Halden, where trade and fisheries "
              "led the agenda, officials said.\n")
    got = date_corpus({"later": LATER, "summit": SUMMIT, "report": report})["report"].published
    assert "last month" not in (got.evidence or "")
