"""The rules: each a small named pattern plus a handler that normalises one match.

Rules are tried in the order they are registered here, at each position of the text, and
the first that matches wins; so longer and more specific forms come first. A handler gets
the match's groups (found once per text) and a :class:`Ctx` (one per anchor) and returns
the Timex fields, or None to drop the match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from . import calmath as cm
from . import words as w
from .absolute import parse_numeric
from .calmath import Period
from .context import Ctx, narrow
from .fragments import expand


@dataclass(frozen=True)
class Cand:
    """One match, independent of the anchor: cached per text."""

    rule: str
    start: int
    end: int
    g: dict[str, str]
    tense: str | None
    pre: str  # the word before the match, lower case ("since", "in", "on")
    post: str = ""  # the text right after the match (a few characters)


Out = dict[str, Any]
Handler = Callable[[Cand, Ctx], Out | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    handler: Handler
    check: Callable[[str, re.Match[str]], bool] | None = field(default=None)


RULES: list[Rule] = []


def rule(name: str, pattern: str, check: Callable[[str, re.Match[str]], bool] | None = None) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        RULES.append(Rule(name, expand(pattern), fn, check))
        return fn

    return deco


@cache
def compiled(name: str) -> re.Pattern[str]:
    r = next(r for r in RULES if r.name == name)
    return re.compile(BOUND_BEFORE + "(?:" + r.pattern + ")" + BOUND_AFTER, re.IGNORECASE)


BOUND_BEFORE = r"(?<![\w$£€.,/:'’-])"
BOUND_AFTER = r"(?![\w%]|[.,/:]\d|-\d)"


# --- output helpers ------------------------------------------------------------------


def date_out(p: Period | None, anchor: str, **kw: Any) -> Out | None:
    if p is None:
        return None
    return {"type": "DATE", "value": p.value, "start": p.start, "end": p.end, "granularity": p.granularity,
            "anchor": anchor, **kw}


def unresolved(value: str, typ: str = "DATE", **kw: Any) -> Out:
    return {"type": typ, "value": value, "start": None, "end": None, "granularity": None,
            "anchor": "unresolved", **kw}


def offset_value(k: int, code: str) -> str:
    """The unresolved value of a shift from the unknown publication date: REF-P1Y, REF+P2M."""
    return f"REF{'+' if k >= 0 else '-'}P{abs(k)}{code}"


UNIT_CODE = {"day": "D", "week": "W", "weekend": "W", "month": "M", "quarter": "Q", "half": "H", "year": "Y",
             "decade": "DE", "century": "CE"}
UNDERSPEC = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
             "quarter": "XXXX-QX", "half": "XXXX-HX", "year": "XXXX", "decade": "XXX", "century": "XX"}


def year_of(s: str) -> int:
    s = s.strip("'’ ")
    if len(s) == 2:
        n = int(s)
        return 2000 + n if n < 50 else 1900 + n
    return int(s)


def relate(c: Cand, x: Ctx, unit: str, k: int, mod: str | None = None, kind: str = "publication") -> Out | None:
    """The ``unit`` period ``k`` units from the anchor (or from the last date, kind="another")."""
    if kind == "another" and x.last_ref is not None and x.last_ref.start is not None:
        p = cm.period_of(unit, x.last_ref.start, k)
        return date_out(narrow(p, mod), "another", mod=mod)
    if not x.known:
        return unresolved(UNDERSPEC[unit] if k == 0 else offset_value(k, UNIT_CODE[unit]), mod=mod)
    p = x.from_anchor(lambda d: cm.period_of(unit, d, k))
    return date_out(narrow(p, mod) if p else None, "publication", mod=mod)


def check_weekday(out: Out | None, wd: int | None) -> Out | None:
    if out is None or wd is None:
        return out
    out["weekday"] = wd
    if out.get("granularity") == "day" and out.get("start") is not None:
        out["weekday_ok"] = out["start"].weekday() == wd
    return out


def month_day(c: Cand, x: Ctx, mon: int, day: int, year: str | None, ry: str | None = None) -> Out | None:
    """A month and day, with the year written, given as last/this/next year, or found from tense."""
    if year:
        y = year_of(year)
        return date_out(cm.day(date(y, mon, day)), "absolute", year_explicit=True) if cm.valid_day(y, mon, day) else None
    if not cm.valid_day(2000, mon, day):  # 2000 is a leap year: Feb 29 passes
        return None
    if not x.known:
        return unresolved(f"XXXX-{mon:02d}-{day:02d}", tense=c.tense)
    assert x.a0 is not None
    if ry:
        y = x.a0.year + (w.offset(ry) or 0)
        tense = None
    else:
        y = x.year_for(mon, day, c.tense)
        tense = c.tense
    if not cm.valid_day(y, mon, day):
        return None
    return date_out(cm.day(date(y, mon, day)), "publication", tense=tense)


# --- absolute dates ------------------------------------------------------------------


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


@rule("month_year", r"(?P<pm>{PMOD})?(?P<mon>{MON}),?\s+(?:of\s+)?(?P<year>{YEAR})")
def month_year(c: Cand, x: Ctx) -> Out | None:
    mod = w.point_mod(c.g.get("pm"))
    p = cm.month(int(c.g["year"]), w.month_number(c.g["mon"]))
    return date_out(narrow(p, mod), "absolute", year_explicit=True, mod=mod)


@rule("holiday", r"(?:(?P<rel>last|next|this)\s+)?(?P<hol>{HOL})(?:,?\s+(?P<year>{YEAR}))?")
def holiday(c: Cand, x: Ctx) -> Out | None:
    h = w.holiday(c.g["hol"])

    def on(y: int) -> date:
        if h.easter is not None:
            return cm.easter(y) + timedelta(days=h.easter)
        if h.nth is not None and h.weekday is not None and h.month:
            return cm.nth_weekday(y, h.month, h.weekday, h.nth)
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
    if k == -1 or (k is None and c.tense == "past"):
        d = d if d < x.a0 else on(y - 1)
    elif k == 1 or (k is None and c.tense == "future"):
        d = d if d > x.a0 else on(y + 1)
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


@rule("quarter",
      r"(?:(?P<the>the)\s+)?(?:(?P<rel>{REL}|latest|year-earlier|year-ago|same)\s+)?(?:(?P<fy>fiscal)\s+)?"
      r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final)[-\s]+quarter"
      r"(?:\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR})|,?\s+(?P<year2>{YEAR}))?|(?-i:Q(?P<qn>[1-4]))(?:\s+(?P<year3>{YEAR}))?"
      r"|(?:the\s+)?(?P<year4>{YEAR})(?:'s)?\s+(?:fiscal\s+)?(?P<q2>first|second|third|fourth)[-\s]+quarter")
def quarter(c: Cand, x: Ctx) -> Out | None:
    word = c.g.get("q") or c.g.get("q2") or ""
    q = int(c.g["qn"]) if "qn" in c.g else {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}.get(
        word.lower(), w.ordinal(word) or 0)
    year = c.g.get("year") or c.g.get("year3") or c.g.get("year4")
    if year:
        return date_out(cm.quarter(int(year), q), "absolute", year_explicit=True)
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


@rule("decade", r"(?P<lead>the\s+(?=\d|'))?(?:the\s+)?(?:(?P<pm>early|mid|late)[-\s]?)?(?:(?P<dec>(?:1[0-9]|20)\d0)|'(?P<d2>\d0))(?:'|’)?s(?!\w)")
def decade(c: Cand, x: Ctx) -> Out | None:
    first = int(c.g["dec"]) if "dec" in c.g else year_of(c.g["d2"])
    mod = w.point_mod(c.g.get("pm"))
    period = cm.century(first) if first % 100 == 0 and first < 2000 else cm.decade(first)  # "the 1800s"
    return date_out(narrow(period, mod), "absolute", year_explicit=True, mod=mod)


@rule("century", r"(?P<lead>the\s+)?(?P<ord>1\d|20|[1-9])(?:st|nd|rd|th)[-\s]century")
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


# --- times of day --------------------------------------------------------------------


@rule("clock_time",
      r"(?P<lead>at\s+)?(?:(?P<qm>about|around|approximately)\s+)?(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*"
      r"(?P<ap>[ap]\.m\.?|[ap]m\b)(?:\s+(?P<tz>(?-i:[A-Z]{1,4}T|GMT|UTC)))?"
      r"(?:,?\s+(?:on\s+)?(?P<wd>{WD})|,?\s+(?:on\s+)?(?P<mon>{MON})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?)?"
      r"|(?P<h24>[01]?\d|2[0-3]):?(?P<m24>[0-5]\d)\s*(?:hours\s+)?(?P<tz24>(?-i:GMT|UTC|BST|CET|CEST|[A-Z]{1,3}T))"
      r"|(?P<noon>noon|midnight|midday)(?:,?\s+(?:on\s+)?(?P<wd2>{WD}))?")
def clock_time(c: Cand, x: Ctx) -> Out | None:
    if "noon" in c.g:
        hh, mi = (24, 0) if c.g["noon"].lower() == "midnight" else (12, 0)
    elif "h24" in c.g:
        hh, mi = int(c.g["h24"]), int(c.g["m24"])
    else:
        hh = int(c.g["h"]) % 12 + (12 if c.g["ap"].lower().startswith("p") else 0)
        mi = int(c.g.get("mi") or 0)
    wd = c.g.get("wd") or c.g.get("wd2")
    if "mon" in c.g:
        md = month_day(c, x, w.month_number(c.g["mon"]), w.ordinal(c.g["day"]) or 0, c.g.get("year"))
        day = Period(md["value"], md["start"], md["end"], md["granularity"]) if md and md.get("start") else None
    elif wd:
        day = x.weekday(w.weekday_number(wd), "future" if c.tense == "future" else "past") if x.known else None
    else:
        day = x.from_anchor(cm.day) if x.known else None
    clock = f"T{hh:02d}:{mi:02d}"
    mod = w.quantity_mod(c.g.get("qm"))
    if day is None or day.granularity != "day":
        return unresolved("XXXX-XX-XX" + clock, "TIME", mod=mod)
    return {**date_out(day, "publication"), "type": "TIME", "value": day.value + clock, "granularity": "time", "mod": mod}


# --- windows and deadlines -----------------------------------------------------------


def window(x: Ctx, end: date, start_value: str | None = None, mod: str = "ON_OR_BEFORE") -> Out:
    """From the publication date (or ``start_value``) to ``end``: "within this year"."""
    if not x.known and start_value is None:
        return unresolved(f"REF/{end.isoformat()}", mod=mod)
    assert x.a0 is not None or start_value is not None
    start_v = start_value or x.value
    start_d = cm.parse_value(start_v).start if start_value else x.a0  # type: ignore[union-attr]
    return {"type": "DATE", "value": f"{start_v}/{end.isoformat()}", "start": start_d, "end": end,
            "granularity": "interval", "anchor": "publication" if start_value is None else "absolute", "mod": mod}


@rule("window_period",
      r"(?P<w>within)\s+(?:(?P<endof>the\s+end\s+of)\s+)?(?:(?P<this>this|the|the\s+current)\s+(?P<unit>year|month|week)"
      r"|(?P<next>next)\s+(?P<unit2>year|month|week))"
      r"|(?P<w2>by|before|until|till|no\s+later\s+than)\s+(?P<endof2>the\s+end\s+of)\s+(?:(?P<this2>this|the|the\s+current)\s+"
      r"(?P<unit3>year|month|week)|(?P<next2>next)\s+(?P<unit4>year|month|week)|(?P<year>{YEAR}))"
      )
def window_period(c: Cand, x: Ctx) -> Out | None:
    """A deadline from the publication date: "within this year", "by the end of 2024", "by 2025"."""
    year = c.g.get("year")
    if year:
        end = date(int(year), 12, 31)
        if x.known and x.a0 is not None and x.a0 > end:  # a deadline already past: just the year
            return date_out(cm.year(int(year)), "absolute", year_explicit=True, mod="ON_OR_BEFORE")
        return window(x, end) if x.known else unresolved(f"REF/{end.isoformat()}", mod="ON_OR_BEFORE", year_explicit=True)
    unit = (c.g.get("unit") or c.g.get("unit2") or c.g.get("unit3") or c.g["unit4"]).lower()
    k = 1 if ("next" in c.g or "next2" in c.g) else 0
    if not x.known:
        return unresolved(f"REF/{UNDERSPEC[unit]}" if k == 0 else f"REF/{offset_value(k, UNIT_CODE[unit])}", mod="ON_OR_BEFORE")
    assert x.a0 is not None and x.a1 is not None
    p = cm.period_of(unit, x.a1, k)
    assert p.end is not None
    return window(x, p.end)


@rule("window_next_n",
      r"(?P<w>within)\s+(?:the\s+)?(?:(?P<nx>next|coming)\s+(?:(?P<num>{NUM})\s+)?|(?P<vague>{VAGUE})\s+)(?P<unit>{UNIT})"
      r"|(?P<lead>(?:in|over|during)\s+)?(?:the\s+)?(?:next|coming)\s+(?:(?P<num2>{NUM})\s+(?P<unit2>{UNIT})|(?=\w+s\b)(?P<unit3>{UNIT}))"
      r"(?:\s+or\s+so)?")
def window_next_n(c: Cand, x: Ctx) -> Out | None:
    """ "within the next few months" is a window from the publication date; "the next two
    years" / "in coming weeks" a duration (the TimeML reading)."""
    if "w" not in c.g:
        num = c.g.get("num2")
        u = w.unit(c.g.get("unit2") or c.g["unit3"])
        return {"type": "DURATION", "value": w.duration(w.count(num) if num else None, u), "start": None, "end": None,
                "granularity": None, "anchor": "absolute"}
    u = w.unit(c.g["unit"])
    name = u.names[0]
    n = None if "vague" in c.g else w.count(c.g["num"]) if "num" in c.g else 1
    if name not in w.PERIOD_OF_UNIT and name not in ("hour", "minute"):
        return None
    if not x.known or n is None or n != int(n) or name not in w.PERIOD_OF_UNIT:
        dur = w.duration(n, u)
        return unresolved(f"REF/{dur}", mod="ON_OR_BEFORE") if not x.known else {
            "type": "DATE", "value": f"{x.value}/{dur}", "start": x.a0, "end": None, "granularity": "interval",
            "anchor": "publication", "mod": "ON_OR_BEFORE"}
    assert x.a1 is not None
    end = cm.shift(x.a1, w.PERIOD_OF_UNIT[name], int(n) * max(1, u.factor if name in ("decade", "century") else 1))
    return window(x, end)


