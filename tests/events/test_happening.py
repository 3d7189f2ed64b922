"""Verbs of happening after an event noun ("the strike began on Monday", "the blaze started
in X on May 2") date and place the event itself; another verb after it dates something
else, and "since the X began" is the start of a series, not this occurrence. Small articles
written for these tests: a rail strike, a warehouse fire, a trade fair."""

from __future__ import annotations

from golden import events_of
from test_one_reading import _occurrences


def _dated(text: str, published: str, noun: str) -> list[str | None]:
    return [c.when.value if c.when else None for c in _occurrences(text, published)
            if c.subject.text and noun in c.subject.text.lower()]


def test_a_noun_phrase_is_dated_through_began() -> None:
    text = "Walkout\n\nThe raid on the harbour depot began on Tuesday, and police said it would go on.\n"
    assert "2024-03-05" in _dated(text, "2024-03-08", "raid")


def test_a_verb_with_an_object_still_stops_the_window() -> None:
    text = "Walkout\n\nThe raid on the harbour depot started a long inquiry on Tuesday.\n"
    assert "2024-03-05" not in _dated(text, "2024-03-08", "raid")


def test_since_the_series_began_dates_no_occurrence() -> None:
    text = ("Fair\n\nWhen the fourth Baltic Timber Fair opened in Riga on May 3, it marked six years since the fair "
            "began in 2019.\n")
    assert "2019" not in _dated(text, "2025-05-05", "fair")


def test_a_class_noun_is_dated_through_started() -> None:
    found = events_of("The blaze started in a paint store in Hull on March 4 and spread to two homes.", "2025-03-06")
    assert any(e.startswith("fire 'blaze' when=2025-03-04") for e in found), found


def test_a_class_noun_is_not_dated_through_another_verb() -> None:
    found = events_of("The blaze destroyed a paint store in Hull on March 4.", "2025-03-06")
    assert not any("when=2025-03-04" in e for e in found), found


def test_a_relative_that_before_a_verb_makes_no_open_class_event() -> None:
    found = events_of("Doctors are still recovering from a data theft that began on March 4.", "2025-03-06")
    assert not any(e.startswith("began") for e in found), found


def test_a_relative_clause_of_happening_dates_and_places_its_noun() -> None:
    text = "Mill fire\n\nThe fire, which broke out early on Friday at the Harlow paper mill, killed two workers.\n"
    assert "2025-05-16" in _dated(text, "2025-05-20", "fire")
    assert any("when=2025-05-16" in e for e in events_of(text.split("\n\n")[1], "2025-05-20"))


def test_a_participle_of_holding_dates_its_noun() -> None:
    text = "Talks\n\nThe talks, held in Tromso on May 3, ended without a deal.\n"
    assert "2025-05-03" in _dated(text, "2025-05-20", "talks")


def test_a_relative_clause_of_another_verb_dates_nothing() -> None:
    text = "Mill fire\n\nThe fire, which destroyed the Harlow paper mill on Friday, was put out on Saturday.\n"
    assert "2025-05-16" not in _dated(text, "2025-05-20", "fire")
    text = "Strike\n\nThe strike, which the union called on Friday, goes on.\n"
    assert "2025-05-16" not in _dated(text, "2025-05-20", "strike")


def test_a_year_in_a_relative_clause_is_a_start_not_the_day() -> None:
    text = "Fair\n\nThe fair, which began in 2014, opened its doors in Riga on Friday.\n"
    assert "2014" not in _dated(text, "2025-05-20", "fair")
