"""A finding cites one claim per statement of a source: where an article states the same
thing in its headline and its body, the body's sentence (the statement in full) is cited;
a statement made only in the headline is still cited. Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated


def _cited(report, source: str) -> list[str]:
    claims = {c.id: c for c in report.claims}
    found = [f for f in report.findings if f.kind == "count" and "passengers" in f.subject and f.severity == "conflict"]
    assert len(found) == 1
    return [claims[c].quote for c in found[0].claims if claims[c].source == source]


def test_the_body_is_cited_rather_than_the_headline(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-07-01", "Boat aground\n\nThe river boat ran aground near Kell with 300 passengers aboard.\n"),
        "b": ("2025-07-01", "Boat with 320 passengers runs aground\n\nThe river boat, carrying 320 passengers, "
                            "ran aground near Kell.\n"),
    })
    assert _cited(report, "b") == ["The river boat, carrying 320 passengers, ran aground near Kell."]


def test_a_statement_only_in_the_headline_is_cited(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-07-01", "Boat aground\n\nThe river boat ran aground near Kell with 300 passengers aboard.\n"),
        "b": ("2025-07-01", "Boat with 320 passengers runs aground\n\nThe river boat ran aground near Kell on "
                            "Tuesday.\n"),
    })
    assert _cited(report, "b") == ["Boat with 320 passengers runs aground"]
