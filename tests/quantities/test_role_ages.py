"""An unnamed person's age told of the role the story gives them ("The donor, a 29-year-old
man", "The winner of the draw is a 61-year-old"): keyed by the role noun, compared like a named
person's age (quantities/scope._role_of_age). Articles written for the tests: a kidney donor,
a lottery draw, a bus crash, a clinic."""

from __future__ import annotations

from pathlib import Path

from builders import ages, run_dated


def _age_findings(report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "count" and "age" in f.summary)


def test_a_role_in_apposition_and_as_a_copula_subject_is_one_person(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-03-02", "Transplant\n\nThe donor, a 29-year-old man from the coast, is recovering well.\n"),
        "b": ("2026-03-03", "Hospital\n\nThe donor of the kidney is a 92-year-old man, the hospital said.\n"),
    })
    assert ages(report) == {"noun:donor": [29.0, 92.0]}
    assert _age_findings(report) == ["conflict"]


def test_a_role_keeps_the_noun_after_the_age_too(tmp_path: Path) -> None:
    # "a 61-year-old baker": the baker's age still meets "a 61-year-old baker" elsewhere
    report = run_dated(tmp_path, {
        "a": ("2026-01-10", "Lottery\n\nThe winner, a 61-year-old baker, collected the prize on Friday.\n"),
        "b": ("2026-01-11", "Lottery\n\nThe prize went to a 16-year-old baker from the valley.\n"),
        "c": ("2026-01-11", "Draw\n\nThe winner, a 66-year-old from the valley, plans to retire.\n"),
    })
    found = ages(report)
    assert found["noun:winner"] == [61.0, 66.0]
    assert found["noun:baker"] == [61.0, 16.0]


def test_a_plural_a_name_and_two_ordinals_are_no_role(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-04", "Bus crash\n\nThe mother of one of the victims, a 19-year-old student, spoke to us. "
                            "The driver, Ana Reis, a 45-year-old, was unhurt.\n"),
        "b": ("2026-05-04", "Clinic\n\nThe first patient, a 50-year-old, was treated on Monday.\n"),
        "c": ("2026-05-05", "Clinic\n\nThe second patient, a 70-year-old, was treated on Tuesday.\n"),
    })
    found = ages(report)
    assert not any(k.startswith("noun:victim") or k == "noun:driver" for k in found)
    assert found.get("noun:first-patient") == [50.0] and found.get("noun:second-patient") == [70.0]
    assert _age_findings(report) == []
