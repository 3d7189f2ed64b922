"""How an inferred publication date's confidence reaches the checks (dating.trust): a date
inferred for sure dates counts and ages as a given one does; what rests on a date inferred
without confidence says how unsure that date is, and an age read against it allows
for the date being off. Small articles written for these tests, no metadata given."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck import pipeline
from claimcheck.dating.trust import doubt_days, known_day, settled, shaky
from claimcheck.models import Finding, Published


def _run(tmp_path: Path, docs: dict[str, str]) -> list[Finding]:
    folder, claims = tmp_path / "docs", tmp_path / "claims"
    folder.mkdir()
    claims.mkdir()
    for name, text in docs.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return pipeline.analyse(folder, claims).findings


STAMPED = "Striker seals the title\n\nBy Ana Ruiz | March 4, 2031 | 3 min read\n\n"


def test_an_age_against_a_low_confidence_date_says_how_unsure_the_date_is(tmp_path: Path) -> None:
    found = _run(tmp_path, {
        "a": STAMPED + "Striker Tomas Varga, 25, scored twice on Sunday as Rovers won the league title.\n",
        # no date of its own: a day lent by the article most like it, low confidence
        "b": "Rovers crowned champions\n\nRovers clinched the league title on Sunday. Tomas Varga, 32, scored twice.\n",
    })
    ages = [f for f in found if f.kind == "count" and "age" in f.summary]
    # seven years apart: no date a year off explains it, so it stays a conflict, marked
    assert [f.severity for f in ages] == ["conflict"]
    assert "The publication date of b was inferred with low confidence" in ages[0].explanation


def test_close_ages_on_a_loose_date_are_no_alarm(tmp_path: Path) -> None:
    # 29 and 30 a year apart are both true: a date that may be weeks off cannot tell them apart
    found = _run(tmp_path, {
        "a": STAMPED + "Striker Tomas Varga, 29, scored twice on Sunday as Rovers won the league title.\n",
        "b": "Rovers crowned champions\n\nRovers clinched the league title on Sunday. Tomas Varga, 30, scored twice.\n",
    })
    assert [f for f in found if f.severity in ("conflict", "tension")] == []


def test_counts_of_articles_dated_for_sure_are_compared(tmp_path: Path) -> None:
    # both pages stamp their day: the counts are of that day, as with a given date
    found = _run(tmp_path, {
        "a": "Court jails fraudster\n\nBy Ana Ruiz | March 4, 2031 | 3 min read\n\n"
             "A judge at the High Court sentenced Paul Greaves on Monday. Greaves was tried with seven co-defendants.\n",
        "b": "Fraudster jailed\n\nPosted by Li Wen | March 4, 2031 | 2 min read\n\n"
             "Paul Greaves was sentenced at the High Court on Monday. Eight co-defendants stood trial with him.\n",
    })
    counts = [f for f in found if f.kind == "count" and "co defendant" in f.summary]
    assert [f.severity for f in counts] == ["conflict"]


def _inferred(value: str, confidence: float | None) -> Published:
    d = date.fromisoformat(value)
    return Published(value=value, start=d, end=d, basis="inferred", confidence=confidence)


def test_trust_levels() -> None:
    given = Published(value="2031-03-04", start=date(2031, 3, 4), end=date(2031, 3, 4), basis="metadata")
    assert known_day(given) == date(2031, 3, 4) and settled(given) and not shaky(given) and doubt_days(given) == 0
    sure = _inferred("2031-03-04", 0.9)
    assert known_day(sure) == date(2031, 3, 4) and not shaky(sure) and doubt_days(sure) == 1
    lent = _inferred("2031-03-04", 0.3)
    assert known_day(lent) is None and shaky(lent) and doubt_days(lent) == 366
    assert doubt_days(_inferred("2031-03-04", 0.5)) == 31
    assert not shaky(Published(basis="unknown"))
