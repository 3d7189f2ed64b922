"""The publication date of each source, and how it was found.

Order of trust: ``claims/sources.yaml`` (basis ``metadata``), a date carried by the file
(JSONL field, HTML metadata: ``file``), inference from the text (``inferred``, with the
evidence and a confidence), else ``unknown``. Never today's date.

Inference tries each candidate month as the publication month, tags the text against it
and keeps the months the text does not contradict:
- a weekday written with a date must agree ("last Thursday, November 9");
- a past event with a written year cannot lie after the publication month;
- an elapsed time with its start ("six months since last September") must add up, read
  as a whole count (six months is at least six and less than seven).
Among those months it prefers the one holding the latest past event named by month
("On June 3"), since news reports recent events; else, where the text pins only a short
window, its latest month (elapsed counts round down). A date shown by the page itself (a
header or capture stamp) is weak evidence, used only where the text pins nothing closer.
Sources whose text gives only a weekday and a day ("last Thursday, November 9" fits 2017,
2023 and 2028) take the year nearest the rest of the corpus, in a second pass.
"""

from __future__ import annotations

import calendar
import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .clean import PageDate
from .models import DateAnchor, Published, Source, Timex
from .store import SourceEntry

Tagger = Callable[..., list[Timex]]

MAX_CANDIDATE_YEARS = 12
PAGE_DATE_CONFIDENCE = 0.3


def month_anchor(year: int, month: int) -> DateAnchor:
    last = calendar.monthrange(year, month)[1]
    return DateAnchor(start=date(year, month, 1), end=date(year, month, last), granularity="month")


def published_from_value(value: str, basis: str, evidence: str | None = None,
                         confidence: float | None = None) -> Published:
    """A Published record for an ISO day or YYYY-MM value."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return Published(value=value, start=day, end=day, basis=basis, evidence=evidence,  # type: ignore[arg-type]
                         confidence=confidence)
    anchor = month_anchor(parts[0], parts[1])
    return Published(value=value, start=anchor.start, end=anchor.end, basis=basis,  # type: ignore[arg-type]
                     evidence=evidence, confidence=confidence)


@lru_cache(maxsize=4096)
def parse_page_date(text: str) -> date | None:
    """A full date shown by the page ("Wednesday, January 22, 2025"); None if not a full date."""
    import dateparser  # slow to import; only sources without metadata need it

    parsed = dateparser.parse(text, languages=["en"],
                              settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def _published_line(lines: Sequence[PageDate]) -> tuple[date, str] | None:
    """The date of a "Published: ..." line, the article's own statement of its date."""
    for line in lines:
        if line.published:
            body = re.sub(r"^\W*(?:first\s+)?(?:published|posted|date published)\s*(?:on)?\s*:?\s*", "", line.text,
                          flags=re.IGNORECASE)
            day = parse_page_date(body)
            if day is not None:
                return day, line.text
    return None


def _file_date(raw: str) -> str | None:
    """A file's own date (JSONL ``published``, HTML metadata) as an ISO day or month."""
    text = raw.strip()[:10]
    for candidate in (text, text[:7]):
        try:
            parts = [int(p) for p in candidate.split("-")]
            date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
            return candidate
        except (ValueError, IndexError):
            continue
    return None


@dataclass
class _Evidence:
    violations: int = 0
    recent_gap: int | None = None  # months from the earliest month-named past event to this month
    notes: list[str] = field(default_factory=list)


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


def _begin_interval(value: str) -> tuple[date, date] | None:
    parts = value.split("-")
    try:
        if len(parts) == 1 and len(value) == 4:
            return date(int(value), 1, 1), date(int(value), 12, 31)
        if len(parts) == 2:
            a = month_anchor(int(parts[0]), int(parts[1]))
            return a.start, a.end
        if len(parts) == 3:
            d = date(int(parts[0]), int(parts[1]), int(parts[2]))
            return d, d
    except ValueError:
        return None
    return None


