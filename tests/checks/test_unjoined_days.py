"""Days one apart that nothing joins (checks/date.py): no local-time, midnight or "today"
marker, no part of the day near midnight, no happening that runs over days (a festival), and no
two known zones of the sources between which a shift may carry one moment over midnight: one of
the days is wrong, a conflict. Small invented reports of a regatta, a satellite launch, a
puppet festival and a by-election."""

from __future__ import annotations

import pytest
from builders import run_dated


def _one_day(tmp_path, docs: dict[str, tuple[str, str]]) -> list:
    report = run_dated(tmp_path, docs)
    return [f for f in report.findings if f.kind == "date" and "one day apart" in f.summary]


def _regatta(day: str) -> str:
    return (f"Danes take the Skerry Cup\n\nThe Danish crew skippered by Freja Holm won the Skerry Cup regatta "
            f"{day}, the organisers said. Holm said the wind had dropped in the final race.")


def _launch(day: str) -> str:
    return (f"Weather satellite in orbit\n\nThe Corvo-2 weather satellite was launched from the Alcantra "
            f"spaceport {day}, the agency said. Mission chief Rui Lobo said the solar panels had opened.")


def test_two_whole_days_with_nothing_to_join_them_conflict(tmp_path) -> None:
    found = _one_day(tmp_path, {"a": ("2025-06-10", _regatta("on Saturday")), "b": ("2025-06-10", _regatta("on Sunday"))})
    assert found and all(f.severity == "conflict" for f in found), [(f.severity, f.summary) for f in found]
    assert all("one of the days is wrong" in f.explanation for f in found)


@pytest.mark.parametrize("first, second", [
    ("late on Saturday", "on Sunday"),  # a part of the day near midnight: one night
    ("on Saturday", "early on Sunday"),
    ("on Saturday (local time)", "on Sunday"),  # a local-time marker: two zones
])
def test_a_day_near_midnight_or_marked_local_is_no_conflict(tmp_path, first: str, second: str) -> None:
    found = _one_day(tmp_path, {"a": ("2025-06-10", _launch(first)), "b": ("2025-06-10", _launch(second))})
    assert found and all(f.severity != "conflict" for f in found), [(f.severity, f.summary) for f in found]


def _festival(day: str) -> str:
    return (f"Curtain up in Skerry\n\nThe Skerry Puppet Festival opened {day} with a parade through the old "
            f"harbour, director Ines Vale said. Forty companies are taking part.")


def test_a_happening_that_runs_over_days_stays_a_tension(tmp_path) -> None:
    # a festival's first day in one source, its second in another: both may be its days
    found = _one_day(tmp_path, {"a": ("2025-06-10", _festival("on Friday")), "b": ("2025-06-10", _festival("on Saturday"))})
    assert found and all(f.severity != "conflict" for f in found), [(f.severity, f.summary) for f in found]


def test_two_known_zones_a_shift_may_join_stay_a_tension() -> None:
    from datetime import date

    from claimcheck.checks.zone_days import zones_may_join

    class _Ctx:  # the zones of two outlets half a world apart
        sources: dict = {}

        def shared(self, _key, _make):
            from claimcheck.dating.zones import SourceZone
            return {"lisbon": SourceZone(frozenset({"Europe/Lisbon"}), "outlet", "Lisbon"),
                    "perth": SourceZone(frozenset({"Australia/Perth"}), "outlet", "Perth")}

    class _Claim:
        def __init__(self, source: str) -> None:
            self.id, self.source = source, source

    assert zones_may_join(_Ctx(), date(2025, 6, 7), [_Claim("lisbon")], [_Claim("perth")], set())  # type: ignore[arg-type]
    assert not zones_may_join(_Ctx(), date(2025, 6, 7), [_Claim("perth")], [_Claim("lisbon")], set())  # type: ignore[arg-type]


def _by_election(day: str) -> str:
    return (f"Greens hold Kestle\n\nThe Greens held the Kestle seat in the by-election {day}, with "
            f"candidate Ada Marsh taking 48% of the vote. Turnout was low, officials said.")


def test_a_local_outlet_named_by_its_small_town_writes_its_country_day(tmp_path) -> None:
    from claimcheck.dating.zones import places_in

    assert "Europe/Lisbon" in places_in("Voz do Vale (local weekly, Tomar)")
    assert places_in("The Ledger (local weekly, Crete)") == frozenset()  # a name of two places: none
    assert places_in("The Meridian Star (local paper)") == frozenset()  # only a bracketed field counts
    assert "Europe/Amsterdam" in places_in("De Avondpost (Dutch daily)")  # a country GeoNames calls "The Netherlands"


def test_a_small_town_zone_far_from_the_other_leaves_the_days_a_tension(tmp_path) -> None:
    # a Perth paper's Monday may be a Portuguese town's Sunday: the zones may join them
    from claimcheck import pipeline

    corpus, claims = tmp_path / "corpus", tmp_path / "claims"
    corpus.mkdir()
    claims.mkdir()
    outlets = {"perth": ("The Swan Courier (Perth daily)", "on Monday"), "tomar": ("Voz do Vale (local weekly, Tomar)", "on Sunday")}
    for name, (_, day) in outlets.items():
        (corpus / f"{name}.txt").write_text(_by_election(day), encoding="utf-8")
    (claims / "sources.yaml").write_text("".join(
        f"{name}:\n  published: '2025-06-10'\n  outlet: \"{outlet}\"\n" for name, (outlet, _) in outlets.items()),
        encoding="utf-8")
    report = pipeline.run(corpus, claims)
    found = [f for f in report.findings if f.kind == "date" and "one day apart" in f.summary]
    assert found and all(f.severity != "conflict" for f in found), [(f.severity, f.summary) for f in found]
