"""Where a person was born (events/birthplaces.py, facet ``born``): "the Lyon-born chef",
"The Lyon native", "a native of Lyon", "X was born in Lyon". Two towns for one person's
birth are a conflict; a town and its country, another person's birthplace, a description no
one person of the article fits, or a "native" plant are not. Invented profiles of a chef and
a novelist."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from claimcheck.models import Report


def births(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "place" and "birthplace" in f.summary)


CHEF = ("Star for Vell\n\nThe restaurant of chef Maren Vell won its first star on Monday. Vell opened it in 2019. "
        "{line}\n")


def test_two_towns_for_one_birth_are_a_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-03-03", CHEF.format(line="The Tarvik-born chef trained in Paris.")),
        "b": ("2026-03-03", CHEF.format(line="The Marlow native learned to cook from her grandmother.")),
        "c": ("2026-03-03", CHEF.format(line="Vell was born and grew up in Marlow's old harbour district.")),
    })
    assert births(report) == ["conflict"]


def test_a_town_in_its_country_or_another_person_is_no_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path / "nest", {
        "a": ("2026-03-03", CHEF.format(line="Vell was born in Lyon.")),
        "b": ("2026-03-03", CHEF.format(line="The French-born chef trained in Paris.")),
    })
    assert "conflict" not in births(report)
    # the other person's birthplace, and a native plant, say nothing of the chef's
    report = run_dated(tmp_path / "other", {
        "a": ("2026-03-03", CHEF.format(line="Her mentor, Ivo Marsh, was born in Tarvik. She grows the Marlow "
                                              "native species in her garden.")),
        "b": ("2026-03-03", CHEF.format(line="Vell was born in Dunmore.")),
    })
    assert births(report) == []


def test_a_description_apposed_to_another_person_is_that_person_s(tmp_path: Path) -> None:
    """ "Ivo Marsh, the Tarvik-born sommelier": Marsh's birthplace, not the chef's."""
    report = run_dated(tmp_path, {
        "a": ("2026-03-03", CHEF.format(line="Her partner, Ivo Marsh, the Tarvik-born sommelier, chose the wines.")),
        "b": ("2026-03-03", CHEF.format(line="Vell was born in Dunmore.")),
    })
    assert births(report) == []
