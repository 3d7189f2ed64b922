"""Casualties counted among a carrier's passengers and hurt told by a verb of undergoing
(``quantities/scope.py``: ``_qualified``, ``injury_verbs``/``harm_nouns`` of the quantity
tables). Articles written for the tests: a coach crash, a ferry fire, a factory blast."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated


def _counts(report) -> list[tuple[str, float]]:
    return sorted((c.subject.id, c.value.value) for c in report.claims
                  if c.subject.id.startswith("quantity:count") and c.value is not None)


def _findings(report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "count" and f.severity in ("conflict", "tension"))


@pytest.mark.parametrize(("sentence", "head"), [
    ("The coach overturned on the pass, and four passengers were hurt.", "passengers:injured"),
    ("The crash killed two passengers, police said.", "passengers:dead"),
    ("Two passengers died when the ferry caught fire.", "passengers:dead"),
    ("Three passengers suffered minor injuries as they left the ferry.", "passengers:injured"),
    ("Six workers sustained burns in the blast at the plant.", "employees:injured"),
])
def test_a_casualty_count_is_read(tmp_path: Path, sentence: str, head: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-03-02", f"Accident\n\n{sentence}\n")})
    assert any(sid.startswith(f"quantity:count|{head}|") for sid, _ in _counts(report))


@pytest.mark.parametrize("sentence", [
    "About 300 passengers boarded the ferry at dawn.",  # the load, not a toll
    "Three passengers received refunds after the delay.",  # a verb of undergoing without harm
    "Four workers suffered losses when the plant closed.",
])
def test_no_casualty_without_harm(tmp_path: Path, sentence: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-03-02", f"Accident\n\n{sentence}\n")})
    assert not any(":injured|" in sid or ":dead|" in sid for sid, _ in _counts(report))


def test_passengers_killed_told_twice_differently_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-02", "Coach crash\n\nThe coach left the road near Tarsk on Saturday and "
                            "the crash killed four passengers, police said.\n"),
        "b": ("2025-03-02", "Coach crash\n\nSix passengers died when the coach left the road "
                            "near Tarsk on Saturday.\n"),
    })
    assert "conflict" in _findings(report) or "tension" in _findings(report)


def test_a_rising_toll_of_passengers_is_no_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-02", "Ferry fire\n\nTwo passengers died in the fire aboard the ferry, "
                            "the coastguard said on Sunday.\n"),
        "b": ("2025-03-05", "Ferry fire\n\nFive passengers have now died after the fire aboard "
                            "the ferry, the coastguard said on Wednesday.\n"),
    })
    assert _findings(report) == []
