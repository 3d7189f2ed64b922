"""What a text tagged once, without an anchor, says about its own publication date.

The tagger leaves anchor-dependent expressions unresolved (``XXXX-11-09``, ``XXXX-WXX-4``).
This module keeps those that constrain the publication date, with how they depend on it,
and resolves them for a candidate date by plain calendar arithmetic (the tagger's own year
rules, ``timex.context.Ctx``), never by tagging again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..models import DateAnchor, Span, Timex
from ..timex import calmath as cm
from ..timex.context import Ctx

_YEARLESS = re.compile(r"^XXXX-(\d\d)(?:-(\d\d))?$")
_WEEKDAY = re.compile(r"^XXXX-WXX-(\d)")
_REL_BEFORE = re.compile(r"^(last|previous|this\s+past|next|this\s+coming|this)\b", re.IGNORECASE)
_REL_STEP = {"last": -1, "previous": -1, "this past": -1, "next": 1, "this coming": 1, "this": 0}
_REL_YEAR = re.compile(r"\b(last|next|this)\s+year\b", re.IGNORECASE)
_YESTERDAY = {"REF-P1D"}
_ANY_REL = re.compile(r"\b(?:last|next|this|previous|coming|past)\b", re.IGNORECASE)
# The tagger gives a tense only to dates without a year; a written date in a clause about
# the future ("the hearing will take place on March 28, 2024") is not an event reported.
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|is\s+due|are\s+due|is\s+set|are\s+set|scheduled|slated|is\s+to|are\s+to|"
                            r"expected\s+to|(?:is|are)\s+expected|to\s+be\s+held|to\s+take\s+place)\b[^.;:!?]*$", re.IGNORECASE)
_FUTURE_LOOK_BACK = 150


def _future(t: Timex, text: str) -> bool:
    if t.tense is not None:
        return t.tense == "future"
    return _FUTURE_BEFORE.search(text, max(0, t.span[0] - _FUTURE_LOOK_BACK), t.span[0]) is not None


@dataclass(frozen=True)
class YearLess:
    """A month, or month and day, written without its year ("June 3", "in May", "Friday, March 31")."""

    timex: Timex
    month: int
    day: int | None
    tense: str | None
    rel: int | None  # last/next/this <month>: -1, +1, 0
    rel_year: int | None  # "<month> last year": -1
    weekday: int | None  # a weekday written with the date
    weekday_rel: bool = False  # "last Thursday, November 9": some days before publication, not the day

    @property
    def plain(self) -> bool:
        """Named by month alone, its year left to the tense: "On June 3", "in May"."""
        return self.rel is None and self.rel_year is None

    def year(self, ctx: Ctx) -> int:
        assert ctx.a0 is not None
        if self.rel_year is not None:
            return ctx.a0.year + self.rel_year
        if self.rel is not None:
            return ctx.month_rel(self.month, self.rel) if self.rel else ctx.a0.year
        return ctx.year_for(self.month, self.day, self.tense)

    def interval(self, ctx: Ctx) -> tuple[date, date] | None:
        y = self.year(ctx)
        if self.day is None:
            return date(y, self.month, 1), cm.month_end(y, self.month)
        if not cm.valid_day(y, self.month, self.day):
            return None
        d = date(y, self.month, self.day)
        return d, d


@dataclass
class Facts:
    explicit_days: list[Timex] = field(default_factory=list)  # a day with its year written, not future
    planned_days: list[Timex] = field(default_factory=list)  # a day with its year written, in a future clause
    past_explicit_max: date | None = None  # the latest start of an event written with its year, in the past
    years: set[int] = field(default_factory=set)  # years written
    latest_written: int | None = None  # the latest year written outside a future clause
    yearless: list[YearLess] = field(default_factory=list)
    weekdays: set[int] = field(default_factory=set)  # plain weekday mentions ("on Monday"), not future
    weekday_spans: list[tuple[int, int, int]] = field(default_factory=list)  # (weekday, start, end) of those
    durations: list[tuple[Timex, YearLess | Timex]] = field(default_factory=list)  # elapsed time and its start
    yesterday: bool = False
    reach: int = 0  # the longest elapsed span in years ("seven years since 2016")
    # "A year after the fire killed seven ..." opening a headline or a sentence in the present:
    # an anniversary piece, published that long after the event it dates (months, text offset)
    anniversaries: list[tuple[int, int]] = field(default_factory=list)


# an elapsed time opening a line or sentence, then "after"/"since"/"on from" and the event
_AFTER = re.compile(r"\s+(?:after|since|on\s+from)\b", re.IGNORECASE)
_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
# the rest of the sentence speaks of today ("families are still waiting"), not of a past
# narrative ("two years after he joined, he was promoted"); a headline needs no verb
_PRESENT = re.compile(r"\b(?:is|are|am|has|have|still|now|remains?|continues?)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _anniversary(t: Timex, text: str) -> int | None:
    """Months of an anniversary phrase ("A year after ...", "Six months since ..."), else None."""
    if t.type != "DURATION" or t.begin or t.mod == "APPROX" or not _AFTER.match(text, t.span[1]):
        return None
    m = re.fullmatch(r"P(\d+)([YM])", t.value)
    if m is None or not _OPENING.search(text, max(0, t.span[0] - 3), t.span[0]):
        return None
    months = int(m.group(1)) * (12 if m.group(2) == "Y" else 1)
    end = _SENTENCE_END.search(text, t.span[1])
    line_start = t.span[0] == 0 or text[t.span[0] - 1] == "\n"
    rest = text[t.span[1]:end.start() if end else len(text)]
    if not (line_start and (end is None or text[end.start()] == "\n")) and not _PRESENT.search(rest):
        return None
    return months


# "ran the club for 12 years from 1971": a span that ended, not the time elapsed until now
_SPAN_FROM = re.compile(r"\s*from\s*$", re.IGNORECASE)


def _past(t: Timex) -> bool:
    """A dated event the text reports as past: tense past, or a written year with no future tense."""
    return t.tense == "past" or (t.tense is None and t.year_explicit and t.granularity in {"day", "month"})


def _yearless(t: Timex, text: str) -> YearLess | None:
    m = _YEARLESS.match(t.value)
    if m is None or t.type != "DATE":
        return None
    rel_m = _REL_BEFORE.match(t.text)
    # "last Thursday, November 9": the word is the weekday's, and the tagger's tense carries it
    rel = None if rel_m is None or t.weekday is not None else _REL_STEP[" ".join(rel_m.group(1).lower().split())]
    ry = _REL_YEAR.search(t.text)
    rel_year = None if ry is None else {"last": -1, "next": 1, "this": 0}[ry.group(1).lower()]
    return YearLess(t, int(m.group(1)), int(m.group(2)) if m.group(2) else None,
                    "future" if _future(t, text) else t.tense, rel, rel_year, t.weekday,
                    weekday_rel=t.weekday is not None and rel_m is not None)


def gather(unresolved: Sequence[Timex], text: str, skip: Sequence[Span] = ()) -> Facts:
    """The anchor-dependent facts of a text tagged without an anchor; ``skip``: page stamps, read apart."""
    f = Facts()
    skipped = set(map(tuple, skip))
    for i, t in enumerate(unresolved):
        if tuple(t.span) in skipped:
            continue
        if t.year_explicit and t.start:
            f.years.add(t.start.year)
            future = _future(t, text)
            if not future:
                f.latest_written = max(f.latest_written or t.start.year, t.start.year)
            if t.type == "DATE" and not future and _past(t) and (f.past_explicit_max is None
                                                                  or t.start > f.past_explicit_max):
                f.past_explicit_max = t.start
            if t.type == "DATE" and t.granularity == "day":
                (f.planned_days if future else f.explicit_days).append(t)
        if t.type == "DURATION" and t.begin and t.value.endswith("Y") and (n := t.value[1:-1]).isdigit():
            f.reach = max(f.reach, int(n))
        if t.value in _YESTERDAY:
            f.yesterday = True
        if (months := _anniversary(t, text)) is not None:
            f.anniversaries.append((months, t.span[0]))
        if t.type in ("DATE", "TIME") and (w := _WEEKDAY.match(t.value)) and not _future(t, text) \
                and not _ANY_REL.search(t.text):
            f.weekdays.add(int(w.group(1)) - 1)
            f.weekday_spans.append((int(w.group(1)) - 1, t.span[0], t.span[1]))
        y = _yearless(t, text)
        if y is not None:
            f.yearless.append(y)
        if t.type == "DURATION" and t.begin and i + 1 < len(unresolved) and unresolved[i + 1].value == t.begin \
                and not _SPAN_FROM.match(text, t.span[1], unresolved[i + 1].span[0]):
            b = unresolved[i + 1]
            f.durations.append((t, _yearless(b, text) or b))
    return f


# --- one candidate month -------------------------------------------------------------------

_EPSILON = 0.05  # months: keeps day-count rounding from deciding a boundary


def _months_between(a: date, b: date) -> float:
    return (b - a).days / 30.4375


def _unit_months(value: str) -> float | None:
    """Length in months of a TIMEX3 duration value such as P6M, P3Y, P2W."""
    if not value.startswith("P") or "T" in value:
        return None
    try:
        amount, unit = float(value[1:-1]), value[-1]
    except ValueError:
        return None
    scale = {"Y": 12.0, "M": 1.0, "W": 12 / 52.18, "D": 1 / 30.4375}.get(unit)
    return None if scale is None else amount * scale


@dataclass
class MonthFit:
    violations: int = 0
    recent_gap: int | None = None  # months from the earliest month-named past event to this month
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class MonthSpan:
    """A candidate publication month, in the shape ``Ctx`` reads (a light DateAnchor)."""

    start: date
    end: date
    granularity: str = "month"

    @property
    def value(self) -> str:
        return self.start.isoformat()[:7]


@lru_cache(maxsize=4096)
def month_span(year: int, month: int) -> MonthSpan:
    return MonthSpan(date(year, month, 1), cm.month_end(year, month))


def relevant(f: Facts) -> list[YearLess]:
    """The year-less dates that can rule a month out or measure its recency."""
    return [y for y in f.yearless if (y.weekday is not None and y.day is not None) or y.tense == "past"
            or (y.tense is None and y.plain)]


def year_free(f: Facts, yearless: Sequence[YearLess]) -> bool:
    """Whether a month's fit, apart from the dates written with a year, is the same in every
    year: true unless a weekday is written with a date or an elapsed time is counted."""
    return not f.durations and all(y.weekday is None for y in yearless)


def evaluate(f: Facts, anchor: MonthSpan | DateAnchor, yearless: Sequence[YearLess] | None = None,
             written: bool = True) -> MonthFit:
    """How well the publication month ``anchor`` fits the text's dates (arithmetic only);
    ``written=False`` leaves out the dates written with their year."""
    ev = MonthFit()
    if written and f.past_explicit_max is not None and f.past_explicit_max > anchor.end:
        ev.violations += 1
        ev.notes.append(f"a past event dated {f.past_explicit_max.isoformat()} lies after this month")
        return ev  # ruled out: the rest would only add notes
    facts = relevant(f) if yearless is None else yearless
    if not facts and not f.durations:
        return ev
    ctx = Ctx(anchor)  # type: ignore[arg-type]  # reads start, end and granularity only
    for y in facts:
        span = y.interval(ctx)
        if span is None:
            continue
        if y.weekday is not None and y.day is not None and span[0].weekday() != y.weekday:
            ev.violations += 1
            ev.notes.append(f"weekday in {y.timex.text!r} does not fit")
        if y.tense == "past" and span[0] > anchor.end:
            ev.violations += 1
            ev.notes.append(f"past event {y.timex.text!r} after this month")
        # a month-named past event ("On June 3", "in May"): news reports recent events, so all of
        # them should fall shortly before publication; the earliest measures how well a month fits
        if y.tense in ("past", None) and y.plain and span[0] <= anchor.end:
            gap = (anchor.start.year - span[0].year) * 12 + anchor.start.month - span[0].month
            if ev.recent_gap is None or gap > ev.recent_gap:
                ev.recent_gap = gap
    for dur, begin in f.durations:
        length = _unit_months(dur.value)
        count = dur.value[1:-1]
        if isinstance(begin, YearLess):
            interval = begin.interval(ctx)
        else:
            interval = (begin.start, begin.end) if begin.start and begin.end else None
        if not length or interval is None or not count.replace(".", "").isdigit():
            continue
        unit = length / max(1.0, float(count))
        low, high = _months_between(interval[1], anchor.start), _months_between(interval[0], anchor.end)
        slack = 0.25 * length if dur.mod == "APPROX" else 0.0
        # a whole count N of a unit means at least N and less than N + 1 units have passed
        if high < length - slack - _EPSILON or low >= length + unit + slack - _EPSILON:
            ev.violations += 1
            ev.notes.append(f"{dur.text!r} does not add up")
    return ev
