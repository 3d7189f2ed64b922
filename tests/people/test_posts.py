"""Posts at the head of one body (chief executive, chief technology officer, general
manager, "<portfolio> director"): two of them for one person on one day conflict, though
their head words differ; a joint role coordinated with a post ("founder and chief
technology officer") gives the post; a surname with a letter added at its end is one person.
Small invented reports (a brewery, a football club, a shipping line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_articles

from claimcheck.models import Report

DAY = "2025-02-12"


def titles(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "title")


def run(tmp_path: Path, a: str, b: str) -> Report:
    return run_articles(tmp_path, {"a": a, "b": b}, {"a": DAY, "b": DAY})


@pytest.mark.parametrize(("a", "b"), [
    ("Brewery sold\n\nThe brewery was sold to a rival, chief executive Marta Lind said.\n",
     "Brewery deal\n\nMarta Lind, the brewery's founder and chief technology officer, said the sale was agreed.\n"),
    ("Club statement\n\nGeneral manager Tomas Berglund said the club would appeal.\n",
     "Club to appeal\n\nTomas Berglund, the club's finance director, said the club would appeal.\n"),
    ("Brewery sold\n\nMarta Lind, Nordbrau's CTO, said the brewery was sold.\n",  # the body's name alike
     "Brewery deal\n\nNordbrau CEO Marta Lind said the sale was agreed.\n"),
    ("Brewery sold\n\nThe brewery's chief technology officer, Marta Lind, said it was sold.\n",  # before the name
     "Brewery deal\n\nChief executive Marta Lind said the sale was agreed.\n"),
    ("Ferry line\n\nChief executive Rui Tavares said the ferries would run.\n",  # a slip as well
     "Ferries to run\n\nRui Tavaresh, the line's founder and chief financial officer, said the ferries would run.\n"),
])
def test_two_posts_at_the_head_of_one_body_conflict(tmp_path: Path, a: str, b: str) -> None:
    assert "conflict" in titles(run(tmp_path, a, b))


@pytest.mark.parametrize(("a", "b"), [
    # a former post beside a current one
    ("Brewery sold\n\nThe brewery was sold, chief executive Marta Lind said.\n",
     "Brewery deal\n\nMarta Lind, a former army engineer, said the sale was agreed.\n"),
    # an interim post held beside one's own
    ("Line news\n\nInterim CEO Rui Tavares said the ferries would run.\n",
     "Ferries to run\n\nChief technology officer Rui Tavares said the ferries would run.\n"),
    # one source says interim, another leaves it out
    ("Line news\n\nInterim CEO Rui Tavares said the ferries would run.\n\nCEO Rui Tavares thanked the crews.\n",
     "Ferries to run\n\nChief technology officer Rui Tavares said the ferries would run.\n"),
    # a joint role alone is no post
    ("Brewery sold\n\nThe brewery was sold, chief executive Marta Lind said.\n",
     "Brewery deal\n\nMarta Lind, the brewery's founder, said the sale was agreed.\n"),
    # posts at two bodies
    ("Club statement\n\nRovers CEO Tomas Berglund said the club would appeal.\n",
     "Club to appeal\n\nCity CFO Tomas Berglund said the club would appeal.\n"),
])
def test_no_conflict_without_two_current_posts_at_one_body(tmp_path: Path, a: str, b: str) -> None:
    assert "conflict" not in titles(run(tmp_path, a, b))
    assert "tension" not in titles(run(tmp_path / "2", a, b))
