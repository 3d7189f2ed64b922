"""When a series or a body began (events/beginnings.py), compared by the date rule (facet
`began`). Articles written for the tests: a sports cup, a science forum, a brewery, a
regional council."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_articles
from claimcheck.events.beginnings import FACET, grammar, BeginningTable
from claimcheck.resources import load_resource

EXAMPLES = load_resource("events/beginnings.yaml", BeginningTable).examples


def _began(report) -> list[str]:
    return sorted(c.when.value for c in report.claims if c.facet == FACET and c.when is not None)


def _dates(report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "date" and "began" in f.summary)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda ex: str(ex["text"])[:40])
def test_beginning_examples(tmp_path: Path, ex) -> None:
    report = run_articles(tmp_path, {"a": f"Headline\n\n{ex['text']}\n"}, {"a": "2025-05-06"})
    assert _began(report) == ([str(ex["began"])] if ex["began"] else [])


def test_the_grammar_loads_once() -> None:
    assert grammar() is grammar()


def test_two_start_years_of_one_cup_conflict(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Cup final\n\nThe 20th Alpine Ski Cup ended in Davos on Sunday. The cup was first held in Arosa in 2005.\n",
        "b": "Cup\n\nSkiers raced at the 20th Alpine Ski Cup in Davos on Sunday. The cup's inaugural edition took "
             "place in Arosa in 2004.\n",
    }, {"a": "2025-02-10", "b": "2025-02-10"})
    assert _dates(report) == ["conflict"]


def test_a_pronoun_after_the_series_is_the_series(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Science\n\nThe 8th Baltic Physics Forum opened in Tartu on Monday. It has met every year since its "
             "creation in 2017.\n",
        "b": "Physics\n\nThe Baltic Physics Forum, launched in 2015, opened its 8th session in Tartu on Monday.\n",
    }, {"a": "2025-04-08", "b": "2025-04-08"})
    assert _dates(report) == ["conflict"]


def test_one_year_written_two_ways_is_no_finding(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Council\n\nThe Danube Regions Council, established in 2009, met in Ruse on Monday.\n",
        "b": "Council\n\nThe Danube Regions Council was founded in March 2009 and met in Ruse on Monday.\n",
    }, {"a": "2025-04-08", "b": "2025-04-08"})
    assert _dates(report) == ["variant"]  # a year against a month of it: precision, no disagreement
    assert _began(report) == ["2009", "2009-03"]


def test_an_active_founder_and_a_launched_product_date_no_beginning(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Brewery\n\nChief executive Ida Moe, who founded the company in 2019, said sales rose. Sales have "
             "grown since the brewery launched its lager in 2021.\n",
    }, {"a": "2025-04-08"})
    assert _began(report) == []


def test_an_article_naming_two_series_does_not_guess_what_the_forum_is(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Forums\n\nThe 8th Baltic Physics Forum and the 3rd Nordic Chemistry Forum met in Tartu on Monday. "
             "The forum was first held in 2015.\n",
    }, {"a": "2025-04-08"})
    assert _began(report) == []


def test_a_body_read_as_a_body_and_as_a_series_has_one_beginning(tmp_path: Path) -> None:
    # one article numbers the commission's sessions (no series mention), the other names it as a
    # body and refers to it by "It": one beginning, two years
    report = run_articles(tmp_path, {
        "a": "Grain talks\n\nOfficials signed two deals at the ninth meeting of the Latvia-Estonia Grain Commission in Tartu on Monday.\n\n"
             "The commission, set up in 2011, meets every year.\n",
        "b": "Grain explainer\n\nWhat is it? The Latvia-Estonia Grain Commission is the main channel for farm trade "
             "talks. It has met every year since its creation in 2013.\n",
    }, {"a": "2025-05-06", "b": "2025-05-07"})
    assert _began(report) == ["2011", "2013"]
    assert "conflict" in _dates(report)


def test_it_after_a_sentence_opened_by_a_person_is_no_body(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Board\n\nAnna Berg chairs the Latvia-Estonia Grain Commission. It was set up in 2011.\n",
    }, {"a": "2025-05-06"})
    assert _began(report) == []


def test_it_started_after_a_company_sentence_is_no_founding(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Tyres\n\nHalvorsen Group is the town's largest employer. It started in 2019 to recycle old tyres.\n"
             "\nHalvorsen Group makes tyres. It was founded in 1921.\n",
    }, {"a": "2025-05-06"})
    assert _began(report) == ["1921"]
