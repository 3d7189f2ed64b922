"""Joins of a story's main event (events/main_events.py) that read the sentence, not its words:
a verb form of several words ("lifted off", "gave way", "came off the rails") is a verb that
dates its own event; an indefinite noun after a number ("a 6.1-magnitude tremor") is another event than the one
reported. Small articles invented for the tests: earthquakes, a factory fire, a storm."""

from __future__ import annotations

import pytest

from builders import run_dated


def _place_conflicts(report) -> list[str]:
    return [f.summary for f in report.findings if f.kind == "place" and f.severity == "conflict"]


@pytest.mark.parametrize(("verb", "thing"), [
    ("lifted off from", "The Arva-2 rocket of Nordspace"),
    ("gave way near", "The old Dalby road bridge"),
    ("came off the rails near", "A Ceska Linka regional train"),
])
def test_a_verb_form_of_several_words_dates_its_event(tmp_path, verb: str, thing: str) -> None:
    """Two reports of one happening told by a phrasal verb, one day, two towns: one event,
    the towns compared."""
    report = run_dated(tmp_path, {
        "a": ("2024-09-03", f"Story\n\n{thing} {verb} Tabor on Monday, minister Jana Novotna said. "
                            "Officials of Nordspace and Ceska Linka said an inquiry would follow."),
        "b": ("2024-09-03", f"Report\n\n{thing} {verb} Pisek on Monday, Jana Novotna, the minister, said. "
                            "Nordspace and Ceska Linka promised an inquiry."),
    })
    conflicts = _place_conflicts(report)
    assert any("pisek" in s and "tabor" in s for s in conflicts), [f.summary for f in report.findings]


@pytest.mark.parametrize(("verb", "thing"), [
    ("lifted off from", "The Arva-2 rocket of Nordspace"),
    ("came off the rails near", "A Ceska Linka regional train"),
])
def test_two_happenings_months_apart_stay_apart(tmp_path, verb: str, thing: str) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-09-03", f"Story\n\n{thing} {verb} Tabor on Monday, September 2, minister Jana Novotna said."),
        "b": ("2024-09-03", f"Report\n\n{thing} {verb} Pisek on March 4, Jana Novotna, the minister, said."),
    })
    assert not _place_conflicts(report), [f.summary for f in report.findings]


def test_an_indefinite_quake_with_a_magnitude_is_another_quake(tmp_path) -> None:
    """"since 1999, when a 7.6-magnitude tremor struck X": a past quake named in passing,
    not the one reported."""
    report = run_dated(tmp_path, {
        "a": ("2024-04-03", "Quake hits Hualien\n\nA powerful earthquake struck Hualien on Wednesday, April 3, "
                            "the Central Weather Administration said. It was the strongest since 1999, "
                            "when a 7.6-magnitude tremor struck Nantou."),
        "b": ("2024-04-03", "Strong quake\n\nThe earthquake struck Hualien on Wednesday, the Central Weather "
                            "Administration said. Rescuers were sent to Hualien."),
    })
    assert not any("nantou" in s for s in _place_conflicts(report)), [f.summary for f in report.findings]

