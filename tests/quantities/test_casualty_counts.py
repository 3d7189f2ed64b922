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


@pytest.mark.parametrize(("sentence", "head"), [
    ("The storm crossed the island on Monday, killing 12 people.", "dead"),
    ("The bomb tore through the bus station, injuring at least 30 people.", "injured"),
    ("The river burst its banks, displacing 3,000 people.", "evacuated"),
])
def test_a_toll_told_by_a_participle_is_read(tmp_path: Path, sentence: str, head: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-03-02", f"Disaster\n\n{sentence}\n")})
    assert any(sid.startswith(f"quantity:count|{head}|") for sid, _ in _counts(report)), _counts(report)


def test_a_participle_of_no_toll_is_no_toll(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {"a": ("2025-03-02", "Charity\n\nThe appeal closed on Monday, "
                                                      "supporting 12 families in the valley.\n")})
    assert not any(sid.startswith(("quantity:count|dead|", "quantity:count|votes")) for sid, _ in _counts(report))


def test_a_toll_by_participle_against_a_toll_by_verb(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-02", "Blast\n\nA gas explosion hit the Korvin market on Sunday, killing nine people.\n"),
        "b": ("2025-03-02", "Blast\n\nThe gas explosion at the Korvin market on Sunday killed 14 people.\n"),
    })
    assert _findings(report) in (["conflict"], ["tension"])


def test_a_load_coordinated_before_a_comma_stays_the_load(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {"a": ("2025-03-02", "Ferry\n\nThe ferry, carrying 330 passengers and 40 crew, "
                                                      "caught fire on Sunday.\n")})
    assert any(sid.startswith("quantity:count|passengers||carrier:") for sid, _ in _counts(report)), _counts(report)
