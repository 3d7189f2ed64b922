"""Windows and deadlines from the publication date: "within this year", "by the end of 2024", "later this year"."""

from __future__ import annotations

from datetime import date

from .. import calmath as cm
from .. import words as w
from ..context import Ctx, narrow
from .base import Cand, Out, UNDERSPEC, UNIT_CODE, date_out, offset_value, relate, rule, unresolved


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


@rule("later_this", r"(?:(?P<lead>(?P<lt2>later|earlier)\s+in\s+)|(?P<lt>later|earlier)\s+)(?P<this>this|that|the)\s+(?P<unit>year|month|week|day|morning|afternoon|evening)")
def later_this(c: Cand, x: Ctx) -> Out | None:
    unit = c.g["unit"].lower()
    later = (c.g.get("lt") or c.g["lt2"]).lower() == "later"
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


@rule("year_end",
      r"(?:(?P<w>by|before|until|till)\s+)?(?:the\s+)?(?P<ye>year(?:-|\s+)end|year's\s+end)(?![\w-])(?:,?\s+(?P<year>{YEAR}))?")
def year_end(c: Cand, x: Ctx) -> Out | None:
    """ "by year-end" is "by the end of the year" (a window from the publication date);
    "since year-end" the last one passed; "year-end" alone this year's end."""
    if "year" in c.g:
        return date_out(narrow(cm.year(int(c.g["year"])), "END"), "absolute", year_explicit=True, mod="END")
    if "w" in c.g:
        if not x.known:
            return unresolved("REF/XXXX", mod="ON_OR_BEFORE")
        assert x.a1 is not None
        return window(x, date(x.a1.year, 12, 31))
    if c.pre in ("since", "from", "after"):
        if not x.known:
            return unresolved(offset_value(-1, "Y") + "-12-31")
        assert x.a0 is not None
        return date_out(cm.day(date(x.a0.year - 1, 12, 31)), "publication")
    return relate(c, x, "year", 0, "END")
