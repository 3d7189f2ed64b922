"""Joins of a story's main event (events/main_events.py) that read the sentence, not its words:
an indefinite noun after a number ("a 6.1-magnitude tremor") is another event than the one
reported. Small articles invented for the tests: earthquakes, a factory fire, a storm."""

from __future__ import annotations

from builders import run_dated


def _place_conflicts(report) -> list[str]:
    return [f.summary for f in report.findings if f.kind == "place" and f.severity == "conflict"]


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
