"""Results of a race or timed performance (quantities/results.py) and the rule that one race
has one finishing time and one place per performer (checks/result.py). Articles written for
the tests: a city marathon, a ski race, a swimming gala."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.quantities.results import read, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_result_examples(ex) -> None:
    found = read(ex.text)
    if ex.who is None:
        assert found == []
        return
    kind, who, value, _, pre, _ = found[0]
    assert who == ex.who
    assert value == pytest.approx(ex.seconds if kind == "time" else ex.place)
    assert pre is ex.preliminary


def _found(report, prefix: str) -> list[str]:
    return sorted(f.severity for f in report.findings if f.subject.startswith(prefix))


def test_two_finishing_times_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-04-14", "Marathon\n\nLena Okafor won the Harbour City Marathon in 2:21:09 on Sunday.\n"),
        "b": ("2025-04-14", "Okafor wins\n\nLena Okafor crossed the line in 2 hours 24 minutes 9 seconds on Sunday.\n"),
    })
    assert _found(report, "result:") == ["conflict"]


def test_a_rounded_time_is_a_variant(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-08-03", "Sprint\n\nTomas Brandt clocked 9.87 seconds to win the final on Saturday.\n"),
        "b": ("2025-08-03", "Brandt\n\nTomas Brandt won the final in 9.9 seconds on Saturday.\n"),
    })
    assert _found(report, "result:") == ["variant"]


def test_a_heat_is_not_held_against_the_final(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-08-01", "Heats\n\nMia Sorel won her heat in 2:04.51 on Friday.\n"),
        "b": ("2025-08-03", "Final\n\nMia Sorel won the final in 2:03.12 on Sunday.\n"),
        "c": ("2025-08-03", "Gala\n\nMia Sorel finished in 2:03.12 on Sunday, a personal best.\n"),
    })
    assert _found(report, "result:") == []


def test_two_places_conflict_and_a_gap_is_no_time(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-01-19", "Downhill\n\nAnders Holm finished third in the downhill on Saturday, 0.41 seconds "
                            "behind the winner.\n"),
        "b": ("2025-01-19", "Holm on podium\n\nAnders Holm came second in the downhill on Saturday.\n"),
    })
    assert _found(report, "placing:") == ["conflict"]
    assert _found(report, "result:") == []


def test_races_a_year_apart_are_not_compared(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-04-15", "Marathon\n\nLena Okafor won the marathon in 2:22:40.\n"),
        "b": ("2025-04-14", "Marathon\n\nLena Okafor won the marathon in 2:21:09.\n"),
    })
    assert _found(report, "result:") == []
