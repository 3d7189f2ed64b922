"""Each source of publication-date evidence, on small pages and articles written for these tests."""

from __future__ import annotations

from pathlib import Path

from claimcheck import corpus, dating, pipeline, timex

from .helpers import date_corpus, date_one, page_source


def test_a_byline_time_stamp_dates_the_page() -> None:
    value, conf, evidence = date_one("Ferry fares rise again\n\nBy Jane Roe | March 3, 2021 2:54 PM | 3 min read\n\n"
                                  "Ferry operators raised fares on Wednesday, the second rise this year.\n")
    assert (value, conf) == ("2021-03-03", 0.9) and "time stamp" in evidence


def test_a_date_in_a_body_sentence_is_not_a_stamp() -> None:
    value, _, evidence = date_one("Ferry fares rise again\n\nOperators said fares set on March 3, 2021 would hold "
                               "until the end of the season, and the council agreed.\n")
    assert "time stamp" not in evidence and "dateline" not in evidence
    assert value == "2021-03-03"  # the latest date written with its year, at low confidence


def test_a_dateline_with_its_year() -> None:
    value, conf, evidence = date_one("Farmers block roads\n\nLYON (Agrinews - 3rd May, 2021) Farmers blocked roads "
                                  "around the city on Monday in protest at fuel prices.\n")
    assert (value, conf) == ("2021-05-03", 0.9) and "dateline" in evidence


def test_a_dateline_without_its_year_takes_one_the_weekdays_allow() -> None:
    value, _, evidence = date_one("Cup final ends level\n\nMADRID, May 16 (Sportwire) -- The cup final ended in a "
                               "draw on Sunday. The club last lifted the trophy in 2019.\n")
    assert value == "2021-05-16" and "dateline" in evidence  # May 16 was a Sunday in 2021


def test_a_dateline_may_name_the_place_and_its_region() -> None:
    value, _, evidence = date_one("Surgeon jailed\n\nDENVER, Colo., May 16 (Courtwire) - A surgeon was jailed on "
                               "Sunday for billing fraud. He was charged in 2019.\n")
    assert value == "2021-05-16" and "dateline" in evidence  # May 16 was a Sunday in 2021
    # a sentence naming two capitalised words before a date is no dateline
    value, _, evidence = date_one("Surgeon jailed\n\nAcme Corp, Denver, May 16 was the day a surgeon was jailed. "
                               "He was charged in 2019.\n")
    assert "dateline" not in evidence


def test_a_dateline_without_its_year_waits_for_the_corpus() -> None:
    other, pages_o = page_source("Port strike ends\n\nBy Ann Lee | August 10, 2022 9:00 AM\n\nDockers went back to "
                             "work on Wednesday.\n", "o")
    s, pages = page_source("Port reopens\n\nROTTERDAM, Aug. 12 (Portwire) -- The port reopened to ships.\n", "s")
    dating.date_sources([other, s], {}, timex.tag, {"o": pages_o, "s": pages})
    assert other.published.value == "2022-08-10"
    assert s.published.value == "2022-08-12" and "corpus" in (s.published.evidence or "")


def test_a_scraped_chrome_date_loses_against_the_text() -> None:
    value, conf, evidence = date_one("Former mayor convicted\n\nDate 2024-01-08 | Share | Print\n\n"
                                  "A jury convicted the former mayor on Thursday, March 23, 2023, after two days of "
                                  "deliberation.\n")
    assert value == "2023-03-23" and (conf or 0) >= 0.7 and "2024-01-08" not in evidence


def test_a_scraped_chrome_date_alone_is_weak_and_says_so() -> None:
    value, conf, evidence = date_one("Former mayor convicted\n\nDate 2024-01-08 | Share | Print\n\n"
                                  "A jury convicted the former mayor, who led the city from 2011.\n")
    assert value == "2024-01-08" and (conf or 1) <= 0.2 and "not the publication date" in evidence


