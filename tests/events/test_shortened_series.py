"""A numbered series named shorter in one article ("the seventh High-Level Coral Dialogue")
is the one longer series whose name ends so ("the 6th Fiji-Japan High-Level Coral
Dialogue"), and a possessive owner before a series' name ("the two countries'") is no part
of it. Articles written for the tests (a reef dialogue, a rail forum)."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated
from claimcheck.events.sessions import find_sessions
from claimcheck.words import scan


def _ordinals(report) -> list[str]:
    return [f.severity for f in report.findings if f.kind == "ordinal"]


def test_a_possessive_owner_is_no_part_of_a_series_name() -> None:
    text = "Officials opened the sixth session of the two countries' High-Level Coral Dialogue on Monday."
    words = scan(text)
    assert [s.series for s in find_sessions(text, words, 0, len(words.lowers))] == \
        ["series:high-level-coral-dialogue"]


def test_a_shortened_name_is_the_one_longer_series(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-10-14", "Coral talks\n\nFiji and Japan opened the 6th Fiji-Japan High-Level Coral Dialogue in Suva "
                            "on Tuesday.\n"),
        "b": ("2026-10-14", "Reef\n\nDelegates met for the seventh High-Level Coral Dialogue in Suva on Tuesday.\n"),
    })
    assert _ordinals(report) == ["conflict"]
    # the finding shows the series by its longer name
    assert [f.summary.split(":")[0] for f in report.findings if f.kind == "ordinal"] == \
        ["Fiji-Japan High-Level Coral Dialogue #6"]


def test_a_shortened_name_two_longer_series_end_with_stays_apart(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-10-14", "Rail\n\nThe 6th Nordic-Baltic Rail Forum opened in Riga on Tuesday.\n"),
        "b": ("2026-10-14", "Rail\n\nThe 3rd Alpine-Danube Rail Forum opened in Linz on Tuesday.\n"),
        "c": ("2026-10-14", "Rail\n\nThe seventh Rail Forum opened in Riga on Tuesday.\n"),
    })
    assert _ordinals(report) == []


def test_a_series_possessive_before_its_numbered_meeting() -> None:
    text = "The Chile-Peru Water Dialogue's ninth meeting opened in Lima on Monday."
    words = scan(text)
    assert [(s.series, s.ordinal) for s in find_sessions(text, words, 0, len(words.lowers))] == \
        [("series:chile-peru-water-dialogue", 9)]
    # a country's owner, or a common head ("the meeting's"), names no series
    for other in ("Peru's ninth meeting with Chile opened.", "The meeting's ninth session opened."):
        w = scan(other)
        assert [s.series for s in find_sessions(other, w, 0, len(w.lowers))] == [""]
    # a definite head of a series ("the dialogue's") names the story's one series of that head
    # (session_coref joins it across articles): it was "" before, which left the session unjoined
    other = "The dialogue's ninth session opened."
    w = scan(other)
    assert [s.series for s in find_sessions(other, w, 0, len(w.lowers))] == ["series:dialogue"]


def test_the_possessive_form_meets_the_numbered_form(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-04-07", "Water\n\nThe 9th Chile-Peru Water Dialogue opened in Lima on Monday.\n"),
        "b": ("2026-04-07", "Water\n\nThe Chile-Peru Water Dialogue's tenth meeting opened in Lima on Monday.\n"),
    })
    assert _ordinals(report) == ["conflict"]
