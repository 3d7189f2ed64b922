"""Per-unit quantities: a figure stated for one unit of something ("$38 a share", "€19.50 an
hour", "a fee of £40 per passenger", "300,000 barrels a day", "values each share at $36").

Such a figure is its own quantity, keyed by what is priced and the unit it is priced per
(head ``<what>:per-<unit>``: ``price:per-share``, ``wage:per-hour``, ``barrel:per-day``), so it
is never compared with a total (a deal's value) nor with a figure per another unit (per hour
against per week). A share's company, when written ("for each Corvex share", "each of
Corvex's shares"), is kept as the quantity's owner: two prices of two companies' shares are
not compared. A negotiated figure (a wage, a fare) carries whose figure it is (a demand, an
offer). Also the interest a loan bears ("at 5.4 per cent" after a noun of lending).
Knowledge in ``resources/quantities/rates.yaml``; this module holds the mechanisms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..resources import load_resource
from ..words import Tail, alternation


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class RateUnit(_Model):
    words: list[str] = Field(min_length=1)
    default: str | None = None  # what a figure per this unit prices when no word says
    owned: bool = False  # a unit of a company ("a share"): its company is the figure's owner


class RateExample(_Model):
    text: str
    head: str | None  # None: no per-unit quantity is read
    owner: str | None = None
    role: str = ""


class RateTable(_Model):
    per_words: list[str] = Field(min_length=1)
    units: dict[str, RateUnit] = Field(min_length=1)
    what: dict[str, list[str]] = Field(min_length=1)
    share_classes: list[str] = []
    share_words: dict[str, str] = {}
    negotiated: list[str] = []
    roles: dict[str, list[str]] = {}
    not_after: list[str] = []
    deal_verbs: list[str] = []
    deal_nouns: list[str] = []
    currency_words: dict[str, str] = {}
    minor_units: dict[str, float] = {}
    noun_currency_words: list[str] = []
    noun_currency_floor: float = 100
    interest_words: list[str] = []
    lending_nouns: list[str] = []
    examples: list[RateExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> RateTable:
    t = load_resource("quantities/rates.yaml", RateTable)
    for name, unit in t.units.items():
        if unit.default is not None and unit.default not in t.what:
            raise ValueError(f"rates.yaml: unit {name} defaults to {unit.default}, which is no class of `what`")
    return t


@dataclass(frozen=True)
class PerUnit:
    """The "per unit" phrase of one number: the unit kept, the company written, its span."""

    unit: str
    owner: str | None
    start: int
    end: int


@lru_cache(maxsize=1)
def _unit_index() -> dict[str, str]:
    return {w.lower(): name for name, u in table().units.items() for w in u.words}


_NAME = r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}"


@lru_cache(maxsize=1)
def _after_re() -> re.Pattern[str]:
    t = table()
    per = alternation(t.per_words, any_space=True)
    units = alternation(_unit_index(), any_space=True)
    stop = alternation(t.not_after)
    # "a share", "per hour", "for each Corvex share", "for each of Corvex's shares", "for each of its shares"
    return re.compile(
        rf"\s+(?i:{per})\s+(?:(?i:its|their|the)\s+)?(?:(?P<owner>{_NAME}?)(?:['’]s?)?\s+)?"
        rf"(?P<unit>(?i:{units}))(?i:e?s)?\b(?!-)(?!\s+(?i:{stop})\b)")


@lru_cache(maxsize=1)
def _before_re() -> re.Pattern[str]:
    units = alternation(_unit_index(), any_space=True)
    # "values each share at $36", "priced every Corvex share at"
    return re.compile(rf"\b(?i:each|every|per)\s+(?:(?P<owner>{_NAME}?)(?:['’]s)?\s+)?"
                      rf"(?P<unit>(?i:{units}))\s+(?i:at)\s+$")


def per_after(text: str, pos: int, end: int) -> PerUnit | None:
    """The "per unit" phrase right after a number (or its noun), ending by ``end``."""
    m = _after_re().match(text, pos, end)
    if m is None:
        return None
    return PerUnit(_unit_index()[re.sub(r"\s+", " ", m.group("unit").lower())], _bare(m.group("owner")), pos, m.end())


def per_before(text: str, start: int, num_start: int) -> PerUnit | None:
    """"each share at $36": the unit written before the number."""
    lo = max(start, num_start - 60)
    # the pattern ends with "at" and spaces: a window ending otherwise is not searched
    m = _before_re().search(text, lo, num_start) if Tail(text[lo:num_start]).ends(("at",)) else None
    if m is None:
        return None
    return PerUnit(_unit_index()[re.sub(r"\s+", " ", m.group("unit").lower())], _bare(m.group("owner")), m.start(),
                   m.end())


_POSSESSIVE = re.compile(r"['’]s?$")


def _bare(owner: str | None) -> str | None:
    """A company's name without its possessive ("Corvex's" -> "Corvex")."""
    return _POSSESSIVE.sub("", owner) or None if owner else None


@lru_cache(maxsize=1)
def _what_re() -> tuple[re.Pattern[str], dict[str, str]]:
    words = {w.lower(): cls for cls, ws in table().what.items() for w in ws}
    return re.compile(rf"(?<![\w-])(?:{alternation(words, any_space=True)})(?![\w-])", re.IGNORECASE), words


