"""A rank word ("Additional") before a title is part of it: "Additional Deputy Commissioner"
and "Deputy Commissioner" are two ranks; a court's level written in a judge's title names
one bench. Invented reports of a flood inquiry and a fraud case."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

RULE = "claimcheck.check.title.v1"


def title_findings(report) -> list[str]:
    return [f.severity for f in report.findings if f.rule == RULE and f.severity != "variant"]


INQUIRY = ("Flood inquiry\n\nThe inquiry into the flood will be headed by Additional Deputy Commissioner "
           "Nasrin Akter, district officials said.\n")


def test_an_additional_rank_is_another_rank(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-08-04", INQUIRY),
        "b": ("2025-08-05", "Flood probe\n\nDeputy Commissioner Nasrin Akter will head the inquiry, officials "
                            "said.\n"),
    })
    assert title_findings(report) == ["conflict"]


def test_one_rank_written_alike_is_no_finding(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-08-04", INQUIRY),
        "b": ("2025-08-05", "Flood probe\n\nAdditional Deputy Commissioner Nasrin Akter will head the inquiry, "
                            "and additional police officers were sent.\n"),
    })
    assert title_findings(report) == []


def test_two_benches_conflict_and_a_plain_judge_fits_either(tmp_path: Path) -> None:
    fraud = "Fraud case\n\nU.S. District Judge Alma Reyes said the case would go to trial.\n"
    report = run_dated(tmp_path / "benches", {
        "a": ("2025-03-03", fraud),
        "b": ("2025-03-04", "Fraud plea\n\nU.S. Magistrate Judge Alma Reyes accepted the plea.\n"),
    })
    assert title_findings(report) == ["conflict"]
    report = run_dated(tmp_path / "plain", {
        "a": ("2025-03-03", fraud),
        "b": ("2025-03-04", "Fraud plea\n\nFederal judge Alma Reyes accepted the plea.\n"),
    })
    assert title_findings(report) == []


def test_a_bodys_president_is_not_its_general_secretary(tmp_path: Path) -> None:
    report = run_dated(tmp_path / "union", {
        "a": ("2025-10-06", "Bus strike\n\nUnion president Rosa Vidal said drivers would stay out.\n"),
        "b": ("2025-10-08", "Bus strike goes on\n\nTransit Workers Union general secretary Rosa Vidal said drivers "
                            "would stay out.\n"),
    })
    assert title_findings(report) == ["conflict"]
    # a head of state who also leads the party: no body written with the presidency
    report = run_dated(tmp_path / "state", {
        "a": ("2025-10-06", "State visit\n\nPresident Rosa Vidal arrived in Hanoi on Monday.\n"),
        "b": ("2025-10-08", "Party congress\n\nParty general secretary Rosa Vidal opened the congress.\n"),
    })
    assert title_findings(report) == []
