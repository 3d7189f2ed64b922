"""Absolute and year-less dates: ISO and numeric dates, month-day, day-only, quarters, halves, decades, centuries."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import calmath as cm
from .. import words as w
from ..absolute import parse_numeric
from ..context import NEAR_AHEAD, NEAR_BEHIND, Ctx, narrow
from ..lexicon import lexicon
from .base import Cand, Out, check_weekday, date_out, month_day, offset_value, rule, unresolved, year_of


@rule("iso_date", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mi>[0-5]\d))?")
def iso_date(c: Cand, x: Ctx) -> Out | None:
    y, m, d = int(c.g["y"]), int(c.g["m"]), int(c.g["d"])
    if not cm.valid_day(y, m, d):
        return None
    out = date_out(cm.day(date(y, m, d)), "absolute", year_explicit=True)
    if out and "hh" in c.g:
        out.update(type="TIME", value=f"{out['value']}T{c.g['hh']}:{c.g['mi']}", granularity="time")
    return out


@rule("numeric_date", r"(?P<s>[01]?\d/[0-3]?\d/(?:\d{4}|\d\d))")
def numeric_date(c: Cand, x: Ctx) -> Out | None:
    d = parse_numeric(c.g["s"])
    return date_out(cm.day(d), "absolute", year_explicit=True) if d else None


@rule("weekday_date",
      r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?(?P<wd>{WD}),?\s+(?:the\s+)?"
      r"(?:(?P<mon>{MON})\s+(?P<day>{DAY})|(?P<day2>{DAY})\s+(?:of\s+)?(?P<mon2>{MON}))(?:,?\s+(?P<year>{YEAR}))?")
def weekday_date(c: Cand, x: Ctx) -> Out | None:
    mon = w.month_number(c.g.get("mon") or c.g["mon2"])
    day = w.ordinal(c.g.get("day") or c.g["day2"]) or 0
    tense = "past" if w.offset(c.g.get("rel")) == -1 else "future" if w.offset(c.g.get("rel")) == 1 else c.tense
    out = month_day(Cand(c.rule, c.start, c.end, c.g, tense, c.pre), x, mon, day, c.g.get("year"))
    return check_weekday(out, w.weekday_number(c.g["wd"]))


@rule("month_day_range",
      r"(?P<mon>{MON})\s+(?P<d1>[0-3]?\d)\s*[-–]\s*(?P<d2>[0-3]?\d)(?!\d)(?:,?\s+(?P<year>{YEAR}))?")
def month_day_range(c: Cand, x: Ctx) -> Out | None:
    """ "the summit on June 17-18": the interval of the two days, as "the 3rd and 4th"."""
    mon, d1, d2 = w.month_number(c.g["mon"]), int(c.g["d1"]), int(c.g["d2"])
    if not 1 <= d1 < d2 <= 31:
        return None
    first = month_day(c, x, mon, d1, c.g.get("year"))
    if first is None or first.get("start") is None:
        return first
    y = first["start"].year
    if not cm.valid_day(y, mon, d2):
        return None
    last = cm.day(date(y, mon, d2))
    return {**first, "value": f"{first['value']}/{last.value}", "end": last.end, "granularity": "interval"}


@rule("week_of_date",
      r"the\s+week\s+of\s+(?:(?P<mon>{MON})\s+(?P<day>{DAY})|(?P<day2>{DAY})\s+(?:of\s+)?(?P<mon2>{MON}))"
      r"(?:,?\s+(?P<year>{YEAR}))?")
def week_of_date(c: Cand, x: Ctx) -> Out | None:
    """ "a hearing the week of March 6": the calendar week holding that day."""
    out = month_day(c, x, w.month_number(c.g.get("mon") or c.g["mon2"]), w.ordinal(c.g.get("day") or c.g["day2"]) or 0,
                    c.g.get("year"))
    if out is None or out.get("start") is None:
        return unresolved("XXXX-WXX") if out is not None else None
    return {**out, **date_out(cm.week(out["start"]), out["anchor"])}  # type: ignore[dict-item]


@rule("month_day",
      r"(?P<pm>{PMOD})?(?P<mon>{MON})\s+(?P<day>{DAY})(?:(?:,\s*|\s+)(?P<year>{YEAR})|\s+(?P<ry>last|this|next)\s+year)?"
      r"(?:,?\s+\(?(?P<wd>{WD})\)?)?")
def month_day_rule(c: Cand, x: Ctx) -> Out | None:
    out = month_day(c, x, w.month_number(c.g["mon"]), w.ordinal(c.g["day"]) or 0, c.g.get("year"), c.g.get("ry"))
    return check_weekday(out, w.weekday_number(c.g["wd"]) if "wd" in c.g else None)


@rule("day_month", r"(?P<day>{DAY})\s+(?P<mon>{MON})(?:,?\s+(?P<year>{YEAR}))?(?:,?\s+\(?(?P<wd>{WD})\)?)?")
def day_month(c: Cand, x: Ctx) -> Out | None:
    out = month_day(c, x, w.month_number(c.g["mon"]), w.ordinal(c.g["day"]) or 0, c.g.get("year"))
    return check_weekday(out, w.weekday_number(c.g["wd"]) if "wd" in c.g else None)


@rule("day_pair_of_month",
      r"(?:the\s+)?(?P<d1>{ORD_DAY})(?:\s+(?:and|to|through|-|–)\s+(?:the\s+)?(?P<d2>{ORD_DAY}))?\s+of\s+"
      r"(?:(?P<rel>this|last|next|the\s+same)\s+month|(?P<mon>{MON})(?:,?\s+(?P<year>{YEAR}))?)")
def day_pair_of_month(c: Cand, x: Ctx) -> Out | None:
    d1 = w.ordinal(c.g["d1"]) or 0
    d2 = w.ordinal(c.g["d2"]) if "d2" in c.g else None
    if "mon" in c.g:
        mon = w.month_number(c.g["mon"])
        first = month_day(c, x, mon, d1, c.g.get("year"))
        if first is None or d2 is None:
            return first
        last = month_day(c, x, mon, d2, c.g.get("year"))
    else:
        k = w.offset(c.g["rel"]) or 0
        if not x.known:
            tail = f"-{d1:02d}" if d2 is None else f"-{d1:02d}/XXXX-XX-{d2:02d}"
            return unresolved(("XXXX-XX" if k == 0 else offset_value(k, "M")) + tail)
        assert x.a0 is not None
        y, m = cm.add_months(x.a0.year, x.a0.month, k)
        if not cm.valid_day(y, m, d1) or (d2 and not cm.valid_day(y, m, d2)):
            return None
        first = date_out(cm.day(date(y, m, d1)), "publication")
        last = date_out(cm.day(date(y, m, d2)), "publication") if d2 else None
        if last is None:
            return first
    if first is None or last is None or first["start"] is None:
        return first
    return {**first, "value": f"{first['value']}/{last['value']}", "end": last["end"], "granularity": "interval"}


@rule("on_the_nth", r"(?<=[Oo]n\s)the\s+(?P<d1>{ORD_DAY})(?=\s*[,.;:(]|\s+(?:of\b|at\b|in\b|and\b|local\b|when\b|to\b|with\b|from\b|\())")
def on_the_nth(c: Cand, x: Ctx) -> Out | None:
    d = w.ordinal(c.g["d1"]) or 0
    if not 1 <= d <= 31:
        return None
    if not x.known:
        return unresolved(f"XXXX-XX-{d:02d}", tense=c.tense)
    assert x.a0 is not None and x.a1 is not None
    y, m = x.a0.year, x.a0.month
    if x.by_day and d > x.a0.day and c.tense != "future":
        y, m = cm.add_months(y, m, -1)
    if not cm.valid_day(y, m, d):
        return None
    return date_out(cm.day(date(y, m, d)), "publication", tense=c.tense)


# Not after a comma: "on May 3, and 12 runners quit" joins a clause, not a second day.
@rule("paired_day", r"(?<![,;])(?<![,;]\s)(?P<lead>(?:and|or|&)\s+)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|\s*(?:%|percent|per\b))")
def paired_day(c: Cand, x: Ctx) -> Out | None:
    """ "the summit on April 24 and 25": the second day is a date of its own, in the month of
    the date written right before it (a day whose number is written: "Tuesday and 23 people"
    has no day to continue)."""
    prev = x.prev_day
    gap = c.start - len(c.g["lead"]) - x.prev_end
    if prev is None or not 0 < gap <= 2:
        return None
    d = int(c.g["day"])
    if not cm.valid_day(prev.year, prev.month, d) or d <= prev.day:
        return None
    return date_out(cm.day(date(prev.year, prev.month, d)), "another")


@rule("month_year", r"(?P<pm>{PMOD})?(?P<mon>{MON}),?\s+(?:of\s+)?(?P<year>{YEAR})")
def month_year(c: Cand, x: Ctx) -> Out | None:
    mod = w.point_mod(c.g.get("pm"))
    p = cm.month(int(c.g["year"]), w.month_number(c.g["mon"]))
    return date_out(narrow(p, mod), "absolute", year_explicit=True, mod=mod)


@rule("month_year_words", r"(?P<pm>{PMOD})?(?P<mon>{MON}),?\s+(?:of\s+)?(?P<wy>{WYEAR})")
def month_year_words(c: Cand, x: Ctx) -> Out | None:
    """ "January nineteen ninety-seven" (broadcast transcripts)."""
    y = w.year_in_words(c.g["wy"])
    if y is None:
        return None
    mod = w.point_mod(c.g.get("pm"))
    return date_out(narrow(cm.month(y, w.month_number(c.g["mon"])), mod), "absolute", year_explicit=True, mod=mod)


# Before a "two thousand" year without "the year": a preposition (else it is a count).
_PLURAL_NEXT = re.compile(r"\s+(?!(?:was|has|is|this|its|his|as)\b)[a-z]+s\b")
_YEAR_PREPS = {"in", "by", "since", "until", "till", "before", "after", "of", "from", "through", "to"}


@rule("year_words",
      r"(?P<ty>the\s+year\s+)?(?P<wy>{WYEAR})(?!\s+(?:hundred|thousand|million|billion)\b)")
def year_words(c: Cand, x: Ctx) -> Out | None:
    """ "nineteen ninety-six", "the year two thousand": a year written in words."""
    y = w.year_in_words(c.g["wy"])
    if y is None:
        return None
    if c.g["wy"].lower().startswith(tuple(lexicon().numbers.year_thousands)) and "ty" not in c.g and (
            c.pre not in _YEAR_PREPS or _PLURAL_NEXT.match(c.post)):
        return None  # "two thousand people", "in two thousand cases": a count
    return date_out(cm.year(y), "absolute", year_explicit=True)


@rule("decade_words", r"the\s+(?:(?P<pm>early|mid|late)[-\s]?)?(?:(?P<cw>{CENTW})[-\s]+)?(?P<dw>{DECW})(?![\w-])")
def decade_words(c: Cand, x: Ctx) -> Out | None:
    """ "the nineties", "the early nineteen-eighties": the latest such decade not after the
    publication year unless the century is written."""
    tens = w.decade_word(c.g["dw"]) or 0
    mod = w.point_mod(c.g.get("pm"))
    if "cw" in c.g:
        first = lexicon().numbers.year_centuries[c.g["cw"].lower()] + tens
    elif x.known and x.a0 is not None:
        first = (x.a0.year // 100) * 100 + tens
        if first > x.a0.year:
            first -= 100
    else:
        return unresolved(f"XX{tens // 10}", mod=mod)
    return date_out(narrow(cm.decade(first), mod), "absolute" if "cw" in c.g else "publication",
                    year_explicit="cw" in c.g, mod=mod)


@rule("holiday", r"(?:(?P<rel>last|next|this)\s+)?(?P<hol>{HOL})(?:\s+(?P<wk>week|weekend)(?![\w-]))?(?:,?\s+(?P<year>{YEAR}))?")
def holiday(c: Cand, x: Ctx) -> Out | None:
    """A holiday's date; "Easter week", "Thanksgiving weekend" the week or weekend holding it."""
    out = _holiday_day(c, x)
    if out is None or "wk" not in c.g or out.get("start") is None:
        return out
    d = out["start"]
    p = cm.week(d) if c.g["wk"].lower() == "week" else cm.weekend(d)
    return {**out, **date_out(p, out["anchor"])}  # type: ignore[dict-item]


