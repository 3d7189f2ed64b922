"""A holder's place in a set told whole (quantities/ordinal_statements.py `_nth_of_set`):
"Maria Lopes, the fourth of the five to be brought down" and "Maria Lopes became the third of
the five to be brought off the mountain" give one climber two places; another climber's place,
a place with no holder or one beyond the set is no finding. Invented reports of a mountain
rescue."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from claimcheck.models import Report


def ordinals(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "ordinal")


def test_one_holder_two_places_is_a_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-07-02", "Climbers freed\n\nRescuers reached the ledge on Monday. Maria Lopes, the fourth of the "
                            "five to be brought down, was flown to Lima.\n"),
        "b": ("2026-07-03", "Last climber down\n\nThe Peruvian climber Maria Lopes had been trapped for three days. "
                            "Late on Monday, Maria Lopes became the third of the five to be brought off the "
                            "mountain.\n"),
    })
    assert ordinals(report) == ["conflict"]


def test_other_holders_and_unheld_places_are_no_finding(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-07-02", "Climbers freed\n\nMaria Lopes, the fourth of the five to be brought down, was flown to "
                            "Lima. David Costa was the first of the five to be brought down.\n"),
        "b": ("2026-07-03", "Rescue ends\n\nDavid Costa was the first of the five to be brought down, late on "
                            "Sunday. It was the second of three attempts to reach the ledge. Maria Lopes was not "
                            "the third of the five to be rescued.\n"),
    })
    assert ordinals(report) == []
