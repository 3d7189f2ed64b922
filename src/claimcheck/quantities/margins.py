"""The margin a contest was won by, and the margin a record was beaten by: "a margin of 7.6
percentage points", "His margin over the runner-up was 41 seconds", "won by nearly 12 points",
"finished 14 seconds ahead", "beating the race record by 6 hours 26 minutes", "took 6 hours and
46 minutes off the record".

The scope rules key a number by its noun and its clause's verb: a margin is neither the points
nor the time of anyone, so it was no claim, or one keyed by whatever verb its clause had. Here a
margin noun before the figure ("margin ... was/of"), a verb of winning or beating and "by" right
before it, or "ahead"/"clear" right after it make it the story's margin: head ``margin:win`` (a
duration) or ``margin:win-<unit>`` (points, votes, goals: units folded by
``resources/quantities/margins.yaml``; points, plain or percentage, are the attribute reader's
``points|attr:margin``), and ``margin:record`` when the thing beaten is a record. A fixed fact of the contest. A part of the contest written
in its window ("won the third stage by 3 seconds", "the first round") is another margin: none;
"by 104 votes to 89" is a tally's split (``tallies.py``), "20 seconds behind" any rival's gap:
none. A number the scope rules read is theirs; two margins of one key in one article are two
contests, neither kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..models import Quantity, Source, Span, Timex
from ..resources import load_resource
from ..segment import Cue
from ..words import alternation
from .attributes import PREFIX
from .beside import one_value_per_key, read_elsewhere, sentences_with_skips
from .find import find

_REACH = 60  # characters before the figure a margin noun or a verb of winning is looked for


class MarginExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    head: str | None
    value: float | None = None  # seconds for a duration, else the figure


class MarginTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    margin_nouns: list[str] = Field(min_length=1)
    win_verbs: list[str] = Field(min_length=1)
    ahead_words: list[str] = Field(min_length=1)
    record_nouns: list[str] = Field(min_length=1)
    part_nouns: list[str]
    units: dict[str, list[str]]
    examples: list[MarginExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> MarginTable:
    return load_resource("quantities/margins.yaml", MarginTable)


@dataclass(frozen=True)
class _Res:
    gate: re.Pattern[str]
    noun: re.Pattern[str]
    by: re.Pattern[str]
    ahead: re.Pattern[str]
    off: re.Pattern[str]
    record: re.Pattern[str]
    part: re.Pattern[str]
    tally: re.Pattern[str]
    units: dict[str, str]


@lru_cache(maxsize=1)
def _res() -> _Res:
    t = table()
    gap = r"[^;:.()]{0,50}?"  # the words between, in one clause
    return _Res(
        # a sentence with no margin noun, no word of being ahead, no "off" and no verb of
        # winning before a "by" is not given to the number finder ("by" alone is too common)
        gate=re.compile(rf"(?i)\b(?:{alternation(t.margin_nouns, any_space=True)}|{alternation(t.ahead_words)}|off)\b"
                        rf"|\b(?:{alternation(t.win_verbs)})\b[^;:.]*?\bby\b"),
        noun=re.compile(rf"(?i)\b(?:{alternation(t.margin_nouns, any_space=True)})\b{gap}\b(?:was|is|of|at|stood\s+at)\s+$"),
        by=re.compile(rf"(?i)\b(?:{alternation(t.win_verbs)})\b(?P<between>{gap})\bby\s+$"),
        ahead=re.compile(rf"(?i)\s+(?:{alternation(t.ahead_words)})\b"),
        off=re.compile(rf"(?i)\s+off\s+(?:the|its|his|her|their)\s+(?:[a-z-]+\s+){{0,2}}(?:{alternation(t.record_nouns)})\b"),
        record=re.compile(rf"(?i)\b(?:{alternation(t.record_nouns)})\b"),
        part=re.compile(rf"(?i)\b(?:{alternation(t.part_nouns, any_space=True)})\b"),
        tally=re.compile(r"(?i)\s+(?:to|-)\s*\d"),
        units={form: unit for unit, forms in t.units.items() for form in forms},
    )


def _head(r: _Res, dimension: str, noun: str, unit: str, over: str) -> tuple[str, str, str] | None:
    """(head, dimension, unit) of a margin: a duration's by what it was won over; points in
    the dimension and key the attribute reader gives "a margin of 7.6 percentage points"
    (``attributes.points``: ``points|attr:margin``), so "won by nearly 12 points" meets it;
    other counted units by their folded name."""
    if dimension == "duration":
        return f"margin:{over}", dimension, unit
    folded = r.units.get(noun)
    if dimension != "count" or folded is None:
        return None
    if folded == "point":
        return (PREFIX + "margin", "points", "pp" if noun != "point" else "pt") if over == "win" else None
    return f"margin:{over}-{folded}", dimension, unit


def read(text: str, s: int, e: int, skip: list[tuple[int, int]]) -> list[tuple[str, int, int, float, float, float, str, str, float, str]]:
    """(head, start, end, value, lo, hi, relation, unit, precision, dimension) of each margin
    the sentence [s, e) tells."""
    r = _res()
    if r.gate.search(text, s, e) is None:
        return []
    out = []
    for n in find(text, s, e, skip):
        if "range-end" in n.flags or n.dimension not in ("duration", "count"):
            continue
        window = text[max(s, n.start - _REACH):n.start]
        over = ""
        if (m := r.noun.search(window)) is not None:
            over, scope = "win", window[m.start():]
        elif (m := r.by.search(window)) is not None:
            over, scope = "win", window[m.start():]
            if r.record.search(m.group("between")):
                over = "record"
        elif r.ahead.match(text, n.end, e):
            over, scope = "win", text[max(s, n.start - 30):n.start]
        elif r.off.match(text, n.end, e):
            over, scope = "record", ""
        if not over or r.tally.match(text, n.end, e) or r.part.search(scope):
            continue  # "by 104 votes to 89"; "won the third stage by 3 seconds"
        keyed = _head(r, n.dimension, n.head or "", n.unit, over)
        if keyed is None:
            continue
        head, dimension, unit = keyed
        out.append((head, n.start, n.end, n.value, n.lo, n.hi, n.relation, unit, n.precision, dimension))
    return out


@lru_cache(maxsize=1)
def cue() -> Cue:
    """What ``read`` needs: a margin noun, "by", a word of being ahead, or "off"."""
    t = table()
    words = {max(w.lower().split(), key=len) for w in t.margin_nouns} | set(t.ahead_words) | {"by", "off"}
    return Cue(words=frozenset(words))


def margin_quantities(source: Source, timexes: list[Timex], read_spans: list[tuple[int, int]],
                      sentences: list[tuple[int, Span]] | None = None) -> list[tuple[int, Quantity]]:
    """Each margin of a source the scope rules leave unkeyed, with the index of its sentence; a
    key given two values in the source is left out (two contests)."""
    text = source.text
    spans = sorted(read_spans)
    found: list[tuple[int, Quantity]] = []
    for i, s, e, skip in sentences_with_skips(source, timexes, sentences):
        for head, a, b, v, lo, hi, rel, unit, prec, dim in read(text, s, e, skip):
            if read_elsewhere(spans, a, b):
                continue
            found.append((i, Quantity(span=(a, b), text=text[a:b], value=v, lo=lo, hi=hi, relation=rel,
                                      dimension=dim, unit=unit, precision=prec, head=head)))
    return one_value_per_key(found, lambda q: q.head)


__all__ = ["cue", "margin_quantities", "read", "table"]