def test_a_fetch_label_marks_a_page_field_even_beside_a_reading_time() -> None:
    # "Scraped:", "Last checked:", "Accessed:" date the copy, not the article; a "| 4 min read"
    # beside them does not make the line a byline
    for label in ("Scraped:", "Last checked:", "Accessed on", "Retrieved:"):
        value, conf, evidence = date_one(f"Harbour cranes idle\n\nHome > Blog > Ports   |   {label} 2019-11-19   |   "
                                         "4 min read\n\nDockers walked out over pay, the union said.\n")
        assert (conf or 1) <= 0.2 and "not the publication date" in evidence, label
    value, conf, evidence = date_one("Harbour cranes idle\n\nHome > Blog > Ports      Last checked: 2019-11-19      "
                                     "4 min read\n\nDockers walked out on Tuesday, March 3, 2020, the union said.\n")
    assert value == "2020-03-03" and "2019-11-19" not in evidence


def test_a_masthead_line_of_outlet_section_and_date_dates_the_page() -> None:
    text = ("Why the orchestra's tour was cut short\n\nThe Concert Review | Analysis | 30 March 2031\n\n"
            "Three weeks on, the cancelled dates still hurt. The tour began on March 2 and was to run until "
            "2032, when the hall reopens.\n")
    value, conf, evidence = date_one(text)
    assert (value, conf) == ("2031-03-30", 0.8) and "masthead" in evidence
    # a labelled field is no masthead: "Date" prints the page's capture, not the issue
    value, conf, _ = date_one(text.replace("The Concert Review | Analysis | 30 March 2031",
                                           "Date 2031-03-30 | Analysis | Print"))
    assert conf is None or conf < 0.8


def test_a_dateline_with_the_agency_in_slashes() -> None:
    value, _, evidence = date_one("Bridge closed\n\nKaunas, 21 May /Balt-Wire/ - The old bridge was closed "
                                  "at 3:40 a.m. on Thursday after cracks appeared. It opened in 2014.\n")
    # the dateline's day, in the first year after 2014 whose May 21 was a Thursday or a Friday
    assert value == "2015-05-21" and "dateline" in evidence


def test_an_update_stamp_is_weak_evidence() -> None:
    value, conf, evidence = date_one("Shares slide\n\nUpdated: Nov 22, 2023\n\nShares in the chipmaker slid on "
                                  "Friday after its chief executive left.\n")
    assert value == "2023-11-22" and (conf or 1) <= 0.2 and "update" in evidence


def test_weekday_with_a_date_pins_the_year() -> None:
    # March 31 was a Friday in 2017, the first such year after the 2015 the text writes
    value, _, _ = date_one("League title decided\n\nOn Friday, March 31, the league confirmed the champions. "
                        "The club was founded in 2015.\n")
    assert value == "2017-03-31"


def test_a_weekday_and_a_dated_event_pin_the_week() -> None:
    # October 9, 2022 was a Sunday; "on Wednesday" then falls three days later
    value, conf, evidence = date_one("Aid crosses the border\n\nThe ceasefire signed on October 9, 2022 took effect "
                                  "on Sunday. Aid convoys crossed the border on Wednesday.\n")
    assert value == "2022-10-12" and "weekday" in evidence and conf is not None and conf < 0.7


def test_yesterday_after_the_latest_dated_event() -> None:
    value, _, _ = date_one("Summit closes\n\nLeaders signed the declaration on July 11, 2023. Delegates left "
                        "yesterday.\n")
    assert value == "2023-07-12"


def test_a_future_date_with_its_year_is_not_the_news() -> None:
    value, _, _ = date_one("Hearing set\n\nThe court said the appeal will be heard on June 9, 2031. "
                        "The charges were filed on 12 May 2023.\n")
    assert value == "2023-05-12"


def test_month_named_events_date_the_month() -> None:
    value, _, evidence = date_one("Storm season\n\nThe storm made landfall on June 3, days after a smaller one "
                               "struck on May 30. The last comparable storm was in 2020.\n")
    assert value == "2020-06" and "month" in evidence


def test_days_named_by_number_alone_date_the_report_in_its_month() -> None:
    # agency style: "On the 15th, X said" counts the days of the month the report is written in
    text = ("Rivers agree flood pact\n\nOn the 15th, the river commission said the two provinces had agreed, at a "
            "meeting held on the 14th, to share flood warnings. The talks began on March 2, after the 2020 flood.\n")
    value, _, evidence = date_one(text)
    assert value is not None and value.endswith("-03-15") and "number alone" in evidence
    # without such days the same text is dated to the one day it names
    value, _, _ = date_one(text.replace("On the 15th, the", "The").replace(" held on the 14th", " held recently"))
    assert value is not None and value.endswith("-03-02")


