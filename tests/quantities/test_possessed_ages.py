"""An age after a possessive determiner ("their 16-year-old son", "her 40-year-old husband")
is a relative's: never the age of the person named before it. Articles written for the
tests (a flood, a ferry fire)."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated


def _ages(report) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for c in report.claims:
        if c.subject.id.startswith("quantity:age|") and c.value is not None:
            out.setdefault(c.subject.id.removeprefix("quantity:age|"), []).append(float(c.value.value))
    return out


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
