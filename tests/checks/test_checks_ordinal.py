"""claimcheck.check.ordinal.v1: numbering against numbers, dates and cadence."""

from __future__ import annotations

import pytest
from checks_factories import Corpus, only

from claimcheck.checks.ordinal import cadence_months
from claimcheck.checks.tables import cadence_tables

SLD = "series:dialogue"


def two_sessions(second_pub: str, second_value: str, basis: str = "metadata", confidence: float | None = None) -> Corpus:
    k = Corpus()
    k.source("a", "Ministers met at the 20th Asian Security Conference on June 3.", "2023-06-05")
    k.source("b", "On the 2nd, ministers met at the 21st Asia Security Summit in Singapore.", second_pub, basis=basis,
             confidence=confidence)
    k.claim("a", "the 20th Asian Security Conference on June 3", f"{SLD}#20", "occurrence",
            when=("June 3", "2023-06-03"), value=("ordinal", "20th", 20), subject_text="20th Asian Security Conference")
    k.claim("b", "On the 2nd, ministers met at the 21st Asia Security Summit", f"{SLD}#21", "occurrence",
            when=("On the 2nd", second_value), anchor="publication", year_explicit=False,
            value=("ordinal", "21st", 21), subject_text="21st Asia Security Summit")
    return k


class Index:
    def __init__(self, cadence: dict[str, str]) -> None:
        self._c = cadence

    def series_cadence(self, series_id: str) -> str | None:
        return self._c.get(series_id)


def test_annual_sessions_a_year_apart_are_consistent() -> None:
    assert only(two_sessions("2024-06-03", "2024-06-02").run(cadence={SLD: "P1Y"}), "ordinal") == []


def test_annual_gap_resting_on_a_low_confidence_date_says_how_unsure_it_is() -> None:
    k = two_sessions("2025-01-22", "2025-01-02", basis="inferred", confidence=0.3)
    (f,) = only(k.run(index=Index({SLD: "annual"})), "ordinal")
    assert (f.severity, f.rests_on_inferred_date, f.inferred_sources) == ("conflict", True, ["b"])
    assert "inferred with low confidence" in f.explanation


def test_annual_gap_that_does_not_add_up_is_a_conflict_marked_inferred() -> None:
    k = two_sessions("2025-01-22", "2025-01-02", basis="inferred", confidence=0.9)
    (f,) = only(k.run(index=Index({SLD: "annual"})), "ordinal")
    assert (f.severity, f.subject, f.rests_on_inferred_date, f.inferred_sources) == ("conflict", SLD, True, ["b"])
    assert "1-year cadence" in f.summary and "known for the series" in f.explanation
    assert "b published 2025-01-22 (basis inferred" in f.explanation
    assert "Check that source's publication date first." in f.explanation


def test_without_a_cadence_rising_numbers_are_fine() -> None:
    assert only(two_sessions("2025-01-22", "2025-01-02").run(), "ordinal") == []


def test_numbers_falling_as_dates_rise_is_a_conflict() -> None:
    k = Corpus()
    k.source("a", "The 13th talks were held in 2023.", "2023-05-01")
    k.source("b", "The 14th talks were held in 2022.", "2023-05-01")
    k.claim("a", "The 13th talks were held in 2023", "series:talks#13", "occurrence", when=("2023", "2023"), value=("ordinal", "13th", 13))
    k.claim("b", "The 14th talks were held in 2022", "series:talks#14", "occurrence", when=("2022", "2022"), value=("ordinal", "14th", 14))
    (f,) = only(k.run(), "ordinal")
    assert f.severity == "conflict" and "numbers fall" in f.summary


def test_one_session_two_numbers() -> None:
    k = Corpus()
    k.source("a", "The 13th talks opened on April 14.", "2023-04-15")
    k.source("b", "The 12th round of talks opened on April 14.", "2023-04-15")
    k.claim("a", "The 13th talks opened on April 14", "series:talks#2023-04-14", "occurrence",
            when=("April 14", "2023-04-14"), value=("ordinal", "13th", 13))
    b = k.claim("b", "The 12th round of talks opened on April 14", "series:talks#2023-04-14", "occurrence",
                when=("April 14", "2023-04-14"), value=("ordinal", "12th", 12))
    assert [f.severity for f in only(k.run(), "ordinal")] == ["conflict"]
    b.derived = True
    assert [f.severity for f in only(k.run(), "ordinal")] == ["tension"]


def dtt(cadence_words: str) -> Corpus:
    k = Corpus()
    k.source("a", f"The talks have been held {cadence_words} since 2008. The 13th talks were held in Washington on the 14th (local time). "
             "They agreed to hold the 14th talks next year in Seoul.", "2023-04-15")
    k.claim("a", f"The talks have been held {cadence_words} since 2008", "series:talks", "cadence",
            when=("since 2008", "2008"), value=("other", cadence_words, cadence_words))
    k.claim("a", "The 13th talks were held in Washington on the 14th (local time)", "series:talks#13", "occurrence",
            when=("on the 14th (local time)", "2023-04-14"), value=("ordinal", "13th", 13), derived=True)
    k.claim("a", "hold the 14th talks next year in Seoul", "series:talks#14", "occurrence",
            when=("next year", "2024"), value=("ordinal", "14th", 14), modality="planned")
    return k


