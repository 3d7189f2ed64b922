"""A month named alone is told a month or more after it ("since the merger collapsed in
December"): of the most recent months the text allows and the month after them, the one a
similar article of the story was published in is the article's month (``infer._lent_month``);
the day stays open unless the text's own dates pin it. Articles written for these tests."""

from __future__ import annotations

from .helpers import date_corpus

# business: Feb 9, 2031 was a Sunday
WIRE = ("Fjordline removes chief executive\n\nOSLO, Feb 9, 2031 (Nordwire) - The board of ferry operator "
        "Fjordline removed chief executive Halvard Berge at a meeting on Sunday, after the collapse of its "
        "merger with Baltic Crossings, the company said.\n")
FOLLOW = ("Fjordline board ousts Berge\n\nFjordline's board removed chief executive Halvard Berge at a meeting "
          "on Sunday. The ferry operator's shares have lost a third of their value since its merger with Baltic "
          "Crossings collapsed in December, and the board named its finance director interim chief.\n")


def test_the_month_after_a_month_named_alone_is_the_story_reports() -> None:
    got = date_corpus({"wire": WIRE, "follow": FOLLOW})
    assert got["wire"].published.value == "2031-02-09"
    follow = got["follow"].published
    assert follow.value == "2031-02" and (follow.confidence or 0) < 0.7  # a month, not a borrowed day


def test_a_lender_months_later_leaves_the_text_its_month() -> None:
    # the similar report was published in April: too far after December, the text keeps January
    late = WIRE.replace("Feb 9, 2031", "April 14, 2031").replace("on Sunday", "on Monday")
    text = FOLLOW.replace("on Sunday", "on Monday")
    got = date_corpus({"wire": late, "follow": text})
    assert got["wire"].published.value == "2031-04-14"
    assert got["follow"].published.value != "2031-04"  # no month lent: only the old fallback's weak day
    assert "the month that puts" not in (got["follow"].published.evidence or "")


def test_a_lender_before_the_texts_months_lends_nothing() -> None:
    # disasters: the similar report is the quake's own, in February; this one tells March as past
    wire = ("Quake shakes Lisbon\n\nLISBON, Feb 9, 2031 (Iberwire) - A strong earthquake shook Lisbon on Sunday, "
            "damaging hundreds of homes in the old town, officials said.\n")
    text = ("Lisbon rebuilds\n\nRebuilding of the hundreds of homes damaged by the earthquake in the old town of "
            "Lisbon has begun, officials said. The last families left the shelters in March.\n")
    got = date_corpus({"wire": wire, "text": text})
    # ("in March", told as past, may be the March before: the weak fallback day stands; no month is lent)
    assert got["text"].published.value != "2031-02"
    assert "the month that puts" not in (got["text"].published.evidence or "")


# --- a borrowed day is checked against the days the text names ------------------------------------

CUP_WIRE = ("Rovers reach cup final\n\nGENOA, May 16, 2031 (Ligure Wire) - Rovers beat Olimpia 2-1 in the cup "
            "semi-final on Friday in Genoa, and will meet Atletico in the cup final.\n")


def test_a_borrowed_day_before_a_day_the_text_names_as_past_is_refused() -> None:
    # sport: the report tells a sell-out of May 17 as past; the similar semi-final report is of May 16,
    # a Friday, the weekday the report names: not that day, only the month
    report = ("Rovers sell out the final\n\nRovers beat Olimpia 2-1 in the cup semi-final on Friday in Genoa. All "
              "30,000 tickets for the cup final against Atletico sold out on May 17, the club said.\n")
    got = date_corpus({"wire": CUP_WIRE, "report": report})
    assert got["report"].published.value == "2031-05"


def test_a_borrowed_day_after_the_days_the_text_names_stands() -> None:
    # courts: the verdict report names the trial's opening, May 12, before the similar report's day
    wire = ("Broker convicted\n\nVIENNA, May 16, 2031 (Danube Wire) - A Vienna court convicted a broker of fraud "
            "on Friday at the end of a trial that opened on May 12.\n")
    report = ("Broker found guilty\n\nA Vienna court convicted the broker of fraud on Friday at the end of a trial "
              "that opened on May 12, prosecutors said.\n")
    got = date_corpus({"wire": wire, "report": report})
    assert got["report"].published.value == "2031-05-16"
