"""Publication-date inference: bounds and plans, anniversaries of written dates, the window of
planned events, event days lent for "yesterday", occurrence classes and the tf-idf neighbour.
Articles written for these tests."""

from __future__ import annotations

from claimcheck import timex
from claimcheck.dating import neighbours
from claimcheck.dating.facts import gather
from claimcheck.models import Source

from .helpers import date_corpus, date_one


def _facts(text: str):  # noqa: ANN202 - a test helper
    return gather(timex.tag(text, None), text)


# --- bounds and plans ------------------------------------------------------------------------

def test_a_bound_ahead_is_no_past_event() -> None:
    f = _facts("The board agreed to keep the coach in post until June 2027. He joined the club in March 2023.")
    assert f.past_explicit_max is not None and f.past_explicit_max.year == 2023 and 2027 not in f.told_years


def test_a_bound_in_a_past_clause_is_a_past_event() -> None:
    f = _facts("The singer lived in Lyon until August 2021, when she moved to Oslo.")
    assert f.past_explicit_max is not None and (f.past_explicit_max.year, f.past_explicit_max.month) == (2021, 8)


def test_a_deadline_and_a_day_set_for_are_planned() -> None:
    f = _facts("The regulator has until May 2, 2025, to respond. The hearing has been set for June 9, 2025.")
    assert f.past_explicit_max is None and [t.start.isoformat() for t in f.planned_days if t.start] == ["2025-06-09"]
    assert f.planned_first is not None and f.planned_first.isoformat() == "2025-06-09"
    # the deadline is no plan (it draws no year, measures no recency) but ends the window: the
    # text was written while the regulator still had until May 2
    assert f.planned_end is not None and f.planned_end.isoformat() == "2025-05-02"


def test_a_year_told_by_would_does_not_widen_the_candidate_years() -> None:
    value, _, _ = date_one("Fraudster jailed\n\nThe fraudster, convicted in October 2021, was jailed in March; "
                        "with time off he would be released in 2047.\n")
    assert value is not None and value.startswith("2022-")  # not the 2040s


def test_a_headline_infinitive_is_the_future() -> None:
    f = _facts("Mayor to open the new bridge on June 5\n\nThe mayor will cut the ribbon.\n")
    assert [y.tense for y in f.yearless] == ["future"]


def test_a_headline_in_the_past_is_no_plan() -> None:
    f = _facts("Mayor opened the new bridge on June 5\n\nCrowds watched.\n")
    assert [y.tense for y in f.yearless] != ["future"]


# --- an anniversary of a written date ---------------------------------------------------------

def test_an_nth_anniversary_of_a_written_day_is_the_day_the_text_names() -> None:
    # May 13, 2023 was a Saturday: the 50th anniversary of May 13, 1973
    value, conf, evidence = date_one("Harbour town celebrates\n\nOn Saturday the town marked the 50th anniversary "
                                  "of the opening of its harbour on May 13, 1973. Crowds lined the quay.\n")
    assert value == "2023-05-13" and "anniversary" in evidence and (conf or 0) >= 0.6


def test_a_written_day_without_an_anniversary_stays_old() -> None:
    value, _, _ = date_one("Harbour town celebrates\n\nOn Saturday the town remembered the opening of its harbour "
                        "on May 13, 1973. Crowds lined the quay.\n")
    assert value != "2023-05-13"


# --- the window of planned events ------------------------------------------------------------

def test_a_planned_day_bounds_the_month_and_draws_it_near() -> None:
    # "in November" alone fits every November; the sentencing planned for March 3, 2025 picks
    # 2024 (told after November: December)
    value, _, _ = date_one("Jury convicts developer\n\nA jury convicted the developer in November of bribing two "
                        "planning officers. Sentencing is set for March 3, 2025.\n")
    assert value == "2024-12"


def test_a_month_named_alone_is_told_the_month_after_and_a_day_in_its_month() -> None:
    alone, _, _ = date_one("Rates held\n\nThe central bank of Lorvia raised rates in June 2021, and it held them "
                        "in August.\n")
    day, _, _ = date_one("Rates held\n\nThe central bank of Lorvia raised rates in June 2021, and it held them "
                      "on August 5.\n")
    within, _, _ = date_one("Rates held\n\nThe central bank of Lorvia raised rates in June 2021, and it held them "
                         "earlier in August.\n")
    assert (alone, within) == ("2021-09", "2021-08") and day is not None and day.startswith("2021-08")


