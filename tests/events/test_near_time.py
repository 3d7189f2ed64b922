"""A time written right after "shortly/just after/before" in the verb phrase is the event's
("the footbridge gave way shortly after 4:40 p.m."): "after"/"before" then opens no clause of
its own (events/mentions._clauses). Small articles invented for the tests: a footbridge, a
council vote, a cable car."""

from __future__ import annotations

from pathlib import Path

from builders import article, run_dated

from claimcheck import timex
from claimcheck.events import find_events


def _whens(text: str, published: str = "2024-04-12") -> list[tuple[str, str | None]]:
    src = article(text, published)
    times = timex.tag(text, src.published.anchor(), src.sentences)
    return [(e.attrs.cls, e.when.value if e.when else None) for e in find_events(src, times, [])]


def test_a_time_shortly_after_the_verb_dates_it() -> None:
    assert ("collapse", "2024-04-12T16:40") in _whens("The footbridge gave way shortly after 4:40 p.m.")
    assert ("approval", "2024-04-10T24:00") in _whens(
        "Councillors passed the levy by 31 votes to 12 shortly before midnight on Wednesday.")


def test_after_a_comma_or_before_an_event_the_clause_still_ends() -> None:
    # ", shortly before 8am" after an appositive: another verb's time may be meant
    got = _whens("The tram, run by a private firm, derailed near Ålen, a village on the line, shortly before 8am.")
    assert got == [("crash", None)]
    # "shortly after the vote on Monday": the vote's day, not the resignation's
    got = _whens("The mayor resigned shortly after the vote on Monday.")
    assert got[0][1] is None


def test_one_collapse_timed_two_ways_is_flagged(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-04-12", "Footbridge falls\n\nThe Kirkstall footbridge over the River Aire in Leeds gave way "
                            "shortly after 4:40 p.m. on Thursday, the council said."),
        "b": ("2024-04-12", "Leeds bridge\n\nThe Kirkstall footbridge over the River Aire in Leeds gave way at "
                            "about 2:40 p.m. on Thursday, the council said."),
    })
    assert [f for f in report.findings if f.kind == "date" and f.severity in ("conflict", "tension")]
