"""Regex fragments built from the word tables (months, weekdays, numbers, units ...).

Rule patterns in :mod:`claimcheck.timex.rules` name these as ``{MON}``, ``{WD}`` etc.
Month and weekday names are matched case-sensitively inside an otherwise
case-insensitive pattern, so "may" (verb) and "march" (verb) never start a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..words import alternation
from .lexicon import lexicon


def alt(words: Iterable[str]) -> str:
    """An alternation of literal phrases in a group, longest first, any whitespace between words."""
    return f"(?:{alternation(words, any_space=True)})"


def _names(name: str) -> list[str]:
    """Variants of a calendar name: "Jan." also as "Jan" before a digit; full names in capitals."""
    if name.endswith("."):
        stem = re.escape(name[:-1])
        return [rf"{stem}\.", rf"{stem}(?=\s*\d)", re.escape(name[:-1].upper()) + r"\.?(?=\s*\d)"]
    return [re.escape(name), re.escape(name.upper())]


def _case_sensitive(variants: list[str]) -> str:
    uniq = sorted(set(variants), key=lambda w: (-len(w), w))
    return "(?-i:" + "|".join(uniq) + ")"


@cache
def fragments() -> dict[str, str]:
    lx = lexicon()
    cal, num, units, mods, rel = lx.calendar, lx.numbers, lx.units, lx.modifiers, lx.relative
    months = [v for m in cal.months for n in m.names for v in _names(n)]
    weekdays = [v for w in cal.weekdays for n in w.names for v in _names(n)]
    ones = [w for w, v in num.cardinals.items() if 1 <= v <= 9 and " " not in w and w not in ("a", "an")]
    tens = [w for w, v in num.cardinals.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)]
    compound = f"(?:{alt(tens)}(?:[-\\s]{alt(ones)})?)"
    teens = [w for w, v in num.cardinals.items() if 10 <= v <= 19 and w.endswith(("teen", "ten", "eleven", "twelve"))]
    two_digits = f"(?:{compound}|{alt(teens)})"
    word_year = (f"(?:{alt(num.year_centuries)}\\s+(?:{two_digits}|oh[-\\s]{alt(ones)})"
                 f"|{alt(num.year_thousands)}(?:\\s+(?:and\\s+)?(?:{two_digits}|{alt(ones)}))?)")
    unit_words: list[str] = []
    for u in units.units:
        for n in u.names:
            unit_words += [n, u.plural or n + "s"]
    return {
        "MON": _case_sensitive(months),
        "WD": _case_sensitive(weekdays),
        "WDS": _case_sensitive([re.escape(w.names[0]) + "s" for w in cal.weekdays]),
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        "ORD_DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?!\w)",
        "YEAR": r"(?:1[0-9]\d\d|20\d\d)(?![\d,]\d|\s*%)",
        "WYEAR": word_year + r"(?![\w-])",
        "DECW": alt(num.decade_words),
        "ORDW": alt(w for w, v in num.ordinals.items() if v >= 1),
        "CENTW": alt(num.year_centuries),
        "NUM": "(?:" + "|".join([
            r"\d{1,3}(?:,\d{3})+", r"\d+(?:\.\d+)?(?:\s+1/2)?", compound,
            alt(w for w in num.cardinals if w not in tens), alt(num.vague),
        ]) + ")",
        "UNIT": alt(unit_words),
        "VAGUE": alt(num.vague),
        "QMOD": alt(mods.quantity),
        "QAPPROX": alt(k for k, v in mods.quantity.items() if v == "APPROX"),
        "QCMP": alt(k for k, v in mods.quantity.items() if v != "APPROX"),
        "PMOD": "(?:" + alt(k for k in mods.point if " " in k) + r"\s+|(?:early|mid|late)(?:\s+|-))",
        "REL": alt(rel.offsets),
        "SEASON": alt(n for s in cal.seasons for n in s.names),
        "PART": alt(n for p in cal.day_parts for n in p.names),
        "HOL": "(?-i:" + alt(n for h in cal.holidays for n in h.names) + ")",
        "SETW": alt(units.sets),
        "ADVERB": alt(u.adverb for u in units.units if u.adverb),
        "DEICTIC": alt(rel.deictic),
    }


TOKEN = re.compile(r"\{([A-Z_]+)\}")


def expand(pattern: str) -> str:
    frags = fragments()
    return TOKEN.sub(lambda m: frags[m.group(1)], pattern)