@rule("later_this", r"(?P<lead>(?P<lt>later|earlier)\s+(?:in\s+)?)(?P<this>this|that|the)\s+(?P<unit>year|month|week|day|morning|afternoon|evening)")
def later_this(c: Cand, x: Ctx) -> Out | None:
    unit = c.g["unit"].lower()
    later = c.g["lt"].lower() == "later"
    part = w.day_part(unit)
    base = "day" if part else unit
    kind = "another" if c.g["this"].lower() == "that" else "publication"
    out = relate(c, x, base, 0, kind=kind)
    if out is None or out["anchor"] == "unresolved":
        return out
    if part:
        return {**out, "type": "TIME", "value": out["value"] + "T" + part, "granularity": "time"}
    if kind == "publication" and out["granularity"] != "interval" and x.a0 is not None and x.a1 is not None:
        if later and unit == "year":
            return window(x, out["end"], mod="AFTER")
        if not later:
            out = {**out, "end": x.a1}
    return out


# --- relative to the anchor ----------------------------------------------------------


@rule("ago",
      r"(?:(?P<qm>{QMOD})\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+(?:or\s+so\s+)?"
      r"(?P<dir>ago|earlier|later|from\s+now|hence|(?:before|after|previously|prior)(?=\s*(?:[,.;:)]|$)))"
      r"(?!\s+than\b)")
