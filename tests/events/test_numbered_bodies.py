"""A body that meets in numbered sessions, written with an ordinal ("the 7th Harbour-Fjord
Joint Commission"), is one session of a series, and "the seventh meeting of the ... Joint
Commission" is the same session; a numbered unit ("the 3rd Infantry Division") is not.
Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

from builders import article, run_dated
from claimcheck import entities


def _mentions(text: str) -> list[tuple[str, str, int | None]]:
    return [(m.kind, m.entity or "", m.ordinal) for m in entities.find_mentions(article("Head\n\n" + text))]


def test_an_ordinal_before_a_joint_commission_makes_a_session() -> None:
    assert ("series", "series:norway-chile-joint-commission", 7) in _mentions(
        "Ministers held the 7th Norway-Chile Joint Commission in Oslo on Monday.")


def test_a_numbered_unit_is_no_session() -> None:
    assert all(kind != "series" for kind, _, _ in _mentions("The 3rd Infantry Division moved north on Monday."))


def test_the_meeting_of_a_commission_and_the_numbered_commission_are_one_session(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-04", "Talks\n\nMinisters held the 7th Norway-Chile Joint Commission in Oslo on Monday.\n"),
        "b": ("2025-03-04", "Talks\n\nThe sixth meeting of the Norway-Chile Joint Commission opened in Oslo on "
                            "Monday.\n"),
    })
    ordinals = [f.severity for f in report.findings if f.kind == "ordinal"]
    assert ordinals == ["conflict"]


def test_a_numbered_acronym_spelled_out_in_another_article_is_that_series(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-04", "Talks\n\nMinisters held the 7th Norway-Chile Joint Commission (NCJC) in Oslo on Monday.\n"),
        "b": ("2025-09-05", "Trade\n\nThe two countries agreed to expand trade at the 8th NCJC.\n"),
    })
    sessions = sorted(c.subject.id for c in report.claims if c.subject.id.startswith("series:"))
    assert sessions == ["series:norway-chile-joint-commission#7", "series:norway-chile-joint-commission#8"]


def test_a_numbered_acronym_two_articles_spell_out_differently_stays_apart(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-04", "Talks\n\nMinisters held the 7th Norway-Chile Joint Commission (NCJC) in Oslo on Monday.\n"),
        "b": ("2025-03-04", "Rail\n\nThe 3rd Nordic Cargo Joint Council (NCJC) met in Bergen on Monday.\n"),
        "c": ("2025-03-05", "Trade\n\nThe two countries agreed to expand trade at the 8th NCJC.\n"),
    })
    assert "series:norway-chile-joint-commission#8" not in {c.subject.id for c in report.claims}
