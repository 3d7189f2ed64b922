"""Titles with a portfolio no table knows ("Vice-Minister for Rural Affairs X"), and two
posts of one ladder stated days apart (claimcheck.check.title.v1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_dated

from claimcheck.checks.title import title_head
from claimcheck.entities.chunks import analyse


def _pieces(chunk: str) -> list[tuple[str, str]]:
    return [(p.what, chunk[p.start : p.end]) for p in analyse(chunk)]


@pytest.mark.parametrize(
    ("chunk", "title", "name"),
    [
        ("Vice-Minister for Rural Affairs Maria Lopez", "Vice-Minister for Rural Affairs", "Maria Lopez"),
        ("Director of Football Operations Mark Hill", "Director of Football Operations", "Mark Hill"),
        # without a known given name the last two words are the name
        ("Director-General of Water Resources Tadeusz Wrona", "Director-General of Water Resources", "Tadeusz Wrona"),
    ],
)
def test_unknown_portfolio_after_a_title_is_the_titles(chunk: str, title: str, name: str) -> None:
    assert _pieces(chunk) == [("title", title), ("run", name)]


def test_known_portfolio_and_short_runs_are_unchanged() -> None:
    assert _pieces("Minister for Foreign Affairs Maria Lopez") == [
        ("title", "Minister for Foreign Affairs"), ("run", "Maria Lopez")]
    # two words after "for": the name alone, no portfolio to split off
    assert _pieces("Secretary for Maria Lopez")[-1] == ("run", "Maria Lopez")


def test_title_head_reads_before_for_and_drops_a_rank_prefix() -> None:
    assert title_head("vice-minister for rural affairs") == "minister"
    assert title_head("director-general of water resources") == "director-general"
    assert title_head("deputy director of operations") == "director"


def _report(tmp_path: Path, second_day: str, second_text: str):
    return run_dated(tmp_path, {
        "a": ("2024-06-03", "Ports talks end\n\nVice-Minister for Maritime Affairs Maria Lopez opened the talks "
                            "in Lisbon on Monday."),
        "b": (second_day, second_text),
    })


def _titles(report) -> list:
    return [f for f in report.findings if f.kind == "title" and f.severity in ("conflict", "tension")]


def test_two_posts_of_one_ladder_days_apart_are_a_conflict(tmp_path: Path) -> None:
    # a day apart, neither said as a change of post: one person holds one of them
    report = _report(tmp_path, "2024-06-04", "Ports deal signed\n\nDirector-General of Shipping Maria Lopez "
                                             "signed the ports agreement on Tuesday.")
    found = _titles(report)
    assert [f.severity for f in found] == ["conflict"]
    assert "within 1 day" in found[0].summary


def test_a_post_taken_up_between_is_no_finding(tmp_path: Path) -> None:
    report = _report(tmp_path, "2024-06-05", "Ports deal signed\n\nMaria Lopez, who was appointed "
                                             "Director-General of Shipping on Tuesday, signed the ports agreement.")
    assert _titles(report) == []


def test_two_posts_of_one_ladder_weeks_apart_are_no_finding(tmp_path: Path) -> None:
    report = _report(tmp_path, "2024-07-15", "Ports deal signed\n\nDirector-General of Shipping Maria Lopez "
                                             "signed the ports agreement on Monday.")
    assert _titles(report) == []


def test_heads_outside_a_ladder_days_apart_are_no_finding(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-06-03", "Club results\n\nClub chairman Mark Hill presented the accounts on Monday."),
        "b": ("2024-06-04", "Club results\n\nClub president Mark Hill thanked the fans on Tuesday."),
    })
    assert _titles(report) == []


@pytest.mark.parametrize("portfolio", ["housing", "mining", "tourism", "fisheries"])
def test_a_deputy_of_a_listed_portfolio_keeps_the_rank(tmp_path: Path, portfolio: str) -> None:
    # "Deputy housing minister X" was read as "minister": a portfolio the table lacked cut the
    # title down to its head and lost the rank; the same person called the minister is then
    # no disagreement at all
    report = run_dated(tmp_path, {
        "a": ("2026-03-02", f"Plan shelved\n\nDeputy {portfolio} minister Ann Lee said the plan was shelved."),
        "b": ("2026-03-02", f"Plan dropped\n\n{portfolio.capitalize()} Minister Ann Lee defended the decision on Monday."),
    })
    assert [f.severity for f in _titles(report)] == ["conflict"]
    assert any(c.value and "Deputy" in c.value.text for c in report.claims if c.predicate == "title")


@pytest.mark.parametrize("field", ["aviation", "ports"])
def test_a_deputy_of_a_field_the_table_lacks_keeps_the_rank(tmp_path: Path, field: str) -> None:
    # a lower-case field between the rank and the title is part of the title: "Deputy aviation
    # minister X" is no minister (before, the title read was "minister", the rank lost)
    report = run_dated(tmp_path, {
        "a": ("2026-03-02", f"Plan shelved\n\nDeputy {field} minister Ann Lee said the plan was shelved."),
        "b": ("2026-03-02", f"Plan dropped\n\nThe {field} minister, Ann Lee, defended the decision on Monday."),
    })
    titles = [c.value.text for c in report.claims if c.predicate == "title"]
    assert f"Deputy {field} minister" in titles and "minister" not in titles


def test_a_field_after_no_rank_is_no_rank(tmp_path: Path) -> None:
    # "the aviation minister X" and "Aviation Minister X": the same post, no finding
    report = run_dated(tmp_path, {
        "a": ("2026-03-02", "Plan shelved\n\nThe plan was shelved, aviation minister Ann Lee said."),
        "b": ("2026-03-02", "Plan dropped\n\nThe aviation minister, Ann Lee, defended the decision on Monday."),
    })
    assert _titles(report) == []
