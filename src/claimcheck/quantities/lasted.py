"""How long an event lasted, told where the scope rules key nothing: in a relative clause ("a
debate that lasted 19 hours", "Saturday's decisive game, which lasted four hours and 12
minutes") or as the length of an activity ("after 14 minutes of bidding", "In just 5 hours
of deliberation").

The scope rules key "the debate lasted 16 hours" by its subject (``lasted:debate``) but leave
a relative pronoun's duration unkeyed (its antecedent is not read there). Here the noun right
before the pronoun is what lasted, and the noun after "<N minutes/hours> of" is the activity
that took that long: both give the key the scope rules give ``lasted:<noun>``, as written, so
"after 14 minutes of bidding" and "The bidding lasted 19 minutes" are compared. Only spans
within a day are read as an activity's length ("two years of talks" is no one event's); words
that name no activity ("40 minutes of footage") are none (``resources/quantities/lasted.yaml``).
A fixed fact; a number the scope rules already read is theirs; two lengths of one key in one
article are two events, neither kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..models import Quantity, Source, Span, Timex
from ..segment import Cue
from ..resources import load_resource
from ..words import alternation, first_word
from .beside import one_value_per_key, read_elsewhere, sentences_with_skips
from .find import find
from .tables import tables


class LastedExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    head: str | None
    value_hours: float | None = None


class LastedTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    verbs: list[str] = Field(min_length=1)
    pronouns: list[str] = Field(min_length=1)
    activity_units: list[str] = Field(min_length=1)
    activity_stop: list[str]
    examples: list[LastedExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> LastedTable:
    return load_resource("quantities/lasted.yaml", LastedTable)


@dataclass(frozen=True)
class _Res:
    gate: re.Pattern[str]
    units: re.Pattern[str]
    relative: re.Pattern[str]
    activity: re.Pattern[str]


@lru_cache(maxsize=1)
def _res() -> _Res:
    t = table()
    verbs = alternation(t.verbs, any_space=True)
    units = tables().units["duration"]
    words = [w for u in t.activity_units for w in units.get(u, [u])]
    return _Res(
        gate=re.compile(rf"\b(?:{verbs})\b"),
        # an activity's length needs a unit within a day and "of" ("14 minutes of bidding"): a
        # sentence with neither that nor a verb of lasting is not given to the number finder
        units=re.compile(rf"(?i)(?<![a-z])(?:{alternation(words)})(?![a-z]).*?\bof\b"),
        # "a debate that lasted", "the decisive game, which lasted" (the number's approximator
        # is part of its span)
        relative=re.compile(rf"(?<![\w-])(?P<noun>[a-z][a-z-]{{2,}})\s*,?\s+(?:{alternation(t.pronouns)})\s+(?:{verbs})\s+$"),
        activity=re.compile(r"\s+of\s+(?P<noun>[a-z]{3,})\b"),
    )


def read(text: str, s: int, e: int, skip: list[tuple[int, int]]) -> list[tuple[str, int, int, float, float, float, str, str, float]]:
    """(head, start, end, value, lo, hi, relation, unit, precision) of each length of an event
    the sentence [s, e) tells in a relative clause or as an activity's length."""
    r = _res()
    if r.gate.search(text, s, e) is None and r.units.search(text, s, e) is None:
        return []
    t = table()
    out = []
    for n in find(text, s, e, skip):
        if n.dimension != "duration" or "range-end" in n.flags:
            continue
        head, end = "", n.end
        rel = r.relative.search(text[max(s, n.start - 60):n.start])
        if rel is not None and rel.group("noun") not in t.pronouns:
            head = f"lasted:{rel.group('noun')}"
        elif n.unit in t.activity_units and (m := r.activity.match(text, n.end, e)) is not None \
                and m.group("noun") not in t.activity_stop:
            head, end = f"lasted:{m.group('noun')}", m.end()
        if head:
            out.append((head, n.start, end, n.value, n.lo, n.hi, n.relation, n.unit, n.precision))
    return out


@lru_cache(maxsize=1)
def cue() -> Cue:
    """What ``read`` needs (its gate): a verb of lasting (a word of each phrase) or a unit of an
    activity's length, a whole word or a piece of a joined one ("hours-long")."""
    t = table()
    units = tables().units["duration"]
    verbs = {max(v.lower().split(), key=len) for v in t.verbs}  # any word of a phrase is in its every match
    return Cue(words=frozenset(verbs | {first_word(w) for u in t.activity_units for w in units.get(u, [u])}),
               parts=True)


def lasted_quantities(source: Source, timexes: list[Timex], read_spans: list[tuple[int, int]],
                      sentences: list[tuple[int, Span]] | None = None) -> list[tuple[int, Quantity]]:
    """Each length of an event of a source the scope rules leave unkeyed, with the index of its
    sentence; a key given two values in the source is left out (two events). ``sentences``:
    those to read (by default every one, each told by ``read``'s own gate)."""
    text = source.text
    spans = sorted(read_spans)
    found: list[tuple[int, Quantity]] = []
    for i, s, e, skip in sentences_with_skips(source, timexes, sentences):
        for head, a, b, v, lo, hi, rel, unit, prec in read(text, s, e, skip):
            if read_elsewhere(spans, a, b):
                continue
            found.append((i, Quantity(span=(a, b), text=text[a:b], value=v, lo=lo, hi=hi, relation=rel,
                                      dimension="duration", unit=unit, precision=prec, head=head)))
    return one_value_per_key(found, lambda q: q.head)


__all__ = ["lasted_quantities", "read", "table"]
