"""One scan of a text into words, and phrase tables looked up over it.

Lexicon matching (predicate words, thing heads, event nouns) is a dictionary lookup per
word, not a regex alternation per sentence: one pass over the text, then O(1) per word.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z’']|[A-Za-z]")

T = TypeVar("T")


class Word(NamedTuple):
    start: int
    end: int
    lower: str


@lru_cache(maxsize=64)
def scan(text: str) -> tuple[Word, ...]:
    """The words of ``text`` with their offsets (cached: several stages read one text).
    Lower-casing is offset-preserving for the ASCII letters a word is made of."""
    make = Word._make
    return tuple(make((*m.span(), m.group())) for m in _WORD.finditer(text.lower()))


def index_range(words: Sequence[Word], start: int, end: int) -> tuple[int, int]:
    """Indexes ``lo, hi`` of the words that start within ``[start, end)``."""
    return (bisect.bisect_left(words, start, key=lambda w: w.start),
            bisect.bisect_left(words, end, key=lambda w: w.start))


def words_between(words: Sequence[Word], start: int, end: int) -> Sequence[Word]:
    lo, hi = index_range(words, start, end)
    return words[lo:hi]


@dataclass(frozen=True)
class PhraseMatch(Generic[T]):
    start: int
    end: int
    first: int  # index of its first word
    last: int  # index of its last word
    value: T


class PhraseTable(Generic[T]):
    """Phrases of one or more words (lower case) mapped to values; longest match wins."""

    def __init__(self, phrases: Iterable[tuple[str, T]]) -> None:
        by_first: dict[str, list[tuple[tuple[str, ...], T]]] = defaultdict(list)
        for phrase, value in phrases:
            parts = tuple(_WORD.findall(phrase.lower()))
            if parts:
                by_first[parts[0]].append((parts, value))
        for entries in by_first.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._by_first = dict(by_first)

    def match_at(self, words: Sequence[Word], i: int) -> PhraseMatch[T] | None:
        entries = self._by_first.get(words[i].lower)
        if not entries:
            return None
        for parts, value in entries:
            n = len(parts)
            if n == 1 or (i + n <= len(words) and all(words[i + k].lower == parts[k] for k in range(1, n))):
                return PhraseMatch(words[i].start, words[i + n - 1].end, i, i + n - 1, value)
        return None

    def find(self, words: Sequence[Word], lo: int = 0, hi: int | None = None) -> list[PhraseMatch[T]]:
        """Non-overlapping matches in ``words[lo:hi]``, left to right."""
        hi = len(words) if hi is None else hi
        by_first = self._by_first
        out: list[PhraseMatch[T]] = []
        i = lo
        while i < hi:
            if words[i].lower in by_first:  # most words are in no table: one dict probe each
                m = self.match_at(words, i)
                if m is not None and m.last < hi:
                    out.append(m)
                    i = m.last + 1
                    continue
            i += 1
        return out
