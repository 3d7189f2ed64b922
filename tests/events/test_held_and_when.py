"""Two general shapes of a happening told with its day: an event noun and a past verb of
holding after it ("The final was held on Saturday": the day is the final's, as after "took
place"), and a relative "when" after a date ("the first loss since 2019, when a rocket
exploded": that explosion is 2019's, an earlier event of the story's kind, not the story's).
Small invented reports of a rowing final, a chess playoff and a rocket loss; each shape fires
and stays quiet."""

from __future__ import annotations

from builders import run_dated


def _day_findings(tmp_path, first: str, second: str, body) -> list:
    report = run_dated(tmp_path, {"a": ("2025-06-10", body(first)), "b": ("2025-06-10", body(second))})
    return [f for f in report.findings if f.kind == "date"]


def _final(day: str) -> str:
    return (f"Vellmar crew wins the Harbour Cup\n\nThe final was held {day}, regatta chairman Tomas Berg "
            f"said. The Vellmar Rowing Club crew finished two lengths clear.")


def test_a_final_held_on_two_days_conflicts(tmp_path) -> None:
    found = _day_findings(tmp_path, "on Saturday", "on Thursday", _final)
    assert [f.severity for f in found] == ["conflict"], [(f.severity, f.summary) for f in found]


def test_a_final_held_on_one_day_is_quiet(tmp_path) -> None:
    assert _day_findings(tmp_path, "on Saturday", "on Saturday", _final) == []


def _stage(day: str, noun: str = "final") -> str:
    return (f"Playoff decides the title\n\nThe {noun} was held {day}, federation president Ana Reis said. "
            f"Kira Holm won the rapid playoff.")


def test_another_round_held_on_another_day_is_no_conflict(tmp_path) -> None:
    report = run_dated(tmp_path, {"a": ("2025-06-10", _stage("on Saturday")),
                                  "b": ("2025-06-10", _stage("on Thursday", "semi-final"))})
    assert not [f for f in report.findings if f.kind == "date" and f.severity == "conflict"]


def _explosion_days(tmp_path, text: str) -> list[str]:
    report = run_dated(tmp_path, {"a": ("2025-06-13", text)})
    return sorted(c.when.value for c in report.claims
                  if c.subject.id.startswith("event:explosion") and c.when is not None and c.when.value)


def test_a_when_clause_after_a_year_is_dated_by_it(tmp_path) -> None:
    # "since 2019, when a rocket exploded": the earlier explosion is 2019's, not the story's Tuesday's
    days = _explosion_days(tmp_path, (
        "Rocket lost over the sea\n\nA Corvo rocket exploded over the Alcantra range on Tuesday, mission chief "
        "Rui Lobo said. It was the agency's first loss since 2019, when a rocket exploded over the same range."))
    assert any(d.startswith("2019") for d in days) and any(d.startswith("2025-06") for d in days), days


def test_a_year_with_no_when_clause_dates_nothing_after_it(tmp_path) -> None:
    days = _explosion_days(tmp_path, (
        "Rocket lost over the sea\n\nThe agency has flown from Alcantra since 2019, and on Tuesday a Corvo rocket "
        "exploded over the range, mission chief Rui Lobo said."))
    assert days and not any(d.startswith("2019") for d in days), days


def _trial(day: str, noun: str = "record run") -> str:
    return (f"Wind tunnel record\n\nThe {noun} took place {day}, laboratory director Lena Brandt said. "
            f"Engineers at the Orsa tunnel kept the blade turning for nine hours.")


def test_an_event_noun_with_a_modifier_before_took_place_is_dated(tmp_path) -> None:
    # "the record run took place on ...": one modifier between the determiner and the noun
    found = _day_findings(tmp_path, "on Saturday", "on Thursday", _trial)
    assert [f.severity for f in found] == ["conflict"], [(f.severity, f.summary) for f in found]
    assert _day_findings(tmp_path / "same", "on Saturday", "on Saturday", _trial) == []
