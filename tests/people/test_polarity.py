"""One act asserted in one article and denied in another (claimcheck.polarity, compared by
checks/named_value.py): the table's examples, and small articles written for the tests (a
stadium vote, a museum loan, a festival ban), each with a case where two articles disagree
and one where they must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import article, run_dated
from claimcheck import timex
from claimcheck.clauses import Layer
from claimcheck.polarity import readings, table
from claimcheck.words import scan


def read(text: str) -> list[tuple[str, str]]:
    src = article("Notes\n\n" + text + "\n", "2026-03-03")
    tx = timex.tag(src.text, src.published.anchor(), src.sentences)
    words = scan(src.text)
    return [(f"{r.lemma}-{r.doer}", r.value) for r in readings(src, words, Layer(src.text, words, tx))]


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_polarity_examples(ex) -> None:  # type: ignore[no-untyped-def]
    assert read(ex.text) == ([(ex.key, ex.value)] if ex.key else [])


@pytest.mark.parametrize("text", [
    "The council did not approve the stadium until the third vote.",
    "Residents asked whether the council would approve the stadium.",
    "The council has not approved the stadium.",
    "The mayor wants the council to approve the stadium.",
    "If the council approves the stadium, work starts in May.",
])
def test_quiet(text: str) -> None:
    assert read(text) == []


def test_spans_index_the_text() -> None:
    text = "Notes\n\nThe loan went ahead without the approval of the ministry.\n"
    src = article(text, "2026-03-03")
    words = scan(src.text)
    (r,) = readings(src, words, Layer(src.text, words, timex.tag(src.text, src.published.anchor(), src.sentences)))
    assert text[r.span[0]:r.span[1]] == "approval" and text[r.doer_span[0]:r.doer_span[1]] == "ministry"


def _alarms(tmp_path: Path, one: str, two: str) -> list[str]:
    report = run_dated(tmp_path, {"one": ("2031-05-02", one), "two": ("2031-05-03", two)})
    return [f.subject for f in report.findings
            if f.subject.startswith("value:polarity") and f.severity in ("conflict", "tension")]


CASES = {
    # a stadium vote: did the council approve it
    "vote": ("The city council approved the new stadium on Monday after a long debate.",
             "The city council would not approve the new stadium on Monday, after a long debate.",
             ["value:polarity|approve-council"]),
    "vote agrees": ("The city council approved the new stadium on Monday after a long debate.",
                    "The new stadium was approved by the city council on Monday.", []),
    # a museum loan: authorised by the ministry or not; another body's act is another key
    "loan": ("The painting was lent to Oslo without the authorisation of the ministry.",
             "The ministry authorised the loan of the painting to Oslo in March.",
             ["value:polarity|authorise-ministry"]),
    "loan other body": ("The painting was lent to Oslo without the authorisation of the ministry.",
                        "The museum board authorised the loan of the painting to Oslo in March.", []),
    # a festival ban: a ban denied by a frame; a possibility is none
    "ban": ("The tribunal stopped short of banning the festival on Friday.",
            "The tribunal banned the festival on Friday, citing safety.", ["value:polarity|ban-tribunal"]),
    "ban weighed": ("The tribunal could not ban the festival on Friday, lawyers said.",
                    "The tribunal banned the festival on Friday, citing safety.", []),
}


@pytest.mark.parametrize("name", list(CASES))
def test_articles(tmp_path: Path, name: str) -> None:
    one, two, expected = CASES[name]
    assert _alarms(tmp_path, one, two) == expected
