"""Expressions relative to the anchor or to the date just written: "a year ago", "last week", weekdays, seasons, bare months."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import calmath as cm
from .. import words as w
from ..context import Ctx, narrow
from ..lexicon import lexicon
from .base import Cand, Out, UNIT_CODE, date_out, month_day, offset_value, relate, rule, unresolved, year_of


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
    if period == "year" and steps == 1 and sign < 0 and q is not None and q.start is not None:
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
      r"(?:(?P<the>the)\s+)?(?P<rel>past|last|next|coming|previous|following|first|final|recent|latest|preceding)"
      r"\s+(?P<num>{NUM})\s+(?P<unit>{UNIT})")
def past_n_units(c: Cand, x: Ctx) -> Out | None:
    u = w.unit(c.g["unit"])
    n = w.count(c.g["num"])
    if n is not None and n == 1 and c.g["num"].lower() in ("a", "an"):
        return None
    return {"type": "DURATION", "value": w.duration(n, u), "start": None, "end": None, "granularity": None,
            "anchor": "absolute"}


@rule("reporting_period",
      r"(?P<the>the\s+)?(?P<adj>(?:(?:latest|comparable|corresponding|same|year-earlier|year-ago|previous|prior|current|recent|"
      r"just-ended|just-completed)\s+){0,2})(?:(?P<fy>fiscal)\s+)?(?P<unit>quarter|period)(?![\w-])"
      r"(?:\s+(?P<back>a\s+year\s+(?:ago|earlier)|(?:of\s+|in\s+)?last\s+year)(?!['’\w-])"
      r"|(?=\s+ended\s+(?P<qe_mon>{MON})\s+(?P<qe_day>{DAY})\b))?"
      r"|(?P<lys>last\s+year['’]s)\s+(?:fiscal\s+)?(?P<unit3>quarter|period)(?![\w-])"
      r"|(?P<ya>year-earlier|year-ago)(?!\s+(?:quarter|period))")
def reporting_period(c: Cand, x: Ctx) -> Out | None:
    """Company reports: "the quarter", "the year-earlier period" -- the quarter being reported
    (the last quarter written, else the one before the anchor's), a year back for "year-ago",
    "the quarter a year ago", "the corresponding period last year", "last year's quarter"."""
    adj = (c.g.get("adj") or c.g.get("ya") or "").lower()
    if "ya" not in c.g and "lys" not in c.g and "back" not in c.g:
        if not adj.strip() and ("the" not in c.g or c.g["unit"].lower() == "period"):
            return None  # "quarter" alone, "the period": too vague
    back = 1 if ("year-earlier" in adj or "year-ago" in adj or "lys" in c.g or "back" in c.g) else 0
    if "qe_mon" in c.g and not back and x.last_quarter is None and (c.g.get("unit") or "").lower() == "quarter":
        return _quarter_ended(c, x)
    if (c.g.get("unit") or c.g.get("unit3") or "").lower() == "period" and ("back" in c.g or "lys" in c.g) \
            and x.prev_type == "DURATION":
        # "the same period last year" after "the first nine months": last year, not a quarter
        return relate(c, x, "year", -1)
    ref = x.last_quarter
    if ref is not None and ref.start is not None and "current" not in adj:
        return date_out(cm.period_of("quarter", cm.shift(ref.start, "year", -back)), "another")
    if not x.known:
        return unresolved("XXXX-QX" if not back else offset_value(-back, "Y"))
    k = 0 if "current" in adj else -1
    out = relate(c, x, "quarter", k - 4 * back)
    if out is not None and back:
        out["ref"] = False  # "the year-ago quarter": not the quarter later ones are reported against
    return out


def _quarter_ended(c: Cand, x: Ctx) -> Out | None:
    """ "the quarter ended July 31": the three months up to that day, named by the calendar
    quarter of their middle month (May-July: Q2), when the text has named no quarter yet (a
    fiscal "first quarter ended Sept. 29" keeps its own name). It is the reported quarter."""
    mon, day = w.month_number(c.g["qe_mon"]), w.ordinal(c.g["qe_day"]) or 0
    end = month_day(c, x, mon, day, None)
    if end is None or end.get("start") is None:
        return unresolved(f"XXXX-Q{(mon - 2) % 12 // 3 + 1}")
    y, m = cm.add_months(end["start"].year, mon, -1)
    return date_out(cm.quarter(y, (m - 1) // 3 + 1), end["anchor"])


@rule("latest_fiscal_year", r"the\s+(?:latest|just-ended|just-completed|most\s+recent)\s+fiscal\s+year(?![\w-])")
def latest_fiscal_year(c: Cand, x: Ctx) -> Out | None:
    """ "the latest fiscal year": the last one closed, as "the latest quarter"."""
    return relate(c, x, "year", -1)


@rule("the_year",
      r"the\s+(?:fiscal\s+)?(?P<unit>year|quarter|month|week)(?=\s+(?:ended|ending|through|to)\b)"
      r"|(?:(?<=\bfor\s)|(?<=\bof\s)|(?<=\bthroughout\s))the\s+(?:full\s+|whole\s+|entire\s+)?(?:fiscal\s+)?(?P<unit2>year|month|week)"
      r"(?![\w-]|\s+(?:before|after|ago|of|in)\b)")
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


@rule("unit_before_event", r"the\s+(?P<unit>day|week|month|year)(?=\s+(?P<dir>before|after)\s+(?:the|a|an|his|her|their|its)\s+\w)")
def unit_before_event(c: Cand, x: Ctx) -> Out | None:
    """ "the day after his death": one unit from the date written last (the event's, most
    often); the extent is "the day", as TimeML marks it. Nothing without such a date."""
    ref = x.last_ref
    if ref is None or ref.start is None:
        return None
    unit = c.g["unit"].lower()
    if not _finer_or_equal(unit, ref.granularity):
        return None
    k = -1 if c.g["dir"].lower() == "before" else 1
    return relate(c, x, unit, k, kind="another")


@rule("ordinal_day",
      r"(?:(?P<the>the)\s+|(?<=\b(?:its|his|her|our)\s)|(?<=\btheir\s))(?P<ord>{ORDW}|[1-9]\d?(?:st|nd|rd|th))"
      r"(?:\s+(?:straight|consecutive|successive|full))?\s+day(?![\w-])")
def ordinal_day(c: Cand, x: Ctx) -> Out | None:
    """ "It is the second day of the offensive": the publication day when the clause is in
    the present; otherwise a day the text does not fix (XXXX-XX-XX)."""
    if c.tense == "present" and x.known and x.by_day:
        p = x.from_anchor(cm.day)
        return date_out(p, "publication")
    return unresolved("XXXX-XX-XX")


@rule("the_weekend", r"(?P<lead>over\s+)?the\s+weekend")
def the_weekend(c: Cand, x: Ctx) -> Out | None:
    k = 1 if c.tense == "future" else 0 if c.tense == "present" else -1
    if x.known and x.a0 is not None and x.a0.weekday() >= 5 and k == -1:
        k = 0  # written on a Saturday or Sunday: this weekend
    return relate(c, x, "weekend", k)


@rule("relative_unit",
      r"(?:(?P<pm>{PMOD}|earlier|later)\s*)?(?:(?P<the>the)\s+)?(?P<rel>{REL}|(?:that\s+|this\s+)?same|that)\s+"
      r"(?P<unit>day|week|weekend|month|quarter|year|decade|century|fiscal\s+year)(?!-)"
      r"|(?P<pm2>(?:the\s+)?(?:beginning|start|middle|end|close)\s+of\s+)(?P<rel2>the)\s+(?P<unit2>week|month|quarter|year|decade|century)(?!-)")
def relative_unit(c: Cand, x: Ctx) -> Out | None:
    if "rel2" in c.g:  # "the end of the year": this year's end
        pm2 = re.sub(r"\s+", " ", c.g["pm2"].strip().lower())
        mod2 = w.point_mod(pm2 if pm2.startswith("the ") else "the " + pm2)
        return relate(c, x, c.g["unit2"].lower(), 0, mod2)
    rel = re.sub(r"^(?:that|this)\s+(?=same)", "", c.g["rel"].lower())  # "that same day": "same day"
    unit = re.sub(r"\s+", " ", c.g["unit"].lower()).replace("fiscal ", "")
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


_MODAL_WORDS = {"will", "would", "shall", "can", "could", "may", "might", "must", "should", "to", "'ll"}


@rule("soon", r"soon(?![\w'’-])")
def soon(c: Cand, x: Ctx) -> Out | None:
    """ "will be activated soon": FUTURE_REF from the publication date. In a past clause
    ("he was soon released") it only orders events in the story; "as soon as the threats
    end" and "soon after the attack" are connectives."""
    if (c.tense == "past" and c.pre not in _MODAL_WORDS) or re.match(r"\s+(?:as|after|before|afterwards?|thereafter)\b", c.post, re.IGNORECASE):
        return None
    out: Out = {"type": "DATE", "value": "FUTURE_REF", "start": None, "end": None, "granularity": None,
                "anchor": "publication" if x.known else "unresolved"}
    if x.known:
        out.update(start=x.a0)
    return out


@rule("deictic", r"(?P<lead>(?:earlier|later)\s+)?(?:(?P<pm>early|late)\s+)?(?P<word>{DEICTIC})(?:\s+(?P<part>{PART}))?"
      r"(?!\s+{UNIT}\b)")
def deictic(c: Cand, x: Ctx) -> Out | None:
    key = re.sub(r"\s+", " ", c.g["word"].lower())
    d = lexicon().relative.deictic[key]
    if d.ref:
        if key == "now" and c.post.startswith("-"):
            return None
        if key == "soon" and (re.match(r"\s+(?:as|after|before|afterwards?|thereafter)\b", c.post, re.IGNORECASE)):
            return None  # "as soon as the threats end", "soon after the attack": a connective
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


@rule("part_of_day",
      r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bduring\s))the\s+(?P<part>morning|afternoon|evening)(?![\w-]|\s+of\b)"
      r"|(?P<pm>early|mid|late)[-\s]?(?P<part2>morning|afternoon|evening)(?![\w-]|\s+of\b)"
      r"(?:\s+(?P<dword>yesterday|today|tomorrow))?"
      r"|the\s+(?P<rel>next|following|previous)\s+(?P<part3>morning|afternoon|evening|night)(?![\w-])")
