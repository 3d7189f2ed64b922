"""The cause of a story's happening (resources/claims/causes.yaml): what trapped the
climbers ("trapped by a rockfall", "trapped after a sudden flood sealed the way out"), why a
stage was shortened ("after a violent hailstorm", "after riders refused to pass a protest"),
what started a fire ("caused by an electrical short circuit", "began when a gas cylinder
caught fire").

A reading binds a hazard noun of general knowledge (a cause) to an effect word (a disruption
a story has one of: trapped, shortened, called off, closed, a fire) by the shape of the
sentence: the effect, then a connective ("by", "due to", "after", "when"), then the cause; a
cause, then a verb of causing, then the effect ("a short circuit started the fire"); an
effect noun, then "caused by" and the cause. Keyed by the effect's class
(``value:cause|trap``); compared by checks/named_value.py with ``same``: causes of one group,
or of groups one of which brings on the other (a storm and a flood), agree; a flood and a
rockfall, a hailstorm and a protest, a short circuit and a gas cylinder disagree.

Quiet where a word of the clause before the cause makes it another happening's, an earlier
one, denied or weighed ("ruled out a short circuit", "last year after a flood", "could have
been"), and for a compound naming another thing ("fire crews", "flood defences"). Deaths and
injuries are no effect: each victim has a cause of his own. Read only in sentences that hold a
cause word (the caller's gate, ``literals()``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .resources import load_resource
from .words import alternation, segment_start


class CauseExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    key: str | None
    value: str | None


class Connectives(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    near: list[str] = Field(min_length=1)
    clause: list[str] = Field(min_length=1)
    caused: list[str] = Field(min_length=1)


class CauseTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    causes: dict[str, dict[str, list[str]]] = Field(min_length=1)
    chains: list[list[str]]
    compounds_excluded: list[str]
    effects: dict[str, list[str]] = Field(min_length=1)
    effect_nouns: dict[str, str]
    connectives: Connectives
    causing_verbs: list[str] = Field(min_length=1)
    starting_verbs: list[str] = Field(min_length=1)
    quiet_words: list[str]
    examples: list[CauseExample] = Field(min_length=1)

    @model_validator(mode="after")
    def _checked(self) -> "CauseTable":
        for pair in self.chains:
            if len(pair) != 2 or any(g not in self.causes for g in pair):
                raise ValueError(f"chain {pair!r} must name two known groups")
        for key in self.effect_nouns:
            if key not in self.effects:
                raise ValueError(f"effect_nouns names an unknown effect class {key!r}")
        values = {v for vs in self.causes.values() for v in vs}
        for ex in self.examples:
            if (ex.key is None) != (ex.value is None):
                raise ValueError(f"example {ex.text!r}: key and value go together")
            if ex.key is not None and (ex.key not in self.effects or ex.value not in values):
                raise ValueError(f"example {ex.text!r} names an unknown effect or cause")
        return self


@lru_cache(maxsize=1)
def table() -> CauseTable:
    return load_resource("claims/causes.yaml", CauseTable)


@dataclass(frozen=True)
class Reading:
    """One cause bound to an effect in a sentence (offsets within the sentence)."""

    key: str  # the effect's class: "trap", "fire"
    value: str  # the canonical cause: "flood", "short-circuit"
    text: str  # the cause as written
    span: tuple[int, int]
    effect_span: tuple[int, int]


@dataclass(frozen=True)
class _Compiled:
    cause: re.Pattern[str]
    canon: dict[str, str]  # a cause word -> its canonical cause
    group: dict[str, str]  # a canonical cause -> its group
    effect: re.Pattern[str]
    effect_class: dict[str, str]
    near: re.Pattern[str]  # a connective ending right before the cause's phrase
    clause: re.Pattern[str]
    caused: re.Pattern[str]
    causing: re.Pattern[str]
    starting: re.Pattern[str]
    excluded: frozenset[str]
    quiet: frozenset[str]
    chains: frozenset[frozenset[str]]


_BREAK = re.compile(r"[;:()—–\"“”]|,|\.\s")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_STOPS = frozenset("""and or but of in on at to for with from as than that which who whom whose is was were are be been
being has have had will would could should may might can said says""".split())


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    t = table()
    canon = {w: value for vs in t.causes.values() for value, ws in vs.items() for w in ws}
    group = {value: g for g, vs in t.causes.items() for value in vs}
    effect_class = {w: cls for cls, ws in t.effects.items() for w in ws}
    c = t.connectives
    return _Compiled(
        cause=re.compile(rf"(?<![\w-])(?P<cause>(?i:{alternation(canon, any_space=True)}))(?![\w-])"),
        canon=canon, group=group,
        effect=re.compile(rf"(?<![\w-])(?:{alternation(effect_class, any_space=True)})(?![\w-])", re.IGNORECASE),
        effect_class=effect_class,
        near=re.compile(rf"(?<![\w-])(?:{alternation(c.near, any_space=True)})\s+$", re.IGNORECASE),
        clause=re.compile(rf"(?<![\w-])(?:{alternation(c.clause, any_space=True)})(?![\w-])", re.IGNORECASE),
        caused=re.compile(rf"(?<![\w-])(?:{alternation(c.caused, any_space=True)})\s+$", re.IGNORECASE),
        causing=re.compile(rf"\s+(?:[\w’'-]+\s+){{0,8}}?(?:{alternation(t.causing_verbs, any_space=True)})\s+"
                           rf"(?:the|a|an|this|that)\s+(?:[a-z][\w-]*\s+)?(?P<effect>{alternation(effect_class, any_space=True)})"
                           r"(?![\w-])"),
        starting=re.compile(rf"(?<![\w-])(?:{alternation(t.starting_verbs, any_space=True)})\s+$", re.IGNORECASE),
        excluded=frozenset(t.compounds_excluded),
        quiet=frozenset(t.quiet_words),
        chains=frozenset(frozenset(p) for p in t.chains),
    )


def literals() -> tuple[str, ...]:
    """Strings a sentence must hold for a reading: a cause word (first letter left out)."""
    return tuple(sorted({w.lower()[1:] for vs in table().causes.values() for ws in vs.values() for w in ws}))


def _quiet(sentence: str, lo: int, hi: int) -> bool:
    words = {w.lower().replace("’", "'") for w in _WORD.findall(sentence[lo:hi])}
    if "n't" in table().quiet_words and re.search(r"n[’']t\b", sentence[lo:hi]):
        return True
    return bool(words & _compiled().quiet)


def _last_effect(sentence: str, lo: int, hi: int) -> re.Match[str] | None:
    last = None
    for m in _compiled().effect.finditer(sentence, lo, hi):
        last = m
    return last


def _read_one(sentence: str, m: re.Match[str]) -> tuple[str, re.Match[str] | tuple[int, int]] | None:
    """The effect class a cause at ``m`` is told of and the effect's match, else None."""
    p = _compiled()
    lo = segment_start(sentence, _BREAK, 0, m.start())
    before = sentence[lo:m.start()]
    # "trapped by a rockfall", "closed due to heavy snow": a connective, then at most a
    # determiner and two modifiers
    words = list(_WORD.finditer(before))
    for k in range(0, 4):
        if len(words) < k:
            break
        head = before[:words[-k].start()] if k else before
        between = [w.group().lower() for w in words[len(words) - k:]] if k else []
        if any(w in _STOPS for w in between):
            break
        caused = p.caused.search(head)
        if caused is not None:  # "the blaze, which was caused by X": the effect noun before, across commas
            eff = _last_effect(sentence, 0, lo + caused.start())
            if eff is None or _quiet(sentence, lo, m.start()):
                return None
            return p.effect_class[_fold(eff.group())], eff
        near = p.near.search(head)
        if near is not None:
            eff = _last_effect(sentence, lo, lo + near.start())
            if eff is None or _quiet(sentence, lo, m.start()):
                return None
            return p.effect_class[_fold(eff.group())], eff
    # "shortened after riders refused to pass a protest", "began when a gas cylinder caught
    # fire": the cause within the clause a connective opens (eight words at most)
    opener = None
    for c in p.clause.finditer(sentence, lo, m.start()):
        opener = c
    if opener is not None and len(_WORD.findall(sentence[opener.end():m.start()])) <= 8:
        eff = _last_effect(sentence, lo, opener.start())
        if eff is not None and not _quiet(sentence, lo, m.start()):
            return p.effect_class[_fold(eff.group())], eff
        return None
    # "an electrical short circuit in one of the units started the fire"
    after = p.causing.match(sentence, m.end())
    if after is not None and not _quiet(sentence, lo, after.start("effect")):
        return p.effect_class[_fold(after.group("effect"))], after.span("effect")
    return None


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())


