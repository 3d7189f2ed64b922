"""What a count counts, apart from how its sentence said it.

A quantity's key (``dimension|head|role|entity|as-of``) carries the verb that qualified its
noun, the role its clause gave it and, for a count with no day written, its article's day: two
reports of one fact ("A crowd of 25,417 watched", "24,517 spectators", a weekly's "a crowd of
25,417" five days on) fall under three keys. Here a count is read as the THING counted (the
head noun's lemma, folded by ``same_things``) plus attributes the count check compares:

- ``act``: the verb class of what the counted did ("evacuated", "sign", "carry"), None when
  no verb is written ("a crowd of 25,417", "a cargo of 18,000 tonnes");
- ``plan``: a forecast ("aimed to sign three") is never held against an outcome;
- ``fixed``: a fact of a completed event (``fixed_things``, ``fixed_acts``), whose figure does
  not change with the day a report was written, against a count of one day's event (a crowd,
  a vote: ``one_day``; a story may hold a semi-final and a final) and a tally that grows
  (dead, cases, arrests, a class the quantity tables call cumulative).

Knowledge in ``resources/quantities/things.yaml``; this module holds the mechanisms.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..keys import head_class
from ..models import Quantity
from ..resources import load_resource
from .held import lemma, stem
from .rates import is_rate
from .tables import tables as quantity_tables


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class ThingExample(_Model):
    a: str
    b: str
    same: bool
    act: bool = False  # an example of two verbs (act classes), not two nouns


class ThingTables(_Model):
    same_things: dict[str, list[str]]
    same_acts: dict[str, list[str]]
    phrasal_acts: dict[str, list[str]] = {}
    fixed_things: list[str]
    fixed_acts: list[str]
    reversal_acts: list[str] = []  # acts that undo another: never one set with another verb's
    examples: list[ThingExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> ThingTables:
    return load_resource("quantities/things.yaml", ThingTables)


@lru_cache(maxsize=1)
def _things() -> dict[str, str]:
    return {w: cls for cls, ws in table().same_things.items() for w in ws}


@lru_cache(maxsize=1)
def _acts() -> dict[str, str]:
    """A written verb, stem, or class of ``count_actions`` / ``holding`` -> one act class."""
    t = quantity_tables()
    out: dict[str, str] = {}
    for cls, phrases in t.count_actions.items():
        out[cls] = cls
        for p in phrases:
            out[p.lower()] = cls
            out[stem(p.split()[0])] = cls if " " not in p else out.get(stem(p.split()[0]), "")
    for cls, forms in t.holding.items():
        out[cls] = cls
        for f in forms:
            out[f.lower()] = cls
    for cls, words in table().same_acts.items():
        for w in words:
            out[w] = cls
    for cls, phrases in table().phrasal_acts.items():
        for p in phrases:
            out["-".join(p.split())] = cls  # open_verb writes a phrasal verb "bring-out"
    return {k: v for k, v in out.items() if v}


# head qualifiers that make a count a subset, a change or an increment: another thing
_NOT_WHOLE = frozenset({"part", "down", "up", "more", "left"})  # "left": what remains of what an event held
_NO_ACT_ROLES = frozenset({"", "held", "forecast", "size", "have"})


_TOLLS = frozenset({"dead", "injured", "evacuated", "missing"})


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    """Nouns of people in general ("residents", "civilians"): a toll of them is the toll."""
    return frozenset(lemma(w) for w in quantity_tables().people_nouns)


@dataclass(frozen=True, slots=True)
class Thing:
    """A count read as what it counts, and the attributes two reports of it must share."""

    dimension: str
    thing: str  # the counted noun's class ("agreement", "crowd", "sum:ransom", "joint patrol:per-year")
    act: str | None  # what the counted did, as a class; None: no verb written
    plan: bool  # a forecast or aim
    fixed: bool  # a fact of a completed event: its figure does not change with the report's day
    one_day: bool = False  # a count of one day's event (a crowd, a vote): a story may hold several such days


def same_thing(a: str, b: str) -> bool:
    """Whether two nouns (lemmas) name one countable thing."""
    return _things().get(a, a) == _things().get(b, b)


def act_class(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower()
    if "-" in w:
        return _acts().get(w, w)  # a phrasal verb: its own act unless the table says which
    return _acts().get(w) or _acts().get(stem(w)) or stem(w)


def thing_of(q: Quantity) -> Thing | None:
    """The thing a count or sum counts, or None when it is no whole of its own (a part, a
    change, an increment) or not a count, a sum or a share."""
    if q.dimension not in {"count", "money"} or q.whole is not None or q.role == "offset":
        return None
    head = q.head
    if not head:
        return None
    if is_rate(head):
        return None  # a price or a rate is of its market and its day: the quantity rule's keys only
    base, _, qual = head.partition(":")
    if q.dimension == "money":
        if base != "sum":
            return None  # a valuation, a loss, a deal's price: their own owners, by key
        base, qual = _things().get(qual, qual), ""
        thing = f"sum:{base}"
    else:
        thing = _things().get(base, base)
    if qual in _NOT_WHOLE:
        return None
    act = act_class(q.role) if q.role not in _NO_ACT_ROLES else act_class(qual) if qual else None
    if act in _TOLLS and (thing == "person" or thing in _people()):
        thing, act = act, None  # "killed at least six people", "35 residents were brought out": the toll
    one_day = thing in quantity_tables().one_day
    fixed = q.asof is None or q.role == "size" or thing in table().fixed_things or (
        act in table().fixed_acts and thing not in quantity_tables().cumulative)
    if act in quantity_tables().cumulative and q.asof is not None:
        fixed = False  # "two passengers died": a toll among the load grows as the load does not
    return Thing(q.dimension, thing, act, q.role == "forecast", fixed and not one_day, one_day)


@lru_cache(maxsize=1)
def fixed_things() -> frozenset[str]:
    return frozenset(table().fixed_things)


__all__ = ["Thing", "act_class", "fixed_things", "same_thing", "table", "thing_of"]
