"""The most general forms, tried last: bare years and durations."""

from __future__ import annotations

import re

from .. import calmath as cm
from .. import words as w
from ..context import Ctx
from .base import Cand, Out, date_out, rule


@rule("year", r"(?P<year>{YEAR})")
def year(c: Cand, x: Ctx) -> Out | None:
    y = int(c.g["year"])
    if c.pre in ("no", "no.", "number", "page", "route", "flight", "room", "model", "item", "article", "resolution"):
        return None
    mod = {"since": "ON_OR_AFTER", "after": "AFTER", "before": "BEFORE", "until": "ON_OR_BEFORE", "by": "ON_OR_BEFORE"}.get(c.pre)
    if c.post[:1].isalpha() and c.post.split()[0].lower().rstrip(".,") in ("people", "troops", "soldiers", "times", "votes", "units", "members", "feet", "meters", "metres", "miles", "km", "kilometers", "tons", "cases", "deaths"):
        return None
    return date_out(cm.year(y), "absolute", year_explicit=True, mod=mod)


# A plural noun before "a week" makes it a rate ("700 seats a week"); these -s words are not nouns.
_PLURAL_NOUN = re.compile(r"(?!(?:this|was|has|is|its|his|hers|ours|yours|theirs|as|us|yes|less|unless|across|perhaps|always|"
                          r"sometimes|besides|towards|afterwards|whereas|thus|plus|news|series|species|means|was)$)[a-z]{3,}s")


@rule("duration",
      r"(?:(?P<lead>(?P<qa>{QAPPROX})\s+|over\s+(?!an?\s))|(?P<qm>{QCMP}|over(?=\s+an?\s))\s+)?(?:(?P<the>the)\s+(?!{NUM}-))?(?:(?P<more>another|more|additional|an\s+additional)\s+)?(?!an?\s+\w+-long\b)(?P<num>{NUM})"
      r"(?:\s+(?:more|additional|full|straight|consecutive|long))?(?:(?P<half>\s+and\s+a\s+half\s+)|(?P<sep>[-\s]+))(?P<unit>{UNIT})(?!-end\b)(?P<hyph>-(?:long|old))?(?P<andhalf>\s+and\s+a\s+half)?")
def duration(c: Cand, x: Ctx) -> Out | None:
    u = w.unit(c.g["unit"])
    num = c.g["num"].lower()
    n = w.count(num)
    if u.names[0] == "second" and c.g["unit"].lower() == "second" and "-" not in c.g.get("sep", ""):
        return None  # "a second term", "the 1988 second quarter": an ordinal, not a unit
    if u.names[0] == "minute" and num in ("a", "an") and "andhalf" not in c.g:
        return None  # "a second term", "a minute's silence" reads as a count too often
    if u.names[0] in ("night",) and num in ("a", "an"):
        return None
    if re.fullmatch(r"1\d{3}|20\d\d", num) and "-" not in c.g.get("sep", ""):
        return None  # "the 1988 quarter": a year, not a count
    if num in ("a", "an") and (re.search(r"(?:\d|cents?|dollars?|percent|%|million|billion|thousand|hundred|dozen)$", c.pre)
                               or _PLURAL_NOUN.fullmatch(c.pre)):
        return None  # "$1.76 a year", "four flights a week", "24 hours a day": a rate
    if u.names[0] == "quarter" and n is not None and re.match(r"\s+of\b", c.post):
        return None  # "three-quarters of the vote": a fraction ("several quarters of losses" is not)
    if c.g.get("hyph", "").lower() == "-old" or re.match(r"\s*old\b", c.post):
        return None  # an age: "a 6-year-old", "52 years old"
    if n is not None and ("half" in c.g or "andhalf" in c.g):
        n += 0.5
    # "about three years": TimeML leaves "about" outside the extent but keeps mod APPROX.
    return {"type": "DURATION", "value": w.duration(n, u), "start": None, "end": None, "granularity": None,
            "anchor": "absolute", "mod": "MORE_THAN" if (c.g.get("qm") or "").lower() == "over" else w.quantity_mod(c.g.get("qa") or c.g.get("qm"))}


@rule("vague_plural",
      r"(?:(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bover\s)|(?<=\bin\s))(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)"
      r"(?!\s+(?:of|to|ago|earlier|later|before|after)\b)"
      r"|(?P<unit2>years|months|weeks|days|decades|hours|minutes)\s+(?P<dir>ago|later|earlier)\b")
def vague_plural(c: Cand, x: Ctx) -> Out | None:
    """ "for years", "within weeks": an unknown count of a unit; "months ago", "weeks later" a
    vague point before or after (as "several weeks ago"), "minutes later" a length."""
    u = w.unit(c.g.get("unit") or c.g["unit2"])
    if "dir" in c.g and u.names[0] in w.PERIOD_OF_UNIT:
        return {"type": "DATE", "value": "FUTURE_REF" if c.g["dir"].lower() == "later" else "PAST_REF", "start": None,
                "end": None, "granularity": None, "anchor": "publication" if x.known else "unresolved"}
    return {"type": "DURATION", "value": w.duration(None, u), "start": None, "end": None,
            "granularity": None, "anchor": "absolute"}


@rule("the_plural_span",
      r"(?:(?<=\bover\s)|(?<=\bthrough\s)|(?<=\bacross\s)|(?<=\bin\s))the\s+(?P<unit>years|decades|centuries|months|weeks|days)"
      r"(?:\s+(?:ahead|to\s+come))?(?![\w-])")
def the_plural_span(c: Cand, x: Ctx) -> Out | None:
    """ "over the years", "in the weeks ahead": a span of an unknown number of units."""
    return {"type": "DURATION", "value": w.duration(None, w.unit(c.g["unit"])), "start": None, "end": None,
            "granularity": None, "anchor": "absolute"}


@rule("vague_span",
      r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bwithin\s)|(?<=\bafter\s))(?:a\s+while|(?:quite\s+)?some\s+time"
      r"|a\s+(?:(?:fairly|very|relatively)\s+)?(?:long|lengthy|short|brief)\s+(?:time|period|while))(?![\w-])")
def vague_span(c: Cand, x: Ctx) -> Out | None:
    """ "for a while", "for some time", "for a fairly lengthy period": a length nobody counted."""
    return {"type": "DURATION", "value": "PXX", "start": None, "end": None, "granularity": None, "anchor": "absolute"}


@rule("unit_long", r"(?P<unit>{UNIT})-?long(?![\w-])")
def unit_long(c: Cand, x: Ctx) -> Out | None:
    """ "a day-long meeting", "weeklong talks", "the decades-long embargo": one unit, or an
    uncounted number of them when plural."""
    word = c.g["unit"].lower()
    u = w.unit(word)
    plural = word != u.names[0] and word in {(u.plural or n + "s") for n in u.names}
    return {"type": "DURATION", "value": w.duration(None if plural else 1, u), "start": None, "end": None,
            "granularity": None, "anchor": "absolute"}
