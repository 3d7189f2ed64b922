"""Titles set off before a name with a field of one or two lower-case words ("the civil aviation
minister, X"), a filler before the post ("the local mayor, X", "the current minister, X"), no
owner read across a conjunction ("X, and Peru's undersecretary, Y"), and a title dated only by
the statement about its holder, not by a relative clause later in the sentence. Small invented
reports on a port, a hospital, a ferry line and a ski race."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated


def _titles(tmp_path: Path, docs: dict[str, tuple[str, str]]) -> set[tuple[str, str, str]]:
    report = run_dated(tmp_path, docs)
    return {(c.subject.id, c.value.text, c.when.value if c.when else "") for c in report.claims
            if c.predicate == "title" and c.value is not None}


def test_two_field_words_before_a_minister(tmp_path: Path) -> None:
    got = _titles(tmp_path, {"a": ("2026-05-04", "Ferry line\n\nThe civil aviation minister, Lena Varga, "
                                                  "told parliament the line would close.\n")})
    assert ("person:lena-varga", "civil aviation minister", "") in got


def test_a_filler_before_the_post(tmp_path: Path) -> None:
    got = _titles(tmp_path, {"a": ("2026-05-04", "Port works\n\nThe local mayor, Hugo Brandt, opened the quay. "
                                                  "The current minister, Ana Berg, was absent.\n")})
    titles = {(p, t) for p, t, _ in got}
    assert ("person:hugo-brandt", "mayor") in titles
    assert ("person:ana-berg", "minister") in titles


def test_no_owner_across_a_conjunction(tmp_path: Path) -> None:
    got = _titles(tmp_path, {"a": ("2026-05-04", "Hospital talks\n\nThe chair handed over to two colleagues: "
                                                  "his deputy director, Rosa Lind, and Peru's Undersecretary for "
                                                  "Health, Tomas Ortiz.\n")})
    assert not any(p == "person:rosa-lind" and "ndersecretary" in t for p, t, _ in got)
    assert any(p == "person:tomas-ortiz" for p, _, _ in got)


def test_a_later_relative_clause_does_not_date_the_title(tmp_path: Path) -> None:
    got = _titles(tmp_path, {"a": ("2026-02-02", "Ski race\n\nClub president Nora Falk presented the cup with "
                                                  "chief judge Ivo Lenz, who said the race would return next year.\n")})
    assert ("person:nora-falk", "Club president", "") in got


def test_a_leading_date_still_dates_the_title(tmp_path: Path) -> None:
    got = _titles(tmp_path, {"a": ("2026-02-02", "Ski race\n\nOn January 30, club president Nora Falk presented "
                                                  "the cup.\n")})
    assert ("person:nora-falk", "club president", "2026-01-30") in got
