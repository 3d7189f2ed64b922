"""The Nth of a kind told of a holder (quantities/holder_ordinals.py): "their third cup
title", "won the Harbour Shield for the fourth time", "the third woman to lead the X". Two
articles giving one holder two numbers in one scope disagree; another holder, another
scope (a period, a run) or a count per occasion ("his second goal") is never compared.
Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

from builders import article, run_dated
from claimcheck import entities
from claimcheck.quantities.holder_ordinals import kind_of
from claimcheck.quantities.ordinals import open_ordinal_claims


def _ordinals(report) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return sorted((f.subject, f.severity) for f in report.findings if f.kind == "ordinal")


def _readings(text: str) -> list[tuple[str, object, list[str]]]:
    src = article(text, "2030-05-04")
    return [(c.subject.id, c.value.value if c.value else None, [a.entity for a in c.who])
            for c in open_ordinal_claims(src, entities.find_mentions(src))]


def test_kinds() -> None:
    assert kind_of(["cup", "title"]) == ("title", ["cup"])
    assert kind_of(["Norwegian", "Cup"]) == ("title", ["norwegian", "cup"])
    assert kind_of(["straight", "league", "title"]) == ("title-run", ["league"])
    assert kind_of(["world", "record"]) == ("record", ["world"])
    assert kind_of(["goal"]) is None


def test_a_clubs_title_count_told_two_ways(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2030-05-04", "Shield final\n\nKestrel Rovers won the Harbour Shield for the third time on Saturday, "
                            "beating Dunmore Athletic 2-1.\n"),
        "b": ("2030-05-05", "Rovers lift Shield\n\nKestrel Rovers' 2-1 win over Dunmore Athletic gave the club "
                            "their fourth Harbour Shield title.\n"),
    })
    # a day apart: one win numbered two ways (a later win within days would be news of its own)
    assert _ordinals(report) == [("rank:nth-title", "conflict")]


def test_another_holder_or_another_period_is_no_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2030-05-04", "Shield final\n\nKestrel Rovers won the Harbour Shield for the third time on Saturday.\n"),
        "b": ("2030-05-05", "Rivals\n\nDunmore Athletic, beaten in the final, won their fifth Harbour Shield title "
                            "in 2021.\n"),
        "c": ("2030-05-05", "Rovers lift Shield\n\nKestrel Rovers won their second Harbour Shield title since 2025 on "
                            "Saturday.\n"),
        "d": ("2030-05-05", "Striker\n\nKestrel Rovers striker Ana Silva scored her second goal in the 80th minute.\n"),
        "e": ("2030-05-06", "Striker\n\nAna Silva's third goal of the season sealed the game.\n"),
    })
    assert _ordinals(report) == []


def test_a_run_is_another_count_than_the_total(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2030-05-04", "Title\n\nKestrel Rovers clinched their fifth straight Harbour Shield title on Saturday.\n"),
        "b": ("2030-05-04", "Title\n\nKestrel Rovers won the Harbour Shield for the fourth time in a row on Saturday."
                            " It was their ninth Harbour Shield title.\n"),
    })
    assert _ordinals(report) == [("rank:nth-title-run", "conflict")]


def test_the_nth_person_to_hold_a_post(tmp_path: Path) -> None:
    # courts: a justice numbered among the women to lead one court, by two outlets
    report = run_dated(tmp_path, {
        "a": ("2030-02-04", "New chief justice\n\nMarta Quiroga became the third woman to lead the Constitutional "
                            "Tribunal of Arvela on Monday.\n"),
        "b": ("2030-02-04", "Tribunal head sworn in\n\nMarta Quiroga, sworn in on Monday, is the fourth woman to lead "
                            "the Constitutional Tribunal of Arvela.\n"),
        "c": ("2030-02-05", "Profile\n\nIsabel Nunez was the second woman to lead the Constitutional Tribunal of "
                            "Arvela, in 2009.\n"),
    })
    assert _ordinals(report) == [("rank:nth-woman-to-lead", "conflict")]


def test_a_pronoun_holder_is_the_sentences_first_name() -> None:
    got = _readings("Lakeside Rovers beat Dunmore Athletic 2-0 and lifted their second league title.")
    assert got == [("rank:nth-title", 2, ["org:lakeside-rovers"])] or got[0][2][0].startswith("org:lakeside-rovers")
    # a science record told of a lab: "its third", the first body named
    got = _readings("The Orrin Institute announced its third world record for solar cell efficiency.")
    assert [(s, v) for s, v, _ in got] == [("rank:nth-record", 3)]


def test_the_nth_holder_of_a_post_is_read_after_a_copula_or_in_apposition() -> None:
    # politics, religion, sport: a post held by one person at a time, numbered in its line
    got = _readings("Elena Varga became the 12th president of the Arvelan Republic on Sunday.")
    assert [(s, v) for s, v, _ in got] == [("rank:nth-president", 12)]
    got = _readings("The conclave chose Tomas Berg, the 268th pope, after two days.")
    assert [(s, v) for s, v, _ in got] == [("rank:nth-pope", 268)]
    got = _readings("Ines Moura is the ninth head coach of Dunmore Athletic since 1990.")
    assert [(s, v) for s, v, _ in got] == [("rank:nth-head-coach", 9)]
    # a numbered thing that is no post, and "the first", are no holder's number
    assert _readings("Elena Varga won the 12th round of the vote.") == []
    assert _readings("Elena Varga became the first president of the republic.") == []


def test_a_holder_numbered_two_ways_disagrees_and_two_holders_do_not(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2030-06-02", "Varga sworn in\n\nElena Varga became the 12th president of Arvela on Sunday.\n"),
        "b": ("2030-06-02", "New head of state\n\nElena Varga, the 13th president of Arvela, took the oath on Sunday.\n"),
        "c": ("2030-06-03", "Outgoing leader\n\nPavel Dostal, the 11th president of Arvela, left office on Sunday.\n"),
    })
    assert _ordinals(report) == [("rank:nth-president", "conflict")]
    report = run_dated(tmp_path / "two", {
        "a": ("2030-06-02", "Varga sworn in\n\nElena Varga became the 12th president of Arvela on Sunday.\n"),
        "c": ("2030-06-03", "Outgoing leader\n\nPavel Dostal, the 11th president of Arvela, left office on Sunday.\n"),
    })
    assert _ordinals(report) == []


def test_the_first_in_a_line_of_holders_counts_and_she_is_the_sentence_opening_name(tmp_path: Path) -> None:
    # a union's leaders: "the first woman to lead" against "the second woman to lead", "She"
    # standing for the person who opened an earlier sentence, not for the last name written
    report = run_dated(tmp_path, {
        "a": ("2031-05-11", "Union elects leader\n\nRosa Lindgren, a nurse from Umea, beat Karl Dahl by 310 votes "
                            "to 290 at the congress.\n\nShe becomes the first woman to lead the union in its history. "
                            "\"We start today,\" Lindgren said.\n"),
        "b": ("2031-05-12", "New union chief\n\nRosa Lindgren is the second woman to lead the union, she "
                            "told delegates.\n"),
    })
    # one holder numbered 1 then 2 a day later: within a week, a conflict (checks/rank.py _SPATE_DAYS)
    assert _ordinals(report) == [("rank:nth-woman-to-lead", "conflict")]
    got = _readings("Rosa Lindgren, a nurse, beat Karl Dahl at the congress.\n\nShe becomes the first woman to "
                    "lead the union.")
    assert got == [("rank:nth-woman-to-lead", 1, ["person:rosa-lindgren"])]
    # another holder is no number of this one; "for the first time" is no count
    report = run_dated(tmp_path / "other", {
        "a": ("2031-05-11", "Union elects leader\n\nRosa Lindgren is the second woman to lead the union.\n"),
        "b": ("2031-05-12", "Union history\n\nAnna Berg was the first woman to lead the union, in 1998. The union "
                            "met in Lulea for the first time.\n"),
    })
    assert _ordinals(report) == []