# "In 2005, the smaller dam collapsed after floods": a happening dated by a bare year is an
# earlier one the article recalls, not the story's
_YEAR_DATED = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil)\s+(?:(?:early|late|mid)[\s-]+)?(?:19|20)\d\d\b")


def read(sentence: str) -> list[Reading]:
    """Every cause the sentence binds to an effect, in order."""
    p = _compiled()
    out: list[Reading] = []
    if _YEAR_DATED.search(sentence):
        return out
    for m in p.cause.finditer(sentence):
        nxt = re.match(r"[\s-]*([\w-]+)", sentence[m.end():])
        if sentence[m.end():m.end() + 1] == "-" or (nxt is not None and nxt.group(1).lower() in p.excluded):
            continue  # "fire crews", "flood-prone": a compound naming another thing
        got = _read_one(sentence, m)
        if got is None:
            continue
        key, eff = got
        value = p.canon[_fold(m.group("cause"))]
        espan = eff.span() if isinstance(eff, re.Match) else eff
        if espan[0] <= m.start() < espan[1] or p.group[value] == key:
            continue  # the cause is the effect's own word ("the fire" of "caught fire")
        out.append(Reading(key, value, m.group("cause"), m.span("cause"), espan))
    return out


def same(a: str, b: str) -> bool:
    """Two causes may be one account: equal, of one group, or of groups one of which brings on
    the other (a storm floods a passage)."""
    p = _compiled()
    if a == b:
        return True
    ga, gb = p.group.get(a), p.group.get(b)
    if ga is None or gb is None:
        return True
    return ga == gb or frozenset((ga, gb)) in p.chains


def label(key: str) -> str:
    noun = table().effect_nouns.get(key)
    return f"cause of the {noun}" if noun else f"cause ({key})"
