"""The date rule on days one apart and on runs of days (checks/date.py): the day fewer
sources give against one claim standing for the others, a day marked as local time as a
time-zone variant beside the tension, and two days of a run that lie two apart as a conflict.
Small invented reports of a bridge collapse."""

from __future__ import annotations

from builders import run_dated


def _dated(weekday: str) -> str:
    return (f"Bridge down\n\nThe Carrow road bridge collapsed on {weekday}, the Brenn roads agency said. "
            f"Engineer Maja Lind said the river had risen.")


def _date_alarms(report) -> list:
    return [f for f in report.findings if f.kind == "date" and f.severity in {"conflict", "tension"}]


def test_the_day_fewer_sources_give_stands_against_one_claim_of_the_others(tmp_path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-02-03", _dated("Friday")),
        "b": ("2024-02-03", _dated("Friday")),
        "c": ("2024-02-04", _dated("Thursday")),
    })
    tension = [f for f in _date_alarms(report) if "one day apart" in f.summary]
    assert tension, [f.summary for f in report.findings]
    by_id = {c.id: c for c in report.claims}
    sources = [by_id[c].source for c in tension[0].claims]
    assert sources.count("c") >= 1 and len({s for s in sources if s != "c"}) == 1  # one of a and b stands for both


def test_as_many_sources_each_day_keep_every_claim(tmp_path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-02-03", _dated("Friday")),
        "c": ("2024-02-04", _dated("Thursday")),
    })
    tension = [f for f in _date_alarms(report) if "one day apart" in f.summary]
    by_id = {c.id: c for c in report.claims}
    assert tension and {by_id[c].source for c in tension[0].claims} == {"a", "c"}


def test_two_days_of_a_run_two_apart_conflict(tmp_path) -> None:
    """Thursday, Friday, Saturday: each next day is a tension, Thursday against Saturday a conflict."""
    report = run_dated(tmp_path, {
        "a": ("2024-02-05", _dated("Thursday")),
        "b": ("2024-02-05", _dated("Friday")),
        "c": ("2024-02-05", _dated("Saturday")),
    })
    assert any(f.severity == "conflict" and "2024-02-01" in f.summary and "2024-02-03" in f.summary
               for f in _date_alarms(report)), [f.summary for f in report.findings]


def test_a_single_day_apart_with_no_marker_and_no_zone_is_a_conflict(tmp_path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-02-05", _dated("Thursday")),
        "b": ("2024-02-05", _dated("Friday")),
    })
    assert [f.severity for f in _date_alarms(report) if "one day apart" in f.summary] == ["conflict"]
