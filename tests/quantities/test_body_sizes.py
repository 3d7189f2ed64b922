"""A body's size read in more of the ways news writes it (the frames of ``quantities/find.py``):
an owner's possessive before the body ("the charity's fleet of nine aircraft"), a verb of size
after it ("the fleet comprised 11 aircraft"), plurals no different from their singular
("aircraft", "personnel") and a people noun counted in it ("a group of 21 residents"); the verb
after the body is the body's, so its size stays one reading. A passive's agent is counted by
its verb ("was signed by 300 nurses"). Articles written for the tests (an air ambulance
charity, a hospital petition, a residents' appeal, a football league)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated

from .helpers import count_values as _keys, flagged_counts as _flagged


def _one(tmp_path: Path, sentence: str) -> dict[str, list[float]]:
    return _keys(run_dated(tmp_path, {"a": ("2025-05-02", "Report\n\n" + sentence + "\n")}))


@pytest.mark.parametrize("sentence, key, value", [
    ("The charity's entire fleet of nine aircraft was grounded.", "quantity:count|aircraft|size|-|fixed", 9.0),
    ("Its fleet at the time of the sale comprised 11 aircraft.", "quantity:count|aircraft|size|-|fixed", 11.0),
    ("A group of 21 residents lodged the appeal.", "quantity:count|resident|size|-|fixed", 21.0),
    ("About 850 personnel were deployed to the valley.", "quantity:count|personnel|attend|-|2025-05-02", 850.0),
    ("The petition was signed by 300 nurses.", "quantity:count|nurse|sign|-|2025-05-02", 300.0),
])
def test_a_size_or_an_agent_is_read(tmp_path: Path, sentence: str, key: str, value: float) -> None:
    assert _one(tmp_path, sentence).get(key) == [value]


@pytest.mark.parametrize("sentence", [
    "The league had 18 clubs at the time.",  # another, unwritten time
    "The budget was cut by 40 posts.",  # how much, not who cut it
    "A group of 14 people waited outside.",  # anyone: the group's size, no count of people
])
def test_no_agent_or_people_count(tmp_path: Path, sentence: str) -> None:
    found = _one(tmp_path, sentence)
    assert not [k for k in found if k.startswith(("quantity:count|club", "quantity:count|post", "quantity:count|person"))]


def test_one_fleet_counted_two_ways_disagrees(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Air ambulance\n\nThe charity's entire fleet of nine aircraft was grounded on Monday.\n"),
        "b": ("2025-05-03", "Charity\n\nThe charity's fleet at the time of the grounding comprised 11 aircraft.\n"),
    })
    assert ("quantity:count|aircraft|size|-|fixed", "conflict") in _flagged(report)


def test_two_fleets_in_one_article_are_two_bodies(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Air ambulance\n\nThe charity's fleet of nine aircraft was grounded, while the army's "
                            "fleet of 40 aircraft kept flying.\n"),
        "b": ("2025-05-03", "Charity\n\nThe charity's fleet comprised 11 aircraft.\n"),
    })
    assert _flagged(report) == []