def ago(c: Cand, x: Ctx) -> Out | None:
    u = w.unit(c.g["unit"])
    name = u.names[0]
    n = w.count(c.g["num"])
    period = w.PERIOD_OF_UNIT.get(name)
    if period is None or period == "weekend":
        # "a few hours later": an offset below a day, kept as its length
        return {"type": "DURATION", "value": w.duration(n, u), "start": None, "end": None, "granularity": None,
                "anchor": "absolute", "mod": w.quantity_mod(c.g.get("qm"))}
    sign = -1 if c.g["dir"].lower() in ("ago", "earlier", "before", "previously", "prior") else 1
    mod = w.quantity_mod(c.g.get("qm"))
    from_now = c.g["dir"].lower() in ("ago", "from now", "hence")
    if n is None:
        return {"type": "DATE", "value": "PAST_REF" if sign < 0 else "FUTURE_REF", "start": None, "end": None,
                "granularity": None, "anchor": "publication" if x.known else "unresolved", "mod": mod}
    steps = int(n * (u.factor if name in ("decade", "century") else 1))
    if name in ("decade", "century"):
        period = "year"
    q = x.last_quarter
    if period == "year" and steps == 1 and q is not None and q.start is not None:
        # Company reports: "a year ago" is the same quarter a year back.
        return date_out(cm.period_of("quarter", cm.shift(q.start, "year", sign)), "another", mod=mod)
    if not from_now and x.last_ref is not None and x.last_ref.start is not None and x.last_ref.granularity in (
            "day", "month", "quarter", "year", "week"):
        ref = x.last_ref
        gran = ref.granularity if _finer_or_equal(period, ref.granularity) else period
        assert ref.start is not None
        p = cm.period_of(gran or period, cm.shift(ref.start, period, sign * steps))
        return date_out(p, "another", mod=mod)
    if not x.known:
        return unresolved(offset_value(sign * steps, UNIT_CODE[period]), mod=mod)
    p = x.from_anchor(lambda d: cm.period_of(period, cm.shift(d, period, sign * steps)))
    return date_out(p, "publication", mod=mod)


