"""Numbers and words that are not time expressions stay untagged."""

from __future__ import annotations

import pytest

from timex_helpers import tags


@pytest.mark.parametrize(
    "text",
    [
        "The court ruled 6-3 in favour.",
        "The carrier USS Nimitz (CVN-68) arrived.",
        "A total of 1,284 troops took part.",
        "She finished 14th in the race.",
        "He attended the 20th Asian Security Conference.",
        "The talks may resume, and troops march on.",
        "May I ask a question?",
        "The fund grew 2.5% and 2,015 people came.",
        "Route 2020 was closed; page 1999 is missing.",
        "The budget was $2023 million.",
    ],
)
def test_not_a_date(text: str) -> None:
    assert [(t.text, t.value) for t in tags(text, "2023-11-13")] == []


def test_may_as_a_month_still_works_where_it_is_one() -> None:
    found = {t.text: t.value for t in tags("The talks were held in May. May 2020 was quiet.", "2023-11-13")}
    assert found == {"May": "2023-05", "May 2020": "2020-05"}


def test_excluded_spans_are_not_returned() -> None:
    from claimcheck.timex import tag
    from timex_helpers import anchor

    text = "Wednesday, January 22, 2025 | Home\nThe ministers met on Sunday."
    header = (0, text.index("\n"))
    found = tag(text, anchor("2024-06-03"), excluded=[header])
    assert [t.text for t in found] == ["Sunday"]


def test_fractions_are_not_quarters_of_a_year() -> None:
    assert tags("About three-quarters of the members agreed.", "2023-11-13") == []


def test_set_word_inside_a_name_is_not_a_set() -> None:
    assert tags("Copyright The Harbour Daily, all rights reserved.", "2023-06-05") == []
    assert [t.value for t in tags("Daily, the ministers talk.", "2023-06-05")] == ["P1D"]


def test_a_hyphenated_compound_after_a_decade_keeps_the_decade() -> None:
    from timex_helpers import values
    assert values("Collectors prize 1950s-era cars.", "2020-05-05") == {"1950s": "195"}
