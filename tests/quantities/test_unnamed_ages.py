"""An age written with an indefinite article ("a 34-year-old fisherman") describes someone
the article has not named: never the named person nearby, but the noun after it when that
noun tells one person of the story from another. Articles written for the tests (health,
crime, sport)."""

from __future__ import annotations

from pathlib import Path

from builders import ages as _ages, run_dated


def test_an_unnamed_patient_is_not_the_minister(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-02-10", "Fever cases\n\nHealth Minister Rosa Almeida said the first patient, a 34-year-old "
                            "fisherman, was treated in Beira. Almeida, 52, visited the ward.\n"),
    })
    # the role told in apposition ("the first patient") keys it too, never the minister
    assert _ages(report) == {"noun:fisherman": [34.0], "noun:first-patient": [34.0], "person:rosa-almeida": [52.0]}


def test_two_ages_of_the_described_person_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-02-10", "Fever cases\n\nThe first patient, a 34-year-old fisherman, was treated in Beira.\n"),
        "b": ("2025-02-11", "Fever spreads\n\nThe first patient was a 43-year-old fisherman from the coast.\n"),
    })
    assert [f.severity for f in report.findings if f.subject == "quantity:age|noun:fisherman"] == ["conflict"]


def test_a_noun_that_could_be_anyone_keys_no_age(tmp_path: Path) -> None:
    # two different men, one in each report: never compared
    report = run_dated(tmp_path, {
        "a": ("2025-06-01", "Stabbing\n\nMayor Paul Kerr said a 19-year-old man was arrested.\n"),
        "b": ("2025-06-02", "Second arrest\n\nPolice said a 24-year-old man was held overnight.\n"),
    })
    assert _ages(report) == {}


def test_apposition_gives_the_named_person_his_age(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-08-03", "Transfer\n\nCoach Marta Lind said striker Jonas Berg, a 23-year-old forward, "
                            "would stay.\n"),
    })
    assert _ages(report) == {"person:jonas-berg": [23.0]}
