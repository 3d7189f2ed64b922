"""Resolution against an anchor: the publication date (a day or a month) or none.

A month-only anchor is an interval: an expression that needs the day ("yesterday",
"on Sunday") is resolved from both ends of the month; when the two answers differ the
result is the interval between them (granularity ``interval``), never a guess.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from ..models import DateAnchor
from . import calmath as cm
from .calmath import Period

Resolver = Callable[[date], Period | None]

NEAR_AHEAD = 62  # days: "the offer expires Dec. 7" read in a November article with a past cue
NEAR_BEHIND = 31


class Ctx:
    def __init__(self, anchor: DateAnchor | None) -> None:
        self.anchor = anchor
        self.known = anchor is not None
        self.a0 = anchor.start if anchor else None
        self.a1 = anchor.end if anchor else None
        self.by_day = anchor is not None and anchor.granularity == "day"
        self.last_ref: Period | None = None  # the latest resolved date, for "a day earlier"
        self.prev_type: str | None = None  # of the expression just before ("the 1989 period")
        self.prev_end = -1  # where it ends, and its day if it is one ("April 24 and 25")
        self.prev_day: date | None = None
        self.last_ref_tense: str | None = None  # the tense of the clause last_ref was written in
        self.last_quarter: Period | None = None  # the latest quarter reported on (company reports)
        # the latest day written (a date, or a day with a part of it: "last evening", "Monday
        # morning"), for a clock time written without one ("detained shortly after 6pm")
        self.last_day: Period | None = None

    def note_quarter(self, p: Period, tense: str | None) -> None:
        """Keep the quarter the report is about: the latest one that has ended, else the latest
        running one. "After a flat second quarter" in a report on the third, or "the impact
        on fourth-quarter results" of a quarter still running, change nothing."""
        if not self.reportable(p, tense) or p.start is None:
            return
        q = self.last_quarter
        if q is None or q.start is None:
            self.last_quarter = p
            return
        ended = self.a1 is None or (p.end is not None and p.end <= self.a1)
        q_ended = self.a1 is None or (q.end is not None and q.end <= self.a1)
        if (ended, p.start) >= (q_ended, q.start):
            self.last_quarter = p

    def reportable(self, p: Period, tense: str | None) -> bool:
        """A quarter results can be reported for: ended by the publication date, or running
        and not written in a future clause. One ahead ("losses through the third quarter of
        1990") or forecast ("will result in a fourth-quarter charge") is never the period
        that "a year ago" or "the year-earlier period" compares to."""
        if self.a1 is None or p.start is None or p.end is None:
            return True
        return p.end <= self.a1 or (p.start <= self.a1 and tense != "future")

    @property
    def value(self) -> str:
        assert self.anchor is not None
        return self.anchor.value

    def from_anchor(self, fn: Resolver) -> Period | None:
        """Apply ``fn`` to the anchor day; for a month anchor to both ends, joined if they differ."""
        if self.a0 is None or self.a1 is None:
            return None
        p0 = fn(self.a0)
        if self.by_day or p0 is None:
            return p0
        p1 = fn(self.a1)
        if p1 is None or p1.value == p0.value:
            return p0
        start, end = p0.start or p1.start, p1.end or p0.end
        return Period(f"{start.isoformat() if start else 'XXXX'}/{end.isoformat() if end else 'XXXX'}", start, end, "interval")

    def year_for(self, month: int, day: int | None, tense: str | None) -> int:
        """Year of a year-less month (and day) given the sentence's direction."""
        assert self.a0 is not None
        y, am = self.a0.year, self.a0.month
        # Compared by month: a date later this month in a past-tense sentence is still this
        # month (a tense cue is weaker evidence than a year's distance).
        if month == am:
            return y
        # A date written without its year is seldom far from the publication date: a tense
        # cue does not move a date that is within a few weeks of the anchor a year away.
        this = date(y, month, min(day or 1, cm.month_end(y, month).day))
        gap = (this - self.a0).days if day else 10**6  # a bare month follows its cue
        if tense == "future":
            return y if month > am or -NEAR_BEHIND <= gap <= 0 else y + 1
        if tense == "past":
            return y if month < am or 0 <= gap <= NEAR_AHEAD else y - 1
        # No cue: the nearest such date.
        best, dist = y, None
        for cand in (y - 1, y, y + 1):
            try:
                d = date(cand, month, min(day or 15, cm.month_end(cand, month).day))
            except ValueError:
                continue
            gap = abs((d - self.a0).days)
            if dist is None or gap < dist:
                best, dist = cand, gap
        return best

    def month_rel(self, month: int, k: int) -> int:
        """Year of "last/next/this <month>": strictly before, strictly after, or this year."""
        assert self.a0 is not None
        y, am = self.a0.year, self.a0.month
        if k < 0:
            return y if month < am else y - 1
        if k > 0:
            return y if month > am else y + 1
        return y

    def weekday(self, wd: int, how: str | None) -> Period | None:
        """A weekday near the anchor: ``past`` on or before it, ``future`` on or after,
        ``last``/``next`` strictly before/after, ``this`` in the anchor's week."""

        def fn(d: date) -> Period:
            if how in ("future", "next"):
                delta = (wd - d.weekday()) % 7 or (7 if how == "next" else 0)
                return cm.day(d + timedelta(days=delta))
            if how == "this":
                return cm.day(d - timedelta(days=d.weekday()) + timedelta(days=wd))
            delta = (d.weekday() - wd) % 7 or (7 if how == "last" else 0)
            return cm.day(d - timedelta(days=delta))

        return self.from_anchor(fn)


def narrow(p: Period, mod: str | None) -> Period:
    """The part of a period an early/mid/late modifier covers (thirds of it)."""
    if mod not in ("START", "MID", "END") or p.start is None or p.end is None:
        return p
    span = (p.end - p.start).days + 1
    third = span // 3
    if mod == "START":
        return Period(p.value, p.start, p.start + timedelta(days=third - 1), p.granularity)
    if mod == "MID":
        return Period(p.value, p.start + timedelta(days=third), p.end - timedelta(days=third), p.granularity)
    return Period(p.value, p.end - timedelta(days=third - 1), p.end, p.granularity)
