"""An age after a possessive determiner ("their 16-year-old son", "her 40-year-old husband")
is a relative's: never the age of the person named before it. Articles written for the
tests (a flood, a ferry fire)."""

from __future__ import annotations

from pathlib import Path

from builders import ages as _ages, run_dated


def test_a_relatives_age_is_not_the_named_persons(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-02", "Flood victims\n\nThe toll rose when Sabine Lorch, 47, died in hospital. Their "
                            "12-year-old daughter is recovering.\n"),
    })
    assert _ages(report).get("person:sabine-lorch") == [47.0]


def test_the_named_persons_own_age_is_still_read(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-02", "Ferry fire\n\nCaptain Jonas Berg, 58, said the crew acted fast.\n"),
    })
    assert _ages(report).get("person:jonas-berg") == [58.0]
