"""Ordinal statements read by their shape (quantities/ordinal_statements.py): predicative
("became the first Estonian to win"), elliptic ("was her second"), "the Nth time that ..."
and a stage of a run keyed by its clause's verb ("passed in its second reading"). Invented
reports: a sailor's regatta, a ship's voyages, a council vote, a storm, a bill, a rover."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_dated

from claimcheck.models import Report
from claimcheck.quantities.ordinal_statements import read, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_table_examples(ex) -> None:
    found = read(ex.text, 0, len(ex.text), "2026-05-04")
    if ex.ordinal is None:
        assert found == []
    else:
        assert [(n, key) for n, key, *_ in found] == [(ex.ordinal, ex.key)]


def ordinals(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "ordinal")


def two(tmp_path: Path, a: str, b: str, day_b: str = "2026-05-04") -> Report:
    return run_dated(tmp_path, {"a": ("2026-05-04", f"Report\n\n{a}\n"), "b": (day_b, f"News\n\n{b}\n")})


def test_one_line_numbered_two_ways_is_a_conflict(tmp_path: Path) -> None:
    # "South Estonian" and "Estonian" meet: one scope's words among the other's
    report = two(tmp_path, "Marta Ilves, 31, became the first Estonian to win the Baltic regatta.",
                 "Marta Ilves is the second Estonian to win the Baltic regatta, after a sailor from Tartu.")
    assert ordinals(report) == ["conflict"]
    # an apposition numbers its name in a line of holders; "since its founding" is all time
    report = two(tmp_path / "apposed", "Marta Ilves, the third Estonian to win the Baltic regatta, said she was tired.",
                 "Marta Ilves is the second Estonian to win the Baltic regatta since its founding.")
    assert ordinals(report) == ["conflict"]
    # a verb told in other words is one happening: "to fail" / "to collapse"
    report = two(tmp_path / "yards", "Norsund Yard is the fourth shipyard to fail in the past twelve months.",
                 "It is the third shipyard to collapse in twelve months.")
    assert ordinals(report) == ["conflict"]


def test_elliptic_and_possessed_ordinals_meet(tmp_path: Path) -> None:
    report = two(tmp_path, "The Aurora left Bergen on Monday. This was her fifth voyage.",
                 "The Aurora left Bergen on Monday. Her first voyage ended in 2019; Monday's trip was her fourth.")
    assert ordinals(report) == ["conflict"]


def test_nth_time_is_keyed_by_its_verb(tmp_path: Path) -> None:
    report = two(tmp_path, "It marks the first time the council has rejected a zoning plan.",
                 "It is the second time in three years that the council has rejected a zoning proposal.")
    assert ordinals(report) == ["conflict"]
    # a passive's agent is its active subject
    report = two(tmp_path / "storm", "This is the fourth time Lindby has been flooded by the river since 1990.",
                 "It was only the third time in living memory that the river had flooded the village.")
    assert ordinals(report) == ["conflict"]


def test_stages_meet_only_for_one_happening(tmp_path: Path) -> None:
    report = two(tmp_path, "The parliament passed the bill in its third reading on Tuesday.",
                 "The bill passed in the second reading on Tuesday.")
    assert ordinals(report) == ["conflict"]
    report = two(tmp_path / "rover", "The rover is now in its 100th day on the surface.",
                 "The rover is now in its 101st day on the surface.")
    assert ordinals(report) == ["conflict"]
    # a set is identified by its number: two sets, two happenings
    report = two(tmp_path / "tennis", "Lena Varga won her third title on Sunday after she dropped serve in the second set.",
                 "Lena Varga won on Sunday after she broke serve in the third set.")
    assert ordinals(report) == []


def test_other_scopes_negations_and_firsts_since_stay_quiet(tmp_path: Path) -> None:
    # another kind of holder, another scope
    report = two(tmp_path, "Ilves became the first woman to win the Baltic regatta.",
                 "Ilves became the second Estonian to win the Baltic regatta.")
    assert ordinals(report) == []
    # "Oslo, the third city ...": an apposition without a line of holders states no count here
    report = two(tmp_path / "city", "Lindby, the third town in the valley, voted on Monday.",
                 "Lindby, the fourth town in the valley, voted on Monday.")
    assert [c for c in report.claims if c.predicate == "holds-nth"] == []
    report = two(tmp_path / "scope", "Porto Sul is the first port in Europe to ban cruise ships.",
                 "Porto Sul is the second port in Asia to ban cruise ships.")
    assert ordinals(report) == []
    # "not the first" states no number; "the first in more than a decade", "the first ...
    # since the 2016 floods" no count
    report = two(tmp_path / "neg", "Ilves is not the first Estonian to win the Baltic regatta.",
                 "Ilves became the first Estonian to win the Baltic regatta in more than a decade.")
    assert [c for c in report.claims if c.subject.id.startswith("rank:nth-estonian")] == []
    report = two(tmp_path / "since-event", "It is the first flood to close the bridge since the 2016 floods.",
                 "It is the second flood to close the bridge.")
    assert ordinals(report) == []
    # a count within a period below the count of all time is another count: no finding
    report = two(tmp_path / "since", "It is the first time since 2010 that the council has rejected a plan.",
                 "It is the fifth time the council has rejected a plan.")
    assert ordinals(report) == []


def test_an_elliptic_title_count_meets_the_holders(tmp_path: Path) -> None:
    report = two(tmp_path, "Kestrel Rovers are cup winners again, and it is their third cup title in five years.",
                 "Kestrel Rovers, whose title was their second in five years, will play in Europe.")
    assert ordinals(report) == ["conflict"]
    # a count with a period written and one without are two counts when the period's is lower
    report = two(tmp_path / "period", "Kestrel Rovers, whose title was their second since 2020, will play in Europe.",
                 "It is the fifth cup title for Kestrel Rovers, who won it on Sunday.")
    assert ordinals(report) == []


@pytest.mark.parametrize("text", [
    "The rover is now in its 101st day on the surface. Engineers cheered.",
    "It is the second time the council has rejected the plan. The mayor left.",
    "No ordinal here. The valley stayed quiet.",
])
def test_the_cue_meets_every_sentence_the_reader_reads(text: str) -> None:
    # "101st" is the scan's word "st": a digit's ordinal suffix is the cue's
    from builders import article

    from claimcheck.extract import cued
    from claimcheck.quantities.ordinal_statements import cue, ordinal_statement_claims
    from claimcheck.segment import sentences_outside_excluded

    s = article(text, "2026-05-04")
    everything = ordinal_statement_claims(s, [], [], sentences=list(sentences_outside_excluded(s)))
    assert [c.model_dump() for c in cued(ordinal_statement_claims, cue(), s, [], [])] == \
        [c.model_dump() for c in everything]
    assert bool(everything) == ("No ordinal" not in text)


def test_made_the_nth_and_a_state_now_in_its_nth(tmp_path: Path) -> None:
    report = two(tmp_path, "The victory makes Marta Ilves the third Estonian to win the Baltic regatta.",
                 "Marta Ilves became the second Estonian to win the Baltic regatta.")
    assert ordinals(report) == ["conflict"]
    report = two(tmp_path / "fair", "The Lindby fair, now in its 40th year, opened on Friday.",
                 "The Lindby fair is now in its 41st year.")
    assert ordinals(report) == ["conflict"]
    # a state is its subject's: a war and a fair are two things
    report = two(tmp_path / "war", "The Lindby fair, now in its 40th year, opened on Friday.",
                 "The war, now in its third year, goes on.")
    assert ordinals(report) == []


def test_a_numbered_noun_with_a_contact_relative_clause(tmp_path: Path) -> None:
    # "the Nth <noun> <subject> has <verb>ed": keyed as "the Nth <noun> <verb>ed", the
    # relative clause's subject a scope word; two numbers a day apart disagree
    report = two(tmp_path, "The Harbour Press said it was the third novel Ana Ruiz has published in Spain.",
                 "It is the fourth novel Ana Ruiz has published in Spain, critics said.", "2026-05-05")
    assert ordinals(report) == ["conflict"]
    # another subject's count, or a negated clause, is no number of this one
    report = two(tmp_path / "other", "It was the third novel Ana Ruiz has published in Spain.",
                 "It was the fourth novel the press has published in Spain.", "2026-05-05")
    assert ordinals(report) == []
    assert read("It is the second novel Ana Ruiz has not finished.", 0, 48, "2026-05-04") == []


def test_a_happening_numbered_after_its_verb(tmp_path: Path) -> None:
    # "<subject> <verb>ed ... for the Nth time" meets "the Nth time <subject> has <verb>ed"
    report = two(tmp_path, "The port authority raised harbour fees for the second time this year on Monday.",
                 "It is the third time the port authority has raised harbour fees this year.", "2026-05-05")
    assert ordinals(report) == ["conflict"]
    # another subject, or a forecast, numbers nothing of this
    report = two(tmp_path / "other", "The port authority raised harbour fees for the second time this year.",
                 "The ferry operator raised fares for the third time this year.", "2026-05-05")
    assert ordinals(report) == []
    text = "Fees are set to rise for the third time, and costs will exceed the cap for the second time."
    assert read(text, 0, len(text), "2026-05-04") == []