_ORDER = ["day", "week", "month", "quarter", "half", "year", "decade", "century"]


def _finer_or_equal(unit: str, gran: str | None) -> bool:
    return gran in _ORDER and _ORDER.index(unit) <= _ORDER.index(gran)


@rule("past_n_units",
      r"(?P<lead>the\s+(?=past|last))?(?:(?P<the>the)\s+)?(?P<rel>past|last|next|coming|previous|following|first|final|recent|latest|preceding)"
      r"\s+(?P<num>{NUM})\s+(?P<unit>{UNIT})")
def past_n_units(c: Cand, x: Ctx) -> Out | None:
    u = w.unit(c.g["unit"])
    n = w.count(c.g["num"])
    if n is not None and n == 1 and c.g["num"].lower() in ("a", "an"):
        return None
    return {"type": "DURATION", "value": w.duration(n, u), "start": None, "end": None, "granularity": None,
            "anchor": "absolute"}


@rule("reporting_period",
      r"(?P<the>the\s+)?(?P<adj>(?:(?:latest|comparable|same|year-earlier|year-ago|previous|prior|current|recent|"
      r"just-ended|just-completed)\s+){0,2})(?:(?P<fy>fiscal)\s+)?(?P<unit>quarter|period)(?![\w-])"
      r"|(?P<ya>year-earlier|year-ago)(?!\s+(?:quarter|period))")
