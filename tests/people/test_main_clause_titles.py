"""A title the main verb gives a name past an appositive ("X, the chairman of Acme, has been
named interim chief executive"), and no title across a sentence end ("... as interim CEO.
Lind ..."). Invented reports of a boardroom change and a charity."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated


def titles(report, person: str) -> set[str]:
    return {c.value.text.casefold() for c in report.claims
            if c.facet == "title" and c.subject.id == person and c.value is not None}


def test_the_main_verbs_title_is_read_past_an_appositive(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-02", "Boardroom change\n\nMarta Lind, the chair of the Halden Foods board, has been named "
                            "interim chief executive after the board removed Jon Berg.\n"),
    })
    assert "interim chief executive" in titles(report, "person:marta-lind")


def test_two_interim_chiefs_named_days_apart_are_a_tension(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-03", "Boardroom change\n\nMarta Lind, the chair of the Halden Foods board, was named "
                            "interim chief executive on Monday after the board removed Jon Berg.\n"),
        "b": ("2025-06-03", "Halden shake-up\n\nHalden Foods named finance chief Ola Dahl as interim chief "
                            "executive on Tuesday.\n"),
    })
    assert [f.severity for f in report.findings if f.kind == "role_holder"] == ["tension"]


def test_no_title_across_a_sentence_end(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-02", "Charity change\n\nThe board handed the charity to finance head Ola Dahl as interim "
                            "CEO. Marta Lind herself becomes executive chair. Marta Lind said so.\n"),
    })
    assert "interim ceo." not in titles(report, "person:marta-lind")
    assert "interim ceo" not in titles(report, "person:marta-lind")
