"""One moment written in two time zones (events/moments.py): two articles of a story that
give its happening's clock time at the same minute, a whole number of hours apart, one of
them with its zone, report one happening whatever each calls it; a round time, a time with no
zone, another minute keep them apart. And two clock times of a kind hours apart on different
days are two events (main_events `_clocks_apart`). A day written in a named zone joins the
story's happening a day away. Small articles invented for the tests (a ferry capsizing, a grain
forum) and hand-made claims (explosions)."""

from __future__ import annotations

from datetime import datetime

import pytest

from builders import run_dated
from claimcheck.events import main_events, moments
from claimcheck.models import Claim, EventAttrs, SubjectRef, When

_LEAD = ("Ferry capsizes off Tromvik\n\nThe ferry Nordlys capsized off Tromvik at {a} on Monday, harbour "
         "master Erik Dahl said. Coastguard boats from Tromvik reached the ferry within an hour.")
_OTHER = ("Coastguard report\n\nThe accident happened at {b} on Sunday, the coastguard said. Erik Dahl, "
          "the harbour master, said all passengers were rescued.")


def _subjects(report) -> dict[str, str]:
    return {c.source: c.subject.id for c in report.claims
            if c.facet == "occurrence" and c.when is not None and "T" in c.when.value}


def test_one_moment_in_two_zones_is_one_happening(tmp_path) -> None:
    """"capsized at 6:47 a.m. on Monday" / "the accident happened at 22:47 GMT on Sunday":
    one subject, and the date rule compares the two days."""
    report = run_dated(tmp_path, {"a": ("2024-05-07", _LEAD.format(a="6:47 a.m.")),
                                  "b": ("2024-05-07", _OTHER.format(b="22:47 GMT"))})
    subjects = _subjects(report)
    assert subjects["a"] == subjects["b"], subjects
    assert any(f.kind == "date" for f in report.findings), [f.summary for f in report.findings]


@pytest.mark.parametrize(("a", "b"), [
    ("6:00 a.m.", "22:00 GMT"),  # a round time: many happenings share it
    ("6:47 a.m.", "10:47 p.m."),  # no zone written: two local times hours apart are two moments
    ("6:47 a.m.", "22:45 GMT"),  # another minute
])
def test_other_times_keep_two_happenings_apart(tmp_path, a: str, b: str) -> None:
    report = run_dated(tmp_path, {"a": ("2024-05-07", _LEAD.format(a=a)),
                                  "b": ("2024-05-07", _OTHER.format(b=b))})
    subjects = _subjects(report)
    assert subjects["a"] != subjects["b"], subjects


def _timed(cid: str, at: datetime) -> Claim:
    when = When(text="x", span=(0, 1), value=at.strftime("%Y-%m-%dT%H:%M"), start=at.date(), end=at.date(),
                granularity="time")
    return Claim(id=cid, source=f"s-{cid}", span=(0, 1), quote="x", predicate="explosion",
                 subject=SubjectRef(id=f"event:explosion~{cid}", label="explosion"), when=when, facet="occurrence",
                 event=EventAttrs(cls="explosion", trigger=(0, 1), participants=(), kinds=()))


def test_two_clock_times_hours_apart_on_two_days_are_two_events() -> None:
    """An explosion at 20:37 on Saturday and one at 11:15 on Monday: two moments, whatever
    the days; the same minute a zone shift away (18:16 UTC / 15:16) and a day written wrong
    is one moment, and so are two times within `CLOCK_APART`."""
    saturday = _timed("a", datetime(2024, 5, 4, 20, 37))
    assert main_events._clash(saturday, _timed("b", datetime(2024, 5, 6, 11, 15)))
    assert not main_events._clash(_timed("c", datetime(2024, 5, 6, 15, 16)), _timed("d", datetime(2024, 5, 5, 18, 16)))
    assert not main_events._clash(saturday, _timed("e", datetime(2024, 5, 4, 21, 10)))


