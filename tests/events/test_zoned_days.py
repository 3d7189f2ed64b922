"""A day written in a named time zone that no event of its article carries (events/zoned_days.py):
an occurrence of its own, which the moments pass joins to the story's happening a day away, so
the date rule reads one moment in two zones. Small invented reports of a rocket launch."""

from __future__ import annotations

from builders import run_dated

_LAUNCH = ("Rocket reaches orbit\n\nThe Kestrel-2 rocket lifted off from the Andoya spaceport on Tuesday night "
           "with two weather satellites, operator Polar Orbital said.")


def _run(tmp_path, third: str):
    report = run_dated(tmp_path, {
        "a": ("2026-03-11", "OSLO, March 11 (Nordwire) - " + _LAUNCH.split("\n\n", 1)[1]),
        "b": ("2026-03-11", _LAUNCH),
        "c": ("2026-03-11", f"Satellites in orbit\n\n{third}"),
    })
    ids = {c.id for c in report.claims if c.source == "c"}
    return report, [f for f in report.findings if f.kind == "date" and ids & set(f.claims)]


def test_a_day_in_a_named_zone_meets_the_happening_as_a_variant(tmp_path) -> None:
    report, found = _run(tmp_path, "Polar Orbital announced early on Wednesday, "
                                   "Japan time, that both satellites had sent their first signals.")
    assert [f.severity for f in found] == ["variant"], [(f.severity, f.summary) for f in found]
    assert any(c.subject.id.startswith("event:zoned~") or c.source == "c" for c in report.claims)


def test_local_time_is_no_reader_zone(tmp_path) -> None:
    report, found = _run(tmp_path, "Polar Orbital announced early on Wednesday, "
                                   "local time, that both satellites had sent their first signals.")
    assert not any(c.subject.id.startswith("event:zoned~") for c in report.claims)


def test_a_day_an_event_already_carries_is_not_read_again(tmp_path) -> None:
    report, _ = _run(tmp_path, "The Kestrel-2 rocket lifted off from the Andoya spaceport early on Wednesday, "
                               "Japan time, with two weather satellites.")
    assert not any(c.subject.id.startswith("event:zoned~") for c in report.claims if c.source == "c")


def test_a_day_in_a_named_zone_meets_a_happening_one_article_tells(tmp_path) -> None:
    # the story's happening told by one other article only: still the one a day away
    report = run_dated(tmp_path, {
        "b": ("2026-03-11", _LAUNCH),
        "c": ("2026-03-11", "Satellites in orbit\n\nPolar Orbital announced early on Wednesday, Japan time, "
                            "that both satellites had sent their first signals."),
    })
    ids = {c.id for c in report.claims if c.source == "c"}
    found = [f for f in report.findings if f.kind == "date" and ids & set(f.claims)]
    assert [f.severity for f in found] == ["variant"], [(f.severity, f.summary) for f in found]
