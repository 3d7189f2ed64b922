"""Where a thing stands when no name is written for it, or its name before a lower-case noun
(events/headquarters.py ``site_claims``, resources/events/sites.yaml): "the main shelter in Y",
"the agency's seed laboratory in Y", "the Orla Vale paper mill in Y". Two places for one
key conflict; two of one kind in one article, an indefinite one, a former one and a place
given as "near" say nothing to compare. Invented reports: a flood, a seed bank, a paper mill."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from claimcheck.models import Report


def sites(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "place" and "site of" in f.summary)


def test_the_story_s_one_shelter_in_two_towns_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-03-02", "Floods\n\nThe river burst its banks on Sunday. About 900 families slept at the main "
                            "shelter in Varnby, officials said.\n"),
        "b": ("2026-03-02", "Flood relief\n\nRelief workers said the main shelter was at a school gym in Oslund, "
                            "where 900 families slept on Sunday.\n"),
    })
    assert sites(report) == ["conflict"]


def test_an_owned_laboratory_and_a_named_mill_in_two_towns_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-04-01", "Seeds\n\nThe samples went to the agency's seed laboratory in Korby on Monday.\n"),
        "b": ("2026-04-02", "Seed bank\n\nAt the agency's seed laboratory in Halsted, staff sorted the samples.\n"),
    })
    assert sites(report) == ["conflict"]
    report = run_dated(tmp_path / "mill", {
        "a": ("2026-04-01", "Mill shut\n\nThe Orla Vale paper mill in Brenford closed on Monday.\n"),
        "b": ("2026-04-01", "Jobs lost\n\nWorkers left the Orla Vale paper mill on the west side of Dunmore on "
                            "Monday.\n"),
    })
    assert sites(report) == ["conflict"]


def test_two_shelters_an_indefinite_a_former_or_a_near_one_say_nothing(tmp_path: Path) -> None:
    # one article names two shelters: "the shelter" is either
    report = run_dated(tmp_path / "two", {
        "a": ("2026-03-02", "Floods\n\nThe shelter in Varnby was full, so the shelter in Oslund opened.\n"),
        "b": ("2026-03-02", "Floods\n\nFamilies slept at the shelter in Korby.\n"),
    })
    assert sites(report) == []
    report = run_dated(tmp_path / "indefinite", {
        "a": ("2026-03-02", "Floods\n\nFamilies slept at the main shelter in Varnby.\n"),
        "b": ("2026-03-02", "Floods\n\nA shelter in Oslund also opened on Sunday.\n"),
    })
    assert sites(report) == []
    report = run_dated(tmp_path / "former", {
        "a": ("2026-03-02", "Mill\n\nThe company's factory in Brenford makes paper.\n"),
        "b": ("2026-03-02", "Mill\n\nThe company's old factory in Dunmore was sold in 2019.\n"),
    })
    assert sites(report) == []
    report = run_dated(tmp_path / "near", {
        "a": ("2026-03-02", "Mill\n\nThe company's factory in Brenford makes paper.\n"),
        "b": ("2026-03-02", "Mill\n\nThe company's factory near Dunmore makes paper.\n"),
    })
    assert sites(report) == []