def reporting_period(c: Cand, x: Ctx) -> Out | None:
    """Company reports: "the quarter", "the year-earlier period" -- the quarter being reported
    (the last quarter written, else the one before the anchor's), a year back for "year-ago"."""
    adj = (c.g.get("adj") or c.g.get("ya") or "").lower()
    if "ya" not in c.g:
        if not adj.strip() and ("the" not in c.g or c.g["unit"].lower() == "period"):
            return None  # "quarter" alone, "the period": too vague
    back = 1 if ("year-earlier" in adj or "year-ago" in adj) else 0
    ref = x.last_ref if x.last_ref is not None and x.last_ref.granularity == "quarter" else None
    if ref is not None and ref.start is not None and "current" not in adj:
        return date_out(cm.period_of("quarter", cm.shift(ref.start, "year", -back)), "another")
    if not x.known:
        return unresolved("XXXX-QX" if not back else offset_value(-back, "Y"))
    k = 0 if "current" in adj else -1
    return relate(c, x, "quarter", k - 4 * back)


@rule("the_year",
      r"the\s+(?:fiscal\s+)?(?P<unit>year|quarter|month|week)(?=\s+(?:ended|ending|through|to)\b)"
      r"|(?:(?<=\bfor\s)|(?<=\bof\s))the\s+(?:full\s+|whole\s+|entire\s+)?(?P<unit2>year|month|week)(?![\w-]|\s+(?:before|after|ago|of|in)\b)")
def the_year(c: Cand, x: Ctx) -> Out | None:
    """ "the year ended June 30" is a length (P1Y); "for the year", "of the year" the current
    one, the anchor's."""
    if "unit" in c.g:
        u = w.unit(c.g["unit"])
        return {"type": "DURATION", "value": w.duration(1, u), "start": None, "end": None, "granularity": None,
                "anchor": "absolute"}
    return relate(c, x, c.g["unit2"].lower(), 0)


@rule("unit_before", r"the\s+(?P<unit>day|night|week|month|year)\s+(?P<dir>before|after|earlier|later)"
      r"(?!\s+(?:the|a|an|his|her|their|its|this|that|last|next|\d|{MON}|{WD})\b)")
def unit_before(c: Cand, x: Ctx) -> Out | None:
    """ "the year before", "the day after": one unit from the date just written."""
    unit = c.g["unit"].lower()
    period = "day" if unit == "night" else unit
    k = -1 if c.g["dir"].lower() in ("before", "earlier") else 1
    out = relate(c, x, period, k, kind="another")
    if out and unit == "night" and out.get("granularity") == "day":
        out.update(type="TIME", value=out["value"] + "TNI", granularity="time")
    return out


@rule("the_weekend", r"(?P<lead>over\s+)?the\s+weekend")
def the_weekend(c: Cand, x: Ctx) -> Out | None:
    k = 1 if c.tense == "future" else 0 if c.tense == "present" else -1
    if x.known and x.a0 is not None and x.a0.weekday() >= 5 and k == -1:
        k = 0  # written on a Saturday or Sunday: this weekend
    return relate(c, x, "weekend", k)


@rule("relative_unit",
      r"(?:(?P<pm>{PMOD}|earlier|later)\s*)?(?:(?P<the>the)\s+)?(?P<rel>{REL}|same|that)\s+"
      r"(?P<unit>day|week|weekend|month|quarter|year|decade|century|fiscal\s+year)(?!-)"
      r"|(?P<pm2>(?:the\s+)?(?:beginning|start|middle|end|close)\s+of\s+)(?P<rel2>the)\s+(?P<unit2>week|month|quarter|year|decade|century)(?!-)")
