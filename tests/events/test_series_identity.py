"""One series named in different words (events/series_names.py, session_coref._shortened_names):
its participants as a set, its head family and its topic words; the session each article
reports is one session whatever its number, a planned next session stays apart, and "the
previous meeting of the commission" is that series' session of its date. Articles written
for the tests (a trade commission, a basin committee, a federation congress, peace talks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.events.series_names import series_name
from claimcheck.events.sessions import SessionTable
from claimcheck.resources import load_resource

IDENTITY = load_resource("events/sessions.yaml", SessionTable).identity_examples


@pytest.mark.parametrize("ex", IDENTITY, ids=lambda ex: f"{ex.a}={ex.b}")
def test_identity_examples(ex) -> None:
    assert (series_name(ex.a) == series_name(ex.b)) is ex.same


def _kinds(report, kind: str) -> list[str]:
    return [f.severity for f in report.findings if f.kind == kind]


def test_countries_in_any_order_and_one_family_are_one_series(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-12", "Trade\n\nThe 12th Ghana-Togo Trade Commission opened in Accra on Monday.\n"),
        "b": ("2026-05-12", "Trade\n\nThe 11th Togolese-Ghanaian Trade Committee opened in Accra on Monday.\n"),
    })
    assert _kinds(report, "ordinal") == ["conflict"]


def test_two_topics_of_one_pair_of_countries_stay_apart(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-12", "Trade\n\nThe 12th Ghana-Togo Trade Commission opened in Accra on Monday.\n"),
        "b": ("2026-05-12", "Border\n\nThe fourth Ghana-Togo Border Commission opened in Accra on Monday.\n"),
    })
    assert _kinds(report, "ordinal") == []


def test_a_name_without_its_countries_is_the_one_series_containing_it(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-09-09", "Lake\n\nThe 5th Peru-Bolivia Titicaca Basin Committee met in Puno on Tuesday.\n"),
        "b": ("2026-09-09", "Lake\n\nThe sixth Titicaca Basin Committee met in Puno on Tuesday.\n"),
    })
    assert _kinds(report, "ordinal") == ["conflict"]


def test_a_name_two_series_contain_stays_apart(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-09-09", "Lake\n\nThe 5th Peru-Bolivia Titicaca Basin Committee met in Puno on Tuesday.\n"),
        "b": ("2026-09-09", "Lake\n\nThe 2nd Peru-Chile Titicaca Basin Committee met in Tacna on Tuesday.\n"),
        "c": ("2026-09-09", "Lake\n\nThe sixth Titicaca Basin Committee met in Puno on Tuesday.\n"),
    })
    assert _kinds(report, "ordinal") == []


def test_the_next_session_an_article_plans_stays_apart(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-06-02", "Rowing\n\nThe 30th congress of the Rowing Federation opened in Lisbon on Monday. "
                            "Delegates voted on new rules.\n\nThe 31st congress will be held in Oslo in 2028.\n"),
        "b": ("2026-06-02", "Rowing\n\nThe 31st congress of the Rowing Federation opened in Lisbon on Monday.\n"),
    })
    assert _kinds(report, "ordinal") == ["conflict"]
    assert _kinds(report, "place") == []  # Oslo is the next congress's, not the one held in Lisbon


def test_the_previous_meeting_of_the_series_is_its_session_of_that_date(tmp_path: Path) -> None:
    docs = {
        "a": ("2026-03-04", "Talks\n\nThe ninth round of the Arden peace talks opened in Geneva on March 3.\n\n"
                            "The previous round of the talks was held in Vienna in May 2025.\n"),
        "b": ("2026-03-04", "Talks\n\nThe ninth round of the Arden peace talks opened in Geneva on March 3.\n\n"
                            "The eighth round was held in Oslo in May 2025.\n"),
    }
    assert _kinds(run_dated(tmp_path / "one", docs), "place") == ["conflict"]
    docs["b"] = ("2026-03-04", "Talks\n\nThe ninth round of the Arden peace talks opened in Geneva on March 3.\n\n"
                               "The seventh round was held in Oslo in May 2024.\n")
    assert _kinds(run_dated(tmp_path / "two", docs), "place") == []


def test_a_number_many_sources_give_is_told_by_its_count(tmp_path: Path) -> None:
    docs = {f"s{k}": (f"2026-05-1{k}", "Trade\n\nThe 6th Ghana-Togo Trade Commission opened in Accra on May 11.\n")
            for k in range(2, 6)}
    docs["t"] = ("2026-05-12", "Trade\n\nThe 7th Ghana-Togo Trade Commission opened in Accra on May 11.\n")
    found = [f for f in run_dated(tmp_path, docs).findings if f.kind == "ordinal"]
    assert [f.severity for f in found] == ["conflict"]
    assert "numbered 6 (4 sources) and 7" in found[0].summary
    # the first two reports of the sixth, and the one of the seventh
    assert len(found[0].claims) == 3


def test_where_a_number_is_planned_keeps_no_report_apart(tmp_path: Path) -> None:
    docs = {
        "a": ("2026-05-12", "Trade\n\nThe 8th Ghana-Togo Trade Commission opened in Accra on Monday.\n"),
        "b": ("2026-05-12", "Trade\n\nThe 9th Ghana-Togo Trade Commission opened on Monday.\n"),
        "c": ("2026-05-12", "Trade\n\nOfficials said the 9th Ghana-Togo Trade Commission will be held in Lome next year.\n"),
    }
    # Lome is where another article plans a ninth: the eighth held in Accra is still numbered two ways
    assert _kinds(run_dated(tmp_path, docs), "ordinal") == ["conflict"]