def part_of_day(c: Cand, x: Ctx) -> Out | None:
    """ "in the morning", "by mid-afternoon": that part of the day last written, else of the
    publication day; "mid-afternoon yesterday" of that day; "the next morning" of the day
    after the one last written."""
    part = w.day_part(c.g.get("part") or c.g.get("part2") or c.g["part3"])
    mod = w.point_mod(c.g.get("pm"))
    k = {"next": 1, "following": 1, "previous": -1}.get((c.g.get("rel") or "").lower(), 0)
    if "dword" in c.g:
        k = {"yesterday": -1, "today": 0, "tomorrow": 1}[c.g["dword"].lower()]
    ref = x.last_ref
    if "dword" not in c.g and ref is not None and ref.granularity == "day" and ref.start is not None:
        d = cm.day(ref.start + timedelta(days=k))
        return {**date_out(d, "another"), "type": "TIME", "value": f"{d.value}T{part}", "granularity": "time", "mod": mod}
    if not x.known or not x.by_day:
        return unresolved((offset_value(k, "D") if k else "XXXX-XX-XX") + f"T{part}", "TIME", mod=mod)
    p = x.from_anchor(lambda day: cm.day(day + timedelta(days=k)))
    assert p is not None
    return {**date_out(p, "publication"), "type": "TIME", "value": f"{p.value}T{part}", "granularity": "time", "mod": mod}


