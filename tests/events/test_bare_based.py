""""The Lyon-based company" with no name: the organisation the article is about (named first,
and more often than any other), compared by the place rule with its seat elsewhere
(events/headquarters.py). A state against a town of another state is two scopes (where a
company is registered, where it works): a tension, not a conflict (checks/place.py). Invented
reports of a brewery and a software firm."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated


def _seats(report) -> list[tuple[str, str]]:
    return sorted((c.subject.id, c.where.text) for c in report.claims if c.facet == "seat" and c.where)


def _places(report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "place" and "seat of" in f.summary)


def test_the_based_company_is_the_article_s_main_one(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-01-10", "Brewery sold\n\nHalden Breweries agreed to a sale on Friday. The Aarhus-based company "
                            "has 400 staff. Halden Breweries said the deal would close in March.\n"),
        "b": ("2026-01-10", "Deal\n\nOdense-based Halden Breweries agreed to the sale on Friday.\n"),
    })
    assert ("hq:halden-breweries", "Aarhus") in _seats(report)
    assert _places(report) == ["conflict"]


def test_no_main_company_no_claim(tmp_path: Path) -> None:
    # two bodies named as often: which one "the company" is stays unclear
    report = run_dated(tmp_path, {
        "a": ("2026-01-10", "Deal\n\nHalden Breweries and Corvex Foods agreed a merger. The Aarhus-based company "
                            "has 400 staff. Halden Breweries and Corvex Foods said so.\n"),
    })
    assert _seats(report) == []


def test_a_state_against_a_town_of_another_state_is_a_tension(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-01-10", "Software\n\nShares of Delaware-based Quillon rose on Friday.\n"),
        "b": ("2026-01-10", "Software\n\nShares of Seattle-based Quillon rose on Friday.\n"),
    })
    assert _places(report) == ["tension"]