def _holiday_day(c: Cand, x: Ctx) -> Out | None:
    h = w.holiday(c.g["hol"])

    def on(y: int) -> date:
        if h.easter is not None:
            return cm.easter(y) + timedelta(days=h.easter)
        if h.nth is not None and h.weekday is not None and h.month:
            return cm.nth_weekday(y, h.month, h.weekday, h.nth) + timedelta(days=h.shift)
        assert h.month and h.day
        return date(y, h.month, h.day)

    if "year" in c.g:
        return date_out(cm.day(on(int(c.g["year"]))), "absolute", year_explicit=True)
    if not x.known:
        return unresolved("XXXX-XX-XX" if h.month is None or h.day is None else f"XXXX-{h.month:02d}-{h.day:02d}")
    assert x.a0 is not None
    k = w.offset(c.g.get("rel"))
    y = x.a0.year
    d = on(y)
    if k == -1:
        d = d if d < x.a0 else on(y - 1)
    elif k == 1:
        d = d if d > x.a0 else on(y + 1)
    elif c.tense == "past" and (d - x.a0).days > NEAR_AHEAD:
        d = on(y - 1)  # a tense cue does not move a holiday a few weeks ahead back a year
    elif c.tense == "future" and (x.a0 - d).days > NEAR_BEHIND:
        d = on(y + 1)
    elif c.tense is None:  # no direction written: the nearest ("Christmas Eve" in a March article is last one)
        d = min((on(y - 1), d, on(y + 1)), key=lambda e: abs((e - x.a0).days))
    return date_out(cm.day(d), "publication")


