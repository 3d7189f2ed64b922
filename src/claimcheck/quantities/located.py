"""Counts told where the counted were, with no verb of an act: "Five guests were inside",
"Six guests were in the lift", "There were 30 flower stalls at the square", "By Friday
there were 14 confirmed infections".

The scope rules key a count of a noun no class names by the verb of its clause; a copula
gives them none, so these counts were no claim. Here a copula and a locative after the
counted noun, or "there were" before the number, say where the counted were: role ``at``
(one role for every locative: "were inside" and "were in the lift" say one thing), the
locative's object its holder (``noun:lift``, a capitalised name ``name:<words>``; none when
nothing follows: the count rule joins such a count to the one holder the corpus gives).
"there were" with no locative is role ``there``: the noun existed, as of its time. Objects
that say no place ("in favour", "in charge", "at risk") and times ("in June", "in 2019") are
none; states of their own table ("in hospital", "in custody": ``count_states``) are read
before this. Knowledge in ``resources/quantities/located.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from ..resources import load_resource
from ..words import alternation
from .held import lemma, stem
from .tables import tables

LOCATED = "at"  # the counted were somewhere: "were inside", "were in the lift"
THERE = "there"  # "there were N X" with no place written


class LocatedExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    role: str | None
    holder: str | None = None


class LocatedTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    copulas: list[str] = Field(min_length=1)
    existential: list[str] = Field(min_length=1)
    locatives: list[str] = Field(min_length=1)
    object_prepositions: list[str] = Field(min_length=1)
    object_stop: list[str]
    not_places: list[str]
    examples: list[LocatedExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> LocatedTable:
    return load_resource("quantities/located.yaml", LocatedTable)


class Placed(NamedTuple):
    role: str
    holder: str | None  # the locative's object: "noun:lift", "name:lyon"; None when none is written
    at: int  # where the locative's object starts (a time there is no place: the caller checks)


_DET = re.compile(r"\s+(?:(?P<d>the|a|an|its|their|his|her|our|this|that|these|those)\s+)?")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@lru_cache(maxsize=1)
def _res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = table()
    cop = alternation(t.copulas, any_space=True)
    loc = alternation(t.locatives)
    # after the counted noun: an origin ("divers from the club"), the copula, the locative
    after = re.compile(rf"(?:\s+from\s+[^,;.()]{{0,30}}?)?,?\s+(?:{cop})\s+(?:(?:all|also|still)\s+)?"
                       rf"(?P<p>{loc})(?![\w-])", re.IGNORECASE)
    there = re.compile(rf"(?<![\w-])(?:{alternation(t.existential)})\s+(?:{cop})\s+$", re.IGNORECASE)
    right = re.compile(rf"\s+(?P<p>{loc})(?![\w-])", re.IGNORECASE)  # "30 stalls at the square"
    return after, there, right


@lru_cache(maxsize=1)
def _stops() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(table().object_stop), frozenset(table().not_places)


def _object(text: str, pos: int, hi: int) -> tuple[str | None, int] | None:
    """The locative's object from ``pos`` (right after the preposition): (holder, start), the
    holder None when nothing is written ("were inside, according to police"); None when it
    says no place ("in favour") or is a number ("in 2019")."""
    d = _DET.match(text, pos, hi)
    at = d.end() if d is not None else pos
    stop, not_places = _stops()
    words: list[str] = []
    prev = at
    for m in _WORD.finditer(text, at, min(hi, at + 60)):
        if text[prev:m.start()].strip():
            break  # punctuation or a digit between: the phrase ended
        w = m.group()
        if w.lower() in stop or (words and w[:1].isupper() != words[0][:1].isupper()):
            break
        words.append(w)
        prev = m.end()
        if len(words) == 3:
            break
    if not words:
        rest = text[at:min(hi, at + 3)].lstrip()
        return None if rest[:1].isdigit() else (None, at)
    if words[0][:1].isupper():
        return "name:" + "-".join(w.lower().strip("'’") for w in words), at
    determined = d is not None and d.group("d") is not None
    head = words[-1].lower()
    if not determined or head in not_places or any(w.lower() in not_places for w in words):
        return None  # a bare noun after a locative is mostly an idiom ("at odds", "in charge", "at risk")
    return f"noun:{lemma(head)}", at


@lru_cache(maxsize=1)
def _object_re() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], frozenset[str]]:
    t = tables()
    irregular = {form: lemma_ for lemma_, forms in t.irregular_past.items() for form in forms}
    # a past form in the clause before the preposition: the verb the phrase is an adjunct of
    verb = re.compile(rf"(?<![\w-])(?P<v>[a-z]{{3,}}ed|{alternation(irregular)})(?![\w-])")
    stop = frozenset(t.open_verb_stop) | frozenset(t.auxiliaries)
    prep = re.compile(rf"(?<![\w-])(?:{alternation(table().object_prepositions)})\s+$", re.IGNORECASE)
    return prep, verb, irregular, stop


_VERB_REACH = 64  # how far before the preposition its verb is looked for ("recruited 300 volunteers at clinics in")
_DETERMINED = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|to|will|would|could|may|might|must|should)\s+)$")


def object_of(text: str, lo: int, start: int) -> tuple[str, int] | None:
    """The verb of a count that is the object of a preposition written right before its number
    (at ``start``, its approximator included), written before the phrase in its clause, as a
    lemma or a stem ("recruited 300 volunteers at clinics in nine countries": ``recruit``;
    "opened with 30 choirs": ``open``), and where the words after that verb start (its subject
    is read before there); None when no such preposition stands there or no verb is written
    before it ("At 40 depots, ...": a scene, not what a verb did)."""
    res, verb, irregular, stop = _object_re()
    m = res.search(text, max(lo, start - 12), start)
    if m is None:
        return None
    last = None
    for v in verb.finditer(text, max(lo, m.start() - _VERB_REACH), m.start()):
        last = v
    if last is None or last.group("v") in stop or _DETERMINED.search(text, max(lo, last.start() - 8), last.start()):
        return None  # none, a verb of speech, or a participle used as an adjective ("the revised plan")
    w = last.group("v")
    after = last.end() + len(text[last.end():m.start()]) - len(text[last.end():m.start()].lstrip())
    return (irregular[w] if w in irregular else stem(w)), after


def after(text: str, end: int, hi: int) -> Placed | None:
    """A copula and a locative after the counted noun ending at ``end``: "were inside",
    "were in the lift"."""
    m = _res()[0].match(text, end, hi)
    if m is None:
        return None
    obj = _object(text, m.end(), hi)
    return Placed(LOCATED, obj[0], obj[1]) if obj is not None else None


def there(text: str, lo: int, start: int, end: int, hi: int) -> Placed | None:
    """"there were" before the number at ``start`` (its approximator included): where the
    counted were when a locative follows their noun ("at the square"), else that they
    were (role ``there``)."""
    if _res()[1].search(text, max(lo, start - 24), start) is None:
        return None
    m = _res()[2].match(text, end, hi)
    if m is None:
        return Placed(THERE, None, end)
    obj = _object(text, m.end(), hi)
    return Placed(LOCATED, obj[0], obj[1]) if obj is not None else None


__all__ = ["LOCATED", "THERE", "Placed", "after", "object_of", "there", "table"]
