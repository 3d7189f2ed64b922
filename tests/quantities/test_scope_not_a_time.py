"""A name the time tagger read as a time is no place of a count's scope
(quantities/scope._known_other): "12 people were injured in the Thursday afternoon
collapse" counts the injured of no place called Thursday. Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated


def test_a_weekday_before_an_event_noun_is_no_place(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2030-09-13", "Roof falls\n\nThe roof of the Harlow sports hall fell in on Thursday. In all, 12 people "
                            "were injured in the Thursday afternoon collapse. Most of the injured were taken to "
                            "the hospital.\n"),
    })
    subjects = [c.subject.id for c in report.claims if c.subject.id.startswith("quantity:count|")]
    assert subjects and not any("thursday" in s for s in subjects)
