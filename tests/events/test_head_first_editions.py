"""An edition of a recurring event whose name is written head first (events/sessions.py,
`named_first` in events/sessions.yaml): "the 20th Festival of Nordic Music" and "the 21st
Festival of Nordic Music" number one edition two ways; last year's or next year's edition, a
lower-case head ("his second tour of duty") or a head with no name after it number nothing
that meets this year's. Invented reports of a music festival and a sailing rally."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from claimcheck.models import Report


def ordinals(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "ordinal")


def sessions(report: Report) -> set[str]:
    return {c.subject.id for c in report.claims if c.subject.id.startswith("series:")}


def test_one_edition_numbered_two_ways_is_a_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-08-02", "Festival opens\n\nThe 20th Festival of Nordic Music opened in Tromsø on Saturday with "
                            "a concert by the city orchestra.\n"),
        "b": ("2026-08-03", "Crowds in Tromsø\n\nSome 9,000 people attended the 21st Festival of Nordic Music in "
                            "Tromsø, organisers said.\n"),
    })
    assert "series:nordic-music-festival#20" in sessions(report)
    assert ordinals(report) == ["conflict"]
    report = run_dated(tmp_path / "rally", {
        "a": ("2026-05-10", "Rally ends\n\nThe yacht Skua won the 12th Rally of the Western Isles on Sunday.\n"),
        "b": ("2026-05-11", "Skua takes rally\n\nThe yacht Skua has won the 11th Rally of the Western Isles, its "
                            "first victory.\n"),
    })
    assert ordinals(report) == ["conflict"]


def test_other_editions_and_other_shapes_are_no_finding(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-08-02", "Festival opens\n\nThe 20th Festival of Nordic Music opened in Tromsø on Saturday.\n"),
        "b": ("2026-08-03", "Conductor returns\n\nEva Lind, who conducted at the 19th Festival of Nordic Music last "
                            "year, returned on Saturday. The 21st Festival of Nordic Music will open in Bodø next "
                            "year.\n"),
    })
    assert ordinals(report) == []
    # a lower-case head, or a capitalised head with no name after it, numbers no edition
    report = run_dated(tmp_path / "duty", {
        "a": ("2026-05-10", "Veteran honoured\n\nThe sergeant served his second tour of duty in 2004. He won the "
                            "third Race on the lake.\n"),
    })
    assert sessions(report) == set()
