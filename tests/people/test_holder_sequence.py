"""A holder said to leave a post another person already held (holder_sequence rule), on
invented company and club reports."""

from __future__ import annotations

from pathlib import Path

from builders import run_articles

from claimcheck.models import Report

RULE = "claimcheck.check.holder_sequence.v1"


def sequence(report: Report) -> list[str]:
    return [f.severity for f in report.findings if f.rule == RULE]


FIRST = "Boss out\n\nThe carrier named its finance head, Ada Quint, interim CEO on Friday. Interim CEO Ada Quint said little.\n"
SECOND = "Second change\n\nThe board then named Bo Lind as interim CEO of the carrier, and interim CEO Bo Lind met staff.\n"


def test_leaving_a_post_another_already_held_is_a_tension(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": FIRST, "b": SECOND,
        "c": "Founder back\n\nThe founder returned and announced the stepping down of interim CEO Ada Quint.\n",
    }, {"a": "2024-03-01", "b": "2024-03-04", "c": "2024-03-12"})
    assert sequence(report) == ["tension"]


def test_a_handover_told_at_once_is_consistent(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": FIRST, "b": SECOND,
        "c": "Handover\n\nThe board replaced interim CEO Ada Quint with another interim chief on Monday.\n",
    }, {"a": "2024-03-01", "b": "2024-03-04", "c": "2024-03-04"})
    assert sequence(report) == []


def test_a_permanent_holder_is_another_post(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": FIRST,
        "b": "New boss\n\nThe board then named Bo Lind as CEO of the carrier, and CEO Bo Lind met staff.\n",
        "c": "Founder back\n\nThe founder returned and announced the stepping down of interim CEO Ada Quint.\n",
    }, {"a": "2024-03-01", "b": "2024-03-04", "c": "2024-03-12"})
    assert sequence(report) == []


def test_a_post_at_another_body_is_another_post(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": FIRST,
        "b": "Rail news\n\nKestrel Rail interim CEO Bo Lind met staff on Monday.\n",
        "c": "Founder back\n\nThe founder returned and announced the stepping down of interim CEO Ada Quint.\n",
    }, {"a": "2024-03-01", "b": "2024-03-04", "c": "2024-03-12"})
    assert sequence(report) == []
