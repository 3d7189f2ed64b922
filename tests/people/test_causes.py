"""The cause of a story's happening (claimcheck.causes, compared by checks/named_value.py):
the table's examples, and small articles written for the tests (a mine, a concert, a ferry,
a warehouse fire), each with a case where two articles disagree and one where they must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.causes import read, same, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_cause_examples(ex) -> None:  # type: ignore[no-untyped-def]
    found = read(ex.text)
    assert [(r.key, r.value) for r in found] == ([(ex.key, ex.value)] if ex.key else [])


def test_spans_index_the_sentence() -> None:
    s = "The ferry sailing was cancelled due to strong winds in the strait."
    (r,) = read(s)
    assert s[r.span[0]:r.span[1]] == r.text == "strong winds"
    assert s[r.effect_span[0]:r.effect_span[1]] == "cancelled"


def test_one_account_or_two() -> None:
    assert same("storm", "flood")  # a storm floods the passage
    assert same("rain", "snow")  # one group
    assert same("fire", "short-circuit")  # a fault starts a fire
    assert not same("flood", "rockfall")
    assert not same("hail", "protest")
    assert not same("short-circuit", "gas")


@pytest.mark.parametrize("text", [
    "The trains were delayed by an earlier strike last month.",
    "Engineers said the tunnel could have been closed by a landslide.",
    "In 2009, the same road was closed after a landslide.",
    "The concert was not cancelled because of the storm.",
    "Flood warnings were issued after the road was closed.",
])
def test_quiet(text: str) -> None:
    assert read(text) == []


def _alarms(tmp_path: Path, one: str, two: str) -> list[str]:
    report = run_dated(tmp_path, {"one": ("2031-05-02", one), "two": ("2031-05-03", two)})
    return [f.subject for f in report.findings
            if f.subject.startswith("value:cause") and f.severity in ("conflict", "tension")]


CASES = {
    # a mine: what trapped the miners
    "mine": ("Nine miners were trapped by a cave-in at the Orla copper mine on Monday.",
             "Nine miners remained trapped at the Orla copper mine on Monday after flooding sealed the shaft.",
             ["value:cause|trap"]),
    "mine one account": ("Nine miners were trapped by flooding at the Orla copper mine on Monday.",
                         "Nine miners were trapped at the Orla copper mine on Monday after a storm flooded the shaft.",
                         []),
    # an open-air concert: why it was called off; another concert's cause is no value
    "concert": ("The open-air concert in Ravelo was called off on Saturday after a thunderstorm.",
                "The open-air concert in Ravelo was called off on Saturday because of a strike by stage crews.",
                ["value:cause|cancel"]),
    "concert other year": ("The open-air concert in Ravelo was called off on Saturday after a thunderstorm.",
                           "In 2019, the concert in Ravelo was called off after a strike by stage crews.", []),
    # a warehouse fire: what started it; a cause ruled out is none
    "fire": ("The warehouse fire was caused by faulty wiring, the fire service said on Sunday.",
             "A gas leak in the loading bay started the fire on Sunday, the owner said.",
             ["value:cause|fire"]),
    "fire ruled out": ("The warehouse fire was caused by faulty wiring, the fire service said on Sunday.",
                       "Investigators ruled out a gas leak as the cause of the warehouse fire on Sunday.", []),
}


@pytest.mark.parametrize("name", list(CASES))
def test_articles(tmp_path: Path, name: str) -> None:
    one, two, expected = CASES[name]
    assert _alarms(tmp_path, one, two) == expected