def test_one_writer_giving_two_days_keeps_two_subjects_apart() -> None:
    """A subject one article dates to Sunday and another it dates to Monday: two events, even
    when a third article's time in another zone fits one of them."""
    sunday, monday = _timed("a", datetime(2024, 5, 5, 4, 37)), _timed("b", datetime(2024, 5, 6, 11, 15))
    monday.source = sunday.source
    assert moments._days_clash([sunday], [monday])
    assert not moments._days_clash([sunday], [_timed("c", datetime(2024, 5, 6, 9, 0))])  # another article's day
    assert moments._shifted(datetime(2024, 5, 5, 4, 37), datetime(2024, 5, 4, 20, 37))
    assert not moments._shifted(datetime(2024, 5, 5, 4, 37), datetime(2024, 5, 5, 4, 37))  # the same time: no shift


_FORUM = {
    "a": ("2025-10-15", "Grain forum opens\n\nThe fifth Baltic Grain Forum opened in Riga on Tuesday, October 14, "
                        "with ministers from nine countries, Latvian minister Anna Berzina said."),
    "b": ("2025-10-15", "Forum report\n\nThe fifth Baltic Grain Forum opened in Riga on Tuesday, Anna Berzina, the "
                        "Latvian minister, said. Exporters attended."),
}
_ABROAD = ("Chile watches Riga\n\nGrain ministers began talks in Riga {when}, Anna Berzina said. Chilean "
           "exporters follow the forum closely.")


def test_a_day_in_the_readers_zone_joins_the_storys_happening(tmp_path) -> None:
    """"began talks late on Monday, Chilean time" in a third article: the forum two articles
    date to Tuesday, turned into the reader's zone; the date rule compares the two days."""
    report = run_dated(tmp_path, {**_FORUM, "c": ("2025-10-15", _ABROAD.format(when="late on Monday, Chilean time"))})
    subjects = {c.source: c.subject.id for c in report.claims if c.facet == "occurrence"}
    assert subjects["c"] == subjects["a"] == subjects["b"], subjects
    assert any(f.kind == "date" for f in report.findings), [f.summary for f in report.findings]


@pytest.mark.parametrize("when", [
    "late on Monday, local time",  # the happening's own zone: nothing turned
    "late on Monday",  # no zone written
    "late on Saturday, Chilean time",  # three days away: another happening
])
def test_a_day_not_turned_into_another_zone_stays_apart(tmp_path, when: str) -> None:
    report = run_dated(tmp_path, {**_FORUM, "c": ("2025-10-15", _ABROAD.format(when=when))})
    subjects = {c.source: c.subject.id for c in report.claims if c.facet == "occurrence"}
    assert subjects.get("c") != subjects["a"], subjects


def _at(cid: str, source: str, sid: str, value: str, text: str) -> Claim:
    day = datetime.fromisoformat(value[:10]).date()
    when = When(text=text, span=(0, len(text)), value=value, start=day, end=day,
                granularity="time" if "T" in value else "day")
    return Claim(id=cid, source=source, span=(0, len(text)), quote=text, predicate="explosion",
                 subject=SubjectRef(id=sid, label="x"), when=when, facet="occurrence",
                 event=EventAttrs(cls="explosion", trigger=(0, 1), participants=(), kinds=()))


def test_a_moment_leaves_a_subject_its_article_joined_two_days_on() -> None:
    """"exploded at 20:37 GMT on Saturday" joined by an earlier pass to another article's blast on
    Monday, while the article of that blast dates the eruption to Sunday: the whole subjects may
    not join (one article, two days), but the claim whose moment matches moves alone."""
    eruption = "event:eruption:mount-kora#2024-05-05"
    began = _at("a", "s-a", eruption, "2024-05-05T04:37", "04:37 local time")
    sunday = _at("b", "s-c", eruption, "2024-05-05", "on Sunday")
    gmt = _at("c", "s-b", "event:explosion~c", "2024-05-04T20:37", "20:37 GMT")
    monday = _at("d", "s-c", "event:explosion~c", "2024-05-06", "on Monday")
    moments.join_moments([began, sunday, gmt, monday])
    assert gmt.subject.id == eruption and monday.subject.id == "event:explosion~c"
