"""A numbered session an article names without a date, in its lead, as the only number it
gives its series, is the session the article reports: the one dated session of that series
held in the week before the article was published. Numbered differently, that is one
session numbered two ways (an ordinal conflict). Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

from builders import run_articles, run_dated

HELD = ("2025-04-15", "Water talks\n\nRIGA - The 9th Baltic Water Council met in Riga on Monday, April 14, "
                      "and agreed to share flood data.\n")


def _ordinals(report) -> list[str]:
    return [f.severity for f in report.findings if f.kind == "ordinal"]


def test_an_undated_session_in_a_report_s_lead_is_the_session_just_held(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": HELD,
        "b": ("2025-04-16", "Flood data\n\nMinisters agreed to share flood data at the 8th Baltic Water Council, "
                            "a statement said.\n"),
    })
    assert _ordinals(report) == ["conflict"]


def test_the_same_in_another_domain_a_numbered_congress(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-10-03", "Surgeons\n\nThe 21st Andean Surgery Congress opened in Quito on Thursday, "
                            "October 2, with 900 delegates.\n"),
        "b": ("2025-10-04", "Quito\n\nSurgeons from six countries gathered for the 22nd Andean Surgery Congress, "
                            "its organisers said.\n"),
    })
    assert _ordinals(report) == ["conflict"]


def test_a_report_published_weeks_later_names_another_session(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": HELD,
        "b": ("2025-06-20", "Flood data\n\nMinisters agreed to share flood data at the 8th Baltic Water Council, "
                            "a statement said.\n"),
    })
    assert _ordinals(report) == []


def test_an_article_that_numbers_two_sessions_is_not_guessed(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": HELD,
        "b": ("2025-04-16", "Flood data\n\nMinisters agreed to share flood data at the 8th Baltic Water Council. "
                            "The 10th Baltic Water Council will take up drought.\n"),
    })
    assert _ordinals(report) == []


def test_a_session_named_deep_in_an_article_is_background(tmp_path: Path) -> None:
    filler = " ".join(["Rivers in the region rose sharply after a wet spring and farmers asked for help."] * 12)
    report = run_dated(tmp_path, {
        "a": HELD,
        "b": ("2025-04-16", f"Flood data\n\n{filler} The plan goes back to the 8th Baltic Water Council.\n"),
    })
    assert _ordinals(report) == []


def test_without_a_publication_date_nothing_is_guessed(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": HELD[1],
        "b": "Flood data\n\nMinisters agreed to share flood data at the 8th Baltic Water Council, a statement said.\n",
    }, {"a": HELD[0]})
    assert _ordinals(report) == []