_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
# "last August", "November 13 last year": the year is relative, so the month says nothing of recency
_RELATIVE_WORD = re.compile(r"\b(?:last|next|this|previous|ago|year)\b", re.IGNORECASE)
_EPSILON = 0.05  # months: keeps day-count rounding from deciding a boundary


def _past(t: Timex) -> bool:
    """A dated event the text reports as past: tense past, or a written year with no future tense."""
    return t.tense == "past" or (t.tense is None and t.year_explicit and t.granularity in {"day", "month"})


def _evaluate(timexes: Sequence[Timex], anchor: DateAnchor) -> _Evidence:
    ev = _Evidence()
    for t in timexes:
        if t.weekday_ok is False:
            ev.violations += 1
            ev.notes.append(f"weekday in {t.text!r} does not fit")
        if t.type == "DATE" and (t.year_explicit or t.tense == "past") and _past(t) and t.start \
                and t.start > anchor.end:
            ev.violations += 1
            ev.notes.append(f"past event {t.text!r} after this month")
        if t.type == "DURATION" and t.begin:
            length, begin = _unit_months(t.value), _begin_interval(t.begin)
            count = t.value[1:-1]
            if length and begin and count.replace(".", "").isdigit():
                unit = length / max(1.0, float(count))
                low, high = _months_between(begin[1], anchor.start), _months_between(begin[0], anchor.end)
                slack = 0.25 * length if t.mod == "APPROX" else 0.0
                # a whole count N of a unit means at least N and less than N + 1 units have passed
                if high < length - slack - _EPSILON or low >= length + unit + slack - _EPSILON:
                    ev.violations += 1
                    ev.notes.append(f"{t.text!r} does not add up")
        # a month-named past event without a year ("On June 3", "in May"): its year comes from
        # the candidate month, and news reports recent events, so all of them should fall
        # shortly before publication; the earliest of them measures how well a month fits
        relative_only = _RELATIVE_WORD.search(t.text) is not None and t.weekday is None
        named_month_past = (t.type == "DATE" and t.tense in {"past", None} and not t.year_explicit and t.start
                            and t.granularity in {"day", "month"} and t.anchor == "publication"
                            and _MONTH_NAME.search(t.text) and not relative_only and t.start <= anchor.end)
        if named_month_past and t.start:
            gap = (anchor.start.year - t.start.year) * 12 + anchor.start.month - t.start.month
            if ev.recent_gap is None or gap > ev.recent_gap:
                ev.recent_gap = gap
    return ev


def _candidate_years(timexes: Sequence[Timex], page_dates: Sequence[date], prior: int | None) -> list[int]:
    years = {t.start.year for t in timexes if t.year_explicit and t.start}
    years |= {d.year for d in page_dates}
    if prior is not None:
        years |= {prior - 1, prior, prior + 1}
    if not years:
        return []  # a weekday alone fits a year every few years: wait for the corpus's year
    # "seven years since 2016" reaches past the years written: look that far ahead
    reach = max((int(m) for t in timexes if t.type == "DURATION" and (m := t.value[1:-1]).isdigit()
                 and t.value.endswith("Y")), default=0)
    high = max(years) + 3 + min(reach, 30)
    low = max(min(years), high - MAX_CANDIDATE_YEARS)
    return list(range(low, high + 1))


