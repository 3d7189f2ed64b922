"""Named exercises as series ("Exercise Coral Reef", "the Coral Reef exercise") and their
numbered editions ("the second edition of Exercise X", "the third X exercise"). Articles
written for the tests: navies, fire brigades, a disaster drill."""

from __future__ import annotations

from pathlib import Path

from builders import article, run_dated
from claimcheck import entities


def _series(text: str) -> list[tuple[str, int | None]]:
    return [(m.entity or "", m.ordinal) for m in entities.find_mentions(article("Head\n\n" + text)) if m.kind == "series"]


def test_an_exercise_named_before_or_after_its_noun_is_one_series() -> None:
    assert _series("Crews ended Exercise Amber Tide on Friday.") == [("series:amber-tide", None)]
    assert _series("Crews ended the Amber Tide exercise on Friday.") == [("series:amber-tide", None)]
    assert _series("The drill, Operation Grey Heron, began on Monday.") == [("series:grey-heron", None)]


def test_a_name_before_a_verb_exercise_is_no_series() -> None:
    assert _series("Maria Lopez and Tom Reyes exercise every morning.") == []
    assert _series("Exercise caution near the river, police said.") == []


def test_two_numbers_for_one_edition_of_an_exercise_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-09", "Drill ends\n\nFire brigades ended the second edition of Exercise Amber Tide in the "
                            "Baltic Sea on Friday.\n"),
        "b": ("2026-05-10", "Drill\n\nThe third Amber Tide exercise wrapped up in the Baltic Sea on Friday.\n"),
    })
    assert [(f.kind, f.severity) for f in report.findings if f.kind == "ordinal"] == [("ordinal", "conflict")]


def test_two_editions_in_two_seas_on_one_day_stay_two_sessions(tmp_path: Path) -> None:
    # the session rules' choice (events/cases/sport_series_sessions_apart.yaml): two places
    # and two numbers on one day are two occurrences, not one numbered and placed wrong twice
    report = run_dated(tmp_path, {
        "a": ("2026-05-09", "Drill ends\n\nFire brigades ended the second edition of Exercise Amber Tide in the "
                            "Baltic Sea on Friday.\n"),
        "b": ("2026-05-10", "Drill\n\nThe third Amber Tide exercise wrapped up in the North Sea on Friday.\n"),
    })
    assert [f.kind for f in report.findings if f.kind in {"ordinal", "place"}] == []


def test_an_edition_without_of_names_no_session(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-09", "Book\n\nThe second edition sold out in Oslo on Friday.\n"),
    })
    assert [c.subject.id for c in report.claims if c.subject.id.startswith("series:")] == []


def test_a_lower_case_exercise_keeps_its_noun(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-09", "Navies\n\nThe navies held the third joint naval exercise off Crete on Friday.\n"),
    })
    assert "series:joint-naval-exercise#3" in {c.subject.id for c in report.claims}


def _ordinal_findings(report) -> list[str]:
    return [f.severity for f in report.findings if f.kind == "ordinal"]


def test_held_for_the_nth_time_numbers_the_session(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-03-03", "Jazz\n\nThe 6th Harbour Jazz Forum opened in Bergen on Monday.\n"),
        "b": ("2026-03-03", "Forum\n\nThe Harbour Jazz Forum, held for the fifth time, opened in Bergen on Monday.\n"),
    })
    assert _ordinal_findings(report) == ["conflict"]


def test_the_nth_time_in_a_place_or_since_a_year_is_no_session_number(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-03-03", "Jazz\n\nThe 6th Harbour Jazz Forum opened in Bergen on Monday.\n"),
        "b": ("2026-03-03", "Forum\n\nThe Harbour Jazz Forum, held for the third time in Bergen, opened on Monday. "
                            "The Harbour Jazz Forum, meeting for the second time since 2019, sold out.\n"),
    })
    assert _ordinal_findings(report) == []