@rule("half_year",
      r"(?:the\s+)?(?P<h>first|second|1st|2nd|last|latter)\s+half(?:\s+of)?\s+(?:(?P<rel>this|last|next)\s+year|(?P<year>{YEAR})|the\s+year)"
      r"|(?P<h2>first|second)-half(?![\w-])")
def half_year(c: Cand, x: Ctx) -> Out | None:
    h = 1 if (c.g.get("h") or c.g.get("h2") or "").lower() in ("first", "1st") else 2
    if "h2" in c.g and x.known and x.a0 is not None:
        # "first-half profit": this year's half, last year's if that half has not begun
        current = 1 if x.a0.month <= 6 else 2
        y = x.a0.year - (1 if h > current and c.tense != "future" else 0)
        return date_out(cm.half(y, h), "publication")
    if "year" in c.g:
        return date_out(cm.half(int(c.g["year"]), h), "absolute", year_explicit=True)
    if not x.known:
        return unresolved(f"XXXX-H{h}")
    assert x.a0 is not None
    return date_out(cm.half(x.a0.year + (w.offset(c.g.get("rel")) or 0), h), "publication")


@rule("two_quarters_of_year",
      r"(?:the\s+)?(?P<h>first|last|final|second)\s+(?:two|2)\s+quarters\s+of\s+(?:fiscal\s+)?"
      r"(?:(?P<year>{YEAR})|(?P<ry>this|last|next)\s+year)")
