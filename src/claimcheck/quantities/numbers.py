"""Numbers as written: digits ("1,045", "24.25", "6 1/2"), words ("twenty-five", "a dozen",
"six and a half"), scales ("$11 billion"), with the approximator written before them read
as an interval ("about 40" is 36..44, "more than 20" is above 20)."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ..words import Tail, alternation, last_words
from .tables import approximator_index, tables

_EPS = 1e-9


@lru_cache(maxsize=1)
def number_re() -> re.Pattern[str]:
    t = tables()
    tens = [w for w, n in t.number_words.items() if n >= 20 and n % 10 == 0]
    ones = [w for w, n in t.number_words.items() if 0 < n < 10]
    simple = [w for w in t.number_words if w not in tens]
    first = "".join(sorted({w[0] for w in t.number_words} | {w[0].upper() for w in t.number_words}))
    words = rf"(?=[{first}])(?:(?:{alternation(tens)})(?:[- ](?:{alternation(ones)}))?|{alternation(simple)})"
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    scales = alternation([s for s in t.scales if s != "m"])
    # a sign ("NZ$" before "$"), or a code written as it is ("EUR", "Rs"; case-blind matching of
    # letters at every position is dear) that must end before the number's space or digit
    signs = [c for c in t.currencies if not c[:1].isalpha()]
    codes = [c for c in t.currencies if c[:1].isalpha()]
    currencies = "|".join(re.escape(c) for c in sorted(signs, key=lambda c: (-len(c), c)))
    if codes:
        currencies += rf"|(?-i:(?:{alternation(codes)})(?![A-Za-z]))"
    if t.scaled_signs:  # "P1.2 billion": the letter against the digits, a scale after them
        big = alternation([s for s, n in t.scales.items() if n >= 10 ** 6])
        currencies += rf"|(?-i:(?:{alternation(t.scaled_signs)})(?=\d[\d,.]*\s?(?:{big})\b))"
    # a scale written against the digits: "3.2bn", "60mn"; "m" only after a currency ("£50m": a
    # bare "12m" is twelve metres)
    attached = r"(?:(?=(?:bn|mn)\b)|(?(cur)(?=m\b)|(?!)))"
    return re.compile(
        rf"(?<![\w.,/])(?P<cur>{currencies})?\s?(?P<num>{digits}|{words})(?:(?![\w])|(?<=\d){attached})"
        rf"(?P<frac>\s+\d/\d)?(?P<half>(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?"
        rf"(?:\s*(?P<scale>{scales}|(?(cur)(?<=\d)m(?=\b)|(?!)))\b)?",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _currency_codes() -> dict[str, str]:
    return {k.upper(): v for k, v in {**tables().scaled_signs, **tables().currencies}.items()}


def currency_of(written: str) -> str:
    """The ISO code of a currency sign or code as written ("£", "Rs", "eur")."""
    return _currency_codes()[written.upper()]


def word_value(text: str) -> float | None:
    """"twenty-five" -> 25, "1,045" -> 1045, "a dozen" -> 12."""
    t = text.lower().replace(",", "")
    try:
        return float(t)
    except ValueError:
        pass
    words = tables().number_words
    total = 0.0
    for part in re.split(r"[- ]+", t):
        if part == "a":
            continue
        if part not in words:
            return None
        total += words[part]
    return total


def value_of(m: re.Match[str]) -> float | None:
    v = word_value(m.group("num"))
    if v is None:
        return None
    if m.group("frac"):
        a, b = m.group("frac").strip().split("/")
        v += int(a) / int(b) if int(b) else 0
    if m.group("half"):
        v += 0.5
    if m.group("scale"):
        v *= tables().scales[m.group("scale").lower()]
    return v


@lru_cache(maxsize=1)
def _before_re() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The approximator pattern, anchored at a window's end, and the words it may end with."""
    words = set(approximator_index())
    return re.compile(rf"(?<![\w])(?P<a>{alternation(words)})\s*$", re.IGNORECASE), last_words(words)


def approximator_before(text: str, start: int, floor: int) -> tuple[str, int]:
    """The approximator written right before ``start`` and where it begins ("exact", start if none)."""
    pattern, ends = _before_re()
    lo = max(floor, start - 24)
    m = pattern.search(text, lo, start) if Tail(text[lo:start]).ends(ends, spaced=False) else None
    if m is None:
        return "exact", start
    word = m.group("a").lower()
    if word in {"over", "under", "above", "below"} and re.search(r"\b(?:all|from)\s+$", text[max(floor, m.start() - 6):m.start("a")]):
        return "exact", start  # "all over 40 years", "from under"
    rel = approximator_index()[word]
    if rel == "approx" and word in {w.lower() for w in tables().below}:
        rel = "below"
    return rel, m.start("a")


def interval(v: float, rel: str, percent: bool = False) -> tuple[float, float]:
    """The values a number with its approximator allows."""
    t = tables()
    tol = t.approx_points if percent else max(abs(v) * t.approx_tolerance, 0.5 if v >= 5 else 0.0)
    if rel == "approx":
        return v - tol, v + tol
    if rel == "below":
        return v - tol, v
    return {
        "more_than": (v + _EPS, math.inf),
        "at_least": (v, math.inf),
        "less_than": (-math.inf, v - _EPS),
        "at_most": (-math.inf, v),
    }.get(rel, (v, v))
