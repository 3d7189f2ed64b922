"""Inferring one source's publication date from its page and its text.

Evidence, strongest first (each result names its evidence and a confidence):

1. the page's own time stamp (a byline line with a date and a clock time or an author, or a
   masthead line of outlet, section and date) or a
   dateline ("SEOUL, Nov. 13 (Yonhap) --"; a dateline without its year takes the year the
   text's dates allow);
2. the text. Candidate months (the years the text writes, and a few after) are checked by
   arithmetic over the anchor-dependent expressions (``facts``): a weekday written with a
   date must agree, a past event with its year cannot lie after publication, an elapsed time
   with its start must add up. Among the months that fit, the one holding the latest past
   event named by month ("On June 3") is preferred, as news reports recent events. A day is
   given only where the text pins it: the latest dated event whose weekday the text also
   names ("on Thursday" ... "March 23, 2023"), a weekday written with the date ("on Friday,
   March 31"), else the latest date written with its year (one day later after
   "yesterday");
   an anniversary piece ("A year after the fire ...") that long after the day it writes for
   the event; across the corpus, the day a similar article writes for an event this text
   names by weekday in a sentence about the same event, the year of a day this text names
   without one ("on Dec. 21") that a similar article dates, and the week or day an event
   placed from publication ("next week's summit in Vilnius", "tomorrow's vote") falls in
   when a similar article dates it with its year (sentences sharing the event and a name);
3. a date the page shows that is not the article's own (a header or capture stamp, a page
   field, an update stamp): weak, used only where the text pins nothing closer.

Confidence: 0.9 a stamp or dateline with its year; 0.7-0.8 a day pinned by a weekday, or a
dateline whose year the text pins; 0.5-0.6 the text's latest dates or months; 0.3 or less a
page date that is not the article's, or a year taken from the rest of the corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from ..models import DateAnchor, Published, Timex
from ..timex.context import Ctx
from ..timex import calmath as cm
from . import page as pg
from .facts import Facts, MonthFit, YearLess, evaluate, gather, month_span, months_ahead, relevant, year_free
from .neighbours import event_day, same_event, same_names, sentence_words

# (day, its sentence's words, article, whether that article is dated within a month of it,
# whether the article writes the day with its year: else it is the article's own date that
# resolves it, "December 12" or "on Wednesday"), and the articles: dating.event_days
EventDay = tuple[date, frozenset[str], str, bool, bool]
EventDays = tuple[tuple[EventDay, ...], str]
from .values import month_anchor, published_day, published_month

MAX_CANDIDATE_YEARS = 12
WEEKDAY_CYCLE = 11  # years: the longest run before a day of the year falls on the same weekday again
PAGE_DATE_CONFIDENCE = 0.3
MASTHEAD_CONFIDENCE = 0.8  # "Outlet | Section | 30 March 2026": the date, no clock or author
CHROME_CONFIDENCE = 0.2
CORPUS_GUESS_CONFIDENCE = 0.25
MONTH_GUESS_CONFIDENCE = 0.2  # a month the text allows, nearest the corpus's days
NEIGHBOUR_CONFIDENCE = 0.3
# an anniversary piece's day is not its events' days: below the confidence at which a day is
# lent to similar articles (dating.NEIGHBOUR_ANCHOR), which report the events themselves
ANNIVERSARY_CONFIDENCE = 0.45
EVENT_DAY_CONFIDENCE = 0.5  # a weekday the text names on the day a similar article gives its event
NEAR = timedelta(days=45)


@dataclass(frozen=True)
class Prior:
    """What the rest of the corpus says: the days its confidently dated sources were published
    (sorted), else only the median year of every dated source."""

    year: int
    days: tuple[date, ...] = ()
    # whether ``days`` are of sources dated for sure (metadata, a stamp, confidence >= 0.7):
    # days of sources only guessed place a year but cannot make another guess confident
    sure: bool = True
    # the earliest year the story's present may lie in, when no source is dated for sure: the
    # latest year an article of the corpus tells as past, less the years a story may span
    # (``dating.story_floor``); a month before it is ruled out when a later one fits the text
    floor: int | None = None

    def distance(self, d: date) -> int:
        """Days from ``d`` to the nearest corpus day (years from the median year without days)."""
        if not self.days:
            return abs(d.year - self.year) * 365
        i = bisect_left(self.days, d)
        near = [abs((self.days[j] - d).days) for j in (i - 1, i) if 0 <= j < len(self.days)]
        return min(near)

    def crowd(self, d: date) -> int:
        """How many corpus days lie within ``NEAR`` days of ``d``: a story's articles cluster."""
        if not self.days:
            return 0 if d.year == self.year else -abs(d.year - self.year)
        return bisect_right(self.days, d + NEAR) - bisect_left(self.days, d - NEAR)

    def years(self) -> frozenset[int]:
        return self._years

    @cached_property
    def _years(self) -> frozenset[int]:  # asked once per source and round: worked out once
        found = {d.year for d in self.days} or {self.year}
        return frozenset(found | {min(found) - 1, max(found) + 1})

    def mode(self) -> date | None:
        """The day most confidently dated sources share, when the corpus is one news cycle
        (its middle half within a month); a story told over a year has no such day."""
        if not self.days:
            return None
        q1, q3 = self.days[len(self.days) // 4], self.days[(3 * len(self.days)) // 4]
        if (q3 - q1).days > 31:
            return None
        counts: dict[date, int] = {}
        for d in self.days:
            if q1 <= d <= q3:
                counts[d] = counts.get(d, 0) + 1
        return max(sorted(counts), key=lambda d: counts[d])


@dataclass
class _Fits:
    months: dict[tuple[int, int], MonthFit]

    @cached_property
    def years(self) -> tuple[int, ...]:
        """The candidate years, in order (read for each of a text's dates)."""
        return tuple(sorted({y for y, _ in self.months}))

    def ok(self, d: date) -> bool:
        fit = self.months.get((d.year, d.month))
        return fit is not None and fit.violations == 0


def _candidate_years(f: Facts, clue_years: Sequence[int], prior: Prior | None) -> list[int]:
    years = set(f.years) | set(clue_years) | {d.year for d, _ in f.anniversary_days}
    if f.planned_first is not None:
        years.add(f.planned_first.year - 1)  # a plan is written before its day, maybe the year before
    if prior is not None:
        years |= prior.years()
    if not years:
        return []  # a weekday alone fits a year every few years: wait for the corpus's year
    # "seven years since 2016" reaches past the years written: look that far ahead; a year
    # only planned ("a term ending in 2040") does not move the window
    told = (set(f.told_years) | set(clue_years) | {d.year for d, _ in f.anniversary_days}
            | (prior.years() if prior is not None else set())) or years
    # a weekday written with a day fits one year in five, six or eleven: the text's present may
    # lie that far past the latest year it tells as past ("founded in 2015" and "on Tuesday,
    # March 10"; a year only told, "the 2031 target", may be a plan)
    reach = min(max(f.reach, max((m // 12 for m, _ in f.anniversaries), default=0)), 30)
    own = set(f.told_years) | set(clue_years) | {d.year for d, _ in f.anniversary_days}
    # the elapsed time reaches from the text's own years, not from the corpus's present
    high = max(max(told) + 3, max(own, default=min(told)) + 3 + reach)
    if f.past_year is not None and (f.weekdays or any(y.weekday is not None for y in f.yearless)):
        high = max(high, f.past_year + WEEKDAY_CYCLE)
    if _floor_for(f, prior) is not None and (f.weekdays or any(y.weekday is not None for y in f.yearless)):
        # a weekday fits the same day one year in five, six or eleven: reach the first such
        # year at or after the story's floor
        high = max(high, prior.floor + WEEKDAY_CYCLE)
    low = max(min(years), high - MAX_CANDIDATE_YEARS)
    return list(range(low, high + 1))


def floor_applies(f: Facts) -> bool:
    """Whether a story's floor may bound the text: it tells years of its own (its candidate years
    are its own; a text telling none takes the corpus's years and is no better for a floor) and
    writes no day with its year (that day dates its own story more surely than another
    article's background)."""
    return bool(f.told_years) and not f.explicit_days


def _floor_for(f: Facts, prior: Prior | None) -> int | None:
    return prior.floor if prior is not None and prior.floor is not None and floor_applies(f) else None


def _above_floor(months: dict[tuple[int, int], MonthFit], floor: int | None) -> dict[tuple[int, int], MonthFit]:
    """``months`` with those before the story's ``floor`` ruled out, when a month at or after it
    fits: another article tells an event of a later year as past, and a story's articles are
    of its time (a weekday fits one year in five, six or eleven: the earlier year is a guess)."""
    if floor is None or not any(fit.violations == 0 for (y, _), fit in months.items() if y >= floor):
        return months
    ruled = MonthFit(1, None, [f"another article of the story tells an event of {floor + STORY_SPREAD} or later as past"])
    return {k: ruled if k[0] < floor and fit.violations == 0 else fit for k, fit in months.items()}


STORY_SPREAD = 2  # years: one story's articles may be told this far apart (a trial from arrest to sentence)


def _rank(prior: Prior | None, latest_written: int | None):  # noqa: ANN202 - a sort key
    def rank(d: date) -> tuple[int, int]:
        # near the rest of the corpus first (by month), then the first year after the
        # latest year the text writes
        return (-prior.crowd(d) if prior is not None else 0,
                d.year - latest_written if latest_written is not None and d.year >= latest_written else 99)
    return rank


def _week_cover(day: date, weekdays: set[int]) -> int:
    """Days from ``day`` until every weekday the text names has come: the story's week
    runs from its dated event to publication ("Monday's quake", then "on Saturday")."""
    k = 0
    while k < 6 and not weekdays <= {(day.weekday() + j) % 7 for j in range(k + 1)}:
        k += 1
    return k


def _back_cover(day: date, weekdays: set[int]) -> int:
    """Days back from ``day`` until every weekday the text names has been passed."""
    return max(((day.weekday() - w) % 7 for w in weekdays), default=0)


def _from_clues(clues: Sequence[pg.PageClue], fits: _Fits, f: Facts, prior: Prior | None) -> Published | None:
    """A byline stamp or a dateline, if the text's dates allow it."""
    rank = _rank(prior, f.latest_written)
    for c in clues:
        if c.kind == "byline" and c.day and fits.ok(c.day):
            return published_day(c.day, f"the page's time stamp {c.text!r}", 0.9)
    for c in clues:
        if c.kind == "masthead" and c.day and fits.ok(c.day):
            return published_day(c.day, f"the date of the page's masthead line {c.text!r}", MASTHEAD_CONFIDENCE)
    weak_days = {c.day for c in clues if c.kind in pg.WEAK and c.day is not None}
    for c in clues:
        if c.kind != "dateline":
            continue
        if c.day is not None:
            if fits.ok(c.day):
                return published_day(c.day, f"the dateline {c.text!r}", 0.9)
            continue
        assert c.month_day is not None
        month, dom = c.month_day
        days = []
        for y in fits.years:
            try:
                d = date(y, month, dom)
            except ValueError:
                continue
            if fits.ok(d):
                days.append(d)
        # the year: a page date on that very day, else one where a weekday the text names
        # falls in the days before it, else the corpus's
        stamped = [d for d in days if d in weak_days]
        if stamped:
            return published_day(stamped[0], f"the dateline {c.text!r}, in the year of the page's date", 0.85)
        covered = [d for d in days if d.weekday() in f.weekdays | {(w + 1) % 7 for w in f.weekdays}]
        if len(covered) > 1:
            # after the corpus's days, the story's week ends on the dateline's day: the years in
            # which every weekday the text names falls soonest before it ("late on Tuesday ...
            # on Wednesday" under a Wednesday's dateline, not a Tuesday's a week on)
            def closeness(d: date) -> tuple[int, int]:
                return (-prior.crowd(d), prior.distance(d) // 365) if prior is not None else (0, 0)
            best_near = min(closeness(d) for d in covered)
            near = [d for d in covered if closeness(d) == best_near]
            # a weekday named for a late hour ("late on Sunday") lies before the dateline's day,
            # not on it: that night's news is filed the next day
            def cover(d: date) -> tuple[bool, int]:
                return d.weekday() in f.late_weekdays, _back_cover(d, f.weekdays)
            least = min(cover(d) for d in near)
            covered = [d for d in near if cover(d) == least]
        pool = covered or days
        if not pool or (prior is None and not (covered and (f.latest_written is not None or f.planned_end is not None))):
            continue  # the year is open: wait for the rest of the corpus
        best = min(rank(d) for d in pool)
        chosen = [d for d in pool if rank(d) == best]
        if len(chosen) > 1 and prior is not None:
            # years apart with the same weekdays: the one nearest the corpus's dates
            nearest = min(prior.distance(d) for d in chosen)
            chosen = [d for d in chosen if prior.distance(d) == nearest]
        if len(chosen) == 1:
            if prior is None:
                return published_day(chosen[0], f"the dateline {c.text!r}, in the first year after the text's "
                                     "dates whose weekdays fit", 0.45)
            near = prior.distance(chosen[0]) <= 31
            return published_day(chosen[0], f"the dateline {c.text!r}, in the year the corpus's dates suggest",
                                 0.7 if near and covered and prior.sure else 0.5)
    return None


def _news_day(f: Facts, fits: _Fits, within: tuple[date, date] | None, prior: Prior | None) -> Published | None:
    """The day the text's dates pin, if any: see the module docstring."""
    rank = _rank(prior, f.latest_written)
    years = fits.years
    shift = timedelta(days=1 if f.yesterday else 0)
    # (corroborated, year written, day, label)
    found: list[tuple[bool, bool, date, str]] = []
    for t in f.explicit_days:
        assert t.start is not None
        found.append((t.start.weekday() in f.weekdays or bool(t.weekday_ok), True, t.start, t.text))
    for d, phrase in f.anniversary_days:  # "the 75th anniversary of ... April 4, 1949": April 4, 2024
        found.append((d.weekday() in f.weekdays, True, d, phrase))
    for y in f.yearless:
        if y.day is None or not y.plain or y.tense == "future" or y.weekday_rel:
            continue
        for year in years:
            try:
                d = date(year, y.month, y.day)
            except ValueError:
                continue
            if y.weekday is not None:
                if d.weekday() == y.weekday:
                    found.append((True, False, d, y.timex.text))
            elif d.weekday() in f.weekdays:
                found.append((True, False, d, y.timex.text))

    def publication(d: date) -> date:
        return d + timedelta(days=_week_cover(d, f.weekdays)) + shift

    usable = [(c, w, d, label) for c, w, d, label in found
              if fits.ok(publication(d)) and (f.past_explicit_max is None or f.past_explicit_max <= publication(d))
              and (within is None or within[0] <= publication(d) <= within[1])]
    if not usable:
        return None
    corroborated = [u for u in usable if u[0]]
    if corroborated:
        best = min(rank(d) for _, _, d, _ in corroborated)
        top = [u for u in corroborated if rank(u[2]) == best]
        # the most compact story (its weekdays soonest after the event), then the latest event
        _, written, day, label = min(top, key=lambda u: (_week_cover(u[2], f.weekdays), -u[2].toordinal()))
        pub = publication(day)
        pinned = written or (prior is not None and prior.sure and prior.distance(day) <= 31)
        later = f" and the other weekdays it names, {(pub - day).days} day(s) later" if pub - shift > day else ""
        return published_day(pub, f"the latest dated event, {label!r}, whose weekday the text also names{later}"
                             + (" (reported as yesterday)" if shift else ""),
                             (0.75 if pub - shift == day else 0.6) if pinned else 0.45)
    written_days = [u for u in usable if u[1]]
    if not written_days:
        return None
    _, _, day, label = max(written_days, key=lambda u: u[2])
    if f.latest_written is not None and day.year < f.latest_written:
        return None  # an old date ("April 4, 1949") is not the news
    if f.weekdays:
        return None  # the text's weekdays name other days: the news is not that date
    return published_day(day + shift, f"the latest date written with its year, {label!r}"
                         + (", a day before (\"yesterday\")" if shift else ""), 0.5)


def _around(year: int, month: int) -> list[tuple[int, int]]:
    """The month before, the month, the month after."""
    prev = (year - 1, 12) if month == 1 else (year, month - 1)
    nxt = (year + 1, 1) if month == 12 else (year, month + 1)
    return [prev, (year, month), nxt]


def _numbered_near(f: Facts, days: Sequence[date], fits: _Fits) -> date | None:
    """The day numbered as the text's latest day of the month, within a week of the most of
    ``days`` (then nearest one): the one such day, or None."""
    # each candidate: how many of the days lie within a week of it (the story's busiest days
    # first), then how near the nearest one is
    found: dict[date, tuple[int, int]] = {}
    for p in days:
        for y, m in _around(p.year, p.month):
            x = _month_day_in(f, month_anchor(y, m))
            if x is not None and abs((x[0] - p).days) <= 7 and fits.ok(x[0]):
                many, near = found.get(x[0], (0, 8))
                found[x[0]] = (many - 1, min(near, abs((x[0] - p).days)))
    if not found:
        return None
    best = min(found.values())
    nearest = sorted(d for d, k in found.items() if k == best)
    return nearest[0] if len(nearest) == 1 else None


def _month_day_in(f: Facts, month: DateAnchor) -> tuple[date, str] | None:
    """The latest day the text names by its number alone ("said on the 15th"), in ``month``:
    reports in that style count the days of the month they are written in, and the latest
    is the day of the report (or the day before it)."""
    if not f.month_days:
        return None
    day = max(f.month_days)
    if day > month.end.day:
        return None
    return date(month.start.year, month.start.month, day), f"the {day}th"


NUMBERED_CONFIDENCE = 0.45  # "said on the 15th" in a month the text's other dates chose


def _numbered_in(f: Facts, fits: _Fits, month: DateAnchor, why: str) -> Published | None:
    """The one month-day rule: the latest day the text names by its number alone, in
    ``month`` (chosen by the text's other dates, ``why``), when the text's dates allow it."""
    numbered = _month_day_in(f, month)
    if numbered is None or not fits.ok(numbered[0]):
        return None
    return published_day(numbered[0], f"the latest day it names by its number alone, in {why}", NUMBERED_CONFIDENCE)


def _year_held(f: Facts, month: DateAnchor) -> bool:
    """Whether a dated event of the text lies within a year of ``month``: the latest past one
    written with its month ("since August 2023") before it, or a planned one after it; a year
    written alone ("invested in 2019") is background and holds nothing."""
    past, planned = f.past_explicit_max, f.planned_first
    return (past is not None and 0 <= (month.start - past).days <= 366) or \
        (planned is not None and 0 <= (planned - month.start).days <= 366)


def _latest_day_in(f: Facts, month: DateAnchor) -> tuple[date, str] | None:
    """The one day the text names without its year ("on November 3", maybe more than once),
    in the month chosen for the text, when it names no weekday (a weekday would name another
    day) and no other day (a story told over days, "on May 30 ... on June 3", is dated to the
    month): news reports its event, most often on its day."""
    if f.weekdays or f.yesterday or f.looks_back:
        return None
    named = [y for y in f.yearless if y.day is not None and y.plain and y.tense != "future" and y.weekday is None]
    if len({(y.month, y.day) for y in named}) != 1:
        return None
    span = named[0].interval(Ctx(month))
    if span is None or not month.start <= span[0] <= month.end:
        return None
    return span[0], named[0].timex.text


def _anniversary(f: Facts, fits: _Fits) -> Published | None:
    """An anniversary piece ("A year after the fire ...") published that long after the day the
    text writes for the event: the first day written with its year after the phrase, else the
    last before it."""
    for months, pos in f.anniversaries:
        after = [t for t in f.explicit_days if t.span[0] >= pos]
        before = [t for t in f.explicit_days if t.span[0] < pos]
        event = after[0] if after else (before[-1] if before else None)
        if event is None or event.start is None:
            continue
        y, m = cm.add_months(event.start.year, event.start.month, months)
        pub = date(y, m, min(event.start.day, cm.month_end(y, m).day))
        if fits.ok(pub) and (f.past_explicit_max is None or f.past_explicit_max <= pub):
            return published_day(pub, f"an anniversary piece: {months} month(s) after the day it writes for the "
                                 f"event, {event.text!r}", ANNIVERSARY_CONFIDENCE)
    return None


# a follow-up's day is not its events' days: not lent to similar articles, nor one of the
# corpus's days (dating.corpus_prior takes days dated with 0.45)
ELAPSED_CONFIDENCE = 0.4


NAMED_WEEKDAY_BACK = 3  # days: a weekday the text names this recently before is this week's news


def _on_named_weekday(day: date, weekdays: set[int]) -> date:
    """``day``, unless every weekday in ``weekdays`` last fell more than ``NAMED_WEEKDAY_BACK``
    days before it: then the first day after it on one of them."""
    if not weekdays or min((day.weekday() - w) % 7 for w in weekdays) <= NAMED_WEEKDAY_BACK:
        return day
    return next(d for k in range(7) if (d := day + timedelta(days=k)).weekday() in weekdays)


def _elapsed(f: Facts, text: str, fits: _Fits, events: EventDays | None, prior: Prior | None) -> Published | None:
    """A follow-up or an analysis ("Two weeks after the flood ...", "Three weeks on, the summit
    held on March 11 ...") is published that long after the event's day: the day the text
    writes for it (with its year: the first after the phrase, else the last before; without:
    the one day it names, in the year that fits), else the day the article most like it gives
    the event the phrase's sentence names (``neighbours.same_event``)."""
    rank = _rank(prior, f.latest_written)
    for days, start, end in f.elapsed:
        phrase = text[start:end]
        after = [t for t in f.explicit_days if t.span[0] >= start]
        before = [t for t in f.explicit_days if t.span[0] < start]
        event = after[0] if after else (before[-1] if before else None)
        found: list[tuple[date, str]] = []
        if event is not None and event.start is not None:
            found.append((event.start, repr(event.text)))
        else:
            named = [y for y in f.yearless if y.day is not None and y.plain and y.tense != "future"
                     and not y.weekday_rel]
            if len({(y.month, y.day) for y in named}) == 1 and prior is not None:  # its year: the corpus's
                y = named[0]
                found.extend((date(year, y.month, y.day), repr(y.timex.text)) for year in fits.years
                             if cm.valid_day(year, y.month, y.day))
            elif not named and events is not None:
                words = sentence_words(text, start, end)
                found.extend((d, f"{d.isoformat()}, the day an article much like it ({lender}) gives the event")
                             for d, lent_words, lender, _news, written in events[0]
                             if written and same_event(words, lent_words) and _near(prior, d))
        # an elapsed count rounds down ("two weeks" is 14 to 20 days): on to the first day that
        # is a weekday the text names ("arrested on Tuesday morning"), so that weekday is this week's
        # (a weekday on which the event itself fell names the event, not this week)
        moved = [(_on_named_weekday(d + timedelta(days=days), f.weekdays - {d.weekday()}), how) for d, how in found]
        usable = [(pub, how) for pub, how in moved
                  if fits.ok(pub) and (f.past_explicit_max is None or f.past_explicit_max <= pub)]
        if not usable:
            continue
        def key(d: date) -> tuple[int, ...]:
            # nearest the corpus's days (a story's articles are of its time), then the text's years
            return (-prior.crowd(d), prior.distance(d)) if prior is not None else rank(d)
        pub, how = min(usable, key=lambda u: (key(u[0]), u[0]))
        return published_day(pub, f"a follow-up: {phrase!r} after the event's day, {how}", ELAPSED_CONFIDENCE)
    return None


def _near(prior: Prior | None, d: date) -> bool:
    return prior is None or prior.distance(d) <= 366


def _event_day(f: Facts, text: str, fits: _Fits, events: EventDays | None, moved: bool,
               prior: Prior | None = None) -> Published | None:
    """The day the article most like this one writes for an event, when a weekday this text
    names in a sentence about the same event (``neighbours.same_event``) falls on it ("broke out
    late on Tuesday" against "broke out on March 11, 2025"): this one is published once every
    weekday it names has come (``_week_cover``). ``moved`` (weaker): the nearest day within
    three days on that weekday (the two reports disagree on the day). Unless the lender is dated
    near the day it lends, the day must lie within a year of the corpus's dates (``prior``)."""
    if events is None or not (f.weekday_spans or f.yesterday_spans):
        return None
    shift = timedelta(days=1 if f.yesterday else 0)
    found = []
    # "detained last evening" against "arrested on March 11, 2025": published the day after
    for start, end in ([] if moved else f.yesterday_spans):
        words = sentence_words(text, start, end)
        for d, lent_words, lender, news, written in events[0]:
            pub = d + timedelta(days=1)
            if same_event(words, lent_words) and fits.ok(pub) and (news or _near(prior, pub)) \
                    and (f.past_explicit_max is None or f.past_explicit_max <= pub) \
                    and all(t.start is None or pub < t.start for t in f.planned_days):
                found.append((0, 0, -d.toordinal(), lender, d, pub, "the day before publication (\"yesterday\")"))
    for weekday, start, end in f.weekday_spans:
        words = sentence_words(text, start, end)
        for d, lent_words, lender, news, written in events[0]:
            day = event_day(d, {weekday}) if moved else d
            if not written or day.weekday() != weekday or not same_event(words, lent_words) \
                    or not (moved or news or _near(prior, day)):
                continue
            pub = day + timedelta(days=_week_cover(day, f.weekdays)) + shift
            # published after its past events, before the days it plans ("set for June 9, 2031")
            if fits.ok(pub) and (f.past_explicit_max is None or f.past_explicit_max <= pub) \
                    and all(t.start is None or pub < t.start for t in f.planned_days):
                # the least moved, then the most compact story, then the latest
                found.append((abs((day - d).days), _week_cover(day, f.weekdays), -day.toordinal(), lender, d, pub,
                              f"{'near' if moved else 'on'} the weekday this text names for it; published once the "
                              "weekdays it names have come"))
    if not found:
        return None
    *_, lender, d, pub, how = min(found)
    return published_day(pub, f"the day an article much like it ({lender}) writes for an event, "
                         f"{d.isoformat()}, is {how}", NEIGHBOUR_CONFIDENCE if moved else EVENT_DAY_CONFIDENCE)


Neighbours = tuple[tuple[date, ...], str]  # the days of the most alike articles, and their ids joined by ", "


def _pick(neighbour: Neighbours | tuple[date, str] | None, weekdays: set[int]) -> tuple[date, str] | None:
    """Of the days the most alike articles were published (most alike first), the first on a
    weekday the text names (the same event, reported the same day), else the most alike's."""
    if neighbour is None or isinstance(neighbour[0], date):
        return neighbour  # type: ignore[return-value]
    days, ids = neighbour
    named = ids.split(", ")
    for d, sid in zip(days, named):
        if d.weekday() in weekdays:
            return d, sid
    return days[0], named[0]


def _named_lent(f: Facts, events: EventDays | None, months: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of ``months``, those in which a day the text names without its year ("on Dec. 21") is a
    day a similar article gives with its year or resolves from its own date: the same day in
    two reports of a story is its event's, so the year is the same too."""
    if not events:
        return []
    lent = {d for d, *_ in events[0]}
    named = [y for y in f.yearless if y.day is not None and y.tense != "future" and y.plain]
    out = []
    for k in months:
        ctx = Ctx(month_span(*k))  # type: ignore[arg-type]  # reads start, end and granularity only
        if any((span := y.interval(ctx)) is not None and span[0] in lent for y in named):
            out.append(k)
    return out


RELATIVE_CONFIDENCE = 0.45  # a week or a month placed from a similar article's day: not lent on


def _relative_event(f: Facts, text: str, fits: _Fits, events: EventDays | None,
                    prior: Prior | None) -> Published | None:
    """The day or week an event this text places from its own date ("tomorrow's vote", "next
    week's summit", "three days ago") falls in, from the day
    the article most like it gives the same event (``neighbours.same_event``): "ahead of next
    week's summit" against "the summit opened on July 11, 2031" is published the week before.
    The earliest event first (least lent: most alike article first)."""
    if events is None or not f.relative_spans:
        return None
    found: list[tuple[int, date, date, str, str, str]] = []
    for unit, n, start, end in f.relative_spans:
        if unit == "M":
            continue  # "last month" is background as often as news: a month is too loose to place
        words = sentence_words(text, start, end)
        for d, lent_words, lender, news, written in events[0]:
            if not (written and same_event(words, lent_words) and same_names(words, lent_words)):
                continue
            if unit == "D":
                first = last = d - timedelta(days=n)
            elif unit == "W":
                monday = d - timedelta(days=d.weekday() + 7 * n)
                first, last = monday, monday + timedelta(days=6)
            else:
                y, m = cm.add_months(d.year, d.month, -n)
                first, last = date(y, m, 1), cm.month_end(y, m)
            if not (news or _near(prior, first)) or not (fits.ok(first) or fits.ok(last)) \
                    or (f.past_explicit_max is not None and f.past_explicit_max > last) \
                    or any(t.start is not None and t.start <= first for t in f.planned_days):
                continue
            found.append(({"D": 0, "W": 1, "M": 2}[unit], first, last, lender, d.isoformat(), text[start:end]))
    if not found:
        return None
    unit, first, last, lender, lent_day, phrase = found[0]  # the most alike article's, the text's first
    how = f"{phrase!r} is the event an article much like it ({lender}) dates {lent_day}"
    if first == last:
        return published_day(first, how, EVENT_DAY_CONFIDENCE)
    if unit == 1:  # a week: the latest weekday the text names in it (its events reported that day), else mid-week
        named = [first + timedelta(days=w) for w in sorted(f.weekdays)]
        day = named[-1] if named else first + timedelta(days=2)
        if fits.ok(day):
            return published_day(day, how + ": published the week " + ("before" if lent_day > str(last) else "after"),
                                 RELATIVE_CONFIDENCE)
        return None
    return published_month(month_anchor(first.year, first.month), how, RELATIVE_CONFIDENCE)


def _after_named_days(f: Facts, day: date) -> bool:
    """Whether ``day`` may be the publication day of a text for the days it names without their
    year as past ("the final on May 17"): each, resolved from ``day``, falls on or before it (a
    borrowed day checked to the day, where a month's fit checks the month only)."""
    ctx = Ctx(DateAnchor(start=day, end=day, granularity="day"))
    return all((span := y.interval(ctx)) is None or span[0] <= day for y in f.yearless
               if y.day is not None and y.tense != "future" and not y.weekday_rel)


def _lent_month(lenders: Neighbours | tuple[date, str] | None, weekdays: set[int], fits: _Fits,
                feasible: Sequence[tuple[int, int]], least: int) -> tuple[int, int] | None:
    """The month, among the most recent ones the text's month-named past events allow and the
    month after them (twice a month's gap: ``facts.evaluate``), in which a similar article was
    published (moved to a weekday the text names), when that month is not already one of the
    most recent: the text's own months leave that month open, the story's report tells it."""
    near = {k for k in feasible if (g := fits.months[k].recent_gap) is not None and g <= least + 2}
    lent = _pick_in(lenders, weekdays, near)
    if lent is None:
        return None
    moved = event_day(lent[0], weekdays)
    month = (moved.year, moved.month)
    return month if fits.months[month].recent_gap != least else None


def _pick_in(neighbour: Neighbours | tuple[date, str] | None, weekdays: set[int],
             months: set[tuple[int, int]]) -> tuple[date, str] | None:
    """Of the days the most alike articles were published (moved to a weekday the text names),
    the first in one of ``months`` (those the text's own dates prefer)."""
    if neighbour is None:
        return None
    if isinstance(neighbour[0], date):
        days, ids = (neighbour[0],), [neighbour[1]]
    else:
        days, ids = neighbour[0], neighbour[1].split(", ")  # type: ignore[assignment]
    for d, sid in zip(days, ids):
        moved = event_day(d, weekdays)
        if (moved.year, moved.month) in months:
            return d, sid
    return None


def _most_recent(neighbour: Neighbours | tuple[date, str] | None, weekdays: set[int],
                 fits: _Fits) -> tuple[date, str] | None:
    """Of the days the most alike articles were published, the one soonest after the past events
    the text names by month ("since August", "on Dec. 21"): articles of a story's other phases
    share its words, its recent months tell which phase this one reports."""
    if neighbour is None or isinstance(neighbour[0], date):
        return None
    scored = []
    for n, (d, sid) in enumerate(zip(neighbour[0], neighbour[1].split(", "))):
        fit = fits.months.get(((moved := event_day(d, weekdays)).year, moved.month))
        if fit is not None and fit.violations == 0 and fit.recent_gap is not None:
            scored.append((fit.recent_gap, moved.weekday() not in weekdays, n, d, sid))
    if not scored:
        return None
    *_, d, sid = min(scored)
    return d, sid


@dataclass
class Memo:
    """What one source's page and text say, kept between the corpus rounds (only the prior,
    and so the candidate years, changes): its clues, facts and each month's fit."""

    clues: list[pg.PageClue] | None = None
    facts: Facts | None = None
    yearless: list[YearLess] = field(default_factory=list)
    by_month: dict[int, MonthFit] | None = None  # when a month's fit is the same every year
    months: dict[tuple[int, int], MonthFit] = field(default_factory=dict)
    # the fit of every candidate month and the feasible ones, for the last range of years
    fits: tuple[tuple[int, int, int | None], _Fits, list[tuple[int, int]]] | None = None


def _fit(memo: Memo, year: int, month: int) -> MonthFit:
    found = memo.months.get((year, month))
    if found is None:
        f = memo.facts
        assert f is not None
        if memo.by_month is None:
            found = evaluate(f, month_span(year, month), memo.yearless)
        elif f.past_explicit_max is not None and f.past_explicit_max > month_span(year, month).end:
            found = MonthFit(1, None, [f"a past event dated {f.past_explicit_max} lies after this month"])
        elif f.past_year is not None and year < f.past_year:
            found = MonthFit(1, None, [f"an event told as past in {f.past_year} lies after this month"])
        elif f.planned_end is not None and f.planned_end < month_span(year, month).start:
            found = MonthFit(1, None, [f"an event planned for {f.planned_end} lies before this month"])
        else:
            found = memo.by_month[month]
            if found.recent_gap is not None and f.planned_near is not None:
                # the planned day written with its year: its distance depends on the year
                found = MonthFit(found.violations, found.recent_gap + months_ahead(month_span(year, month), f.planned_near),
                                 found.notes)
        memo.months[year, month] = found
    return found


def read(memo: Memo, unresolved: Sequence[Timex], text: str, clues: Sequence[pg.PageClue]) -> Facts:
    """The facts of the text (``facts.gather``), read once into ``memo``."""
    if memo.facts is None:
        memo.facts = gather(unresolved, text, pg.clue_spans(clues))
        memo.yearless = relevant(memo.facts)
        if year_free(memo.facts, memo.yearless):
            # the fit of a month is then the same every year (the tagger's year rules look at
            # the month only), apart from the dates written with their year: score twelve once
            memo.by_month = {m: evaluate(memo.facts, month_span(2001, m), memo.yearless, written=False)
                             for m in range(1, 13)}
    return memo.facts


def infer_from(unresolved: Sequence[Timex], text: str, clues: Sequence[pg.PageClue] = (),
               prior: Prior | None = None, neighbour: Neighbours | tuple[date, str] | None = None,
               memo: Memo | None = None, events: EventDays | None = None) -> Published:
    """The publication date ``text`` (tagged once, without an anchor) and its page clues allow;
    ``neighbour``: the publication day of the article most like it, ``events``: the days the
    article most like it writes with their year, and that article."""
    memo = memo or Memo()
    f = read(memo, unresolved, text, clues)
    lenders = neighbour
    neighbour = _pick(neighbour, f.weekdays)
    clue_years = [c.day.year for c in clues if c.day is not None] + ([d.year for d, *_ in events[0]] if events else [])
    years = _candidate_years(f, clue_years, prior)
    if not years:
        return Published(basis="unknown", evidence="no dated evidence in the text")
    floor = _floor_for(f, prior)
    key = (years[0], years[-1], floor)  # the candidate years are a range
    if memo.fits is None or memo.fits[0] != key:
        by_month = memo.by_month
        if by_month is not None and f.past_explicit_max is None and f.planned_end is None and f.planned_first is None \
                and f.past_year is None:
            # no date written with its year: each month's fit is its month's, whatever the year
            months = {(y, m): by_month[m] for y in years for m in range(1, 13)}
        else:
            months = {(y, m): _fit(memo, y, m) for y in years for m in range(1, 13)}
        months = _above_floor(months, floor)
        memo.fits = (key, _Fits(months), [k for k, fit in months.items() if fit.violations == 0])
    _, fits, feasible = memo.fits
    strong = _from_clues(clues, fits, f, prior)
    if strong is not None:
        return strong
    if feasible and (found := _anniversary(f, fits)) is not None:
        return found
    if feasible and (found := _elapsed(f, text, fits, events, prior)) is not None:
        return found
    # the day a similar article gives an event this one names by weekday, before the day the
    # article most like it was published (a story's phases share its words: not its days)
    if feasible and (text_day := _event_day(f, text, fits, events, False, prior)) is not None \
            and _news_day(f, fits, None, prior) is None:
        return text_day
    if feasible and (placed := _relative_event(f, text, fits, events, prior)) is not None \
            and _news_day(f, fits, None, prior) is None:
        return placed
    if not feasible:
        worst = min(fits.months.values(), key=lambda fit: fit.violations)
        return Published(basis="unknown", evidence="no month fits all the dates in the text: "
                         + "; ".join(worst.notes[:3]))
    rank = _rank(prior, f.latest_written)
    text_dated = prior is not None or f.latest_written is not None or f.planned_first is not None
    gaps = [fits.months[k].recent_gap for k in feasible if fits.months[k].recent_gap is not None]
    if gaps and text_dated:
        least = min(gaps)  # once, not once per month
        pinned = [k for k in feasible if fits.months[k].recent_gap == least]
        # a month named alone ("since the deal collapsed in December") is told a month or more
        # after it: of the most recent months and the one after them, the one in which the
        # article most like it was published (a story's reports follow its events by days)
        lent_month = _lent_month(lenders, f.weekdays, fits, feasible, least)
        if lent_month is not None:
            pinned = [lent_month]
        # with the corpus's days known, the year is left open here (only the months nearest its
        # days kept): a similar article's year, then the corpus's, settle it below
        key = (lambda d: rank(d)[:1]) if prior is not None and prior.days else rank
        best = min(key(date(y, m, 15)) for y, m in pinned)
        chosen = [k for k in pinned if key(date(k[0], k[1], 15)) == best]
        if len(chosen) > 1 and (named := _named_lent(f, events, chosen)):
            chosen = named  # "Dec. 21": the year of the day a similar article gives "December 21"
        if len(chosen) > 1 and (lent := _pick_in(lenders, f.weekdays, set(chosen))) is not None:
            # the same months in several years: the one a similar article was published in
            chosen, neighbour = [(lent[0].year, lent[0].month)], lent
        if len(chosen) > 1 and prior is not None and prior.days:
            # still several years: the one nearest the corpus's days (a story's articles are of
            # its year), before the first year after the text's own years
            nearest = min(prior.distance(date(y, m, 15)) // 365 for y, m in chosen)
            chosen = [k for k in chosen if prior.distance(date(k[0], k[1], 15)) // 365 == nearest]
            first = min(rank(date(y, m, 15)) for y, m in chosen)
            chosen = [k for k in chosen if rank(date(k[0], k[1], 15)) == first]
        if len(chosen) == 1:
            a = month_anchor(*chosen[0])
            day = _news_day(f, fits, (a.start, a.end), prior)
            if day is not None:
                return day
            if neighbour is not None and lent_month is None and a.start <= (d := event_day(neighbour[0], f.weekdays)) <= a.end \
                    and _after_named_days(f, d):
                return published_day(d, f"the month its past events named by month suggest, and in it the day "
                                     f"of the article most like it ({neighbour[1]}) near a weekday it names", 0.5)
            near = prior is None or prior.distance(a.start) <= 62
            if (numbered := _numbered_in(f, fits, a, "the month that puts the past events named by month "
                                         "closest before it")) is not None:
                return numbered
            if (latest := _latest_day_in(f, a)) is not None:
                return published_day(latest[0], f"the one day it names, {latest[1]!r}, in the month that puts the "
                                     "past events named by month closest before it",
                                     # lent to similar articles only once the corpus confirms the year
                                     0.5 if near and prior is not None else 0.45 if _year_held(f, a) else 0.4)
            # the month's year is pinned by the corpus's sure days, a dated event of the text or a
            # date its page shows within a year of it; else it is only the first year after the
            # years the text tells, a guess: say so
            sure_year = (prior is not None and prior.sure) or _year_held(f, a) or \
                any(c.day is not None and abs((c.day - a.start).days) <= 366 for c in clues)
            return published_month(a, "the month that puts the past events named by month closest before it"
                                      f" ({len(feasible)} month(s) fit the text's dates)"
                                   + ("" if sure_year else "; its year is only the first the text's years allow"),
                                   0.6 if near and sure_year else 0.4)
    if text_dated:
        day = _news_day(f, fits, None, prior)
        if day is not None:
            return day
    # a date the page shows that is not the article's own: a header stamp first, then a day
    # borrowed from the article most like this one, then a page field or an update stamp
    weak = sorted((c for c in clues if c.kind in pg.WEAK and c.day is not None), key=lambda c: c.kind != "header")
    for c in weak:
        assert c.day is not None
        if c.kind == "header" and fits.ok(c.day):
            return published_day(c.day, f"page date {c.text!r}: {c.describe()}", PAGE_DATE_CONFIDENCE)
    if gaps and (recent := _most_recent(lenders, f.weekdays, fits)) is not None:
        neighbour = recent
    # "said on the 15th": the day its own month counts to, a few days from a day the corpus
    # dates for sure (the story's news days), before the day of the article most like it,
    # which may be an analysis weeks later
    if f.month_days and not f.weekdays and prior is not None and prior.sure and \
            (numbered := _numbered_near(f, prior.days, fits)) is not None:
        return published_day(numbered, "the latest day it names by its number alone, a few days from a day "
                             "the corpus's sources were published", NEIGHBOUR_CONFIDENCE)
    if neighbour is not None:
        d = event_day(neighbour[0], f.weekdays)
        if fits.ok(d) and (f.past_explicit_max is None or f.past_explicit_max <= d) and _after_named_days(f, d):
            return published_day(d, f"no day of its own: the day of the article most like it ({neighbour[1]}), "
                                 "moved to a weekday it names (the same events, reported within days)", NEIGHBOUR_CONFIDENCE)
    if text_dated and (moved := _event_day(f, text, fits, events, True)) is not None:
        return moved
    for c in weak:
        assert c.day is not None
        if fits.ok(c.day):
            return published_day(c.day, f"page date {c.text!r}: {c.describe()}", CHROME_CONFIDENCE)
    window = sorted(feasible)
    if window and text_dated and f.durations:
        best_rank = min(rank(date(y, m, 15)) for y, m in window)
        months = [month_anchor(y, m) for y, m in window if rank(date(y, m, 15)) == best_rank]
        if (months[-1].start - months[0].start).days <= 64:
            chosen_month = months[-1]
            if (numbered := _numbered_in(f, fits, chosen_month, f"{chosen_month.value}, the latest month elapsed "
                                         f"times in the text fit ({months[0].value}..)")) is not None:
                return numbered
            return published_month(chosen_month, f"elapsed times in the text fit {months[0].value}..{months[-1].value}; "
                                   "the latest taken (elapsed counts round down)", 0.5 if prior is None else 0.3)
    guess = prior.mode() if prior is not None else None
    if guess is not None and fits.ok(guess) and (f.past_explicit_max is None or f.past_explicit_max <= guess):
        return published_day(guess, "no date of its own: the day most of the corpus's dated sources were "
                             "published (a guess from the rest of the corpus)", CORPUS_GUESS_CONFIDENCE)
    if prior is not None and prior.days and prior.sure and window:
        # its own dates allow many months: the one nearest a day the corpus's sources were
        # surely published, when within two months of it (a story's articles are of its time)
        near = min(window, key=lambda k: (prior.distance(date(k[0], k[1], 15)), k))
        if prior.distance(date(near[0], near[1], 15)) <= 62:
            return published_month(month_anchor(*near), f"{len(window)} candidate months fit the text: the one nearest "
                                   "a day the corpus's sources were published (a guess from the rest of the corpus)",
                                   MONTH_GUESS_CONFIDENCE)
    return Published(basis="unknown", evidence=f"{len(window)} candidate months fit the text; none stands out")