_POSSESSIVE = re.compile(r"['’]s\b")
_POSSESSIVE_AHEAD = re.compile(r"['’]s\s+(?:scheduled|planned|expected|upcoming|proposed|planned|coming)\b", re.IGNORECASE)


@rule("weekday",
      r"(?P<lead>(?:earlier|later|early|late)\s+)?(?:(?P<the>the\s+)?(?P<rel>last|next|this|this\s+past|this\s+coming|previous|following)\s+)?(?P<wd>{WD})"
      r"(?:\s+(?P<part>{PART}))?")
def weekday(c: Cand, x: Ctx) -> Out | None:
    wd = w.weekday_number(c.g["wd"])
    rel = re.sub(r"\s+", " ", (c.g.get("rel") or "").lower())
    part = w.day_part(c.g.get("part"))
    if not x.known:
        if part:
            return unresolved(f"XXXX-WXX-{wd + 1}T{part}", "TIME", weekday=wd)
        return unresolved(f"XXXX-WXX-{wd + 1}", weekday=wd)
    ref = x.last_ref
    if "the" in c.g and rel in ("previous", "following") and ref is not None and ref.granularity == "day" and ref.start:
        # "down 4.5% from the previous Friday": the one before the day just written
        step = -1 if rel == "previous" else 1
        d = ref.start + timedelta(days=step)
        while d.weekday() != wd:
            d += timedelta(days=step)
        return date_out(cm.day(d), "another", weekday=wd, weekday_ok=True)
    how = {"last": "last", "this past": "last", "previous": "last", "following": "next", "next": "next",
           "this coming": "future", "this": "this"}.get(rel)
    if how is None and _POSSESSIVE.match(c.post):
        # "Wednesday's ruling": news names an event by its day once it has happened, unless
        # it says it is still ahead ("Friday's scheduled vote")
        how = "future" if _POSSESSIVE_AHEAD.match(c.post) else "past"
    if how is None:
        how = "future" if c.tense == "future" else "past"
    out = date_out(x.weekday(wd, how), "publication", weekday=wd, weekday_ok=True, tense=c.tense if rel == "" else None)
    if out and part and out["granularity"] == "day":  # "Friday morning": TIME 2013-03-22TMO (TimeML)
        out.update(type="TIME", value=out["value"] + "T" + part, granularity="time")
    return out


