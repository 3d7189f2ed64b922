"""The seat of the story's court and of a named institute (events/body_seats.py): "a court in
X", "the judges in X", "the District Court of X", "in X federal court", "the Valtry Institute in
X", "the institute's campus in X". Two towns for one court or institute conflict; a lower or
other court, a court of a game, a country, another level's court and an article naming two
towns for one court are no claim or no conflict. Invented articles: a mill's wage dispute, an
optics institute's lens, a tennis club."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import article, run_dated

from claimcheck import entities
from claimcheck.events.body_seats import body_seat_claims, table
from claimcheck.models import Report
from claimcheck.words import scan


def places(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "place")


def claims_of(text: str) -> list[tuple[str, str]]:
    src = article(text, "2026-03-03")
    ms = entities.find_mentions(src)
    return [(c.subject.id, c.where.text) for c in body_seat_claims(src, scan(src.text), ms) if c.where is not None]


@pytest.mark.parametrize("example", table().examples, ids=lambda e: e.text[:40])
def test_table_examples(example) -> None:  # type: ignore[no-untyped-def]
    got = claims_of("Notes\n\n" + example.text + "\n")
    assert got == ([(example.key, example.place)] if example.key else [])


MILL = ("Mill told to pay back wages\n\n{line} The Ostervale paper mill must pay 412 workers for unpaid "
        "overtime. The union called the ruling a victory.\n")


def test_two_towns_for_the_story_s_court_conflict(tmp_path: Path) -> None:
    a = MILL.format(line="A court in Brenford on Monday ordered the mill to pay.")
    b = MILL.format(line="The District Court of Lisbon ordered the mill to pay on Monday.")
    assert claims_of(a) == [("hq:the-court", "Brenford")]
    assert claims_of(b) == [("hq:the-court", "Lisbon")]
    report = run_dated(tmp_path, {"a": ("2026-05-02", a), "b": ("2026-05-02", b)})
    assert places(report) == ["conflict"]


def test_a_town_before_the_noun_is_the_court_s() -> None:
    assert claims_of(MILL.format(line="The ruling was read out in Lisbon federal court on Monday.")) == \
        [("hq:the-court", "Lisbon")]
    assert claims_of(MILL.format(line="The owners heard it in a downtown Lisbon courtroom.")) == \
        [("hq:the-court", "Lisbon")]


def test_another_level_a_lower_court_or_two_towns_say_nothing_against_it(tmp_path: Path) -> None:
    assert claims_of(MILL.format(line="The Court of Appeal in Lisbon upheld the award.")) == \
        [("hq:the-court-appeal", "Lisbon")]
    assert claims_of(MILL.format(line="A lower court in Lisbon had rejected the claim in 2024.")) == []
    assert claims_of(MILL.format(line="A judge in Portugal refused to hear it.")) == []
    two = MILL.format(line="A court in Brenford ruled. The judges in Lisbon had heard a similar case.")
    assert claims_of(two) == []
    report = run_dated(tmp_path, {
        "a": ("2026-05-02", MILL.format(line="A court in Brenford on Monday ordered the mill to pay.")),
        "b": ("2026-05-02", MILL.format(line="The Supreme Court in Lisbon will hear the mill's appeal.")),
    })
    assert places(report) == []


def test_a_court_of_a_game_is_no_court() -> None:
    club = ("Club opens courts\n\nThe Ashby Tennis Club opened a new tennis court in Brenford on Sunday. "
            "Members played on the court in March.\n")
    assert claims_of(club) == []


LENS = ("Record lens\n\nEngineers at the Valtry Institute for Optics have ground a 4-metre lens. {line}\n")


def test_a_named_institute_and_its_campus_meet(tmp_path: Path) -> None:
    a = LENS.format(line="The work was done at the institute's campus in Brenford.")
    b = ("Record lens\n\nThe Valtry Institute for Optics in Marlow has ground a 4-metre lens.\n")
    assert claims_of(a) == [("hq:valtry-institute-for-optics", "Brenford")]
    assert claims_of(b) == [("hq:valtry-institute-for-optics", "Marlow")]
    report = run_dated(tmp_path, {"a": ("2026-05-02", a), "b": ("2026-05-02", b)})
    assert places(report) == ["conflict"]


def test_an_institute_s_campus_with_two_institutes_named_is_no_claim() -> None:
    two = ("Record lens\n\nThe Valtry Institute for Optics built the lens with help from the Marlow Institute "
           "of Glass. It was ground at the institute's campus in Brenford.\n")
    assert claims_of(two) == []
