"""The title lattice (resources/checks/title_lattice.yaml): two posts of one family stated
for one person within a week by different sources, neither as a change of post, disagree;
one post worded two ways, posts of two families, a generic word, a former post or a change
told by the text do not. Small invented reports: a court, a football club, a navy, a
company, a ministry."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_dated

from claimcheck.checks.tables import title_lattice
from claimcheck.checks.title_lattice import lattice_relation


@pytest.mark.parametrize("example", title_lattice().examples, ids=lambda e: f"{e.a}|{e.b}")
def test_lattice_examples(example) -> None:
    assert lattice_relation(example.a, example.b) == example.expect
    assert lattice_relation(example.b, example.a) == example.expect


def _titles(tmp_path: Path, first: str, second: str, days: tuple[str, str] = ("2025-03-03", "2025-03-04")) -> list[str]:
    report = run_dated(tmp_path, {"a": (days[0], f"Report\n\n{first}\n"), "b": (days[1], f"Update\n\n{second}\n")})
    return sorted(f.severity for f in report.findings if f.kind == "title" and f.severity != "variant")


@pytest.mark.parametrize("first, second", [
    # a court: one person is the judge or the prosecutor of a case
    ("Judge Ana Ruiz adjourned the fraud trial.", "Prosecutor Ana Ruiz asked for a five-year sentence."),
    # a football club's staff
    ("Sporting director Tom Hale said the club would appeal.", "Harlow team manager Tom Hale said the club would appeal."),
    # a navy: one rank at a time
    ("Commodore Ian Frost led the patrol into the strait.", "Rear Admiral Ian Frost led the patrol into the strait."),
    # a company: "<Org>'s <title>, <Name>" after a quote
    ("Acme chief executive Lena Marsh said sales fell.",
     '"We expect a weak quarter," Acme\'s finance chief, Lena Marsh, told analysts.'),
    # a ministry: a director and a director-general are two posts
    ("Director-General Omar Haddad of the Water Department opened the dam.",
     "Omar Haddad, a director at the Water Department, opened the dam."),
])
def test_two_posts_of_one_family_days_apart_disagree(tmp_path: Path, first: str, second: str) -> None:
    assert _titles(tmp_path, first, second) == ["conflict"]


@pytest.mark.parametrize("first, second", [
    # one post worded two ways
    ("Judge Ana Ruiz adjourned the fraud trial.", "Presiding judge Ana Ruiz adjourned the trial."),
    ("Sporting director Tom Hale said the club would appeal.",
     "Tom Hale, the club's technical director, said the club would appeal."),
    ("Rear Admiral Ian Frost led the patrol into the strait.", "Admiral Ian Frost led the patrol into the strait."),
    ("Labor Secretary Rita Moss met the unions.", "Labor Minister Rita Moss met the unions."),
    # a former post, a role beside a rank, posts of two families, a generic word
    ("Former prosecutor Ana Ruiz now sits as a judge.", "Judge Ana Ruiz adjourned the trial."),
    ("Rear Admiral Ian Frost, the task force commander, spoke.", "Rear Admiral Ian Frost led the patrol."),
    ("Minister Rita Moss met the unions.", "Rita Moss, the party leader, met the unions."),
    ("Defence Minister Rita Moss met the unions.", "Defence chief Rita Moss met the unions."),
    # "federal judge" and "district judge" may be one judge
    ("District Judge Ana Ruiz adjourned the trial.", "Federal judge Ana Ruiz adjourned the trial."),
])
def test_one_post_or_compatible_posts_do_not(tmp_path: Path, first: str, second: str) -> None:
    assert _titles(tmp_path, first, second) == []


def test_a_change_of_post_weeks_apart_is_no_finding(tmp_path: Path) -> None:
    assert _titles(tmp_path, "Commodore Ian Frost led the patrol into the strait.",
                   "Rear Admiral Ian Frost led the patrol into the strait.", ("2025-03-03", "2025-04-20")) == []


def test_a_promotion_the_text_tells_is_no_finding(tmp_path: Path) -> None:
    assert _titles(tmp_path, "Commodore Ian Frost led the patrol into the strait.",
                   "Ian Frost, who was promoted to Rear Admiral on Tuesday, led the patrol.",
                   ("2025-03-03", "2025-03-06")) == []