def test_a_planned_day_rules_out_the_months_after_it() -> None:
    f = _facts("Sentencing is set for March 3, 2025.")
    from claimcheck.dating.facts import evaluate, month_span

    assert evaluate(f, month_span(2025, 4)).violations == 1 and evaluate(f, month_span(2025, 2)).violations == 0


# --- event days lent across the corpus --------------------------------------------------------

ARREST = ("Poacher caught in reserve\n\nRangers said the poacher was arrested on March 11, 2025, near the "
          "Okavango camp with four tusks, and handed to police in Maun.\n")


def test_yesterday_takes_the_day_after_a_similar_article_dates_the_event() -> None:
    got = date_corpus({"arrest": ARREST,
                   "report": "Poacher held in Maun\n\nRangers detained a poacher near the Okavango camp "
                             "yesterday with four tusks, and police in Maun are questioning him.\n"})
    assert got["report"].published.value == "2025-03-12" and "arrest" in (got["report"].published.evidence or "")


def test_yesterday_about_another_event_takes_no_lent_day() -> None:
    got = date_corpus({"arrest": ARREST,
                   "report": "Ivory ban debated\n\nLawmakers in Maun debated the ivory ban yesterday and voted "
                             "to review the hunting quotas.\n"})
    assert "writes for an event" not in (got["report"].published.evidence or "")


def test_occurrences_of_one_trial_are_not_one_event() -> None:
    text = ("The builder was convicted on Thursday at his trial. His sentencing hearing at the trial court is "
            "set for May 3, 2024. He was sentenced on Friday at the trial court.")
    words = {k: neighbours.sentence_words(text, text.index(k), text.index(k) + len(k))
             for k in ("Thursday", "May 3", "Friday")}
    assert not neighbours.same_event(words["Thursday"], words["May 3"])  # a verdict is not the sentencing
    assert neighbours.same_event(words["Friday"], words["May 3"])


def test_the_neighbour_is_the_article_of_the_same_phase() -> None:
    # every article names the club and its chairman; the phase's own words pick the neighbour
    got = date_corpus({
        "takeover": "Rovers bid lodged\n\nBy Ann Lee | May 2, 2022 9:00 AM\n\nA consortium lodged a bid for "
                    "Halden Rovers, chairman Piet Vos said, offering shareholders cash for every share; the "
                    "bid values the club at twelve million and shareholders will vote on the offer.\n",
        "stadium": "Rovers stadium plan\n\nBy Ann Lee | September 5, 2022 9:00 AM\n\nHalden Rovers chairman "
                   "Piet Vos unveiled plans for a new stadium with a retractable roof, floodlights and a "
                   "training pitch; the council must approve the stadium plans and the roof.\n",
        "vote": "Shareholders back Rovers bid\n\nShareholders of Halden Rovers voted to accept the consortium "
                "bid on Tuesday, chairman Piet Vos said; the offer of cash for every share passed easily.\n",
    })
    assert got["vote"].published.value is not None and got["vote"].published.value.startswith("2022-05")


def test_a_planned_year_puts_a_dateline_before_it() -> None:
    # September 12, 2025 was a Friday; both years written are plans, so the dateline's year is before them
    value, _, _ = date_one("Rail ministers back tunnel\n\nVIENNA, Sept 12 - Transport ministers agreed on Thursday to "
                        "dig a rail tunnel under the Alps. The tunnel is expected to open in 2033.\n\nThe next "
                        "meeting will be held in Graz in 2026, the hosts said.\n")
    assert value == "2025-09-12"


def test_a_comparison_with_a_past_year_is_no_plan() -> None:
    f = _facts("On these projections the win would match the party's victory of 1987, and the rival would have its "
               "best result since 2001.")
    assert f.planned_end is None


# --- the latest day named in the month chosen; captions ------------------------------------

def test_the_latest_day_named_in_the_chosen_month_is_the_day() -> None:
    # "since May 2024" and "on March 12" (no weekday named): March 12, 2025, at low confidence
    value, conf, evidence = date_one("Harbour pilot convicted\n\nThe harbour pilot, suspended since May 2024, was "
                                  "convicted of negligence on March 12 by a jury in Bergen.\n")
    assert value == "2025-03-12" and "one day it names" in evidence and (conf or 1) <= 0.5


def test_a_weekday_named_keeps_the_latest_day_from_being_the_news() -> None:
    _, _, evidence = date_one("Harbour pilot convicted\n\nThe harbour pilot, suspended since May 2024, was "
                           "charged on March 12 and convicted on Friday by a jury in Bergen.\n")
    assert "one day it names" not in evidence


