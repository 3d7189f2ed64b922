"""One scan of a text into words, and phrase tables looked up over it.

Lexicon matching (predicate words, thing heads, event nouns) is a dictionary lookup per
word, not a regex alternation per sentence: one pass over the text, then O(1) per word.
Words are kept as parallel arrays (offsets, lower-cased forms) rather than an object each.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from itertools import accumulate
from collections.abc import Iterable, Set
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z’']|[A-Za-z]")
_SPLIT = re.compile(f"({_WORD.pattern})")  # split keeps the words between the gaps
_PIECES = re.compile(r"[-'’]+")  # what joins the pieces of a joined word

T = TypeVar("T")


def shared(where: dict[str, list[int]], vocabulary: frozenset[str]) -> Set[str]:
    """The words of ``where`` (a text's distinct words) that ``vocabulary`` holds, in as many
    steps as the smaller side has. ``where.keys() & vocabulary`` alone walks all of a
    frozenset (CPython takes the smaller side only for an exact ``set``): a table of
    thousands of words met every article's few hundred words so."""
    if len(vocabulary) <= len(where):
        return where.keys() & vocabulary
    return vocabulary.intersection(where)


class Words:
    """The words of a text: ``starts[i]``, ``ends[i]`` and ``lowers[i]`` describe word i."""

    __slots__ = ("starts", "ends", "lowers", "_where", "_table_starts", "_joined", "_parts")  # _table_starts: also ``positions``

    def __init__(self, text: str) -> None:
        low = text.lower()  # offset-preserving for the ASCII letters a word is made of
        # one regex pass: gap, word, gap, word ..., gap; the offsets are the running sums of
        # the pieces' lengths (no match object per word)
        parts = _SPLIT.split(low)
        bounds = list(accumulate(map(len, parts), initial=0))
        self.lowers: list[str] = parts[1::2]
        self.starts: list[int] = bounds[1:-1:2]
        self.ends: list[int] = bounds[2::2]
        self._where: dict[str, list[int]] | None = None
        self._table_starts: dict[object, list[int]] = {}
        self._joined: list[str] | None = None
        self._parts: dict[str, list[int]] | None = None

    def where(self) -> dict[str, list[int]]:
        """Each distinct word and the indexes it stands at (built once, at the first table lookup)."""
        if self._where is None:
            where: dict[str, list[int]] = {}
            for i, w in enumerate(self.lowers):
                if w in where:
                    where[w].append(i)
                else:
                    where[w] = [i]
            self._where = where
        return self._where

    def joined(self) -> list[str]:
        """The distinct words that hold a hyphen or an apostrophe ("vice-president", "officer's"),
        in the order ``where`` holds them (built once, at the first reader that asks)."""
        if self._joined is None:
            self._joined = [w for w in self.where() if "-" in w or "'" in w or "’" in w]
        return self._joined

    def parts(self) -> dict[str, list[int]]:
        """Each piece of a joined word (cut at its hyphens and apostrophes: "lyon-born",
        "officer's", "hours'") and the indexes of the joined words holding it (built once, at
        the first cue that asks): a pattern that ends a word at ``\\b`` or a look-around
        matches such a piece, which the scan reads as part of a longer word."""
        if self._parts is None:
            where = self.where()
            parts: dict[str, list[int]] = {}
            for w in self.joined():
                for piece in set(_PIECES.split(w)):
                    if piece:
                        parts.setdefault(piece, []).extend(where[w])
            self._parts = parts
        return self._parts

    def __len__(self) -> int:
        return len(self.lowers)

    def positions(self, vocabulary: frozenset[str]) -> list[int]:
        """Indexes of the words that ``vocabulary`` holds, in order: looked up once per text and
        vocabulary, so a reader visits those words instead of testing every word of a sentence."""
        found = self._table_starts.get(vocabulary)
        if found is None:
            where = self.where()
            found = sorted(i for w in shared(where, vocabulary) for i in where[w])
            self._table_starts[vocabulary] = found
        return found

    def positions_in(self, vocabulary: frozenset[str], lo: int, hi: int) -> list[int]:
        """``positions`` among words ``lo..hi``."""
        found = self.positions(vocabulary)
        return found[bisect.bisect_left(found, lo):bisect.bisect_left(found, hi)]

    def index_range(self, start: int, end: int) -> tuple[int, int]:
        """Indexes ``lo, hi`` of the words that start within ``[start, end)``."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)


@lru_cache(maxsize=4)
def scan(text: str) -> Words:
    """The words of ``text`` with their offsets (cached: several stages read one text). A
    few entries: the readers of one article share its scan, and the one let go is then
    still in the processor's cache (freeing one read 64 articles ago cost as much again)."""
    return Words(text)



def segment_start(text: str, breaks: re.Pattern[str], lo: int, pos: int) -> int:
    """Where the clause segment holding ``pos`` starts: just after the last of ``breaks``
    (the caller's clause punctuation) between ``lo`` (its sentence's start) and ``pos``, else
    ``lo``. Words before it belong to another segment, so they neither tie nor deny what is
    read at ``pos``."""
    start = lo
    for m in breaks.finditer(text, lo, pos):
        start = m.end()
    return start


def first_word(phrase: str) -> str:
    """The first word of ``phrase`` as the word scan reads it (lower case): a cue word."""
    return _WORD.findall(phrase.lower())[0]


def last_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The last word of each phrase, lower case: what a window that ends with one of the
    phrases ends with (``Tail.ends``)."""
    return tuple(sorted({p.split()[-1].lower() for p in phrases if p.split()}))


class Tail:
    """The end of a window of text, for patterns anchored at the window's end (a word, then
    maybe spaces, then ``$``): one whose last words the window does not end with cannot match
    and need not run (a search tries every start in the window). Exact: a window holding a
    character outside ASCII (which may case-fold to an ASCII letter) runs every pattern."""

    __slots__ = ("_any", "_spaced", "_end")

    def __init__(self, window: str) -> None:
        self._any = not window.isascii()
        self._spaced = window[-1:].isspace()
        self._end = window.rstrip().lower()

    def ends(self, words: tuple[str, ...], spaced: bool = True) -> bool:
        """Whether the window may end with one of ``words`` (then white space, if ``spaced``)."""
        return self._any or ((self._spaced or not spaced) and self._end.endswith(words))


def alternation(phrases: Iterable[str], *, any_space: bool = False) -> str:
    """A regex alternation of literal phrases, longest first (so "more than" wins over "more"),
    ties in alphabetical order; with ``any_space`` a space inside a phrase matches any run of
    white space."""
    escaped = (re.escape(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))
    return "|".join(e.replace(r"\ ", r"\s+") for e in escaped) if any_space else "|".join(escaped)


def any_of(literals: Iterable[str]) -> re.Pattern[str]:
    """One pattern that finds whether any of ``literals`` occurs (as ``any(x in s for x in
    literals)`` tells, in one pass over ``s`` instead of one per literal); none: never."""
    literals = tuple(literals)
    found = alternation(literals)
    return re.compile(found if found or "" in literals else "(?!)")


class LiteralGate:
    """Whether a pattern finds a match in each of a text's sentences, asked in text order:
    what ``pattern.search(text, start, end) is not None`` tells, from about one scan of the
    whole text instead of one per sentence (most sentences hold no match: the leftmost
    match after a sentence says so for every sentence before it). Exact for a pattern that
    reads no character outside its match: literals (``any_of``) or classes and repeats, no
    look-around, word boundary or anchor; a match in a window is then one in the text."""

    __slots__ = ("pattern", "text", "_match", "_from")

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.pattern, self.text = pattern, text
        self._match: re.Match[str] | None = None
        self._from = -1  # where the scan that found ``_match`` began (-1: none yet)

    def holds(self, start: int, end: int) -> bool:
        m = self._match
        if self._from < 0 or start < self._from or (m is not None and m.start() < start):
            m = self._match = self.pattern.search(self.text, start)
            self._from = start
        if m is None or m.start() >= end:
            return False  # the leftmost match after ``start`` begins past the sentence
        if m.end() <= end:
            return True
        # it runs past the sentence's end: a shorter literal may still end inside it
        return self.pattern.search(self.text, start, end) is not None


class SubstringGate:
    """Whether any of ``literals`` occurs in each span of a text: what ``any(x in
    text[start:end] for x in literals)`` (or an ``any_of`` pattern's search between the
    bounds) tells, from one ``str.find`` pass per literal over the whole text, instead of a
    slice, or a scan of the regex engine trying every literal at every position, per span.
    Exact: a literal inside the bounds is one found in the text that starts and ends there."""

    __slots__ = ("_starts", "_ends", "_always")

    def __init__(self, literals: Iterable[str], text: str) -> None:
        found: list[tuple[int, int]] = []
        self._always = False
        for lit in literals:
            if not lit:
                self._always = True  # the empty string is in every span
                continue
            n = len(lit)
            i = text.find(lit)
            while i >= 0:
                found.append((i, i + n))
                i = text.find(lit, i + 1)
        found.sort()
        self._starts = [a for a, _ in found]
        self._ends = [b for _, b in found]

    def holds(self, start: int, end: int) -> bool:
        if self._always:
            return True
        starts, ends = self._starts, self._ends
        i = bisect.bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            if ends[i] <= end:
                return True
            i += 1
        return False


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
        # a set, so that meeting a text's words costs as many steps as the smaller side has
        # (a dict's keys met with another's walk all of the table)
        self._firsts = frozenset(self._by_first)

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

    def starts_in(self, words: Words) -> list[int]:
        """Indexes of the words a phrase of this table may start at, in order: the words the
        text and the table share, looked up once per text and table (most words are in no table)."""
        found = words._table_starts.get(self)
        if found is None:
            where = words.where()
            found = sorted(i for w in shared(where, self._firsts) for i in where[w])
            words._table_starts[self] = found
        return found

    def find(self, words: Words, lo: int = 0, hi: int | None = None) -> list[PhraseMatch[T]]:
        """Non-overlapping matches in words ``lo..hi``, left to right."""
        hi = len(words.lowers) if hi is None else hi
        starts = self.starts_in(words)
        out: list[PhraseMatch[T]] = []
        free = lo  # the first word no match so far covers
        for i in starts[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]:
            if i < free:
                continue
            m = self.match_at(words, i)
            if m is not None and m.last < hi:
                out.append(m)
                free = m.last + 1
        return out
