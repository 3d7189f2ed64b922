"""The carrier a count of people aboard belongs to (``resources/quantities/carriers.yaml``).

"412 passengers" is one flight's or one ferry's: keyed by the carrier's class (the entity
slot of the quantity key, ``carrier:vessel``) and with the carrier's written name as the
count's owner ("the ferry Aegean Star", "a Kestrel Air jet": two names that share no word
are two carriers, the count rule's owner test). The carrier is the nearest carrier noun in
the count's sentence, else the first one its article names (read once per article). A
count over several carriers ("77 flights, affecting 5,000 passengers"), a capacity ("a
plane seating 135 passengers") or a count with no carrier in its article is no carrier's
load: not compared.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..resources import load_resource
from ..words import alternation

CAPACITY, SEVERAL = "capacity", "several"


class CarrierExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    text: str
    carrier: str  # a class, "capacity", "several" or "none"
    owner: str | None = None


class CarrierTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    aboard: list[str]
    classes: dict[str, list[str]]
    plurals: dict[str, str] = {}
    capacity_cues: list[str]
    examples: list[CarrierExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> CarrierTable:
    return load_resource("quantities/carriers.yaml", CarrierTable)


def aboard(head: str) -> bool:
    """A count of people aboard: "passengers", "crew", "passengers+crew"."""
    return head.split(":", 1)[0].split("+", 1)[0] in table().aboard


@lru_cache(maxsize=1)
def _nouns() -> tuple[re.Pattern[str], dict[str, tuple[str, bool]]]:
    """Carrier nouns, singular and plural -> (class, plural)."""
    t = table()
    forms: dict[str, tuple[str, bool]] = {}
    for cls, words in t.classes.items():
        for w in words:
            last = w.split()[-1]
            plural = " ".join([*w.split()[:-1], t.plurals.get(last, last + "s")])
            forms.setdefault(plural, (cls, True))
            forms[w] = (cls, False)  # "aircraft": singular when both
    return re.compile(rf"(?<![\w-])(?:{alternation(forms)})(?![\w-])", re.IGNORECASE), forms


@lru_cache(maxsize=1)
def _capacity() -> re.Pattern[str]:
    cues = alternation(table().capacity_cues)
    return re.compile(rf"(?<![\w-])(?:{cues})(?![\w-])[^.;]{{0,20}}$", re.IGNORECASE)


def noun_class(noun: str) -> str | None:
    """The carrier class of a singular noun ("aircraft", "ferry"), None for any other."""
    found = _nouns()[1].get(noun.lower())
    return found[0] if found is not None and not found[1] else None


def capacity(text: str, lo: int, num_start: int) -> bool:
    """A capacity cue shortly before the number in its clause."""
    return _capacity().search(text, max(lo, num_start - 60), num_start) is not None


_NAME_WORD = re.compile(r"\(?[A-Z][\w&'-]*\)?")
_NAME_BEFORE = re.compile(r"((?:\(?[A-Z][\w&'-]*\)?[ \t]+)+)(?:[a-z]+[ \t]+)?$")
_NAME_AFTER = re.compile(r"[ \t]+((?:[A-Z][\w&'-]*)(?:[ \t]+[A-Z0-9][\w&'-]*)*)")
_NOT_NAME = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "all", "on", "in", "at", "as"})


def _name(text: str, start: int, end: int, lo: int) -> str | None:
    """The carrier's written name: capitalised words right before its noun (one lower-case
    premodifier between allowed: "a Kestrel Air passenger jet") or right after it ("the
    ferry Aegean Star"), folded to its sorted words."""
    words: list[str] = []
    before = _NAME_BEFORE.search(text, max(lo, start - 60), start)
    if before is not None:
        words = _NAME_WORD.findall(before.group(1))
    else:
        after = _NAME_AFTER.match(text, end)
        if after is not None:
            words = after.group(1).split()
    folded = sorted({w.strip("()").lower() for w in words} - _NOT_NAME - {""})
    return " ".join(folded) or None


def _first(text: str, lo: int, hi: int) -> tuple[str, str | None] | None:
    """The first carrier noun in [lo, hi): (class or SEVERAL, name)."""
    pattern, forms = _nouns()
    m = pattern.search(text, lo, hi)
    if m is None:
        return None
    cls, plural = forms[m.group().lower()]
    return (SEVERAL if plural else cls), _name(text, m.start(), m.end(), lo)


def _nearest(text: str, lo: int, hi: int, pos: int) -> tuple[str, str | None] | None:
    pattern, forms = _nouns()
    best = None
    for m in pattern.finditer(text, lo, hi):
        if best is None or abs(m.start() - pos) < abs(best.start() - pos):
            best = m
    if best is None:
        return None
    cls, plural = forms[best.group().lower()]
    return (SEVERAL if plural else cls), _name(text, best.start(), best.end(), lo)


def carrier(text: str, span: tuple[int, int], num_start: int, carry: dict[str, object]) -> tuple[str, str | None] | None:
    """(class, name) of the carrier a count of people aboard belongs to; class SEVERAL for a
    count over several carriers; None when its article names none. ``carry`` is the
    article's memo (its first carrier, read once)."""
    found = _nearest(text, span[0], span[1], num_start)
    if found is None:
        if "carrier" not in carry:
            carry["carrier"] = _first(text, 0, len(text))
        found = carry["carrier"]  # type: ignore[assignment]
    elif found[1] is None and found[0] != SEVERAL:
        if "carrier" not in carry:
            carry["carrier"] = _first(text, 0, len(text))
        doc = carry["carrier"]
        if isinstance(doc, tuple) and doc[0] == found[0]:
            found = (found[0], doc[1])  # "The ferry, carrying 421": the ferry the article named
    return found  # type: ignore[return-value]