def test_a_clock_time_with_its_weekday_names_the_weekday() -> None:
    # "at 3:40 a.m. on Thursday" names a Thursday as plainly as "on Thursday" does
    value, _, _ = date_one("Bridge closed\n\nKaunas, 21 May (Balt-Wire) - The old bridge was closed at 3:40 a.m. "
                           "on Thursday after cracks appeared. It opened in 2014.\n")
    assert value == "2015-05-21"


def test_a_report_counting_days_by_number_takes_its_day_near_the_story_s_dated_days() -> None:
    # the agency report ("On the 15th ... held on the 14th") has no month of its own; the wire
    # is dated by its dateline once the corpus gives its year, and an analysis weeks later by
    # its masthead: the report's day is the 15th of the wire's month, not the analysis's day
    docs = {
        "agency": "River pact agreed\n\nOn the 15th, the river commission said the two provinces had agreed, at a "
                  "meeting held on the 14th, to share flood warnings.\n",
        "wire": "Provinces sign river pact\n\nLINZ, Oct 14 (Riverwire) -- The two provinces signed a pact on Tuesday to share "
                "flood warnings at a meeting of the river commission.\n",
        "analysis": "What the river pact means\n\nRiver Policy Review | Analysis | 5 November 2031\n\nThree weeks "
                    "on, the pact the two provinces signed to share flood warnings looks modest.\n",
    }
    got = date_corpus(docs)
    assert got["wire"].published.value == "2031-10-14"
    assert got["agency"].published.value == "2031-10-15" and "number alone" in (got["agency"].published.evidence or "")


def test_a_plan_agreed_for_a_dated_month_is_no_past_event() -> None:
    # "agreed to hold drills in October 2031" looks ahead: the report can be dated before it
    value, _, evidence = date_one("Navies plan drills\n\nMANILA, March 17 (Seawire) -- The two navies agreed to hold "
                                  "joint drills in October 2027, officials said on Tuesday. They last trained "
                                  "together in 2024.\n")
    # the first year after 2024 whose March 17 is a Tuesday; read as past, October 2027 would
    # have pushed the report past it
    assert value == "2026-03-17" and "dateline" in evidence


def test_a_month_guess_takes_the_corpus_year_over_the_first_year_the_text_allows() -> None:
    # one article names only a past month and an old year: among the months that fit, the
    # story's year (the other articles') wins over the first year after the year it writes
    docs = {"a": "Dam report out\n\nBy Ann Lee | June 15, 2031 9:00 AM\n\nThe inquiry into the dam published "
                 "its report on Monday.\n",
            "b": "Dam burst\n\nA dam burst late on Wednesday after heavy rain. Officials said it had been "
                 "inspected in March. A similar dam failed in 2024.\n"}
    got = date_corpus(docs)
    assert got["b"].published.value is not None and got["b"].published.value.startswith("2031-")


def test_an_article_without_dates_takes_the_corpus_day_at_low_confidence() -> None:
    a, pa = page_source("Stadium reopens\n\nBy Tom Hill | August 12, 2022 10:00 AM\n\nThe stadium reopened.\n", "a")
    b, pb = page_source("Stadium crowds\n\nBy Una Park | August 12, 2022 8:00 PM\n\nCrowds returned.\n", "b")
    c, pc = page_source("Fans queue\n\nFans queued overnight on Friday for the reopening.\n", "c")
    dating.date_sources([a, b, c], {}, timex.tag, {"a": pa, "b": pb, "c": pc})
    assert c.published.value == "2022-08-12" and (c.published.confidence or 1) <= 0.3
    assert "corpus" in (c.published.evidence or "")


def test_no_dated_source_anywhere_stays_unknown() -> None:
    c, pc = page_source("Fans queue\n\nFans queued overnight on Friday for the reopening.\n", "c")
    dating.date_sources([c], {}, timex.tag, {"c": pc})
    assert c.published.basis == "unknown" and c.published.value is None


HTML = """<html><head><title>Harbour bridge reopens</title>{meta}</head><body><article>
<h1>Harbour bridge reopens</h1>
<p>The harbour bridge reopened to traffic on Thursday after eleven weeks of repairs, the city council said.
Engineers replaced two expansion joints and resurfaced the deck.</p>
<p>Commuters had faced detours of up to forty minutes while the work went on, and ferry operators added
extra sailings during the closure.</p>
<p>Updated with the council's final cost figures for the repairs, which came in under budget.</p>
</article></body></html>"""