def two_quarters_of_year(c: Cand, x: Ctx) -> Out | None:
    """ "the first two quarters of 1990": that year's first half."""
    h = 1 if c.g["h"].lower() == "first" else 2
    if "year" in c.g:
        return date_out(cm.half(int(c.g["year"]), h), "absolute", year_explicit=True)
    k = w.offset(c.g["ry"]) or 0
    if not x.known:
        return unresolved((offset_value(k, "Y") if k else "XXXX") + f"-H{h}")
    assert x.a0 is not None
    return date_out(cm.half(x.a0.year + k, h), "publication")


@rule("quarter",
      r"(?:(?P<lead>the\s+)(?=(?:fiscal[-\s]+)?(?:first|second|third|fourth)-quarter\s+(?!of\b))|(?P<the>the)\s+)?"
      r"(?:(?P<rel>{REL}|latest|year-earlier|year-ago|same)\s+)?(?:(?P<fy>fiscal)[-\s]+)?"
      r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final)[-\s]+quarter"
      r"(?:\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR})|,?\s+(?P<year2>{YEAR}))?|(?-i:Q(?P<qn>[1-4]))(?:\s+(?P<year3>{YEAR}))?"
      r"|(?:the\s+)?(?P<year4>{YEAR})(?:'s)?\s+(?:fiscal\s+)?(?P<q2>first|second|third|fourth)[-\s]+quarter"
      r"|(?P<ry>this|last|next)\s+year['’]s\s+(?:fiscal\s+)?(?P<q3>first|second|third|fourth)[-\s]+quarter")
