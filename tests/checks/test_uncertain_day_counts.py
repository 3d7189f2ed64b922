"""A count of the story's event written with no time, in an article whose day is inferred
without confidence, is of the month that day falls in (quantities.Context.period): two such
counts that cannot both be true are a tension, never a conflict; a tally that grows within a
month (a toll) is not dated by a month, so two tolls of uncertain days are never rivals.
Small articles written for these tests, no metadata given."""

from __future__ import annotations

from pathlib import Path

from claimcheck import pipeline
from claimcheck.models import Finding

STAMP = "By Ana Ruiz | March 4, 2031 | 3 min read\n\n"


def _run(tmp_path: Path, docs: dict[str, str]) -> list[Finding]:
    folder, claims = tmp_path / "docs", tmp_path / "claims"
    folder.mkdir()
    claims.mkdir()
    for name, text in docs.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return pipeline.analyse(folder, claims).findings


def _alarms(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.kind == "count" and f.severity in ("conflict", "tension")]


def test_two_outlets_crews_at_a_fire_on_uncertain_days_are_a_tension(tmp_path: Path) -> None:
    found = _run(tmp_path, {
        "a": "Warehouse fire in Dunmore\n\n" + STAMP + "A fire destroyed a timber warehouse in Dunmore on Sunday.\n",
        "b": "Blaze guts Dunmore warehouse\n\nA fire gutted a timber warehouse in Dunmore on Sunday night. "
             "Forty firefighters tackled the blaze, the fire service said.\n",
        "c": "Dunmore fire: questions over alarms\n\nThe timber warehouse that burned in Dunmore on Sunday had no "
             "working alarm. Sixty firefighters tackled the blaze, the owner said.\n",
    })
    alarms = _alarms(found)
    assert [f.severity for f in alarms] == ["tension"]
    assert "2031-03" in alarms[0].summary and alarms[0].rests_on_inferred_date


def test_witnesses_at_a_trial_on_uncertain_days_are_a_tension(tmp_path: Path) -> None:
    found = _run(tmp_path, {
        "a": "Fraud trial ends\n\n" + STAMP + "The fraud trial of Paul Greaves ended at the High Court on Monday.\n",
        "b": "Greaves jailed\n\nPaul Greaves was jailed at the High Court on Monday. Eleven witnesses testified "
             "for the prosecution during the trial.\n",
        "c": "Fraudster Greaves sentenced\n\nPaul Greaves was sentenced at the High Court on Monday. Fourteen "
             "witnesses testified for the prosecution during the trial.\n",
    })
    assert [f.severity for f in _alarms(found)] == ["tension"]


def test_a_toll_told_on_uncertain_days_of_one_month_is_no_rivalry(tmp_path: Path) -> None:
    # the toll may have grown between the two articles: a month cannot tell them apart
    found = _run(tmp_path, {
        "a": "Ferry sinks\n\n" + STAMP + "A ferry sank off Carran Island on Sunday.\n",
        "b": "Ferry toll\n\nA ferry sank off Carran Island on Sunday. Twelve people died, officials said.\n",
        "c": "Ferry toll rises\n\nThe ferry that sank off Carran Island on Sunday: twenty people died, officials said.\n",
    })
    assert _alarms(found) == []


def test_a_toll_growing_over_a_week_told_in_months_inferred_apart_is_no_rivalry(tmp_path: Path) -> None:
    found = _run(tmp_path, {
        "a": "Ferry sinks\n\n" + STAMP + "A ferry sank off Carran Island on Sunday. Twelve people died, officials said.\n",
        "b": "Ferry toll rises\n\nThe toll from the ferry that sank off Carran Island on March 2 has risen. "
             "Twenty people died, officials said.\n",
        "c": "Ferry inquiry opens\n\nAn inquiry opened into the ferry that sank off Carran Island in early March. "
             "Twenty-six people died, officials said.\n",
    })
    assert _alarms(found) == []