def what_of(text: str, lo: int, num_start: int, num_end: int, hi: int, unit: str) -> str | None:
    """What a figure per ``unit`` prices: the class of the what-word nearest the number in its
    clause (before it, or after it in the same clause); the unit's default when none is
    written; None when neither says."""
    pattern, words = _what_re()
    best, word, dist = None, "", 10**9
    for m in pattern.finditer(text, lo, hi):
        if num_start <= m.start() < num_end:
            continue  # inside the figure's own phrase
        d = num_start - m.end() if m.end() <= num_start else m.start() - num_end + 10  # the word before wins a tie
        if d < dist:
            word = re.sub(r"\s+", " ", m.group().lower())
            best, dist = words[word], d
    u = table().units[unit]
    if u.owned:
        best = table().share_words.get(word, best)  # "earnings of $10 a share": a profit
    if u.owned and best not in set(table().share_classes):
        return u.default  # "pay $38 a share": paying a share's price
    return best or u.default


@lru_cache(maxsize=1)
def _role_res() -> list[tuple[str, re.Pattern[str]]]:
    return [(role, re.compile(rf"(?<![\w-])(?:{alternation(ws, any_space=True)})(?![\w-])", re.IGNORECASE))
            for role, ws in sorted(table().roles.items())]


def role_of(text: str, lo: int, hi: int, what: str) -> str:
    """Whose a negotiated figure is: the role whose cue stands nearest in its clause; '' for
    a figure no cue marks (the one paid or agreed) and for figures nobody negotiates."""
    if what not in set(table().negotiated):
        return ""
    found = [(m.start(), role) for role, pattern in _role_res() for m in pattern.finditer(text, lo, hi)]
    return max(found)[1] if found else ""


@lru_cache(maxsize=1)
def _interest_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    t = table()
    words = re.compile(rf"(?<![\w-])(?:{alternation(t.interest_words, any_space=True)})(?![\w-])", re.IGNORECASE)
    lending = re.compile(rf"(?<![\w-])(?:{alternation(t.lending_nouns, any_space=True)})(?![\w-])", re.IGNORECASE)
    return words, lending


_AT = re.compile(r"\bat\s+$", re.IGNORECASE)


def interest(text: str, lo: int, num_start: int, hi: int) -> bool:
    """A percentage is the interest a loan bears: an interest word in its clause ("an interest
    rate of 4.5 per cent"), or "at N per cent" after a noun of lending ("a loan at 5.4 per cent")."""
    words, lending = _interest_res()
    if words.search(text, lo, hi) is not None:
        return True
    return _AT.search(text, max(lo, num_start - 6), num_start) is not None \
        and lending.search(text, lo, num_start) is not None


@lru_cache(maxsize=1)
def _deal_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = table()
    verbs = alternation(t.deal_verbs, any_space=True)
    nouns = alternation(t.deal_nouns, any_space=True)
    bought = re.compile(rf"\b(?i:{verbs})\s+(?P<obj>[^,;]{{1,60}}?)\s+(?i:for)\s+$")
    valued = re.compile(rf"\b(?i:values|valued|valuing|value)\s+(?P<obj>{_NAME})\s+(?i:at)\s+$")
    cue = re.compile(rf"\b(?i:a|an|the|its|their)\s+(?:[a-z-]+\s+)?(?i:{nouns})\s+(?i:valued\s+at|worth|of)\s+$")
    noun_after = re.compile(rf"\s+(?:[a-z-]+\s+)?(?i:{nouns})\b")
    obj = re.compile(rf"\b(?i:{verbs})\s+(?:[a-z-]+\s+){{0,3}}?(?P<obj>{_NAME})")
    return bought, valued, cue, noun_after, obj


_CAPS = re.compile(_NAME)


def deal_price(text: str, lo: int, start: int, end: int, hi: int) -> tuple[bool, str | None]:
    """A sum that is the price of a deal, and the company bought when written: "to buy X for
    $4.2 billion" (X written, or no deal: "bought a house for"), "values X at", "in a deal
    valued at", "a $4.2 billion offer"."""
    bought, valued, cue, noun_after, obj = _deal_res()
    window = max(lo, start - 90)
    if (m := bought.search(text, window, start)) is not None:
        names = [n.group() for n in _CAPS.finditer(m.group("obj"))]
        return (True, _bare(names[-1])) if names else (False, None)
    if (m := valued.search(text, window, start)) is not None:
        return True, _bare(m.group("obj"))
    if cue.search(text, window, start) is not None or noun_after.match(text, end, hi) is not None:
        o = None
        for o in obj.finditer(text, lo, start):
            pass
        return True, _bare(o.group("obj")) if o is not None else None
    return False, None


def is_rate(head: str) -> bool:
    """A head of this module's quantities."""
    return ":per-" in head or head in {INTEREST, DEAL}


INTEREST = "rate:interest"
DEAL = "price:deal"

__all__ = ["DEAL", "INTEREST", "deal_price", "PerUnit", "interest", "is_rate", "per_after", "per_before", "role_of", "table", "what_of"]
