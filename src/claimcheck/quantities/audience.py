"""Counts of the people who watched or attended an event: "a sell-out crowd of more than
25,000", "24,517 spectators", "peaked at 1.24 million concurrent viewers", "more than a
million people were watching", "about 120,000 admissions".

Such a count names no holder and often no verb the scope rules key by ("there were about
120,000 admissions"), so it was read by nobody, or keyed by its verb ("drew 118,650
admissions") apart from the same figure told another way. Here the noun alone says what is
counted: its class (``classes`` in ``resources/quantities/audience.yaml``: a crowd was
there, an audience watched from elsewhere, admissions are a run's tickets) is the head; a
peak or an average written in its clause is its role (never compared with the other, nor
with a figure that names neither); it is a fixed fact of the story's event. A clause with a
forecast or another year's cue before the number, or a venue's capacity anywhere, is no
claim; an article giving two figures for one key speaks of two events (two matches, two
screenings): neither is kept. A crowd the scope rules read already (scope.py's crowd cues,
dated by its day) is left to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..models import Quantity, Source, Timex
from ..resources import load_resource
from .beside import one_value_per_key, read_elsewhere, sentences_with_skips
from ..words import alternation, any_of
from .find import find
from .numbers import approximator_before, interval


class AudienceExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    value: float | None
    head: str | None = None
    role: str = ""


class AudienceTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    classes: dict[str, list[str]] = Field(min_length=1)
    people: list[str] = Field(min_length=1)
    watching: list[str] = Field(min_length=1)
    linking: list[str] = Field(min_length=1)
    roles: dict[str, list[str]]
    not_outcome: list[str]
    capacity: list[str]
    examples: list[AudienceExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> AudienceTable:
    return load_resource("quantities/audience.yaml", AudienceTable)


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    return {n: cls for cls, ns in table().classes.items() for n in ns}


@dataclass(frozen=True)
class _Res:
    gate: re.Pattern[str]
    after: re.Pattern[str]  # the class noun right after the number ("25,000 spectators")
    watching: re.Pattern[str]  # a people noun and a verb of watching ("a million people were watching")
    before: re.Pattern[str]  # the class noun before it ("a crowd of", "attendance today is")
    watched_by: re.Pattern[str]  # "was watched by 3 million"
    roles: list[tuple[str, re.Pattern[str]]]
    not_outcome: re.Pattern[str]
    capacity: re.Pattern[str]
    a_scale: re.Pattern[str]


@lru_cache(maxsize=1)
def _res() -> _Res:
    t = table()
    nouns = alternation(_classes())
    people = alternation(t.people)
    watch = alternation(t.watching, any_space=True)
    aux = r"(?:\s+(?:were|was|are|is|had\s+been|have\s+been|been))?"
    # the number's own text, a scale word, then at most two lower-case words before the noun
    num = r"[\w$€£.,-]*\w(?:\s+(?:million|billion|thousand|hundred))?"
    return _Res(
        gate=any_of(list(_classes()) + t.watching),
        after=re.compile(rf"{num}(?:\s+[a-z-]+){{0,2}}?\s+(?P<noun>{nouns})\b"),
        watching=re.compile(rf"{num}\s+(?:{people}){aux}\s+(?:{watch})\b"),
        before=re.compile(rf"\b(?P<noun>(?i:{nouns}))(?:\s+[a-z]+)?\s+(?:{alternation(t.linking, any_space=True)})\s+$"),
        watched_by=re.compile(r"\bwatched\s+by\s+$"),
        roles=[(role, re.compile(rf"\b(?:{alternation(ws, any_space=True)})\b", re.IGNORECASE))
               for role, ws in t.roles.items()],
        not_outcome=re.compile(rf"\b(?:{alternation(t.not_outcome, any_space=True)})\b", re.IGNORECASE),
        capacity=re.compile(rf"\b(?:{alternation(t.capacity, any_space=True)})\b", re.IGNORECASE),
        a_scale=re.compile(r"(?<![\w$€£])a\s+(?P<scale>million|billion|thousand)\b(?!\s+(?:dollars|euros|pounds))"),
    )


_CROWD = "crowd"  # the one class the scope rules also read (scope.py: crowd cues)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_BOUNDARY = re.compile(r"[;:()]|,\s+(?:and|but|while|whereas)\b|\s+(?:but|while|whereas)\s")


@dataclass(frozen=True)
class _Num:
    start: int  # where its text begins (the approximator, if any)
    num_start: int
    end: int
    value: float
    relation: str
    lo: float
    hi: float
    precision: float = 0.0


def _numbers(text: str, s: int, e: int, skip: list[tuple[int, int]]) -> list[_Num]:
    """The counts of the sentence: those the number pattern reads, and "a million" written
    with an article, which it does not."""
    out = [_Num(r.start, r.num_start, r.end, r.value, r.relation, r.lo, r.hi, r.precision)
           for r in find(text, s, e, skip) if r.dimension == "count" and "range-end" not in r.flags and not r.per]
    taken = [(n.start, n.end) for n in out]
    for m in _res().a_scale.finditer(text, s, e):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        v = _SCALES[m.group("scale")]
        rel, start = approximator_before(text, m.start(), s)
        lo, hi = interval(v, rel)
        out.append(_Num(start, m.start(), m.end(), v, rel, lo, hi))
    return sorted(out, key=lambda n: n.start)


def _clause(text: str, s: int, e: int, a: int, b: int) -> tuple[int, int]:
    """The clause of the span [a, b) within the sentence [s, e): bounded by a semicolon, a
    colon, a parenthesis or a conjunction joining two clauses, at most 160 characters either side."""
    lo = max(s, a - 160)
    for m in _BOUNDARY.finditer(text, lo, a):
        lo = m.end()
    hi = min(e, b + 160)
    m = _BOUNDARY.search(text, b, hi)
    return lo, (m.start() if m else hi)


def _class_of(text: str, n: _Num, lo: int, hi: int) -> tuple[str, int] | None:
    """The class of the people the number counts and where its phrase ends, or None."""
    r = _res()
    m = r.after.match(text, n.num_start, hi)
    if m is not None:
        return _classes()[m.group("noun")], m.end()
    m = r.watching.match(text, n.num_start, hi)
    if m is not None:
        return "audience", m.end()
    window = text[max(lo, n.start - 60):n.start]
    m = r.before.search(window)
    if m is not None:
        return _classes()[m.group("noun").lower()], n.end
    if r.watched_by.search(window):
        return "audience", n.end
    return None


def read(text: str, s: int, e: int, skip: list[tuple[int, int]]) -> list[tuple[str, str, _Num, int]]:
    """(class, role, number, end of its phrase) of each count of watchers or attendees in the
    sentence [s, e)."""
    r = _res()
    if r.gate.search(text, s, e) is None:
        return []
    out = []
    for n in _numbers(text, s, e, skip):
        lo, hi = _clause(text, s, e, n.start, n.end)
        found = _class_of(text, n, lo, hi)
        if found is None or r.not_outcome.search(text, lo, n.start) or r.capacity.search(text, lo, hi):
            continue
        cls, end = found
        clause = text[lo:hi]
        role = next((name for name, p in r.roles if p.search(clause)), "")
        out.append((cls, role, n, end))
    return out


def audience_quantities(source: Source, timexes: list[Timex],
                        read_spans: list[tuple[int, int]]) -> list[tuple[int, Quantity]]:
    """Each count of watchers or attendees of a source, with the index of its sentence; a key
    given two values in the source is left out (two events). A crowd the scope rules already
    read (``read_spans``: their quantities' spans) is theirs: they date a crowd by its day and
    one read twice would be compared twice."""
    text = source.text
    spans = sorted(read_spans)
    found: list[tuple[int, Quantity]] = []
    for i, s, e, skip in sentences_with_skips(source, timexes):
        for cls, role, n, end in read(text, s, e, skip):
            if cls == _CROWD and read_elsewhere(spans, n.num_start, n.end):
                continue
            found.append((i, Quantity(span=(n.start, end), text=text[n.start:end], value=n.value, lo=n.lo, hi=n.hi,
                                      relation=n.relation, dimension="count", precision=n.precision, head=cls,
                                      role=role)))
    return one_value_per_key(found, lambda q: (q.head, q.role))


__all__ = ["audience_quantities", "read", "table"]
