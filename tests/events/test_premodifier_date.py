"""A date written right before an event noun ("injured in the Monday night fire") is the
noun's own date, not a verb's object (events/main_events._object): the article's mention of
its main event is then dated and joins the event another article dates otherwise. Small
articles invented for the tests: a mill fire, a chemical-plant blast, a coach crash. Must not:
a past fire dated by its premodifier ("since the March 2019 fire") is another event.""" 

from __future__ import annotations

import pytest

from builders import run_dated


def _date_findings(report) -> list[str]:
    return [f.summary for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(("noun", "verb"), [
    ("fire", "broke out"),
    ("blast", "happened"),
    ("crash", "happened"),
])
def test_a_premodifying_day_dates_the_main_event(tmp_path, noun: str, verb: str) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-03-05", f"Story\n\nThe {noun} {verb} at the Kessler mill in Orvik on Tuesday, March 4, "
                            "mayor Linnea Dahl said. Kessler Group said an inquiry would follow."),
        "b": ("2025-03-05", "Report\n\nKessler Group said its mill in Orvik would stay shut, mayor Linnea Dahl "
                            f"said. Nine workers were hurt in the Monday night {noun}."),
    })
    assert _date_findings(report), [f.summary for f in report.findings]


def test_a_past_event_dated_by_its_premodifier_stays_another_event(tmp_path) -> None:
    """"the worst since the March 2019 fire": a fire of another year, not the one reported."""
    report = run_dated(tmp_path, {
        "a": ("2025-03-05", "Story\n\nThe fire broke out at the Kessler mill in Orvik on Tuesday, March 4, "
                            "mayor Linnea Dahl said. Kessler Group said an inquiry would follow."),
        "b": ("2025-03-05", "Report\n\nNine workers were hurt at the Kessler mill in Orvik, mayor Linnea Dahl "
                            "said. It was the worst damage since the March 2019 fire at the mill."),
    })
    assert not [f for f in report.findings if f.kind == "date" and f.severity in ("conflict", "tension")], \
        [f.summary for f in report.findings]