def test_alternately_gives_no_cadence_and_no_finding() -> None:
    assert dtt("alternately").run() == []


def test_annually_since_start_against_the_number_is_a_tension() -> None:
    found = only(dtt("annually").run(), "ordinal")
    assert [f.severity for f in found] == ["tension"]
    assert "since 2008" in found[0].summary and "derived" in found[0].explanation


def test_session_count_against_start_and_cadence() -> None:
    k = Corpus()
    k.source("a", "The forum, held annually since 2008, has met 12 times.", "2023-05-01")
    k.claim("a", "held annually since 2008", "series:forum", "cadence", when=("since 2008", "2008"),
            value=("other", "annually", "annual"))
    k.claim("a", "has met 12 times", "series:forum", "count", value=("count", "12 times", 12))
    (f,) = only(k.run(), "ordinal")
    assert f.severity == "tension" and "12 sessions by 2023" in f.summary
    k2 = Corpus()
    k2.source("a", "The forum, held annually since 2008, has met 15 times.", "2023-05-01")
    k2.claim("a", "held annually since 2008", "series:forum", "cadence", when=("since 2008", "2008"),
             value=("other", "annually", "annual"))
    k2.claim("a", "has met 15 times", "series:forum", "count", value=("count", "15 times", 15))
    assert only(k2.run(), "ordinal") == []


@pytest.mark.parametrize("example", cadence_tables().examples, ids=lambda e: e.text)
def test_cadence_examples(example) -> None:  # type: ignore[no-untyped-def]
    expected = cadence_months(example.period) if example.period else None
    assert cadence_months(example.text) == expected


def test_sessions_keyed_by_year_are_not_numbered_by_it() -> None:
    k = Corpus()
    k.source("a", "The exercise has not been held since the 2020 exercise. The 3rd exercise was held in 2019.", "2024-06-03")
    k.claim("a", "has not been held since the 2020 exercise", "series:ex#2020", "occurrence", when=("the 2020 exercise", "2020"))
    k.claim("a", "The 3rd exercise was held in 2019", "series:ex#3", "occurrence", when=("in 2019", "2019"), value=("ordinal", "3rd", 3))
    assert only(k.run(cadence={"series:ex": "P1Y"}), "ordinal") == []


def test_unnamed_events_keyed_by_date_are_not_sessions() -> None:
    k = Corpus()
    k.source("a", "The summit in 2023 was the 2nd; the summit in 2021 was the 5th.", "2024-06-03")
    k.claim("a", "The summit in 2023 was the 2nd", "event:summit#2023", "occurrence", when=("in 2023", "2023"), value=("ordinal", "2nd", 2))
    k.claim("a", "the summit in 2021 was the 5th", "event:summit#2021", "occurrence", when=("in 2021", "2021"), value=("ordinal", "5th", 5))
    assert only(k.run(), "ordinal") == []


def session_pair(a: tuple[int, str], b: tuple[int, str]) -> Corpus:
    k = Corpus()
    for sid, (n, day) in (("a", a), ("b", b)):
        k.source(sid, f"The forum's session number {n} opened on {day}.", day)
        k.claim(sid, f"session number {n} opened on {day}", f"series:forum#{n}", "occurrence", when=(day, day),
                value=("ordinal", f"number {n}", n))
    return k


def test_annual_gap_of_whole_years_reads_as_skipped_sessions_a_tension() -> None:
    (f,) = only(session_pair((18, "2019-06-01"), (19, "2022-06-11")).run(cadence={"series:forum": "annual"}), "ordinal")
    assert f.severity == "tension" and "2 session(s) were skipped" in f.explanation


def test_annual_sessions_in_consecutive_years_fit_even_months_apart() -> None:
    assert only(session_pair((20, "2023-06-03"), (21, "2024-01-20")).run(cadence={"series:forum": "P1Y"}), "ordinal") == []


def test_two_sessions_too_close_for_the_cadence_is_a_conflict() -> None:
    found = only(session_pair((5, "2023-01-10"), (7, "2023-03-10")).run(cadence={"series:forum": "P1Y"}), "ordinal")
    assert [f.severity for f in found] == ["conflict"]


def test_entity_index_series_info_supplies_the_cadence() -> None:
    class Info:
        cadence = "annual"

    class EntityIndexLike:
        def series_info(self, series_id: str) -> Info | None:
            return Info() if series_id == SLD else None

    k = two_sessions("2025-01-22", "2025-01-02", basis="inferred", confidence=0.9)
    assert [f.severity for f in only(k.run(index=EntityIndexLike()), "ordinal")] == ["conflict"]
    assert only(two_sessions("2024-06-03", "2024-06-02").run(index=EntityIndexLike()), "ordinal") == []


def test_a_count_timed_by_an_inferred_publication_date_says_so() -> None:
    k = Corpus()
    k.source("a", "The forum, held annually since 2008, has met 12 times.", "2023-05-01", basis="inferred")
    k.claim("a", "held annually since 2008", "series:forum", "cadence", when=("since 2008", "2008"),
            value=("other", "annually", "annual"))
    k.claim("a", "has met 12 times", "series:forum", "count", value=("count", "12 times", 12))
    (f,) = only(k.run(), "ordinal")
    assert f.rests_on_inferred_date and f.inferred_sources == ["a"]