def test_a_date_in_a_picture_caption_is_no_evidence() -> None:
    f = _facts("Dockers strike\n\n[Image: Cranes at the port, photographed on February 3. (Wire)]\n\n"
               "Dockers walked out on Monday.\n")
    assert f.yearless == [] and f.weekdays == {0}
    g = _facts("Dockers strike\n\nCranes at the port stood still on February 3.\n\nDockers walked out on Monday.\n")
    assert [y.month for y in g.yearless] == [2]


def test_a_story_told_over_several_days_keeps_its_month() -> None:
    value, _, _ = date_one("Harbour pilot convicted\n\nThe harbour pilot, suspended since May 2024, was "
                        "charged on March 5 and convicted of negligence on March 12 by a jury in Bergen.\n")
    assert value == "2025-03"


def test_earlier_this_month_keeps_the_month() -> None:
    value, _, _ = date_one("Harbour pilot convicted\n\nThe harbour pilot, suspended since May 2024, was convicted "
                        "of negligence earlier this month; the jury in Bergen gave its verdict on March 12.\n")
    assert value == "2025-03"


def test_a_lender_dated_near_its_day_lends_it_however_far_the_corpus_dates() -> None:
    # the corpus's only sure date is two years later; the arrest report is dated by its own day
    got = date_corpus({
        "later": "Poaching trial ends\n\nBy Ann Lee | June 10, 2027 9:00 AM\n\nThe poacher caught near the Okavango "
                 "camp was jailed for six years by a court in Maun.\n",
        "arrest": ARREST,
        "report": "Poacher held in Maun\n\nRangers detained a poacher near the Okavango camp yesterday with four "
                  "tusks, and police in Maun are questioning him.\n",
    })
    assert got["report"].published.value == "2025-03-12"


def test_of_the_most_alike_days_the_one_on_a_weekday_named_is_taken() -> None:
    from datetime import date

    from claimcheck.dating.infer import _pick

    lent = ((date(2024, 5, 6), date(2024, 5, 8)), "first, second")  # a Monday, a Wednesday
    assert _pick(lent, {2}) == (date(2024, 5, 8), "second")
    assert _pick(lent, {4}) == (date(2024, 5, 6), "first")  # none on a Friday: the most alike


def test_only_near_equals_of_the_most_alike_are_offered() -> None:
    docs = {"q": "Dockers strike at the port of Halden over pay and cranes, unions say the strike goes on.",
            "a": "Dockers strike at the port of Halden over pay and cranes; the union says the strike goes on.",
            "b": "Cranes at the port of Halden were repaired; pay talks with dockers went on.",
            "c": "The orchestra opened its season with a symphony by a young composer.",
            "d": "Farmers harvested early as the summer heat dried the wheat fields."}
    sources = [Source(id=k, path=k, text=v) for k, v in docs.items()]
    anchors = {"a": ("A",), "b": ("B",)}
    assert neighbours.nearest(sources, ["q"], anchors, min_shared=1, most=2, close=0.9)["q"] == (("A",), "a")
    assert neighbours.nearest(sources, ["q"], anchors, min_shared=1, most=2)["q"][1] == "a, b"


# --- a month without its year, told as past by its clause ------------------------------------

def test_a_month_in_a_past_clause_is_past() -> None:
    # the tagger leaves "this year" without a tense; the clause's verb tells it
    f = _facts("The festival, which opened in early June this year, drew 40,000 visitors.")
    assert [(y.month, y.tense) for y in f.yearless] == [(6, "past")]
    f = _facts("The court heard that the firm was fined in March last year.")
    assert [(y.month, y.tense) for y in f.yearless] == [(3, "past")]


def test_a_month_in_a_clause_ahead_is_not_past() -> None:
    for text in ("The festival will open in early June this year.",
                 "The minister plans to visit the port in June this year.",
                 "Tickets go on sale in June this year."):
        assert all(y.tense != "past" for y in _facts(text).yearless), text


def test_a_month_told_as_past_rules_out_the_months_before_it() -> None:
    # an election preview: the party "won the mayoralty in early July this year"; any month
    # before July is ruled out, so a month fits only from July on
    f = _facts("The party, which won the mayoralty in early July this year, will contest the seat again.")
    from claimcheck.dating.facts import evaluate, month_span
    assert evaluate(f, month_span(2031, 3)).violations == 1
    assert evaluate(f, month_span(2031, 8)).violations == 0


# --- a follow-up: "Two weeks after ..." ------------------------------------------------------

def test_an_elapsed_opener_in_the_present_is_a_follow_up() -> None:
    f = _facts("Why the brewer paid up\n\nAnalysis\n\nTwo weeks after agreeing to buy a rival, the brewer faces "
               "questions from investors.\n")
    assert [d for d, *_ in f.elapsed] == [14]
    f = _facts("Ten days after the landslide: lessons for the valley\n\nRoads were closed.\n")
    assert [d for d, *_ in f.elapsed] == [10]