def relative_unit(c: Cand, x: Ctx) -> Out | None:
    if "rel2" in c.g:  # "the end of the year": this year's end
        pm2 = re.sub(r"\s+", " ", c.g["pm2"].strip().lower())
        mod2 = w.point_mod(pm2 if pm2.startswith("the ") else "the " + pm2)
        return relate(c, x, c.g["unit2"].lower(), 0, mod2)
    rel = c.g["rel"].lower()
    unit = c.g["unit"].lower().replace("fiscal ", "")
    unit = re.sub(r"\s+", " ", unit)
    pm = (c.g.get("pm") or "").strip().lower()
    mod = w.point_mod(pm) if pm not in ("earlier", "later") else None
    k = 0 if rel in ("same", "that") else (w.offset(rel) or 0)
    if rel == "that" and (x.last_ref is None or unit in ("weekend", "decade", "century")):
        return None  # "that week" with nothing written before it: not resolvable
    if unit == "day" and rel in ("this", "current"):
        return None
    if unit in ("decade", "century") and rel in ("past", "last") and c.g.get("the"):
        return {"type": "DURATION", "value": "P10Y" if unit == "decade" else "P100Y", "start": None, "end": None,
                "granularity": None, "anchor": "absolute"}
    # "the previous year", "the following day": relative to the date just mentioned.
    kind = "another" if (c.g.get("the") and rel in ("previous", "following", "preceding", "prior", "next", "same")) or rel in ("same", "that") else "publication"
    if kind == "another" and x.last_ref is None:
        kind = "publication"
    out = relate(c, x, unit, k, mod, kind)
    if out and pm == "earlier" and out.get("anchor") == "publication" and x.a1 is not None and k == 0:
        out["end"] = x.a1
    return out


@rule("deictic", r"(?P<lead>(?:earlier|later)\s+)?(?:(?P<pm>early|late)\s+)?(?P<word>{DEICTIC})(?:\s+(?P<part>{PART}))?"
      r"(?!\s+{UNIT}\b)")
def deictic(c: Cand, x: Ctx) -> Out | None:
    from .lexicon import lexicon

    key = re.sub(r"\s+", " ", c.g["word"].lower())
    d = lexicon().relative.deictic[key]
    if d.ref:
        if key == "now" and c.post.startswith("-"):
            return None
        out: Out = {"type": "DATE", "value": d.ref, "start": None, "end": None, "granularity": None,
                    "anchor": "publication" if x.known else "unresolved"}
        if d.window and x.known:
            out.update(start=x.a0)
        return out
    part = w.day_part(c.g.get("part")) or d.part
    k = d.day or 0
    if not x.known:
        v = "XXXX-XX-XX" if k == 0 else offset_value(k, "D")
        return unresolved(v + (f"T{part}" if part else ""), "TIME" if part else "DATE")
    p = x.from_anchor(lambda day: cm.day(day + timedelta(days=k)))
    out2 = date_out(p, "publication")
    if out2 and part and out2["granularity"] == "day":
        out2.update(type="TIME", value=out2["value"] + "T" + part, granularity="time")
    return out2


@rule("part_of_day", r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bduring\s))the\s+(?P<part>morning|afternoon|evening)(?![\w-]|\s+of\b)")
def part_of_day(c: Cand, x: Ctx) -> Out | None:
    """ "in the morning": that part of the day last written, else of the publication day."""
    part = w.day_part(c.g["part"])
    ref = x.last_ref
    if ref is not None and ref.granularity == "day" and ref.start is not None:
        return {**date_out(ref, "another"), "type": "TIME", "value": f"{ref.value}T{part}", "granularity": "time"}
    if not x.known or not x.by_day:
        return unresolved(f"XXXX-XX-XXT{part}", "TIME")
    p = x.from_anchor(cm.day)
    assert p is not None
    return {**date_out(p, "publication"), "type": "TIME", "value": f"{p.value}T{part}", "granularity": "time"}


@rule("weekday",
      r"(?P<lead>(?:earlier|later)\s+)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|previous|early|late)\s+)?(?P<wd>{WD})"
      r"(?:\s+(?P<part>{PART}))?")
