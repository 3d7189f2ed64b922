"""Who is still to act on a process (events/pending.py) and the remaining rule: articles
written for the tests (sport, business)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_articles

from claimcheck.events.pending import read, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_pending_examples(ex) -> None:
    found = read(ex.text)
    if ex.remaining is None:
        assert found is None
    else:
        assert found is not None and found[0] == ex.remaining and found[2] == ex.owner


def _remaining(report) -> list[str]:
    return [f.severity for f in report.findings if f.rule == "claimcheck.check.remaining.v1"]


def test_none_left_and_one_left_on_one_day_conflict(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "League vote\n\nThe clubs voted on Monday for Harbour United's takeover, clearing the last hurdle "
             "to the sale.\n",
        "b": "League vote\n\nThe vote leaves Northgate as the only club still to approve Harbour United's takeover.\n",
    }, {"a": "2025-06-03", "b": "2025-06-03"})
    assert _remaining(report) == ["conflict"]


def test_a_state_that_moved_on_between_days_is_no_finding(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "League vote\n\nNorthgate and Eastfield are the only two clubs still to approve Harbour United's takeover.\n",
        "b": "League vote\n\nNorthgate is now the only club still to approve Harbour United's takeover.\n",
        "c": "League vote\n\nNorthgate was the last club yet to approve Harbour United's takeover before it relented.\n",
    }, {"a": "2025-06-01", "b": "2025-06-04", "c": "2025-06-04"})
    assert _remaining(report) == []
