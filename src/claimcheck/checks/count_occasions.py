"""Whether two counts of one thing, kept apart by their verbs or their days, are of one occasion.

The thing rule (``count_things.py``) keeps apart two counts of one noun told with verbs of two
classes ("40 delegates arrived", "12 delegates signed": two facts) or dated by articles of
different days (a count may have been updated between them). Such readings may still count one
occasion: "Nine paintings were moved onto the reserve list" and "Eleven paintings went onto the
reserve list". The evidence is in the words written next to each figure: a word other than the
counted noun, a function word or a number (``resources/quantities/occasions.yaml``), within a
few words of both figures in their clauses, names the same complement. Words are read once per
claim, from its sentence only.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..models import Claim, Source
from ..quantities.held import lemma
from ..resources import load_resource


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class OccasionExample(_Model):
    sentence: str
    number: str  # the figure as written in the sentence
    counted: str  # the counted noun's lemma, never evidence
    expect: list[str]


class OccasionTables(_Model):
    window: int = Field(ge=1, le=12)
    function_words: list[str] = Field(min_length=1)
    moving_words: list[str] = Field(min_length=1)
    state_words: list[str] = Field(min_length=1)
    examples: list[OccasionExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> OccasionTables:
    return load_resource("quantities/occasions.yaml", OccasionTables)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(w.lower() for w in table().function_words)


@lru_cache(maxsize=1)
def moving_words() -> frozenset[str]:
    """A sum over occasions or a figure that moves: no occasion of its own to meet by."""
    return frozenset(w.lower() for w in table().moving_words)


@lru_cache(maxsize=1)
def _state_words() -> frozenset[str]:
    return frozenset(w.lower() for w in table().state_words)


# "has spread to three districts", "now at 29": a state as of its article's day, which may
# move by the next day's (a token no written word can be)
STATE = "=state"

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLAUSE_BREAK = re.compile(r"[;:()\[\]—–]| - ")  # the figure's clause ends here


def near_words(text: str, sentence: tuple[int, int], number: tuple[int, int], counted: str) -> frozenset[str]:
    """The content words (lemmas, lower case) of the figure at ``number`` and the ``window``
    nearest on either side of it, inside its sentence and clause, the counted noun left out;
    ``STATE`` among them when a word of a state as of its day is written there."""
    start, end = sentence
    before = text[start:number[0]]
    cut = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    before = before[cut[-1]:] if cut else before
    after = text[number[1]:end]
    stop = _CLAUSE_BREAK.search(after)
    after = after[:stop.start()] if stop else after
    n = table().window
    out = _content(reversed(_WORD.findall(before)), counted, n) | _content(_WORD.findall(after), counted, n)
    out |= _content(_WORD.findall(text[number[0]:number[1]]), counted, len(text))  # the figure's own words
    return frozenset(out)


def _content(words: Iterable[str], counted: str, n: int) -> set[str]:
    """The first ``n`` content words of ``words``, as lemmas (and ``STATE`` when a word of a
    state as of the article's day is passed on the way)."""
    out: set[str] = set()
    for w in words:
        if len(out) >= n:
            break
        w = w.lower().rstrip("'’")
        w = w[:-2] if w.endswith(("'s", "’s")) else w
        if w in _state_words():
            out.add(STATE)
        if len(w) < 3 or w in _function_words():
            continue
        w = lemma(w)
        if w != counted and w not in _function_words():
            out.add(w)
    return out


class Sentences:
    """Each source's sentence starts, listed once, for finding a claim's sentence by bisection."""

    def __init__(self, sources: Mapping[str, Source]) -> None:
        self._sources = sources
        self._starts: dict[str, list[int]] = {}

    def words(self, claim: Claim, counted: str) -> frozenset[str]:
        """``near_words`` of a quantity claim, from its source's sentence."""
        source, q = self._sources.get(claim.source), claim.quantity
        if source is None or q is None or not source.sentences:
            return frozenset()
        starts = self._starts.get(claim.source)
        if starts is None:
            starts = self._starts[claim.source] = [s for s, _ in source.sentences]
        i = bisect.bisect_right(starts, q.span[0]) - 1
        if i < 0:
            return frozenset()
        return near_words(source.text, source.sentences[i], q.span, counted)


__all__ = ["STATE", "Sentences", "moving_words", "near_words", "table"]