def infer(source: Source, tag: Tagger, page_dates: Sequence[PageDate] = (), prior: int | None = None) -> Published:
    """Infer ``source``'s publication month from its own text (see the module docstring)."""
    page_days = [d for d in (parse_page_date(p.text) for p in page_dates) if d is not None]
    unanchored = tag(source.text, None, source.sentences, source.excluded)
    years = _candidate_years(unanchored, page_days, prior)
    if not years:
        return Published(basis="unknown", evidence="no dated evidence in the text")
    latest_written = max((t.start.year for t in unanchored if t.year_explicit and t.start and t.tense != "future"),
                         default=None)
    scored: list[tuple[DateAnchor, _Evidence]] = []
    for year in years:
        for month in range(1, 13):
            anchor = month_anchor(year, month)
            scored.append((anchor, _evaluate(tag(source.text, anchor, source.sentences, source.excluded), anchor)))
    fewest = min(ev.violations for _, ev in scored)
    if fewest > 0:
        return Published(basis="unknown", evidence="no month fits all the dates in the text: "
                         + "; ".join(min(scored, key=lambda x: x[1].violations)[1].notes[:3]))
    feasible = [(a, ev) for a, ev in scored if ev.violations == 0]
    penalty = 0.0

    def year_rank(year: int) -> tuple[int, int]:
        # the corpus's year first, then the first year after the latest year the text writes
        return (abs(year - prior) if prior is not None else 0,
                year - latest_written if latest_written is not None and year >= latest_written else 99)

    gaps = [ev.recent_gap for _, ev in feasible if ev.recent_gap is not None]
    if gaps:
        pinned = [a for a, ev in feasible if ev.recent_gap == min(gaps)]
        best = min(year_rank(a.start.year) for a in pinned)
        chosen = [a for a in pinned if year_rank(a.start.year) == best]
        if len(chosen) == 1 and (prior is not None or latest_written is not None):
            a = chosen[0]
            return Published(value=a.value, start=a.start, end=a.end, basis="inferred",
                             evidence="the month that puts the past events named by month closest before it"
                                      f" ({len(feasible)} month(s) fit the text's dates)",
                             confidence=round(0.6 - penalty, 2))
    window = [a for a, _ in feasible]
    for day, page in zip(page_days, page_dates):
        if any(a.start <= day <= a.end for a in window):
            return Published(value=day.isoformat(), start=day, end=day, basis="inferred",
                             evidence=f"page date {page.text!r} (a page header or capture date, not necessarily "
                                      "the publication date)", confidence=PAGE_DATE_CONFIDENCE)
    if window and (prior is not None or latest_written is not None):
        best_year = min(window, key=lambda a: year_rank(a.start.year)).start.year
        months = [a for a in window if a.start.year == best_year]
        if _months_between(months[0].start, months[-1].start) <= 2.1:
            chosen_month = months[-1]
            return Published(value=chosen_month.value, start=chosen_month.start, end=chosen_month.end,
                             basis="inferred",
                             evidence=f"elapsed times in the text fit {months[0].value}..{months[-1].value}; "
                                      "the latest taken (elapsed counts round down)",
                             confidence=round(0.5 - penalty, 2))
    return Published(basis="unknown", evidence=f"{len(window)} candidate months fit the text; none stands out")


def date_sources(sources: Sequence[Source], meta: dict[str, SourceEntry], tag: Tagger,
                 page_dates: dict[str, list[PageDate]] | None = None) -> None:
    """Fill ``published`` (and outlet/url from metadata) for every source, in two passes."""
    page_dates = page_dates or {}
    pending: list[Source] = []
    for s in sources:
        entry = meta.get(s.id)
        if entry is not None:
            s.outlet = entry.outlet or s.outlet
            s.url = entry.url or s.url
        if entry is not None and entry.published:
            s.published = published_from_value(entry.published, "metadata", entry.basis)
        elif s.meta_published and (value := _file_date(s.meta_published)):
            s.published = published_from_value(value, "file", f"date in the file: {s.meta_published!r}")
        elif (line := _published_line(page_dates.get(s.id, ()))) is not None:
            day, text = line
            s.published = published_from_value(day.isoformat(), "file", f"dateline in the file: {text!r}")
        else:
            pending.append(s)
    # First pass without a corpus prior; the second gives the undecided ones the corpus's year.
    undecided: list[Source] = []
    for s in pending:
        s.published = infer(s, tag, page_dates.get(s.id, ()), prior=None)
        if s.published.basis == "unknown":
            undecided.append(s)
    known = sorted(s.published.start.year for s in sources if s.published.start is not None)
    if undecided and known:
        prior = int(statistics.median_low(known))
        for s in undecided:
            s.published = infer(s, tag, page_dates.get(s.id, ()), prior=prior)