def test_html_original_date_wins_over_its_update(tmp_path: Path) -> None:
    meta = ('<meta property="article:published_time" content="2021-03-04T08:00:00+00:00">'
            '<meta property="article:modified_time" content="2021-06-20T10:00:00+00:00">')
    (tmp_path / "bridge.html").write_text(HTML.format(meta=meta), encoding="utf-8")
    sources, _ = pipeline.load_sources(tmp_path, tmp_path / "claims")
    assert (sources[0].published.value, sources[0].published.basis) == ("2021-03-04", "file")


def test_html_json_ld_date_published(tmp_path: Path) -> None:
    meta = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"datePublished": "2020-11-02T09:00:00Z", "dateModified": "2020-12-01T09:00:00Z"}</script>')
    (tmp_path / "bridge.html").write_text(HTML.format(meta=meta), encoding="utf-8")
    sources, _ = corpus.load(tmp_path)
    assert sources[0].meta_published == "2020-11-02"


def test_inference_in_workers_gives_the_same_dates(tmp_path: Path) -> None:
    docs = {
        "a": "Port strike ends\n\nBy Ann Lee | August 10, 2022 9:00 AM\n\nDockers went back to work on Wednesday.\n",
        "b": "Port reopens\n\nROTTERDAM, Aug. 12 (Portwire) -- The port reopened to ships on Friday.\n",
        "c": "Queues at the port\n\nLorries queued for hours on Friday.\n",
    }
    for name, text in docs.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    one = pipeline.analyse(tmp_path, tmp_path / "claims", workers=1)
    two = pipeline.analyse(tmp_path, tmp_path / "claims", workers=2)
    dates = [{s.id: (s.published.value, s.published.confidence) for s in a.sources} for a in (one, two)]
    assert dates[0] == dates[1] and dates[0]["b"][0] == "2022-08-12"
    assert {k: [t.value for t in v] for k, v in one.timexes.items()} == \
        {k: [t.value for t in v] for k, v in two.timexes.items()}


def test_an_article_without_a_day_borrows_the_day_of_the_article_most_like_it() -> None:
    flood, pf = page_source("River bursts its banks\n\nBy Kim Ode | April 8, 2022 7:00 AM\n\nThe Lune burst its banks at "
                        "Caton overnight, flooding the Crook o'Lune picnic site and the Halton weir footpath; "
                        "sandbags ran out at Hornby.\n", "flood")
    budget, pb = page_source("Council sets budget\n\nBy Ray Urn | March 1, 2022 6:00 PM\n\nThe council approved its "
                         "budget, raising parking charges and closing two libraries.\n", "budget")
    later, pl = page_source("Clean-up after the flood\n\nVolunteers cleared silt from the Crook o'Lune picnic site on "
                        "Saturday after the Lune flooded Caton, and the Halton weir footpath reopened; Hornby "
                        "asked for more sandbags.\n", "later")
    dating.date_sources([flood, budget, later], {}, timex.tag, {"flood": pf, "budget": pb, "later": pl})
    # April 8, 2022 was a Friday: the Saturday it names is the next day
    assert later.published.value == "2022-04-09" and (later.published.confidence or 1) <= 0.3
    assert "flood" in (later.published.evidence or "")


def test_an_anniversary_piece_is_dated_that_long_after_the_event() -> None:
    value, conf, evidence = date_one("Two years after the dam burst\n\nTwo years after the dam above Velden gave way, "
                                  "farmers are still waiting for compensation.\nThe dam burst on October 4, 2021, "
                                  "flooding six villages. An engineer was charged in March; his trial opens in "
                                  "June.\n")
    assert value == "2023-10-04" and "anniversary" in evidence and (conf or 1) < 0.7


def test_a_past_narrative_with_years_after_is_no_anniversary() -> None:
    _, _, evidence = date_one("Striker retires\n\nTwo years after she joined the club on August 1, 2015, the striker "
                           "was sold to a rival. She retired at the end of the season.\n")
    assert "anniversary" not in evidence


INQUIRY = ("Bridge inquiry opens\n\nAn inquiry into the collapse of the Kessel footbridge opened, months after "
           "the span fell into the Arno canal. The footbridge collapsed on June 14, 2022, injuring eleven "
           "walkers. Engineers from Marlow Structures were questioned in January.\n")


