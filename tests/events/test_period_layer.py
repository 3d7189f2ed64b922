"""`dated_verbs.period_verbs` over the clause layer: a month or a year after "in" dates the main
verb of the clause it is attached to, after the verb or opening the sentence; a period inside
the subject ("the strike in May 2020 forced") or after a copula ("the last time was in 1979")
dates no verb of its own. Invented sentences: a brewery, a ferry line, a library."""

from __future__ import annotations

from builders import article

from claimcheck import timex
from claimcheck.events.dated_verbs import period_verbs
from claimcheck.events.open_class import known_words
from claimcheck.words import scan


def dated(sentence: str) -> list[tuple[str, str]]:
    src = article("Notes\n\nThe brewery opened a new hall on Monday. " + sentence + "\n", "2026-03-03")
    tx = timex.tag(src.text, src.published.anchor(), src.sentences)
    by_start = {t.span[0]: t for t in tx}
    return [(src.text[o.match.start:o.match.end], by_start[o.day_at].text) for o in
            period_verbs(src, scan(src.text), tx, known_words())]


def test_a_period_after_its_verb_or_opening_the_sentence() -> None:
    assert dated("The ferry line was bought by a Danish group in 2019.") == [("bought", "2019")]
    assert dated("In 2020 it entered restructuring, and creditors agreed a plan.") == [("entered", "2020")]
    assert dated("Attendance plunged to 59.4 per cent in 2021.") == [("plunged", "2021")]


def test_a_period_inside_the_subject_or_after_a_copula_dates_no_verb() -> None:
    assert dated("A strike in May 2020 forced the brewery to close.") == []
    assert dated("Staff said the last time the roof leaked like this was in 1979.") == []
    assert dated("The library is to be completed in 2028.") == []