def weekday(c: Cand, x: Ctx) -> Out | None:
    wd = w.weekday_number(c.g["wd"])
    rel = re.sub(r"\s+", " ", (c.g.get("rel") or "").lower())
    part = w.day_part(c.g.get("part"))
    if not x.known:
        if part:
            return unresolved(f"XXXX-WXX-{wd + 1}T{part}", "TIME", weekday=wd)
        return unresolved(f"XXXX-WXX-{wd + 1}", weekday=wd)
    how = {"last": "last", "this past": "last", "previous": "last", "next": "next", "this coming": "future", "this": "this"}.get(rel)
    if how is None:
        how = "future" if c.tense == "future" else "past"
    out = date_out(x.weekday(wd, how), "publication", weekday=wd, weekday_ok=True, tense=c.tense if rel == "" else None)
    if out and part and out["granularity"] == "day":  # "Friday morning": TIME 2013-03-22TMO (TimeML)
        out.update(type="TIME", value=out["value"] + "T" + part, granularity="time")
    return out


@rule("season",
      r"(?P<lead>the\s+)?(?:(?P<pm>early|mid|late)[-\s]?)?(?:(?P<rel>{REL})\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR}))?")
def season(c: Cand, x: Ctx) -> Out | None:
    code, months = w.season(c.g["season"])
    mod = w.point_mod(c.g.get("pm"))
    if "year" in c.g:
        return date_out(narrow(cm.season(int(c.g["year"]), code, months), mod), "absolute", year_explicit=True, mod=mod)
    k = w.offset(c.g.get("rel"))
    if k is None and c.pre not in ("in", "into", "during", "by", "since", "until", "through", "over", "this", "last", "next", "for"):
        return None
    if not x.known:
        return unresolved(f"XXXX-{code}" if not k else offset_value(k, "Y") + f"-{code}", mod=mod)
    assert x.a0 is not None
    y = x.a0.year
    if code == "WI" and x.a0.month <= 2:
        y -= 1  # January's winter began last December
    first = date(y, months[0], 1)
    if k == -1 or (k is None and c.tense == "past"):
        if first > x.a0:
            y -= 1
    elif k == 1 or (k is None and c.tense == "future"):
        if first <= x.a0:
            y += 1
    return date_out(narrow(cm.season(y, code, months), mod), "publication", mod=mod)


_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "that", "party"}

_MONTH_PRE = {"a", "an", "the", "into", "in", "since", "until", "till", "by", "of", "from", "to", "through", "during", "early", "late", "mid",
              "last", "next", "this", "before", "after", "and", "or", "between", "on", "for", "throughout"}


@rule("month",
      r"(?P<pm>{PMOD})?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|previous)\s+)?(?P<mon>{MON})(?!\s*\d)"
      r"(?:\s+(?P<ry>last|this|next)\s+year)?")
def month(c: Cand, x: Ctx) -> Out | None:
    name = c.g["mon"]
    mon = w.month_number(name)
    rel = re.sub(r"\s+", " ", (c.g.get("rel") or "").lower())
    mod = w.point_mod(c.g.get("pm"))
    bare = not rel and not mod and "ry" not in c.g
    # "May" / "March" / "August" at the head of a clause are names or verbs more often than months.
    if bare and c.pre not in _MONTH_PRE:
        return None
    if not x.known:
        return unresolved(f"XXXX-{mon:02d}", mod=mod, tense=c.tense if bare else None)
    assert x.a0 is not None
    tense = None
    if "ry" in c.g:
        y = x.a0.year + (w.offset(c.g["ry"]) or 0)
    elif rel in ("last", "this past", "previous"):
        y = x.month_rel(mon, -1)
    elif rel in ("next", "this coming"):
        y = x.month_rel(mon, 1)
    elif rel == "this":
        y = x.a0.year
    else:
        tense = c.tense
        y = x.year_for(mon, None, tense)
    return date_out(narrow(cm.month(y, mon), mod), "publication", mod=mod, tense=tense)


# --- sets ----------------------------------------------------------------------------


@rule("set_word", r"(?P<set>{SETW}|{ADVERB})")
def set_word(c: Cand, x: Ctx) -> Out | None:
    word = c.g["set"]
    if c.pre in _DETERMINERS and " " not in word:
        return None  # "its quarterly dividend", "the daily Granma": an adjective
    if word[:1].isupper() and c.pre and not c.pre.endswith((".", "!", "?")):
        return None  # "The Korea Defense Daily": part of a name
    try:
        value = w.set_value(word)
    except KeyError:
        u = w.adverb_unit(word)
        if u is None:
            return None
        value = w.duration(1, u)
    return {"type": "SET", "value": value, "start": None, "end": None, "granularity": None, "anchor": "absolute"}


@rule("set_every",
      r"(?P<every>every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{NUM})\s+)?(?P<what>{UNIT}|{WD}|{PART}|{SEASON})"
      r"|(?P<freq>once|twice|thrice|(?:{NUM})\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit2>{UNIT})"
      r"|(?<=\b[Oo]n\s)(?P<wds>{WDS})")
