"""One scan of a text into words, and phrase tables looked up over it.

Lexicon matching (predicate words, thing heads, event nouns) is a dictionary lookup per
word, not a regex alternation per sentence: one pass over the text, then O(1) per word.
Words are kept as parallel arrays (offsets, lower-cased forms) rather than an object each.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z’']|[A-Za-z]")

T = TypeVar("T")


class Words:
    """The words of a text: ``starts[i]``, ``ends[i]`` and ``lowers[i]`` describe word i."""

    __slots__ = ("starts", "ends", "lowers")

    def __init__(self, text: str) -> None:
        low = text.lower()  # offset-preserving for the ASCII letters a word is made of
        found = list(_WORD.finditer(low))  # one regex pass gives forms and offsets
        self.lowers: list[str] = [m.group() for m in found]
        self.starts: list[int] = [m.start() for m in found]
        self.ends: list[int] = [m.end() for m in found]

    def __len__(self) -> int:
        return len(self.lowers)

    def index_range(self, start: int, end: int) -> tuple[int, int]:
        """Indexes ``lo, hi`` of the words that start within ``[start, end)``."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)


@lru_cache(maxsize=64)
def scan(text: str) -> Words:
    """The words of ``text`` with their offsets (cached: several stages read one text)."""
    return Words(text)


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

    def match_at(self, words: Words, i: int) -> PhraseMatch[T] | None:
        entries = self._by_first.get(words.lowers[i])
        if not entries:
            return None
        lowers = words.lowers
        for parts, value in entries:
            n = len(parts)
            if n == 1 or (i + n <= len(lowers) and all(lowers[i + k] == parts[k] for k in range(1, n))):
                return PhraseMatch(words.starts[i], words.ends[i + n - 1], i, i + n - 1, value)
        return None

    def find(self, words: Words, lo: int = 0, hi: int | None = None) -> list[PhraseMatch[T]]:
        """Non-overlapping matches in words ``lo..hi``, left to right."""
        lowers = words.lowers
        hi = len(lowers) if hi is None else hi
        by_first = self._by_first
        out: list[PhraseMatch[T]] = []
        i = lo
        while i < hi:
            if lowers[i] in by_first:  # most words are in no table: one dict probe each
                m = self.match_at(words, i)
                if m is not None and m.last < hi:
                    out.append(m)
                    i = m.last + 1
                    continue
            i += 1
        return out
