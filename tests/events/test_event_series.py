"""Numbered owned events (events/event_series.py): an ordinal, an event noun and an owner
("the fourth flight of the X", "its fifth launch", "the mill's second strike") make a session
of a series named by the owner and the event's class; invented sentences across domains."""

from __future__ import annotations

import pytest

from claimcheck.events.event_series import find_event_sessions, owned_class
from claimcheck.words import scan


def _found(text: str) -> list[tuple[str, int, str]]:
    w = scan(text)
    return [(sp.series, sp.ordinal, text[sp.span[0]:sp.span[1]]) for sp in find_event_sessions(text, w, 0, len(w.lowers), 0)]


@pytest.mark.parametrize(("text", "series", "n"), [
    ("It was the fourth flight of the Orca 2 and its first failure.", "series:orca-2-launch", 4),
    ("Kestrel Aero's Orca 2 rocket broke up on Friday, 40 seconds into its sixth flight.", "series:orca-2-launch", 6),
    ("It was the mill's second strike this year.", "series:mill-strike", 2),
    ("The walkout was the third strike at the Brannock mill since May.", "series:brannock-strike", 3),
    ("The Lumen 4's 12th mission ended early.", "series:lumen-4-launch", 12),
    ("It was the carmaker's third recall in a year.", "series:carmaker-recall", 3),
])
def test_an_ordinal_event_noun_and_owner_make_a_numbered_event(text: str, series: str, n: int) -> None:
    assert [(s, k) for s, k, _ in _found(text)] == [(series, n)]


@pytest.mark.parametrize("text", [
    "It was the fourth flight this year.",  # no owner
    "The first explosion, in 2019, was smaller.",  # no owner: a kind, not a numbered event of someone's
    "Trains ran on Monday, the second day of the strike.",  # the ordinal ranks a day
    "On Monday its third flight was cancelled.",  # 'its' with no name before it: no owner
])
def test_no_owner_no_numbered_event(text: str) -> None:
    assert _found(text) == []


def test_owned_class_reads_the_subject() -> None:
    assert owned_class("series:orca-2-launch#4") == "launch"
    assert owned_class("series:nordic-rail-forum#9") is None
