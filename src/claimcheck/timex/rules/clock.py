"""Clock times: "10:35 a.m.", "5.25 a.m.", "noon Thursday", "14:00 GMT", "17.57 local time"."""

from __future__ import annotations

from .. import calmath as cm
from .. import words as w
from ..calmath import Period
from ..context import Ctx
from .base import Cand, Out, date_out, month_day, rule, unresolved


@rule("clock_time",
      r"(?P<lead>(?:at\s+)?(?:(?P<qm>about|around|approximately)\s+)?)(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*"
      r"(?P<ap>[ap]\.m\.?|[ap]m\b)(?:\s+(?P<tz>(?-i:[A-Z]{1,4}T|GMT|UTC)|local\s+time))?"
      r"(?:,?\s+(?:on\s+)?(?P<wd>{WD})|,?\s+(?:on\s+)?(?P<mon>{MON})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?)?"
      r"|(?P<h24>[01]?\d|2[0-3])[:.]?(?P<m24>[0-5]\d)\s*(?:hours\s+)?(?P<tz24>(?-i:GMT|UTC|BST|CET|CEST|[A-Z]{1,3}T)|local\s+time)"
      r"(?:,?\s+(?:on\s+)?(?P<wd3>{WD})|,?\s+(?:on\s+)?(?P<mon3>{MON})\s+(?P<day3>{DAY})(?:,?\s+(?P<year3>{YEAR}))?)?"
      r"|(?P<noon>noon|midnight|midday)(?:,?\s+(?:on\s+)?(?P<wd2>{WD}))?"
      r"|(?<=\bat\s)(?P<h3>1[0-2]|0?[1-9])(?:\s+o'clock)?\s+(?:in\s+the\s+(?P<part3>morning|afternoon|evening)|at\s+(?P<night>night))")
def clock_time(c: Cand, x: Ctx) -> Out | None:
    if "noon" in c.g:
        hh, mi = (24, 0) if c.g["noon"].lower() == "midnight" else (12, 0)
    elif "h3" in c.g:  # "at 4 in the morning", "at 9 at night"
        h3 = int(c.g["h3"]) % 12
        hh, mi = (h3 if c.g.get("part3", "").lower() == "morning" else h3 + 12), 0
    elif "h24" in c.g:
        hh, mi = int(c.g["h24"]), int(c.g["m24"])
    else:
        hh = int(c.g["h"]) % 12 + (12 if c.g["ap"].lower().startswith("p") else 0)
        mi = int(c.g.get("mi") or 0)
    wd = c.g.get("wd") or c.g.get("wd2") or c.g.get("wd3")  # "17.57 local time on Tuesday": the 24-hour form too
    if "mon" in c.g or "mon3" in c.g:
        mon, dd = (c.g["mon"], c.g["day"]) if "mon" in c.g else (c.g["mon3"], c.g["day3"])
        md = month_day(c, x, w.month_number(mon), w.ordinal(dd) or 0, c.g.get("year") or c.g.get("year3"))
        day = Period(md["value"], md["start"], md["end"], md["granularity"]) if md and md.get("start") else None
    elif wd:
        day = x.weekday(w.weekday_number(wd), "future" if c.tense == "future" else "past") if x.known else None
    elif x.last_day is not None:
        # "The blast came on Friday ... at 10:35 a.m.": the last day written, also with a part of
        # it ("came off the rails on Monday morning ... shortly before 8am") or before a week
        # ("said last evening ... Last week ... detained shortly after 6pm")
        day = x.last_day
    else:
        day = x.from_anchor(cm.day) if x.known else None
    clock = f"T{hh:02d}:{mi:02d}"
    mod = w.quantity_mod(c.g.get("qm"))
    if day is None or day.granularity != "day":
        return unresolved("XXXX-XX-XX" + clock, "TIME", mod=mod)
    # "16:10 JST, January 2, 2025": a year written is the time's own, whatever the anchor
    written = bool(c.g.get("year") or c.g.get("year3"))
    return {**date_out(day, "absolute" if written else "publication", year_explicit=written), "type": "TIME",
            "value": day.value + clock, "granularity": "time", "mod": mod}