def quarter(c: Cand, x: Ctx) -> Out | None:
    word = c.g.get("q") or c.g.get("q2") or c.g.get("q3") or ""
    q = int(c.g["qn"]) if "qn" in c.g else {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}.get(
        word.lower(), w.ordinal(word) or 0)
    year = c.g.get("year") or c.g.get("year3") or c.g.get("year4")
    if year:
        return date_out(cm.quarter(int(year), q), "absolute", year_explicit=True)
    if "ry" in c.g:  # "this year's third quarter", "next year's first quarter"
        k = w.offset(c.g["ry"]) or 0
        if not x.known:
            return unresolved((offset_value(k, "Y") if k else "XXXX") + f"-Q{q}")
        assert x.a0 is not None
        return date_out(cm.quarter(x.a0.year + k, q), "publication")
    if not x.known:
        return unresolved(f"XXXX-Q{q}")
    assert x.a0 is not None
    rel = (c.g.get("rel") or "").lower()
    y = x.a0.year
    current = (x.a0.month - 1) // 3 + 1
    if rel in ("year-earlier", "year-ago") or w.offset(rel) == -1 and rel not in ("this", "current"):
        y -= 1
    elif w.offset(rel) == 1:
        y += 0 if q > current else 1
    elif q > current and c.tense != "future":
        y -= 1  # "the fourth quarter" written in February is last year's
    return date_out(cm.quarter(y, q), "publication")


@rule("year_period", r"the\s+(?P<year>{YEAR})\s+(?:fiscal\s+)?(?P<unit>quarter|period)(?![\w-])")
def year_period(c: Cand, x: Ctx) -> Out | None:
    """Company reports: "the 1988 quarter" is the reported quarter's number in 1988; so is
    "the 1989 period", except right after a length ("the first nine months"): then the year."""
    y = int(c.g["year"])
    ref = x.last_quarter
    if ref is None and x.known:
        ref = x.from_anchor(lambda d: cm.period_of("quarter", d, -1))
    if ref is None or ref.start is None or (c.g["unit"].lower() == "period" and x.prev_type == "DURATION"):
        return date_out(cm.year(y), "absolute", year_explicit=True)
    out = date_out(cm.quarter(y, (ref.start.month - 1) // 3 + 1), "absolute", year_explicit=True)
    if out is not None:
        out["ref"] = False  # derived from the reported quarter: not a new one to compare against
    return out


@rule("decade", r"(?P<lead>the\s+(?=\d|'))?(?:the\s+)?(?:(?P<pm>early|mid|late)[-\s]?)?(?:(?P<dec>(?:1[0-9]|20)\d0)|'(?P<d2>\d0))(?:'|’)?s(?!\w)")
def decade(c: Cand, x: Ctx) -> Out | None:
    first = int(c.g["dec"]) if "dec" in c.g else year_of(c.g["d2"])
    mod = w.point_mod(c.g.get("pm"))
    period = cm.century(first) if first % 100 == 0 and first < 2000 else cm.decade(first)  # "the 1800s"
    return date_out(narrow(period, mod), "absolute", year_explicit=True, mod=mod)


@rule("century", r"(?:the\s+)?(?P<ord>1\d|20|[1-9])(?:st|nd|rd|th)[-\s]century")
def century(c: Cand, x: Ctx) -> Out | None:
    n = int(c.g["ord"])
    return date_out(cm.century((n - 1) * 100), "absolute", year_explicit=True)


@rule("fiscal_year", r"(?P<fy>fiscal)(?:\s+year)?\s+(?P<year>{YEAR}|'\d\d)")
def fiscal_year(c: Cand, x: Ctx) -> Out | None:
    return date_out(cm.year(year_of(c.g["year"])), "absolute", year_explicit=True)


@rule("year_with_mod", r"(?P<pm>{PMOD})(?P<year>{YEAR})")
def year_with_mod(c: Cand, x: Ctx) -> Out | None:
    mod = w.point_mod(c.g["pm"])
    return date_out(narrow(cm.year(int(c.g["year"])), mod), "absolute", year_explicit=True, mod=mod)


@rule("prefixed_year", r"(?P<pre>pre|post)-(?P<year>{YEAR})")
def prefixed_year(c: Cand, x: Ctx) -> Out | None:
    """ "post-1959 politics", "pre-2008 levels": the year, with what side of it is meant."""
    mod = "AFTER" if c.g["pre"].lower() == "post" else "BEFORE"
    return date_out(cm.year(int(c.g["year"])), "absolute", year_explicit=True, mod=mod)
