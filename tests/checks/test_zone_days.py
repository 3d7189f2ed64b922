"""Days one apart told by outlets whose time zones are known (dating/zones.py,
checks/zone_days.py): a conflict when no zone shift between the two outlets carries one
moment over midnight (one zone, the later day told by the zone behind, an hour too far from
midnight), a variant when the shift carries the hour written, the date rule's tension when a
zone is unknown or no hour is written. Small invented reports of a satellite launch, a rugby
match and a court ruling."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import pipeline
from claimcheck.dating import zones
from claimcheck.models import Source


def _run(tmp_path: Path, docs: dict[str, tuple[str, str, str]]):
    """name -> (outlet, publication day, text)."""
    corpus, claims = tmp_path / "corpus", tmp_path / "claims"
    corpus.mkdir()
    claims.mkdir()
    for name, (_, _, text) in docs.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    (claims / "sources.yaml").write_text("".join(
        f"{name}:\n  published: '{day}'\n" + (f"  outlet: \"{outlet}\"\n" if outlet else "")
        for name, (outlet, day, _) in docs.items()), encoding="utf-8")
    report = pipeline.run(corpus, claims)
    return [f for f in report.findings if f.kind == "date" and "one day apart" in f.summary]


def _launch(when: str) -> str:
    return (f"Weather satellite reaches orbit\n\nThe Haruka-7 weather satellite lifted off from the Koyama "
            f"launch site {when}, the space agency said. Engineers said the satellite was healthy.")


def _match(when: str) -> str:
    return (f"Harbour Rovers win the derby\n\nHarbour Rovers beat Eastwood Saints 21-14 at Moore Park {when}, "
            f"coach Dan Kerr said. Captain Liam Ord scored two tries.")


def test_the_later_day_told_by_the_zone_behind_is_a_conflict(tmp_path) -> None:
    found = _run(tmp_path, {
        "tokyo": ("The Tokyo Evening Star (Japan)", "2026-03-06", _launch("on Wednesday")),
        "london": ("The Thames Courier (London daily)", "2026-03-06", _launch("on Thursday")),
    })
    assert [f.severity for f in found] == ["conflict"], [(f.severity, f.summary) for f in found]
    assert "time zones" in found[0].explanation


def test_one_zone_two_days_is_a_conflict(tmp_path) -> None:
    found = _run(tmp_path, {
        "a": ("The Sydney Ledger (local paper)", "2026-05-18", _match("on Saturday")),
        "b": ("Harbour Sport (Sydney)", "2026-05-18", _match("on Sunday")),
    })
    assert [f.severity for f in found] == ["conflict"], [(f.severity, f.summary) for f in found]


def test_the_zone_ahead_telling_the_later_day_with_an_hour_near_midnight_is_a_variant(tmp_path) -> None:
    found = _run(tmp_path, {
        "tokyo": ("The Tokyo Evening Star (Japan)", "2026-03-06", _launch("at 8:15 a.m. on Thursday")),
        "london": ("The Thames Courier (London daily)", "2026-03-06", _launch("late on Wednesday")),
    })
    assert [f.severity for f in found] == ["variant"], [(f.severity, f.summary) for f in found]


def test_no_hour_between_two_known_zones_stays_a_tension(tmp_path) -> None:
    # Paris lies behind Sydney, so its Saturday may be Sydney's Sunday: nothing tells
    found = _run(tmp_path, {
        "sydney": ("The Sydney Ledger (local paper)", "2026-05-18", _match("on Sunday")),
        "paris": ("Le Quotidien (Paris daily)", "2026-05-18", _match("on Saturday")),
    })
    assert [f.severity for f in found] == ["tension"], [(f.severity, f.summary) for f in found]


@pytest.mark.parametrize("other_outlet", ["Sports Digest (wire copy)", ""])
def test_a_zone_unknown_is_no_shift(tmp_path, other_outlet: str) -> None:
    # a source naming no home of its own is read as writing the story's day: with no marker,
    # its Saturday against Sydney's Sunday is a wrong day
    found = _run(tmp_path, {
        "sydney": ("The Sydney Ledger (local paper)", "2026-05-18", _match("on Sunday")),
        "other": (other_outlet, "2026-05-18", _match("on Saturday")),
    })
    assert [f.severity for f in found] == ["conflict"], [(f.severity, f.summary) for f in found]


def test_no_hour_with_the_later_day_told_far_ahead_is_a_variant(tmp_path) -> None:
    # Auckland runs 19 hours or more ahead of Seattle: most of Seattle's Saturday is Auckland's
    # Sunday, so the two whole days are one moment in two zones
    found = _run(tmp_path, {
        "auckland": ("The Auckland Mercury (New Zealand)", "2026-05-18", _match("on Sunday")),
        "seattle": ("The Seattle Examiner (local paper)", "2026-05-18", _match("on Saturday")),
    })
    assert [f.severity for f in found] == ["variant"], [(f.severity, f.summary) for f in found]


def test_a_dateline_gives_a_wire_its_zone(tmp_path) -> None:
    ruling = ("Former mayor jailed\n\n{line}A court sentenced former mayor Rui Costa to five years in "
              "prison {when} for taking bribes, judge Ana Ferro said. Costa said he would appeal.")
    found = _run(tmp_path, {
        "wire": ("Continental Wire", "2026-04-09", ruling.format(line="LISBON, April 9 (CW) - ", when="on Thursday")),
        "daily": ("Diario do Tejo (Lisbon daily)", "2026-04-09", ruling.format(line="", when="on Wednesday")),
    })
    assert [f.severity for f in found] == ["conflict"], [(f.severity, f.summary) for f in found]


@pytest.mark.parametrize("example", zones.table().examples, ids=lambda e: (e.get("outlet") or e["text"])[:40])
def test_zone_examples(example: dict[str, str]) -> None:
    source = Source(id="x", path="x.txt", outlet=example.get("outlet"), text=example.get("text", ""))
    found = zones.source_zone(source)
    if example["zone"]:
        assert found is not None and example["zone"] in found.zones, found
    else:
        assert found is None, found


def test_offsets_count_summer_time() -> None:
    z = zones.SourceZone(frozenset({"Europe/London"}), "outlet", "London")
    from datetime import date
    assert zones.offsets(z, date(2026, 1, 10)) == (0.0, 0.0)
    assert zones.offsets(z, date(2026, 7, 10)) == (1.0, 1.0)
