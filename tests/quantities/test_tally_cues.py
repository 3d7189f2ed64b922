"""Every cue of a split opens the tally reader ("the motion carried 31-14", "The tally was
31-14"), and a pair before a counted noun is a range, no tally. Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

from builders import run_articles


def test_a_motion_carried_and_a_tally_was_are_read_and_compared(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Harbour levy\n\nOn Tuesday the motion to raise the harbour levy carried 31-14 after a long debate.\n",
        "b": "Harbour levy\n\nCouncillors voted on Tuesday on the harbour levy. The tally was 31-15.\n",
    }, {"a": "2025-06-04", "b": "2025-06-04"})
    tallies = sorted(str(c.value.value) for c in report.claims if c.predicate == "tally" and c.value)
    assert tallies == ["31-14", "31-15"]
    assert [f.severity for f in report.findings if f.subject.startswith("tally:")] == ["conflict"]


def test_a_range_before_a_counted_noun_is_no_tally(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Ferry line\n\nThe ferry carried 120-150 passengers a day, the council confirmed.\n",
        "b": "Ferry line\n\nThe council voted 9-2 to keep the ferry running.\n",
    }, {"a": "2025-06-04", "b": "2025-06-04"})
    assert sorted(str(c.value.value) for c in report.claims if c.predicate == "tally" and c.value) == ["9-2"]
