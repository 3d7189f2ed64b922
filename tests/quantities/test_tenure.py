"""Lengths of service (quantities/tenure.py): "after 14 years in the post", "after ten years as
chief executive" is how long a person held a post, keyed by the person (and the post's head noun
when written "as <post>"). Articles written for the tests (a football coach, a bank's chief
executive, a minister, a start-up)."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated


def _findings(report, kind: str = "count") -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return sorted((f.subject, f.severity) for f in report.findings if f.kind == kind)


def _durations(report) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    out: dict[str, list[float]] = {}
    for c in report.claims:
        if c.subject.id.startswith("quantity:duration|") and c.value is not None:
            out.setdefault(c.subject.id, []).append(round(float(c.value.value)))
    return out


def _two(tmp_path: Path, a: str, b: str):  # type: ignore[no-untyped-def]
    return run_dated(tmp_path, {"a": ("2025-06-02", "Report\n\n" + a + "\n"), "b": ("2025-06-03", "Report\n\n" + b + "\n")})


def test_a_coach_s_years_in_the_post_disagree(tmp_path: Path) -> None:
    report = _two(tmp_path, "Rovena coach Lars Berg stepped down on Sunday after 14 years in the post.",
                  "Lars Berg resigned as Rovena coach on Sunday. He leaves after 12 years in charge.")
    assert ("quantity:duration|tenure||person:lars-berg|2025", "conflict") in _findings(report)


def test_a_chief_executive_s_years_as_chief_executive(tmp_path: Path) -> None:
    report = _two(tmp_path, "Maria Costa left Harbour Bank after ten years as chief executive.",
                  "Maria Costa is leaving Harbour Bank after eight years as chief executive, the bank said.")
    assert ("quantity:duration|tenure:executive||person:maria-costa|2025", "conflict") in _findings(report)


def test_two_posts_of_one_person_are_not_compared(tmp_path: Path) -> None:
    report = _two(tmp_path, "Finance minister Tomas Vik quit after three years as minister.",
                  "Tomas Vik, who quit as finance minister, had joined the ministry after ten years as an economist.")
    assert _findings(report) == []


def test_a_planned_tenure_is_a_forecast(tmp_path: Path) -> None:
    report = _two(tmp_path, "Lars Berg said he would step down after 15 years in the job.",
                  "Lars Berg stepped down after 14 years in the job.")
    assert _findings(report) == []


def test_no_person_no_tenure(tmp_path: Path) -> None:
    report = _two(tmp_path, "The company grew fast after three years as a start-up.",
                  "The company grew fast after five years in charge of its own brand.")
    assert not any("tenure" in k for k in _durations(report))


def test_what_burned_after_and_is_the_first_verb_s_subject(tmp_path: Path) -> None:
    report = _two(tmp_path, "The blaze broke out at dawn and raged for nine hours.",
                  "The blaze broke out at dawn and raged for 12 hours.")
    assert [s for s, _ in _findings(report)] == ["quantity:duration|lasted:blaze||-|fixed"]
    assert not any(k.endswith(":and||-|fixed") for k in _durations(report))


def test_a_post_written_before_for_is_a_tenure_of_its_day(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-02", "Report\n\nRovena sacked coach Lars Berg on Sunday. Berg had been in charge for 29 months.\n"),
        "b": ("2025-06-02", "Report\n\nRovena sacked Lars Berg on Sunday. Berg had been in charge for 31 months.\n"),
        "c": ("2025-09-02", "Report\n\nLars Berg, sacked by Rovena, had been in charge for 32 months.\n")})
    assert _findings(report) == [("quantity:duration|tenure||person:lars-berg|2025-06-02", "conflict")]


def test_an_interim_spell_in_a_past_year_is_that_year_s(tmp_path: Path) -> None:
    report = _two(tmp_path, "Former chief executive Maja Ekberg ran the agency as interim chief for four months in 2019.",
                  "Maja Ekberg is now interim chief of the agency and has been for two months.")
    assert _durations(report).get("quantity:duration|tenure:chief||person:maja-ekberg|2019") == [122]
    assert _findings(report) == []


def test_a_state_that_lasted_is_no_tenure(tmp_path: Path) -> None:
    report = _two(tmp_path, "Climber Anna Holm had been missing for three days.",
                  "We have been patient for two years, said union leader Anna Holm.")
    assert not any("tenure" in k for k in _durations(report))
