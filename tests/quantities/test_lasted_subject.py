"""A duration is compared only when what lasted is written: "which lasted", "that lead
lasted" refer to something named elsewhere, so two of them are never one thing; "the
hearing lasted" in two reports is. A term served "previously" is of another time."""

from __future__ import annotations

from pathlib import Path

from builders import run_articles


def _durations(report) -> list[str]:
    return [f.severity for f in report.findings if f.kind == "count" and "lasted" in f.subject]


def test_what_lasted_written_two_ways_conflicts(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Inquiry\n\nThe hearing lasted three hours on Monday.\n",
        "b": "Inquiry\n\nThe hearing lasted five hours on Monday, a clerk said.\n",
    }, {"a": "2025-05-06", "b": "2025-05-06"})
    assert _durations(report) == ["conflict"]


def test_a_relative_or_demonstrative_subject_is_no_subject(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Concert\n\nShe sang at the arena in a show which lasted for three hours.\n",
        "b": "Label\n\nHe founded the label, which lasted for 14 years before folding.\n",
        "c": "Derby\n\nRovers went ahead but that lead lasted just six minutes.\n",
        "d": "Cup tie\n\nCity scored first. That lead lasted three minutes.\n",
    }, {"a": "2025-05-06", "b": "2025-05-06", "c": "2025-05-06", "d": "2025-05-06"})
    assert _durations(report) == []


def test_a_term_served_previously_is_of_another_time(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Producer jailed\n\nMr Dorn served a 10-month jail term in 2021 for assault. He had previously served "
             "half of a six-year sentence for fraud.\n",
    }, {"a": "2025-05-06"})
    assert [f for f in report.findings if f.kind == "count" and f.severity == "conflict"] == []


def test_fines_of_nobody_named_are_not_one_fine(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Broadcast row\n\nThe row, which saw the network fined a record $40,000, went on for months.\n",
        "b": "Spam case\n\nJurors recommended that the woman be fined $2,500.\n",
    }, {"a": "2025-05-06", "b": "2025-05-06"})
    assert [f.severity for f in report.findings if f.kind == "count" and "forfeiture" in f.subject
            and f.severity in ("conflict", "tension")] == []


def test_fines_of_nobody_named_are_shown_as_a_variant(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Ferry fine\n\nDana Voss was fined $40,000 on Monday.\n",
        "b": "Ferry fine\n\nDana Voss was fined $45,000 on Monday.\n",
    }, {"a": "2025-05-06", "b": "2025-05-06"})
    assert [f.severity for f in report.findings if f.kind == "count" and "forfeiture" in f.subject] == ["variant"]
