"""Heads of a place, a party, a bank or a chamber (``holder_heads`` of checks/titles.yaml: governor, mayor,
regent, leader, speaker) as posts the holder rule reads: two people given one such post by two sources on
one day, with no body written anywhere in the story (the story's one body), are a conflict; on invented
reports of a flood, a central bank, a party contest, a regency and a parliament. Must not fire: two
bodies written, a bare title where the story writes a body with the post, a rank, a lower-case
qualifier, a source naming both people with the post (two provinces' governors), a change of day."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from claimcheck.models import Report

RULE = "claimcheck.check.post_holder.v1"


def holders(report: Report) -> list[str]:
    return [f.severity for f in report.findings if f.rule == RULE]


def test_two_governors_named_bare_on_one_day_are_a_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-04-03", "River bursts banks\n\nGovernor Ana Ruiz ordered schools closed after the river "
                            "burst its banks on Thursday.\n"),
        "b": ("2026-04-03", "Flood closes schools\n\nGovernor Tomas Vidal said 200 families had been moved "
                            "to higher ground.\n"),
    })
    assert holders(report) == ["conflict"]


def test_a_central_bank_governor_and_a_stand_in_party_leader(tmp_path: Path) -> None:
    bank = run_dated(tmp_path / "bank", {
        "a": ("2026-09-10", "Rates held\n\n\"Inflation is falling,\" Governor Mirela Ostrova told reporters.\n"),
        "b": ("2026-09-10", "Bank holds\n\nSpeaking after the decision, Governor Ivo Radan said the bank would "
                            "wait.\n"),
        "c": ("2026-09-12", "Weekend view\n\nGovernor Mirela Ostrova has led the bank since 2022.\n"),
    })
    assert holders(bank) == ["conflict"]  # a third report days later does not hide the day both are told
    party = run_dated(tmp_path / "party", {
        "a": ("2026-02-01", "Contest opens\n\nInterim leader Rosa Keane said the ballot would be fair.\n"),
        "b": ("2026-02-01", "Race begins\n\nThe party's interim leader, Dev Sandhu, urged members to vote.\n"),
    })
    assert holders(party) == ["conflict"]


def test_a_regent_written_before_the_name_with_a_comma(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-02", "Floods cut roads\n\nThe regent, Budi Santoso, said the roads in the district were "
                            "cut on Monday.\n"),
        "b": ("2025-06-02", "District floods\n\nRegent Agus Wibowo said 300 families had left their homes on "
                            "Monday.\n"),
    })
    assert holders(report) == ["conflict"]


def test_bodies_ranks_and_qualifiers_name_other_posts(tmp_path: Path) -> None:
    # two provinces' governors, each written with the province
    assert holders(run_dated(tmp_path / "bodies", {
        "a": ("2026-04-03", "Flood\n\nNorth Vale governor Ana Ruiz closed the schools.\n"),
        "b": ("2026-04-03", "Flood\n\nSouth Vale governor Tomas Vidal closed the roads.\n"),
    })) == []
    # a bare governor where the story writes one province with the post is that province's: with no
    # change told, a conflict; with two provinces written it meets no one
    assert holders(run_dated(tmp_path / "bare", {
        "a": ("2026-04-03", "Flood\n\nNorth Vale governor Ana Ruiz closed the schools.\n"),
        "b": ("2026-04-03", "Flood\n\nGovernor Tomas Vidal closed the roads.\n"),
    })) == ["conflict"]
    assert holders(run_dated(tmp_path / "bare2", {
        "a": ("2026-04-03", "Flood\n\nNorth Vale governor Ana Ruiz and South Vale governor Omar Haddad met.\n"),
        "b": ("2026-04-03", "Flood\n\nGovernor Tomas Vidal closed the roads.\n"),
    })) == []
    # a deputy is not the holder; a community leader is one of many
    assert holders(run_dated(tmp_path / "rank", {
        "a": ("2026-04-03", "Flood\n\nGovernor Ana Ruiz closed the schools.\n"),
        "b": ("2026-04-03", "Flood\n\nDeputy Governor Tomas Vidal closed the roads. Community leader Lina Perez "
                            "asked for boats. Community leader Omar Haddad asked for tents.\n"),
    })) == []
    # one report names two governors (two provinces): the writer knows them apart
    assert holders(run_dated(tmp_path / "both", {
        "a": ("2026-04-03", "Flood\n\nGovernor Ana Ruiz and Governor Tomas Vidal met on the bridge between "
                            "their provinces.\n"),
        "b": ("2026-04-03", "Flood\n\nGovernor Tomas Vidal closed the roads.\n"),
    })) == []
    # a mayor told a week later: a change of holder fits
    assert holders(run_dated(tmp_path / "days", {
        "a": ("2026-04-03", "Storm\n\nMayor Petra Holm opened the shelters on Friday.\n"),
        "b": ("2026-04-14", "Clean-up\n\nMayor Jon Berg thanked the volunteers on Tuesday.\n"),
    })) == []


def test_two_speakers_of_one_chamber(tmp_path: Path) -> None:
    # the chamber written in full and as the owner of a bare title: one body
    report = run_dated(tmp_path / "one", {
        "a": ("2026-05-20", "Assembly sits late\n\nThe Speaker of the National Assembly, Ilse Varga, closed the "
                            "sitting after midnight.\n"),
        "b": ("2026-05-20", "Late vote\n\nThe assembly's speaker, Oskar Lind, said the sitting had been long.\n"),
    })
    assert holders(report) == ["conflict"]
    # a keynote speaker is one of many; a former speaker is no holder
    assert holders(run_dated(tmp_path / "many", {
        "a": ("2026-05-20", "Forum opens\n\nKeynote speaker Ilse Varga spoke on water rights.\n"),
        "b": ("2026-05-20", "Forum\n\nFormer Speaker Oskar Lind spoke on water rights.\n"),
    })) == []
