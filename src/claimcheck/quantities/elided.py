"""A count whose noun is left out because a clause before it gave the noun.

"The Greens won 14 seats on Sunday. They had 11 after the first count." "Of the 40 berths in
the marina, the club was holding 31." "The league had 18 clubs in 2010. It now has 20."
A bare number right after a verb of having, holding or winning (``verbs`` of
``resources/quantities/elided.yaml``), with the clause ending or an adjunct opening after it,
counts the noun of the count written before it: the nearest earlier count of its sentence, else
the one noun the sentence before counted (two nouns counted there: none, the noun is not known).
A pronoun subject ("They had 11") names no holder itself: the carried count's holder is its.
Nothing new is compared here: the scope rules key the number as if its noun were written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..resources import load_resource
from ..words import alternation
from .find import Raw


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class ElidedExample(_Model):
    text: str
    head: str | None
    value: float


class ElidedTable(_Model):
    verbs: list[str] = Field(min_length=1)
    adverbs: list[str]
    pronouns: list[str] = Field(min_length=1)
    after: list[str] = Field(min_length=1)
    examples: list[ElidedExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> ElidedTable:
    return load_resource("quantities/elided.yaml", ElidedTable)


@lru_cache(maxsize=1)
def _res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    t = table()
    adv = rf"(?:(?:{alternation(t.adverbs)})\s+)?"
    # "... It now has 20", "the club was holding 31": the verb, an adverb either side, the subject before
    before = re.compile(rf"(?<![\w'’])(?:(?P<subj>[A-Za-z][\w'’.-]*)\s+)?(?:(?:is|was|are|were|has|had|have)\s+)?{adv}"
                        rf"(?P<v>{alternation(t.verbs)})\s+{adv}$", re.IGNORECASE)
    after = re.compile(rf"\s*(?:[.;:)]|,|$)|\s+(?:{alternation(t.after)})\b", re.IGNORECASE)
    return before, after


# a count's noun written apart from its number by a space: not a compound ("two-thirds", "17-member")
_SPACED = re.compile(r"[\w.,]+\s")


# "the first two rounds", "the last three years": a stretch of a sequence, not a set counted
_STRETCH = re.compile(r"\b(?:first|last|next|past|previous|final|opening|closing)\s+$", re.IGNORECASE)


def counted_noun(text: str, num_start: int) -> bool:
    """Whether the number at ``num_start`` counts a set whose noun a later clause may leave
    out: written apart from its noun, not a stretch of a sequence."""
    return _SPACED.match(text, num_start) is not None and _STRETCH.search(text, max(0, num_start - 12),
                                                                             num_start) is None


def elided(text: str, lo: int, start: int, end: int, hi: int) -> str | None:
    """The subject word before the verb when the number ``text[start:end]`` is a bare object of
    a verb of having ("" when none is written); None when it is no such number."""
    before, after = _res()
    m = before.search(text, max(lo, start - 60), start)
    if m is None or after.match(text, end, hi) is None:
        return None
    return (m.group("subj") or "").lower()


def _countable(text: str, f: Raw) -> bool:
    return (f.dimension == "count" and bool(f.head) and ":" not in f.head and f.whole is None
            and "partitive" not in f.flags and counted_noun(text, f.num_start))


def counted(text: str, found: list[Raw], scoped: list[tuple[str, str | None]]) -> tuple[list[str], dict[str, str | None]]:
    """What a sentence counted, for the next sentence: each count's noun, and the holder the
    scope rules gave that noun's counts (one holder per noun, else none)."""
    holders: dict[str, set[str | None]] = {}
    for head, entity in scoped:
        holders.setdefault(head.split(":", 1)[0], set()).add(entity)
    return [f.head for f in found if _countable(text, f)], {h: next(iter(e)) for h, e in holders.items() if len(e) == 1}


def noun_for(text: str, lo: int, hi: int, r: Raw, found: list[Raw],
             before: tuple[list[str], dict[str, str | None]] | None) -> tuple[str, str | None]:
    """The noun and holder of the bare number ``r`` (of a clause ``text[lo:hi]``), whose noun a
    count before it gave: the nearest earlier count of its sentence (``found``), else the one noun
    the sentence before counted (``before``, from ``counted``: two nouns there, none); a pronoun
    subject takes that count's holder. ("", None): no such number."""
    subject = elided(text, lo, r.start, r.end, hi)
    if subject is None:
        return "", None
    earlier = [f for f in found if f.end <= r.start and _countable(text, f)]
    if earlier:
        return earlier[-1].head, None  # "Of the 40 berths in the marina, the club was holding 31"
    if before is None:
        return "", None
    distinct = set(before[0])
    if len(distinct) != 1:
        return "", None
    head = distinct.pop()
    return head, before[1].get(head) if subject in table().pronouns else None


__all__ = ["counted", "counted_noun", "elided", "noun_for", "table"]
