"""The rule registry and the helpers every rule uses."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from .. import calmath as cm
from .. import words as w
from ..calmath import Period
from ..context import Ctx, narrow
from ..fragments import expand


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


RULES: list[Rule] = []


def rule(name: str, pattern: str) -> Callable[[Handler], Handler]:
    """Register a handler for ``pattern`` (word-table fragments like ``{MON}`` expanded)."""

    def deco(fn: Handler) -> Handler:
        RULES.append(Rule(name, expand(pattern), fn))
        return fn

    return deco


@cache
def compiled(name: str) -> re.Pattern[str]:
    r = next(r for r in RULES if r.name == name)
    return re.compile(BOUND_BEFORE + "(?:" + r.pattern + ")" + BOUND_AFTER, re.IGNORECASE)


BOUND_BEFORE = r"(?<![\w$£€.,/:'’-])"
BOUND_AFTER = r"(?![\w%]|[.,/:]\d|-\d|-(?:earlier|ago)\b)"  # "a year-earlier loss": not "a year"


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


def unit_offset(k: int, unit: str) -> str:
    """``offset_value`` for a calendar unit; decades and centuries in years (REF-P10Y)."""
    if unit in UNIT_YEARS:
        return offset_value(k * UNIT_YEARS[unit], "Y")
    return offset_value(k, UNIT_CODE[unit])


UNIT_CODE = {"day": "D", "week": "W", "weekend": "W", "month": "M", "quarter": "Q", "half": "H", "year": "Y"}
UNIT_YEARS = {"decade": 10, "century": 100}
UNDERSPEC = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
             "quarter": "XXXX-QX", "half": "XXXX-HX", "year": "XXXX", "decade": "XXX", "century": "XX"}


def year_of(s: str) -> int:
    s = s.strip("'’ ")
    if s[:1].isalpha():  # "nineteen ninety-four"
        y = w.year_in_words(s)
        if y is None:
            raise ValueError(s)
        return y
    if len(s) == 2:
        n = int(s)
        return 2000 + n if n < 50 else 1900 + n
    return int(s)


# "that day" / "that month" after a coarser date: the unknown day or month within it.
_WITHIN: dict[str, dict[str, Callable[[str], str]]] = {
    "day": {"month": lambda v: v + "-XX", "year": lambda v: v + "-XX-XX"},
    "month": {"year": lambda v: v + "-XX"},
}


_SIZE = ["day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade", "century"]


def _coarser(gran: str | None, unit: str) -> bool:
    """Is a reference of granularity ``gran`` too coarse to count ``unit`` steps from?"""
    return gran in _SIZE and unit in ("day", "week", "weekend", "month") and _SIZE.index(gran) > _SIZE.index(unit)


def relate(c: Cand, x: Ctx, unit: str, k: int, mod: str | None = None, kind: str = "publication") -> Out | None:
    """The ``unit`` period ``k`` units from the anchor (or from the last date, kind="another")."""
    if kind == "another" and x.last_ref is not None and x.last_ref.start is not None:
        ref = x.last_ref
        if k == 0 and unit in _WITHIN and ref.granularity in _WITHIN[unit]:
            # "that same day" after "last October": a day in that month, not its first
            return {**date_out(ref, "another", mod=mod), "value": _WITHIN[unit][ref.granularity](ref.value)}  # type: ignore[dict-item]
        if k != 0 and _coarser(ref.granularity, unit):
            # "the following week" after "the fourth quarter": which week is not written
            return {"type": "DATE", "value": UNDERSPEC[unit].replace("XXXX", f"{ref.start.year:04d}", 1), "start": None,
                    "end": None, "granularity": None, "anchor": "another", "mod": mod}
        p = cm.period_of(unit, ref.start, k)
        return date_out(narrow(p, mod), "another", mod=mod)
    if not x.known:
        return unresolved(UNDERSPEC[unit] if k == 0 else unit_offset(k, unit), mod=mod)
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


# Words before an adjective: "its quarterly dividend" is not a set.
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "that"}