def set_every(c: Cand, x: Ctx) -> Out | None:
    out: Out = {"type": "SET", "start": None, "end": None, "granularity": None, "anchor": "absolute"}
    if "wds" in c.g:
        return {**out, "value": f"XXXX-WXX-{w.weekday_number(c.g['wds']) + 1}"}
    what = c.g.get("what") or c.g["unit2"]
    try:
        u = w.unit(what)
    except KeyError:
        u = None
    if u is None:
        try:
            return {**out, "value": f"XXXX-WXX-{w.weekday_number(what) + 1}"}
        except KeyError:
            pass
        part = w.day_part(what)
        if part:
            return {**out, "value": f"XXXX-XX-XXT{part}"}
        code, _ = w.season(what)
        return {**out, "value": f"XXXX-{code}"}
    n = w.count(c.g["num"]) if "num" in c.g else 1
    if "other" in c.g and n is not None:
        n *= 2
    return {**out, "value": w.duration(n, u)}


# --- years and durations (last: the most general forms) ------------------------------


@rule("year", r"(?P<year>{YEAR})")
def year(c: Cand, x: Ctx) -> Out | None:
    y = int(c.g["year"])
    if c.pre in ("no", "no.", "number", "page", "route", "flight", "room", "model", "item", "article", "resolution"):
        return None
    mod = {"since": "ON_OR_AFTER", "after": "AFTER", "before": "BEFORE", "until": "ON_OR_BEFORE", "by": "ON_OR_BEFORE"}.get(c.pre)
    if c.post[:1].isalpha() and c.post.split()[0].lower().rstrip(".,") in ("people", "troops", "soldiers", "times", "votes", "units", "members", "feet", "meters", "metres", "miles", "km", "kilometers", "tons", "cases", "deaths"):
        return None
    return date_out(cm.year(y), "absolute", year_explicit=True, mod=mod)


@rule("duration",
      r"(?:(?P<lead>(?P<qa>{QAPPROX})\s+)|(?P<qm>{QCMP})\s+)?(?:(?P<the>the)\s+(?!{NUM}-))?(?:(?P<more>another|more|additional|an\s+additional)\s+)?(?P<num>{NUM})"
      r"(?:\s+(?:more|additional|full|straight|consecutive|long))?(?:(?P<half>\s+and\s+a\s+half\s+)|(?P<sep>[-\s]+))(?P<unit>{UNIT})(?P<hyph>-(?:long|old))?(?P<andhalf>\s+and\s+a\s+half)?")
def duration(c: Cand, x: Ctx) -> Out | None:
    u = w.unit(c.g["unit"])
    num = c.g["num"].lower()
    n = w.count(num)
    if u.names[0] == "second" and c.g["unit"].lower() == "second" and "-" not in c.g.get("sep", ""):
        return None  # "a second term", "the 1988 second quarter": an ordinal, not a unit
    if u.names[0] == "minute" and num in ("a", "an"):
        return None  # "a second term", "a minute's silence" reads as a count too often
    if u.names[0] in ("night",) and num in ("a", "an"):
        return None
    if re.fullmatch(r"1\d{3}|20\d\d", num) and "-" not in c.g.get("sep", ""):
        return None  # "the 1988 quarter": a year, not a count
    if num in ("a", "an") and re.search(r"(?:\d|cents?|dollars?|percent|%)$", c.pre):
        return None  # "$1.76 a year": a rate
    if u.names[0] == "quarter" and re.match(r"\s+of\b", c.post):
        return None  # "three-quarters of the vote": a fraction
    if c.g.get("hyph", "").lower() == "-old" or re.match(r"\s*old\b", c.post):
        return None  # an age: "a 6-year-old", "52 years old"
    if n is not None and ("half" in c.g or "andhalf" in c.g):
        n += 0.5
    # "about three years": TimeML leaves "about" outside the extent but keeps mod APPROX.
    return {"type": "DURATION", "value": w.duration(n, u), "start": None, "end": None, "granularity": None,
            "anchor": "absolute", "mod": w.quantity_mod(c.g.get("qa") or c.g.get("qm"))}


@rule("vague_plural",
      r"(?:(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bover\s)|(?<=\bin\s))(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)"
      r"(?!\s+(?:of|to|ago|earlier|later|before|after)\b)"
      r"|(?P<unit2>years|months|weeks|days|decades|hours|minutes)(?=\s+(?:ago|later|earlier)\b)")
def vague_plural(c: Cand, x: Ctx) -> Out | None:
    """ "for years", "within weeks", "months ago": an unknown count of a unit."""
    return {"type": "DURATION", "value": w.duration(None, w.unit(c.g.get("unit") or c.g["unit2"])), "start": None, "end": None,
            "granularity": None, "anchor": "absolute"}
