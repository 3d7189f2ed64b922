"""A person's age set after the name in the ways news writes it: "Ole Berg, 45,", "Mark Rutte,
aged 57,", "Captain Melas, now 55,", "Tomas Lind (29)". Articles written for the tests (a
minister, a ship's captain, a footballer); a number that counts something after the name is no
age."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated


def _ages(tmp_path: Path, text: str) -> dict[str, list[float]]:
    report = run_dated(tmp_path, {"a": ("2025-06-02", "Report\n\n" + text + "\n")})
    out: dict[str, list[float]] = {}
    for c in report.claims:
        if c.subject.id.startswith("quantity:age|") and c.value is not None:
            out.setdefault(c.subject.id, []).append(float(c.value.value))
    return out


@pytest.mark.parametrize(("text", "subject", "age"), [
    ("Finance minister Helga Strand, aged 57, takes office in October.", "quantity:age|person:helga-strand", 57),
    ("Captain Stavros Pallis, now 55, was charged in January.", "quantity:age|person:stavros-pallis", 55),
    ("Defender Tomas Lind (29) signed a three-year deal with Rovena.", "quantity:age|person:tomas-lind", 29),
    ("The title went to defender Tomas Lind, 29.", "quantity:age|person:tomas-lind", 29),
])
def test_an_age_after_the_name(tmp_path: Path, text: str, subject: str, age: float) -> None:
    assert _ages(tmp_path, text) == {subject: [age]}


@pytest.mark.parametrize("text", [
    "Coach Tomas Lind, 29 players and six staff boarded the bus.",
    "Defender Tomas Lind (29 goals) was named player of the year.",
    "Captain Stavros Pallis, now 55 miles off the coast, radioed for help.",
])
def test_a_count_after_the_name_is_no_age(tmp_path: Path, text: str) -> None:
    assert _ages(tmp_path, text) == {}


def test_two_ages_of_one_captain_disagree(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-02", "Report\n\nCaptain Stavros Pallis, aged 54, was questioned on Monday.\n"),
        "b": ("2025-06-02", "Report\n\nCaptain Stavros Pallis, 58, was questioned on Monday.\n")})
    assert [(f.subject, f.severity) for f in report.findings if f.kind == "count"] == [
        ("quantity:age|person:stavros-pallis", "conflict")]
