"""When a person took the post they hold (events/tenures.py): the table's own examples, two
starts in one article (two posts: none), and two articles that start one tenure in two years
(a conflict of the date rule). Invented articles: a ferry operator, a ministry."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import article, run_dated

from claimcheck import entities, timex
from claimcheck.events.tenures import table, tenure_claims
from claimcheck.words import scan


def _tenures(text: str) -> list[tuple[str, str]]:
    src = article(text, "2031-05-09")
    tx = timex.tag(src.text, src.published.anchor(), src.sentences)
    mentions = entities.find_mentions(src)
    for m in mentions:  # a person's id as the entity layer would give it
        if m.kind == "person" and m.entity is None:
            m.entity = "person:" + "-".join(m.text.lower().split())
    return [(c.subject.text or "", c.when.text if c.when else "")
            for c in tenure_claims(src, scan(src.text), mentions, tx)]


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_examples(ex) -> None:
    found = _tenures(ex.text)
    if ex.person is None:
        assert found == []
    else:
        assert found == [(ex.person, ex.since)]


def test_two_starts_in_one_article_are_two_posts() -> None:
    text = ("Lars Berg, chairman since 2018, spoke first. Lars Berg, who had been chief executive since 2012, "
            "left in May.")
    assert _tenures(text) == []


def test_two_articles_start_one_tenure_in_two_years(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2031-05-09", "Ferry chief quits\n\nNordfjord Ferries said on Friday that Maren Dahl, chief executive "
                            "since 2019, would step down in June.\n"),
        "b": ("2031-05-10", "Dahl to leave Nordfjord Ferries\n\nMaren Dahl, who had run the company since March 2017, "
                            "will leave Nordfjord Ferries in June, the firm said.\n"),
    })
    found = [f for f in report.findings if f.subject.startswith("tenure:")]
    assert [f.severity for f in found] == ["conflict"], [f.summary for f in report.findings]