def test_an_elapsed_time_in_a_past_narrative_is_no_follow_up() -> None:
    for text in ("Two weeks after he joined the club, he was injured in training.\n",
                 "The judge spoke for an hour.\n\nThe jury deliberated for two days.\n"):
        assert _facts(text).elapsed == [], text


def test_a_follow_up_is_dated_that_long_after_the_day_it_names() -> None:
    value, confidence, evidence = date_one(
        "Why the brewer paid up\n\nAnalysis\n\nTwo weeks after agreeing on October 6, 2031 to buy a rival, "
        "the brewer faces questions from investors.\n")
    assert value == "2031-10-20" and confidence is not None and confidence < 0.45 and "a follow-up" in evidence


def test_a_follow_up_takes_the_year_of_the_corpus_and_this_weeks_weekday() -> None:
    # the analysis names the talks' day without its year: the corpus gives the year; three
    # weeks on is a Tuesday, and "on Friday" would then be four days old: this week's Friday
    found = date_corpus({
        "wire": "PORT LOUIS, May 6, 2031 (Agency) - Fisheries ministers opened talks on Tuesday in Port Louis.\n",
        "analysis": "Talks that changed little\n\nThree weeks on, the fisheries talks held on May 6 look modest. "
                    "Officials met again on Friday.\n",
    })
    got = found["analysis"].published
    assert got.value == "2031-05-30" and "a follow-up" in (got.evidence or "")


def test_many_months_fit_the_one_nearest_the_corpus_is_a_month_guess() -> None:
    preview = ("Minister to hand over her post on October 1\n\nOn October 1, the fisheries minister will pass her "
               "post to her successor. The successor won the party vote in early July this year, when members met "
               "in Bergen.\n")
    found = date_corpus({
        # a sure day of the corpus, in an article on other events (nothing to borrow from it), before
        # the July the preview tells as past: neither that day nor June fits it, July does
        "wire": "OSLO, June 30, 2031 (Agency) - Norway's central bank held its main interest rate on Monday.\n",
        "preview": preview,
    })
    got = found["preview"].published
    assert got.value == "2031-07" and (got.confidence or 0) <= 0.2 and "a guess from the rest of the corpus" in (got.evidence or "")
    # alone, nothing in it pins a year: unknown, never today's
    assert date_corpus({"preview": preview})["preview"].published.value is None


# --- an analysis's own late day is lent to no report -----------------------------------------

def test_a_head_that_looks_back() -> None:
    from claimcheck.dating.page import looks_back
    assert looks_back("Why the dam failed\n\nRiver Review | Analysis | 30 May 2031\n\nThe breach ...")
    assert looks_back("Lessons of the flood\n\nA month after the river burst its banks, farmers are still ...")
    assert looks_back("Why the brewer paid up\n\nOpinion\n\nThe price was high.")
    assert not looks_back("Dam bursts in the valley\n\nRiver Post | News | 3 May 2031\n\nA dam burst on Monday ...")
    assert not looks_back("Flood kills two\n\nTwo people died when the river burst its banks on Monday.")


def test_a_report_does_not_borrow_the_day_of_an_analysis_dated_by_its_page() -> None:
    report = ("Dam bursts above Valdoro\n\nThe Valdoro dam burst on Monday, flooding three villages. Engineers "
              "from the Valdoro water board said on Tuesday the spillway had failed.\n")
    wire = ("VALDORO, May 5, 2031 (Agency) - The Valdoro dam burst on Monday, flooding three villages below it. "
            "Engineers from the Valdoro water board said the spillway had failed.\n")
    analysis = ("Why the Valdoro dam failed\n\nAnalysis\n\nBy Ana Ruiz | June 2, 2031 | 6 min read\n\nFour weeks after the Valdoro "
                "dam burst, flooding three villages, engineers from the Valdoro water board say the spillway "
                "had failed for years. The water board said on Tuesday it would rebuild it.\n")
    got = date_corpus({"report": report, "wire": wire, "analysis": analysis})["report"].published
    assert got.value is not None and got.value.startswith("2031-05"), got  # the news days, not the analysis's June
    # with the analysis the only article like it, the report does not borrow its day (at most
    # the corpus's common day, a guess of lower confidence that says so)
    alone = date_corpus({"report": report, "analysis": analysis})["report"].published
    assert "most like it (analysis)" not in (alone.evidence or ""), alone
