"""Confidence that means something: a source's own guess, or guesses of the rest of a
corpus that no source pins, never make a year confident (dating/infer.py, Prior.sure)."""

from __future__ import annotations

from datetime import date

from claimcheck import dating, timex
from claimcheck.dating import page
from claimcheck.dating.infer import Prior, infer_from

from .helpers import date_corpus, page_source

# a regatta story without one year written for its news: weekdays and days of the month only
WIRE = ("Storm ends regatta early\n\nKIEL, June 12 (Baltwire) - Race officials called off the last day of the "
        "regatta late on Thursday as a storm moved in, the club said on Friday. The club was founded in 1998.")
WEEKLY = ("What the storm cost\n\nAnalysis\n\nTwo weeks after the storm, the club says the regatta lost money. "
          "The last race had been set for June 12, and the harbour master said on Monday that repairs would "
          "take a month. The regatta began in 2011.")


def test_guesses_of_an_unpinned_corpus_stay_below_confident() -> None:
    got = date_corpus({"wire": WIRE, "weekly": WEEKLY})
    for sid, src in got.items():
        assert src.published.confidence is not None and src.published.confidence < dating.CONFIDENT, sid


def test_a_dateline_in_the_year_a_dated_source_gives_is_confident() -> None:
    src, pages = page_source(WIRE, "wire")
    tags = timex.tag(src.text, None, src.sentences)
    # the rest of the corpus is dated for sure (metadata) in that week of 2025
    sure = Prior(2025, (date(2025, 6, 13), date(2025, 6, 14)), sure=True)
    guessed = Prior(2025, (date(2025, 6, 13), date(2025, 6, 14)), sure=False)
    clues = page.clues(src.text, tags, pages)
    got = infer_from(tags, src.text, clues, sure)
    assert got.value == "2025-06-12" and got.confidence >= dating.CONFIDENT
    weak = infer_from(tags, src.text, clues, guessed)
    assert weak.value == "2025-06-12" and weak.confidence < dating.CONFIDENT
