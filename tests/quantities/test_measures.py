"""Measures of a thing tied to the attribute they measure by their shape (quantities/measures.py).
Articles written for the tests: a mine shaft, a festival's safety zone, a ferry tunnel, an
opera's running time, a substation outage, a swim record."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.quantities.measures import read, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_measure_examples(ex) -> None:
    found = read(ex.text, 0, len(ex.text), [])
    if ex.head is None:
        assert found == []
        return
    m = found[0]
    assert (m.head, m.owner, m.modifier) == (ex.head, ex.owner, ex.modifier)
    assert m.value == pytest.approx(ex.value, rel=1e-3)


def _measures(report) -> list[tuple[str, str]]:
    return sorted((f.subject, f.severity) for f in report.findings
                  if f.kind == "count" and ("|attr:" in f.subject or "|of:" in f.subject))


def test_a_depth_told_three_ways_is_one_measure(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-02", "Mine\n\nThe new shaft reached a depth of 1,240 metres on Friday.\n"),
        "b": ("2025-03-03", "Shaft\n\nCrews drilled 1,420 metres before the rig was stopped.\n"),
        "c": ("2025-03-03", "Shaft work\n\nThe shaft is about 1,250 metres deep, engineers said.\n"),
    })
    assert ("quantity:length|attr:depth||-|fixed", "conflict") in _measures(report)


def test_a_barrier_told_as_a_compound_and_a_setting(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-01", "Flood defences\n\nCrews put up a 200-metre barrier along the river.\n"),
        "b": ("2025-06-01", "Flood defences\n\nEngineers set the barrier at 300 metres along the river.\n"),
    })
    assert _measures(report) == [("quantity:length|of:barrier||-|fixed", "conflict")]


def test_zones_and_cordons_are_redrawn_and_give_none(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-01", "Gas leak\n\nPolice declared a 2 km safety zone around the plant.\n"),
        "b": ("2025-06-01", "Gas leak\n\nThe safety zone of 3 kilometres stayed in place all night.\n"
                            "Officers set the cordon at 400 metres.\n"),
        "c": ("2025-06-01", "Gas leak\n\nA 600-metre cordon was set up.\n"),
    })
    assert _measures(report) == []


def test_a_running_time_and_a_tunnel_length_meet_the_compound_readings(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-09-10", "Premiere\n\nThe opera, which runs 95 minutes, opened on Friday.\n"),
        "b": ("2025-09-11", "Review\n\nThe 110-minute opera was well received.\n"),
    })
    assert ("quantity:duration|of:opera||-|fixed", "conflict") in _measures(report)


def test_a_power_lost_and_a_time_taken_off_a_record(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-01-20", "Outage\n\nThe fault took out 1,200 MW of load across the region.\n"
                            "Lina Roe won in 2:03.10, taking 2 seconds off the previous record.\n"),
        "b": ("2025-01-20", "Grid\n\nSome 2,100 megawatts of demand were lost.\n"
                            "Roe took 3 seconds off the old record.\n"),
    })
    found = _measures(report)
    assert ("quantity:power|attr:load||-|fixed", "conflict") in found
    assert ("quantity:duration|attr:margin||-|fixed", "conflict") in found


def test_about_is_a_variant_and_changes_places_and_shocks_are_none(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-04-01", "Drilling\n\nThe borehole reached a depth of 2,412 metres.\n"
                            "Officials later widened the safety zone to 5 km.\n"
                            "The aftershock struck at a depth of 12 km.\n"),
        "b": ("2025-04-02", "Drilling\n\nThe team drilled about 2,400 metres.\n"
                            "The quake struck at a depth of 30 km.\n"),
    })
    assert _measures(report) == [("quantity:length|attr:depth||-|fixed", "variant")]


def test_two_values_of_one_key_in_one_article_are_two_things(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-01", "Bridges\n\nA 2 km safety zone was set at the north bank and a 4 km safety zone "
                            "at the south bank.\n"),
        "b": ("2025-05-01", "Bridges\n\nPolice declared a 3 km safety zone.\n"),
    })
    assert _measures(report) == []


def test_a_time_given_to_act_is_kept_apart_by_the_act(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-08-04", "Eviction\n\nThe tenant, Mara Voss, was given 48 hours to move out.\n"
                            "She has ten days to appeal.\n"),
        "b": ("2025-08-04", "Eviction order\n\nMara Voss has five days to move out, the court said.\n"),
    })
    assert _measures(report) == [("quantity:duration|attr:deadline||-|fixed", "conflict")]
