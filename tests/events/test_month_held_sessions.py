"""A numbered session told as held in a month ("collected the 12th Lumen Prize last March")
is held on some day of it (events/session_coref._held_days): a report published that month
that numbers the session it reports otherwise meets it; a month a year before, or a month
planned, does not. Invented reports of a poetry prize."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from claimcheck.models import Report


def ordinals(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "ordinal")


WIN = ("2026-03-18", "Poet wins\n\nThe Glass Orchard, a book of poems about a mining town, has won the 13th Lumen "
                     "Prize for Poetry, the jury said.\n")


def test_a_month_held_meets_a_report_published_in_it(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": WIN,
        "b": ("2026-09-20", "Six months on\n\nWhen Ilse Marken collected the 12th Lumen Prize last March, her book had "
                            "sold a few hundred copies.\n"),
    })
    assert ordinals(report) == ["conflict"]


def test_another_year_or_a_plan_is_no_finding(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": WIN,
        "b": ("2026-09-20", "Poets remember\n\nWhen Ilse Marken collected the 12th Lumen Prize in March 2025, her "
                            "book had sold a few hundred copies.\n"),
    })
    assert ordinals(report) == []
    report = run_dated(tmp_path / "plan", {
        "a": WIN,
        "b": ("2026-03-01", "Shortlist out\n\nThe 14th Lumen Prize will be awarded in March 2027, the jury said.\n"),
    })
    assert ordinals(report) == []
