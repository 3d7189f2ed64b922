"""Lookups from matched words to numbers: months, weekdays, counts, units, modifiers."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import Holiday, Unit, lexicon


def _key(word: str) -> str:
    return re.sub(r"\s+", " ", word.strip().lower().rstrip("."))


@cache
def _months() -> dict[str, int]:
    return {_key(n): m.number for m in lexicon().calendar.months for n in m.names}


@cache
def _weekdays() -> dict[str, int]:
    table = {_key(n): w.number for w in lexicon().calendar.weekdays for n in w.names}
    table.update({k + "s": v for k, v in list(table.items()) if len(k) > 4})
    return table


def month_number(word: str) -> int:
    return _months()[_key(word)]


def weekday_number(word: str) -> int:
    return _weekdays()[_key(word)]


@cache
def _cardinals() -> dict[str, float]:
    return {_key(k): v for k, v in lexicon().numbers.cardinals.items()}


@cache
def _vague() -> frozenset[str]:
    return frozenset(_key(v) for v in lexicon().numbers.vague)


def count(word: str) -> float | None:
    """A written count: "3", "1,284", "twenty-five", "a"; None for vague words ("several")."""
    w = _key(word)
    if w in _vague():  # built once, not per call
        return None
    w = w.replace(",", "")
    if w.endswith(" 1/2"):
        base = count(w[:-4])
        return None if base is None else base + 0.5
    try:
        return float(w)
    except ValueError:
        pass
    table = _cardinals()
    if w in table:
        return table[w]
    parts = re.split(r"[-\s]+", w)
    if len(parts) == 2 and parts[0] in table and parts[1] in table:
        return table[parts[0]] + table[parts[1]]
    return None


def year_in_words(phrase: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "nineteen oh five" -> 1905, "the year two thousand" -> 2000,
    "two thousand and one" -> 2001; None if it is not a year."""
    nums = lexicon().numbers
    w = re.sub(r"^the\s+year\s+", "", _key(phrase))
    table = _cardinals()
    rest: list[str]
    for words, base in nums.year_thousands.items():
        if w == words or w.startswith(words + " "):
            rest = [t for t in re.split(r"[-\s]+", w[len(words):]) if t and t != "and"]
            break
    else:
        head, _, tail = w.partition(" ")
        if head not in nums.year_centuries or not tail:
            return None
        base = nums.year_centuries[head]
        rest = re.split(r"[-\s]+", tail)
        if rest[0] == "oh":
            rest = rest[1:]
            if len(rest) != 1 or not 1 <= table.get(rest[0], 0) <= 9:
                return None
        elif not 10 <= table.get(rest[0], 0) <= 99:
            return None  # "twenty five" is a count, not a year
    n = 0.0
    for t in rest:
        if t not in table:
            return None
        n += table[t]
    return base + int(n) if n < 100 else None


def decade_word(word: str) -> int | None:
    """ "nineties" -> 90."""
    return lexicon().numbers.decade_words.get(_key(word))


def ordinal(word: str) -> int | None:
    w = _key(word)
    m = re.match(r"(\d+)(?:st|nd|rd|th)?$", w)
    if m:
        return int(m.group(1))
    return lexicon().numbers.ordinals.get(w)


@cache
def _units() -> dict[str, Unit]:
    table: dict[str, Unit] = {}
    for u in lexicon().units.units:
        for n in u.names:
            table[n] = u
            table[u.plural or n + "s"] = u
    return table


def unit(word: str) -> Unit:
    return _units()[_key(word)]


# Calendar periods a unit word can name ("last week", "this quarter").
PERIOD_OF_UNIT = {"day": "day", "night": "day", "week": "week", "weekend": "weekend", "month": "month",
                  "quarter": "quarter", "year": "year", "decade": "decade", "century": "century"}


def unit_name(word: str) -> str:
    """The singular unit name of a unit word ("years" -> "year")."""
    return unit(word).names[0]


def duration(n: float | None, u: Unit) -> str:
    """TIMEX3 duration value: P3Y, PT5H, PXY (unknown count), P10Y for a decade."""
    if n is None:
        amount = "X"
    else:
        total = n * u.factor
        if total != int(total) and (u.code, u.time) in _SPLIT:
            # "two and a half years" -> P2Y6M, "5 1/2 hours" -> PT5H30M
            smaller, per = _SPLIT[(u.code, u.time)]
            whole, rest = int(total), round((total - int(total)) * per)
            head = f"{whole}{u.code}" if whole else ""
            if u.code == "D":
                return f"P{head}T{rest}{smaller}"
            return f"{'PT' if u.time else 'P'}{head}{rest}{smaller}"
        amount = str(int(total)) if total == int(total) else f"{total:g}"
    return f"PT{amount}{u.code}" if u.time else f"P{amount}{u.code}"


# A fraction of a unit written in the next smaller one.
_SPLIT = {("Y", False): ("M", 12), ("M", False): ("D", 30), ("W", False): ("D", 7), ("D", False): ("H", 24),
          ("H", True): ("M", 60), ("M", True): ("S", 60)}


@cache
def _point_mods() -> dict[str, str]:
    return {_key(k): v for k, v in lexicon().modifiers.point.items()}


def point_mod(word: str | None) -> str | None:
    if not word:
        return None
    return _point_mods().get(_key(word.rstrip("- ")))


@cache
def _quantity_mods() -> dict[str, str]:
    return {_key(k): v for k, v in lexicon().modifiers.quantity.items()}


def quantity_mod(word: str | None) -> str | None:
    return _quantity_mods().get(_key(word)) if word else None


def offset(word: str | None) -> int | None:
    if not word:
        return None
    return lexicon().relative.offsets.get(_key(word))


@cache
def _seasons() -> dict[str, tuple[str, tuple[int, int]]]:
    return {n: (s.code, s.months) for s in lexicon().calendar.seasons for n in s.names}


def season(word: str) -> tuple[str, tuple[int, int]]:
    return _seasons()[_key(word)]


@cache
def _parts() -> dict[str, str]:
    return {n: p.code for p in lexicon().calendar.day_parts for n in p.names}


def day_part(word: str | None) -> str | None:
    return _parts().get(_key(word)) if word else None


@cache
def _holidays() -> dict[str, Holiday]:
    return {_key(n): h for h in lexicon().calendar.holidays for n in h.names}


def holiday(word: str) -> Holiday:
    return _holidays()[_key(word)]


@cache
def _sets() -> dict[str, str]:
    return {_key(k): v for k, v in lexicon().units.sets.items()}


def set_value(word: str) -> str:
    return _sets()[_key(word)]


@cache
def _adverbs() -> dict[str, Unit]:
    return {u.adverb: u for u in lexicon().units.units if u.adverb}


def adverb_unit(word: str) -> Unit | None:
    return _adverbs().get(_key(word))
