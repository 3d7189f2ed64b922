"""What a bare count counts when "and" follows its noun: a second noun the number covers
("310 passengers and crew") or the start of another phrase (a quantifier with its own noun,
an auxiliary of the clause's next verb). Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

from builders import run_articles
from claimcheck.quantities.find import find


def _heads(text: str) -> list[str]:
    return [q.head for q in find(text, 0, len(text), []) if q.dimension == "count"]


def test_a_quantifier_after_and_has_its_own_noun() -> None:
    assert _heads("The storm wrecked 14 boats and several sheds at the harbour.") == ["boat"]
    assert _heads("The clinic employs 40 nurses and will close in May.") == ["nurse"]


def test_a_second_noun_after_and_is_still_counted_with_the_first() -> None:
    assert _heads("The ferry carried 310 passengers and crew.")[0].startswith("passengers+crew")
    assert _heads("Eleven miners and a foreman were trapped.")[0].startswith("miner+foreman")


def test_boats_wrecked_counted_two_ways_conflict(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Harbour storm\n\nThe storm wrecked 14 boats and several sheds at the harbour in Tarvik.\n",
        "b": "Harbour storm\n\nThe storm wrecked 12 boats at the harbour in Tarvik, officials said.\n",
    }, {"a": "2025-05-02", "b": "2025-05-02"})
    assert [f.severity for f in report.findings if f.kind == "count"] == ["conflict"]


def test_a_determiner_after_an_auxiliary_restricts_nothing(tmp_path: Path) -> None:
    """"The mill's 460 employees will have their wages covered": "their" opens the object of
    "have", it is no verb that makes the employees a subset."""
    report = run_articles(tmp_path, {
        "a": "Mill closes\n\nThe mill's 460 employees will have their wages covered by the state.\n",
        "b": "Mill closes\n\nThe closure puts 640 employees out of work.\n",
    }, {"a": "2025-11-05", "b": "2025-11-04"})
    subjects = {c.subject.id for c in report.claims if c.predicate == "count"}
    assert subjects == {"quantity:count|employees||-|2025-11"}
    assert [f.severity for f in report.findings if f.kind == "count"] == ["conflict"]
