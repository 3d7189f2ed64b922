"""The issue's people cases on small invented reports (government, companies, sport,
courts): a rank conflict, a portfolio conflict, wording variants, a family name first in
capitals, namesakes kept apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_articles

from claimcheck.models import Report

DAY = "2024-05-06"


def findings(report: Report, kind: str) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == kind)


def run(tmp_path: Path, a: str, b: str) -> Report:
    return run_articles(tmp_path, {"a": a, "b": b}, {"a": DAY, "b": DAY})


@pytest.mark.parametrize(("a", "b"), [
    ("Budget\n\nDeputy Finance Minister Ivo Dane presented the budget on Monday.\n",
     "Budget day\n\nFinance Minister Ivo Dane presented the budget on Monday.\n"),  # rank
    ("Visit\n\nDefence Minister Ivo Dane visited the base on Monday.\n",
     "Base visit\n\nForeign Minister Ivo Dane visited the base on Monday.\n"),  # portfolio
])
def test_another_rank_or_portfolio_on_one_day_conflicts(tmp_path: Path, a: str, b: str) -> None:
    assert findings(run(tmp_path, a, b), "title") == ["conflict"]


@pytest.mark.parametrize(("a", "b"), [
    ("Clinics\n\nMinister for Health Rosa Pell opened the clinic on Monday.\n",
     "Clinic opens\n\nHealth Minister Rosa Pell opened a clinic on Monday.\n"),
    ("Results\n\nChief executive Lena Stroud said sales rose on Monday.\n",
     "Sales up\n\nCEO Lena Stroud said on Monday that sales rose.\n"),
])
def test_one_title_worded_two_ways_is_a_variant(tmp_path: Path, a: str, b: str) -> None:
    assert findings(run(tmp_path, a, b), "title") == ["variant"]


def test_a_former_title_beside_the_current_one_is_no_conflict(tmp_path: Path) -> None:
    report = run(tmp_path, "Derby\n\nFormer Harwick captain Eli Marsh now coaches Dunmore, he said on Monday.\n",
                 "Derby day\n\nDunmore coach Eli Marsh praised his players on Monday.\n")
    assert findings(report, "title") in ([], ["variant"])


def test_a_family_name_first_in_capitals_is_one_person(tmp_path: Path) -> None:
    report = run(tmp_path, "Talks\n\nKANG Min-jun, the trade envoy, arrived in Lima on Monday.\n",
                 "Talks open\n\nTrade envoy Kang Minjun arrived in Lima on Monday, officials said.\n")
    assert findings(report, "name_variant") == ["variant"]


def test_namesakes_with_other_given_names_stay_apart(tmp_path: Path) -> None:
    report = run(tmp_path, "Court\n\nJudge Mary Holt sentenced the men on Monday.\n",
                 "Court day\n\nProsecutor Anne Holt asked for long terms on Monday.\n")
    people = {c.subject.id for c in report.claims if c.subject.id.startswith("person:")}
    assert {"person:mary-holt", "person:anne-holt"} <= people
    assert findings(report, "title") == [] and findings(report, "name_variant") == []


def test_two_holders_of_one_office_in_sequence_are_consistent(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Budget\n\nCanadian Finance Minister Ivo Dane presented the budget on Monday.\n",
        "b": "New budget\n\nCanadian Finance Minister Ruth Alder presented a new budget on Monday.\n",
    }, {"a": "2023-03-06", "b": "2024-05-06"})
    assert findings(report, "role_holder") == []


def test_two_holders_of_one_office_on_one_day_conflict(tmp_path: Path) -> None:
    report = run(tmp_path, "Budget\n\nCanadian Finance Minister Ivo Dane presented the budget on Monday.\n",
                 "Budget day\n\nCanadian Finance Minister Ruth Alder presented the budget on Monday.\n")
    assert findings(report, "role_holder") == ["conflict"]
