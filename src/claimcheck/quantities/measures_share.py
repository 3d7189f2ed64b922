"""Shares of a whole, keyed by what they measure: a percentage written "N% of <whole>" that the
scope rules leave unkeyed, tied by the shape around it to the thing it is a share of and the
thing it measures.

- The whole is the noun phrase after "of": its last word ("of GDP", "of the budget"), a
  whole's canonical name ("gross domestic product" is ``gdp``, resources/quantities/shares.yaml)
  or the participle of "those <participle>" ("of those interviewed": ``interviewed``).
- What it measures is the noun before it in its clause, over linking and change verbs,
  approximators and an apposition's "or" ("a deficit of 241 billion crowns, or about 2.3% of
  GDP", "debt is projected to stabilise at around 44% of GDP", "the deficit target equals
  3.2% of GDP": a figure noun, "target", names the word before it; a verb of gaining or
  holding, "won 58% of the vote", "owns 51% of the yard", reads nothing: a candidate's or an
  owner's share, one of several in a story); where the share opens its
  clause ("found that 68% of those interviewed had eaten ..."), the head of what the clause
  says they did or had (the last noun before a preposition: ``roll``).

Key ``share:<whole>`` with the measured noun as modifier (two modifiers are never compared),
dimension ``percent``, compared by the quantity rule: "about 2.3%" against "3.2%" a conflict ("about" as loose as the last written digit,
as for measures).
Quiet for an earlier or a planned figure ("up from 2.1% of GDP", "last year", "will reach"),
a past year in the clause, a pronoun ("calls this 2.3% of GDP": what "this" is lies in another
sentence), a range, a share opening its clause in a sentence with "by" a date or a clock time ("by
noon, 40% of homes had power": a figure updated as the day runs); two values of one key in one
article are two things, neither kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..models import Quantity, Source, Span, Timex
from ..resources import load_resource
from ..segment import Cue
from .beside import one_value_per_key, read_elsewhere, sentences_with_skips
from .find import Raw, find
from .held import lemma
from .measures import about
from .scope import key

SHARE = "share:"


class ShareExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    head: str | None  # None: no share is read
    value: float = 0.0
    modifier: str | None = None


class ShareTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    wholes: dict[str, list[str]] = Field(min_length=1)
    passing: list[str] = Field(min_length=1)
    gaining: list[str] = Field(min_length=1)
    figure_nouns: list[str]
    opening: list[str] = Field(min_length=1)
    quiet: list[str]
    examples: list[ShareExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> ShareTable:
    return load_resource("quantities/shares.yaml", ShareTable)


_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*|\d[\d,.]*|[^\sA-Za-z\d]")
_BREAKS = frozenset(";:()—–\"“”")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DETS = frozenset("a an the its their his her our this that these those".split())
_PREPS = frozenset("""of in on at from to for with by near under over across along into between through off up and or
but as than after before since until during per against""".split())
_AUX = frozenset("had has have been was were is are be will would already also still".split())
_BY_TIME = re.compile(r"(?i)\bby\s+$")
_PARTICLES = frozenset("back out up off down away".split())
_MODALS = frozenset("must can cannot will would could should may might shall do does did to".split())
_PRONOUNS = frozenset("this that it these those which what".split())
_BACK = 120  # characters before a share in which what it measures is read
_AFTER = 120


@lru_cache(maxsize=1)
def _sets() -> tuple[dict[str, str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], re.Pattern[str],
                    frozenset[str]]:
    t = table()
    whole = {w.lower(): canon for canon, ws in t.wholes.items() for w in ws}
    phrases = sorted(whole, key=len, reverse=True)
    of = re.compile(r"\s+of\s+(?:(?:the|its|their|all|total)\s+)?(?:(?i:(?P<whole>" + "|".join(re.escape(p) for p in phrases)
                    + r"))\b|those\s+(?P<those>[a-z]+ed)\b|(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}))")
    return (whole, frozenset(t.passing), frozenset(t.figure_nouns), frozenset(t.opening), frozenset(t.quiet), of,
            frozenset(t.gaining))


def _noun_before(toks: list[str]) -> str | None:
    """What a share measures, read back from it over the words that pass ("is", "around",
    "to", an apposition's ", or"), else None (a pronoun, the clause's start)."""
    _, passing, figures, opening, _, _, gaining = _sets()
    i = len(toks) - 1
    while i >= 0:
        w = toks[i]
        low = w.lower()
        if w == "," and i + 1 < len(toks) and toks[i + 1].lower() == "or":
            # "a deficit of 241 billion crowns, or about 2.3%": the apposition restates the
            # figure before it, whose noun stands before its "of"
            j = i - 1
            while j >= 0 and i - j <= 6 and toks[j].lower() != "of":
                j -= 1
            if j < 0 or toks[j].lower() != "of":
                return None
            i = j - 1
            continue
        if low in opening or w in _BREAKS or w == ",":
            return None
        if low in passing or low in _PREPS or low in _DETS - _PRONOUNS:
            i -= 1
            continue
        if low in _PRONOUNS or not w.isalpha() or not w.islower() and i > 0:
            return None
        if low in gaining:
            return None  # "won 58% of the vote": a candidate's share, one of several in a race: the scope rules' own
        if low.endswith(("ed", "ing")) or (i > 0 and toks[i - 1].lower() in _MODALS):
            return None  # another verb ("had spent 4% of", "must serve 75% of her sentence"): no noun it measures
        noun = lemma(low)
        if noun in figures and i > 0 and toks[i - 1].isalpha() and toks[i - 1].islower() \
                and toks[i - 1].lower() not in _DETS and toks[i - 1].lower() not in _PREPS:
            return lemma(toks[i - 1].lower())  # "the deficit target": a figure of the deficit
        return noun
    return None


def _noun_after(text: str, pos: int, e: int) -> str | None:
    """The head of what the clause after a share's whole says its members did or had ("had
    eaten chicken rolls from a stall": ``roll``): the last word before a preposition, a comma
    or the sentence's end."""
    last = None
    for m in _TOKEN.finditer(text, pos, min(e, pos + _AFTER)):
        w = m.group()
        low = w.lower()
        if not w.isalpha() and "-" not in w:
            break
        if low in _PREPS:
            break
        if w.isalpha() and w.islower() and low not in _DETS and low not in _PREPS and low not in _AUX \
                and low not in _PARTICLES and not low.endswith(("ed", "ing", "ly")):
            last = low
    return lemma(last) if last else None