@rule("season",
      r"(?:the\s+(?=(?:(?:early|mid|late)[-\s]?)?{SEASON}\s+(?:of\s+)?(?:{YEAR}|{WYEAR}|(?:last|this|next)\s+year\b))|(?P<lead>the\s+))?"
      r"(?:(?P<pm>early|mid|late)[-\s]?)?(?:(?P<rel>{REL})\s+)?(?P<season>{SEASON})"
      r"(?:\s+(?:of\s+)?(?:(?P<year>{YEAR}|{WYEAR})|(?P<ry>last|this|next)\s+year\b))?")
def season(c: Cand, x: Ctx) -> Out | None:
    code, months = w.season(c.g["season"])
    mod = w.point_mod(c.g.get("pm"))
    if "year" in c.g:
        return date_out(narrow(cm.season(year_of(c.g["year"]), code, months), mod), "absolute", year_explicit=True, mod=mod)
    if "ry" in c.g:  # "the spring of last year"
        k_y = w.offset(c.g["ry"]) or 0
        if not x.known:
            return unresolved((offset_value(k_y, "Y") if k_y else "XXXX") + f"-{code}", mod=mod)
        assert x.a0 is not None
        return date_out(narrow(cm.season(x.a0.year + k_y, code, months), mod), "publication", mod=mod)
    k = w.offset(c.g.get("rel"))
    if k is None and c.pre not in ("in", "into", "during", "by", "since", "until", "through", "over", "this", "last", "next", "for",
                                   "of", "from", "throughout", "after", "before"):
        return None
    if not x.known:
        return unresolved(f"XXXX-{code}" if not k else offset_value(k, "Y") + f"-{code}", mod=mod)
    assert x.a0 is not None
    y = x.a0.year
    if code == "WI" and x.a0.month <= 2:
        y -= 1  # January's winter began last December
    first = date(y, months[0], 1)
    if k == -1:
        this_one = cm.season(y, code, months)
        if this_one.end is not None and this_one.end >= x.a0:
            y -= 1  # not over yet ("last spring" written in April): the one a year before
    elif k is None and c.tense == "past":
        if first > x.a0:
            y -= 1
    elif k == 1 or (k is None and c.tense == "future"):
        if first <= x.a0:
            y += 1
    return date_out(narrow(cm.season(y, code, months), mod), "publication", mod=mod)


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
