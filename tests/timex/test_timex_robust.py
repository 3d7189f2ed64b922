"""The tagger never fails on odd input, and its spans always index the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.timex import tag
from timex_helpers import anchor, tags

WORDS = ["May", "March", "Sunday", "the", "14th", "of", "this", "month", "last", "next", "year", "years", "ago",
         "2023", "1,284", "5,000", "9999", "about", "three", "since", "within", "by", "end", "early", "1st",
         "century", "1800s", "Q3", "quarter", "a", "day", "earlier", "Feb.", "30", "31", ",", ".", "(", ")", "-",
         "every", "annually", "summer", "noon", "10:35", "a.m.", "GMT", "\n", "’", "'90s", "fiscal", "half"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.sampled_from([None, "2023-11-13", "2023-08", "0001-01-01"]))
def test_any_word_soup(words: list[str], at: str | None) -> None:
    text = " ".join(words)
    found = tag(text, anchor(at))
    for t in found:
        assert text[t.span[0] : t.span[1]] == t.text
    assert all(a.span[1] <= b.span[0] for a, b in zip(found, found[1:]))


def test_dates_outside_the_calendar_are_skipped() -> None:
    assert tags("It began 5,000 years ago, in the 1st century.", "2023-03-22") == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text(text: str) -> None:
    for t in tag(text, anchor("2024-02-29")):
        assert text[t.span[0] : t.span[1]] == t.text