def read(text: str, s: int, e: int, skip: list[tuple[int, int]]) -> list[Quantity]:
    """Each share of a whole the sentence [s, e) ties to what it measures."""
    if "%" not in text[s:e] and "per cent" not in text[s:e] and "percent" not in text[s:e]:
        return []
    whole_of, _, _, opening, quiet, of, _ = _sets()
    out: list[Quantity] = []
    for n in find(text, s, e, skip):
        if n.dimension != "percent" or "range" in n.flags or "range-end" in n.flags:
            continue
        m = of.match(text, n.end, e)
        if m is None:
            continue
        if m.group("whole"):
            whole = whole_of[m.group("whole").lower()]
        elif m.group("those"):
            whole = m.group("those").lower()
        else:
            words: list[str] = []
            for w in m.group("np").split():  # the noun phrase ends before a preposition or a verb
                if w in _PREPS or w in _DETS or w in _AUX or w.endswith(("ed", "ing", "ly")):
                    break
                words.append(w)
            if not words:
                continue
            whole = lemma(words[-1])
        toks = [t.group() for t in _TOKEN.finditer(text, max(s, n.start - _BACK), n.start)]
        for i in range(len(toks) - 1, -1, -1):
            if toks[i] in _BREAKS:
                toks = toks[i + 1:]
                break
        low = {w.lower() for w in toks}
        if low & quiet or any(_YEAR.match(w) for w in low):
            continue  # "up from 2.1% of GDP", "last year", "in 2019": an earlier or a planned figure
        measured = _noun_before(toks)
        if measured is None:
            # the share opens its clause: "found that 68% of those interviewed had eaten ..."
            if toks and toks[-1].lower() not in opening and toks[-1] != ",":
                continue
            if m.group("whole"):
                continue  # "2.3% of GDP" opening a clause measures nothing written
            if any(_BY_TIME.search(text, max(s, a - 4), a) for a, _ in skip):
                continue  # "by 8 p.m., 50% of demand had been restored": a share as of a time, updated as it runs
            measured = _noun_after(text, m.end(), e)
            if measured is None:
                continue
        out.append(_quantity(text, n, SHARE + whole, measured))
    return out


def _quantity(text: str, n: Raw, head: str, modifier: str) -> Quantity:
    lo, hi = n.lo, n.hi
    if n.relation == "approx" and lo < n.value < hi:
        lo, hi = about(text[n.num_start:n.end], n.value, lo, hi)  # "about 2.3%" is not 3.2%
    return Quantity(span=(n.start, n.end), text=text[n.start:n.end], value=n.value, lo=lo, hi=hi,
                    relation=n.relation, dimension="percent", unit=n.unit, precision=n.precision, head=head,
                    modifier=modifier)


CUE = Cue(number=True)


def share_quantities(source: Source, timexes: list[Timex], read_spans: list[tuple[int, int]],
                     sentences: list[tuple[int, Span]] | None = None) -> list[tuple[int, Quantity]]:
    """Each share of a whole in a source that the scope rules leave unkeyed, with the index of
    its sentence; a key and modifier the source gives two values is left out (two things)."""
    text = source.text
    spans = sorted(read_spans)
    found: list[tuple[int, Quantity]] = []
    for i, s, e, skip in sentences_with_skips(source, timexes, sentences):
        for q in read(text, s, e, skip):
            if not read_elsewhere(spans, *q.span):
                found.append((i, q))
    return one_value_per_key(found, lambda q: (key(q), q.modifier))


__all__ = ["CUE", "read", "share_quantities", "table"]
