"""An event in an "after" clause dated by counting back from its main clause's day."""

from __future__ import annotations

from builders import article

from claimcheck import timex
from claimcheck.events.attributes import time_before_after


def _date(text: str, published: str) -> str | None:
    src = article(text, published)
    start = text.index("after ")
    sent = (0, len(text))
    times = timex.tag(text, src.published.anchor())
    t = time_before_after(text, sent, (start, len(text)), times, src)
    return t.value if t is not None else None


def test_counted_back_from_the_main_clauses_day() -> None:
    assert _date("The strike began on Monday, two days after the union vote.", "2021-05-12") == "2021-05-08"


def test_counted_back_from_the_publication_day_in_the_present() -> None:
    assert _date("This comes three weeks after the court convicted him.", "2021-05-24") == "2021-05-03"


def test_a_past_main_clause_without_a_day_dates_nothing() -> None:
    assert _date("He was released on bail, a day after the court convicted him.", "2021-05-24") is None
    assert _date("The strike began weeks after the vote.", "2021-05-24") is None
