"""A follow-up written months later dates the story's happening to its month only ("the
sports hall, whose roof collapsed in November"): it joins the one happening of that kind the
other articles date to a day of that month, however far apart the articles were written, and
the date check calls the month a narrower date (a variant). Never when the month names
another month, nor when the articles name nothing in common. Small invented reports of a
sports hall's roof collapse and a ferry grounding."""

from __future__ import annotations

from builders import run_dated

_FIRST = ("Sports hall roof falls in\n\nThe roof of the Tarvel sports hall collapsed on 3 November, injuring "
          "12 people, mayor Ana Lund said. Engineers are inspecting the building.")


def _follow_up(month: str, mayor: str = "mayor Ana Lund") -> str:
    return (f"Hall repairs to cost millions\n\nRepairs to the Tarvel sports hall, whose roof collapsed in {month}, "
            f"will cost 2 million euros, {mayor} said on Friday. The hall should reopen in the autumn.")


def _collapse_subjects(report) -> set[str]:
    return {c.subject.id for c in report.claims if c.subject.id.startswith("event:collapse")}


def test_a_month_months_later_joins_the_day_as_a_narrower_date(tmp_path) -> None:
    report = run_dated(tmp_path, {"a": ("2025-11-04", _FIRST), "b": ("2026-02-20", _follow_up("November"))})
    assert len(_collapse_subjects(report)) == 1, _collapse_subjects(report)
    found = [f for f in report.findings if f.kind == "date"]
    assert found and all(f.severity == "variant" for f in found), [(f.severity, f.summary) for f in found]


def test_another_month_stays_apart(tmp_path) -> None:
    report = run_dated(tmp_path, {"a": ("2025-11-04", _FIRST), "b": ("2026-02-20", _follow_up("October"))})
    assert len(_collapse_subjects(report)) == 2, _collapse_subjects(report)


def test_articles_naming_nothing_in_common_stay_apart(tmp_path) -> None:
    other = ("Ferry hall roof\n\nThe roof of the Brenford ferry terminal collapsed in November, harbour master "
             "Ivo Mark said on Friday.")
    report = run_dated(tmp_path, {"a": ("2025-11-04", _FIRST), "b": ("2026-02-20", other)})
    assert len(_collapse_subjects(report)) == 2, _collapse_subjects(report)