def test_a_weekday_takes_the_day_a_similar_article_writes_for_the_event() -> None:
    # June 14, 2022 was a Tuesday: the report naming Tuesday and Wednesday is of the 15th
    got = date_corpus({"inquiry": INQUIRY,
                   "report": "Footbridge falls into canal\n\nThe Kessel footbridge collapsed into the Arno canal "
                             "late on Tuesday, injuring eleven walkers, and Marlow Structures said on Wednesday "
                             "it would cooperate with the inquiry.\n"})
    assert got["report"].published.value == "2022-06-15"
    assert "inquiry" in (got["report"].published.evidence or "") and (got["report"].published.confidence or 1) < 0.7


def test_an_unrelated_article_borrows_no_event_day() -> None:
    got = date_corpus({"inquiry": INQUIRY,
                   "match": "Rovers win the derby\n\nRovers beat United 2-1 on Tuesday with a late header from "
                            "their captain, and the manager praised the crowd on Wednesday.\n"})
    assert "writes for an event" not in (got["match"].published.evidence or "")


def test_a_weekday_about_another_event_takes_no_lent_day() -> None:
    # same story, but the Tuesday here is a share-price fall, not the collapse the inquiry dates
    got = date_corpus({"inquiry": INQUIRY,
                   "shares": "Builder's shares slide\n\nShares in Marlow Structures fell sharply on Tuesday as "
                             "investors weighed the cost of the Kessel footbridge inquiry and the Arno canal "
                             "repairs.\n"})
    assert "writes for an event" not in (got["shares"].published.evidence or "")


def test_sentences_of_one_event_share_its_words_or_its_event_noun() -> None:
    from claimcheck.dating import neighbours

    text = "A blaze tore through the depot on Friday. Shares fell.\nThe fire started on May 2, 2021."
    friday = text.index("Friday")
    fire = neighbours.sentence_words(text, text.index("May 2"), text.index("May 2") + 11)
    assert neighbours.same_event(neighbours.sentence_words(text, friday, friday + 6), fire)  # blaze ~ fire
    shares = text.index("Shares")
    assert not neighbours.same_event(neighbours.sentence_words(text, shares, shares + 6), fire)


def test_a_day_planned_in_one_article_pins_another_reporting_it_by_weekday() -> None:
    # October 6, 2022 was a Thursday; the preview plans the sentencing, the report tells it
    got = date_corpus({"preview": "Fraud verdict for ex-banker\n\nJurors found the former banker Ivo Brandt guilty of "
                              "fraud at Halden crown court on September 2, 2022. His sentencing is set for October 6, "
                              "2022, and he remains on bail.\n",
                   "report": "Ex-banker jailed\n\nThe former banker Ivo Brandt was jailed for nine years at his "
                             "sentencing at Halden crown court on Thursday for fraud.\n"})
    assert got["report"].published.value == "2022-10-06" and "preview" in (got["report"].published.evidence or "")


def test_a_span_from_a_year_is_no_elapsed_time() -> None:
    from claimcheck.dating.facts import gather

    # "for 12 years from 1971" ended long ago; "seven years since 2016" runs until publication
    ended = "The coach, who ran the club for 12 years from 1971, retired."
    running = "The club has been without a title for seven years since 2016."
    assert [len(gather(timex.tag(t, None), t).durations) for t in (ended, running)] == [0, 1]
    _, _, evidence = date_one("Coach retires\n\nThe coach, who ran the club for 12 years from 1971, retired on "
                           "Tuesday after a 5-2 defeat on October 14, 2022.\n")
    assert "no month fits" not in evidence


def test_the_end_of_a_term_ahead_is_no_year_the_text_tells() -> None:
    # "a contract until 2028" is a term to come: 2028 is no year the page reports, so it
    # does not set the latest year written (which pushed Nov 17, a Monday, to 2031)
    from claimcheck.dating.facts import gather

    for term in ("signed a contract until 2028", "was given a ban until 2028", "agreed a lease until 2028"):
        text = f"Club news\n\nHe joined the club in 2019 and {term}.\n"
        f = gather(timex.tag(text, None), text)
        assert f.told_years == {2019} and f.latest_written == 2019, term
    text = "Club news\n\nHe joined the club in 2019 and lived in the town until 2021.\n"  # a past state
    assert gather(timex.tag(text, None), text).latest_written == 2021
