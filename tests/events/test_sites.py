"""Where a named facility stands (events/headquarters.py ``site_claims``, facet ``site``):
"the X Bridge in Y", "X Stadium, the club's ground in Y", "the port of X, in Y", and "the
bridge in Y" when the article names one bridge. Two towns for one facility are a conflict
(checks/place.py); one written as an area elsewhere ("Norrvik province"), or two names of one
large town ("Bombay" / "Mumbai"), are no conflict. Invented reports of a stadium, an oil refinery
and a bridge; an indefinite "a plant in X" says nothing of the story's plant."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from claimcheck.entities import gazetteer
from claimcheck.models import Report


def sites(report: Report) -> list[tuple[str, str]]:
    return sorted((f.severity, f.summary) for f in report.findings if f.kind == "place" and "site of" in f.summary)


def test_two_towns_for_one_named_stadium_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-10", "Cup final\n\nThe final will be played at Kestrel Stadium in Marlow on Saturday.\n"),
        "b": ("2026-05-10", "Final preview\n\nFans will fill Kestrel Stadium, the club's home ground in Dunmore, "
                            "on Saturday.\n"),
    })
    assert [s for s, _ in sites(report)] == ["conflict"]


def test_the_bridge_is_the_article_s_one_named_bridge(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-02-03", "Bridge falls\n\nThe Koval River Bridge collapsed on Monday. The 80-metre bridge in "
                            "Tarvik opened in 1970.\n"),
        "b": ("2026-02-03", "Collapse\n\nTwo cars fell when the Koval River Bridge in Pellby gave way on Monday.\n"),
    })
    assert [s for s, _ in sites(report)] == ["conflict"]
    # two bridges named in the article: "the bridge" is neither
    report = run_dated(tmp_path / "two", {
        "a": ("2026-02-03", "Bridges\n\nThe Koval River Bridge collapsed and the Tarn Bridge was closed. The "
                            "80-metre bridge in Tarvik opened in 1970.\n"),
        "b": ("2026-02-03", "Collapse\n\nTwo cars fell when the Koval River Bridge in Pellby gave way.\n"),
    })
    assert sites(report) == []


def test_an_area_a_large_town_s_other_name_or_another_plant_is_no_conflict(tmp_path: Path) -> None:
    # the area written so elsewhere: it may hold the town
    report = run_dated(tmp_path / "area", {
        "a": ("2026-09-01", "Refinery fire\n\nA fire broke out at the Vesta Oil Refinery in Oskby on Monday.\n"),
        "b": ("2026-09-01", "Refinery shut\n\nThe Vesta Oil Refinery in Norrvik was shut. Norrvik province has "
                            "three refineries.\n"),
    })
    assert [s for s, _ in sites(report)] == ["variant"]
    # two names of one city
    report = run_dated(tmp_path / "city", {
        "a": ("2026-09-01", "Fire\n\nA fire broke out at Crescent General Hospital in Chittagong on Monday.\n"),
        "b": ("2026-09-01", "Fire\n\nA fire broke out at Crescent General Hospital in Chattogram on Monday.\n"),
    })
    assert [s for s, _ in sites(report)] in ([], ["variant"])
    assert gazetteer.one_town("Chittagong", "Chattogram") and not gazetteer.one_town("Oslo", "Bergen")
    # an indefinite plant may be another one
    report = run_dated(tmp_path / "plant", {
        "a": ("2026-09-01", "Recall\n\nThe tablets were made at the Norda Pharma Plant in Kalby.\n"),
        "b": ("2026-09-01", "Recall\n\nNorda also runs a plant in Ostby.\n"),
    })
    assert sites(report) == []



def test_a_definite_region_written_with_its_noun_is_the_place(tmp_path: Path) -> None:
    # mining: "the Kestrel Smelter in the Pilbara region" / "... in the Kimberley region"
    report = run_dated(tmp_path, {
        "a": ("2026-06-03", "Smelter fire\n\nThe fire broke out at the Kestrel Smelter in the Pilbara region on "
                            "Tuesday, the operator said.\n"),
        "b": ("2026-06-04", "Smelter shut\n\nProduction stopped at the Kestrel Smelter in the Kimberley region "
                            "after Tuesday's fire, the company said.\n"),
    })
    assert [s for s, _ in sites(report)] == ["conflict"]
