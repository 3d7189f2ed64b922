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
    recent_gap: int | None = None  # months from the latest month-named past event to this month
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


def _evaluate(timexes: Sequence[Timex], anchor: DateAnchor) -> _Evidence:
    ev = _Evidence()
    for t in timexes:
        if t.weekday_ok is False:
            ev.violations += 1
            ev.notes.append(f"weekday in {t.text!r} does not fit")
        if t.type == "DATE" and t.year_explicit and t.tense == "past" and t.start and t.start > anchor.end:
            ev.violations += 1
            ev.notes.append(f"past event {t.text!r} after this month")
        if t.type == "DURATION" and t.begin:
            length, begin = _unit_months(t.value), _begin_interval(t.begin)
            if length and begin:
                low, high = _months_between(begin[1], anchor.start), _months_between(begin[0], anchor.end)
                slack = 0.25 * length if t.mod == "APPROX" else 0.0
                # a whole count N of a unit means at least N and less than N + 1 units
                unit = length / max(1.0, float(t.value[1:-1]) if t.value[1:-1].replace(".", "").isdigit() else 1.0)
                if high < length - slack - 0.5 or low >= length + unit + slack:
                    ev.violations += 1
                    ev.notes.append(f"{t.text!r} does not add up")
        named_month_past = (t.type == "DATE" and t.tense == "past" and not t.year_explicit and t.start
                            and t.granularity in {"day", "month"} and t.rule.startswith(("month", "date")))
        if named_month_past and t.start:
            gap = (anchor.start.year - t.start.year) * 12 + anchor.start.month - t.start.month
            if gap >= 0 and (ev.recent_gap is None or gap < ev.recent_gap):
                ev.recent_gap = gap
    return ev


def _candidate_years(timexes: Sequence[Timex], page_dates: Sequence[date], prior: int | None) -> list[int]:
    years = {t.start.year for t in timexes if t.year_explicit and t.start}
    years |= {d.year for d in page_dates}
    if prior is not None:
        years |= {prior - 1, prior, prior + 1}
    weekday_days = [t for t in timexes if t.weekday is not None]
    if not years and not weekday_days:
        return []
    low = min(years) if years else (prior or 2000) - 10
    high = max(years) + 3 if years else (prior or 2000) + 10
    low = max(low, high - MAX_CANDIDATE_YEARS)
    return list(range(low, high + 1))


def infer(source: Source, tag: Tagger, page_dates: Sequence[PageDate] = (), prior: int | None = None) -> Published:
    """Infer ``source``'s publication month from its own text (see the module docstring)."""
    page_days = [d for d in (parse_page_date(p.text) for p in page_dates) if d is not None]
    unanchored = tag(source.text, None, source.sentences, source.excluded)
    years = _candidate_years(unanchored, page_days, prior)
    if not years:
        return Published(basis="unknown", evidence="no dated evidence in the text")
    scored: list[tuple[DateAnchor, _Evidence]] = []
    for year in years:
        for month in range(1, 13):
            anchor = month_anchor(year, month)
            scored.append((anchor, _evaluate(tag(source.text, anchor, source.sentences, source.excluded), anchor)))
    fewest = min(ev.violations for _, ev in scored)
    feasible = [(a, ev) for a, ev in scored if ev.violations == fewest]
    penalty = 0.0 if fewest == 0 else 0.2
    gaps = [ev.recent_gap for _, ev in feasible if ev.recent_gap is not None]
    if gaps:
        best_gap = min(gaps)
        pinned = [a for a, ev in feasible if ev.recent_gap == best_gap]
        if prior is not None:
            pinned.sort(key=lambda a: (abs(a.start.year - prior), -a.start.toordinal()))
            chosen = pinned[0]
        else:
            chosen = pinned[-1] if len({a.start.year for a in pinned}) == 1 else None
        if chosen is not None:
            event = "the latest past event named by its month"
            return Published(value=chosen.value, start=chosen.start, end=chosen.end, basis="inferred",
                             evidence=f"month of {event} in the text; {len(feasible)} month(s) fit the text",
                             confidence=round(0.6 - penalty, 2))
    window = [a for a, _ in feasible]
    for day in page_days:
        if any(a.start <= day <= a.end for a in window):
            text = next(p.text for p in page_dates)
            return Published(value=day.isoformat(), start=day, end=day, basis="inferred",
                             evidence=f"page date {text!r} (a page header or capture date, not necessarily "
                                      "the publication date)", confidence=PAGE_DATE_CONFIDENCE)
    if window and _months_between(window[0].start, window[-1].start) <= 2.1:
        chosen = window[-1]
        return Published(value=chosen.value, start=chosen.start, end=chosen.end, basis="inferred",
                         evidence=f"elapsed times in the text fit {window[0].value}..{window[-1].value}; "
                                  "latest month taken (elapsed counts round down)",
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
