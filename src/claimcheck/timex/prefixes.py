"""The first few characters a rule's match can begin with, read from its parse tree, and
an index from a text's first characters at a position to the rules that can match there.

The finder tries the rules at a candidate start in rule order; the first that matches wins.
Most cannot begin with the characters there ("the ..." rules at "that", month names at
"as"), yet each would be entered. Knowing each rule's possible first ``k`` characters, the
finder tries only the rules that can begin with what the text holds, in the same order, so
the first that matches is the same one. A prefix is a tuple of positions, each the ASCII
characters it may hold (None: anything), shorter than ``k`` when a match may be that
short; the answer is a superset (see ``firstchars``: what the parse tree holds that is not
read here gives None, every rule tried). A text character outside ASCII matches every
position: case folding joins some of them to ASCII letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as C  # noqa: N812 (CPython's regex parser: the parse tree's opcodes)
from re import _parser as P  # noqa: N812
from typing import Any

from .firstchars import _cases, _in

Prefix = tuple[frozenset[str] | None, ...]
_MAX_PREFIXES = 256  # more than this: no prefixes (the rule is tried everywhere)


def first_prefixes(pattern: str, flags: int, k: int) -> frozenset[Prefix] | None:
    """The possible first ``k`` characters of a match of ``pattern``; None when unknown, too
    many, or when it may match the empty string."""
    found = _sequence(list(P.parse(pattern, flags)), k)
    if found is None or () in found:
        return None
    return frozenset(found)


def _sequence(items: list[Any], k: int) -> set[Prefix] | None:
    out: set[Prefix] = {()}
    for op, av in items:
        growing = {p for p in out if len(p) < k}
        if not growing:
            break
        done = out - growing
        for p in growing:
            found = _item(op, av, k - len(p))
            if found is None:
                return None
            done |= {p + q for q in found}
            if len(done) > _MAX_PREFIXES:
                return None
        out = done
    return out


def _item(op: Any, av: Any, k: int) -> set[Prefix] | None:
    if op is C.LITERAL:
        return {(frozenset(_cases(chr(av))),)}
    if op is C.NOT_LITERAL or op is C.ANY:
        return {(None,)}
    if op is C.IN:
        found = _in(av)
        return {(None if found is None else frozenset(found[0]),)}
    if op is C.BRANCH:
        out: set[Prefix] = set()
        for alternative in av[1]:
            found = _sequence(list(alternative), k)
            if found is None:
                return None
            out |= found
        return out if len(out) <= _MAX_PREFIXES else None
    if op is C.SUBPATTERN:
        return _sequence(list(av[3]), k)
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av), k)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _repeat(av[0], av[1], list(av[2]), k)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero-width: what follows begins the match
        return {()}
    return None


def _repeat(low: int, high: int, body: list[Any], k: int) -> set[Prefix] | None:
    """``n`` copies of ``body`` for ``low <= n <= high``: copies past the ``k``-th reach no
    further into the first ``k`` characters (each copy reads at least one character, or none
    and stands for fewer copies)."""
    once = _sequence(body, k)
    if once is None:
        return None
    out: set[Prefix] = set()
    current: set[Prefix] = {()}
    top = min(high, max(low, k))
    for n in range(top + 1):
        if n >= low:
            out |= current
        if n == top:
            break
        longer: set[Prefix] = set()
        for p in current:
            if len(p) >= k:
                longer.add(p)
                continue
            longer |= {(p + q)[:k] for q in once}
            if len(longer) > _MAX_PREFIXES:
                return None
        current = longer
    return out if len(out) <= _MAX_PREFIXES else None


class PrefixIndex:
    """Which of a list of rules (each with its prefixes, or None: anything) can begin a
    match with a text's next ``k`` characters, in the rules' order; each distinct run of
    characters worked out once."""

    def __init__(self, prefixes: list[frozenset[Prefix] | None], k: int) -> None:
        self.k = k
        # per rule, its prefixes by their first character (None: any first character)
        self._by_first: list[dict[str | None, list[Prefix]] | None] = []
        for found in prefixes:
            if found is None:
                self._by_first.append(None)
                continue
            by: dict[str | None, list[Prefix]] = {}
            for p in found:
                for ch in (None,) if p[0] is None else p[0]:
                    by.setdefault(ch, []).append(p[1:])
            self._by_first.append(by)
        self._known: dict[str, tuple[int, ...]] = {}
        self._heads: dict[str, bool] = {}

    def rules_for(self, chunk: str) -> tuple[int, ...]:
        """The rules that can match where the text reads ``chunk`` (its next ``k`` characters,
        fewer at its end)."""
        found = self._known.get(chunk)
        if found is None:
            found = self._known[chunk] = tuple(i for i, by in enumerate(self._by_first)
                                               if by is None or _admits(by, chunk))
        return found


    def may_begin(self, head: str) -> bool:
        """Whether a rule's prefix can begin with ``head`` (fewer than ``k`` characters, the
        rest unknown)."""
        found = self._heads.get(head)
        if found is None:
            found = self._heads[head] = any(by is None or _admits(by, head, partial=True) for by in self._by_first)
        return found


def _admits(by: dict[str | None, list[Prefix]], chunk: str, partial: bool = False) -> bool:
    if not chunk:
        return False  # every prefix reads at least one character
    first = chunk[0]
    tails = (by.get(first, []) + by.get(None, [])) if first.isascii() else [t for ts in by.values() for t in ts]
    rest = chunk[1:]
    for tail in tails:
        if len(tail) > len(rest) and not partial:
            continue
        if all(c is None or ch in c or not ch.isascii() for c, ch in zip(tail, rest)):
            return True
    return False


_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")  # case-fold to ASCII letters (tests/timex/test_prefixes.py)
_RUN = re.compile(r"[a-z]+")
_MAX_NEVER = 200_000  # words remembered as ruled out (a corpus's vocabulary; forgotten beyond)


class WordStarts:
    """``pattern.finditer(text)`` for a case-blind pattern that opens with a word boundary
    and a letter ("\\bfounded in ..."), tried only at the word starts of the text's word scan
    whose first characters its prefixes admit, instead of at every character: the same
    matches, in order (a match begins at a letter after a character that is no word
    character: a word's start, or a letter run's after a hyphen or an apostrophe). A pattern
    of another shape, or a text whose lowering changes its length or that holds a letter
    case-folding to an ASCII one, is left to ``finditer``."""

    def __init__(self, pattern: re.Pattern[str], k: int = 3) -> None:
        self.pattern = pattern
        items = list(P.parse(pattern.pattern, pattern.flags))
        found = first_prefixes(pattern.pattern, pattern.flags, k)
        opens = bool(items) and items[0][0] is C.AT and items[0][1] is C.AT_BOUNDARY
        self.index = PrefixIndex([found], k) if opens and found is not None and all(
            p[0] is not None and p[0] and all(ch.isascii() and ch.isalpha() for ch in p[0]) for p in found) else None
        self.k = k
        self._never: set[str] = set()

    def finditer(self, text: str, words: Any) -> Iterator[re.Match[str]]:
        """``words``: the text's scan (``claimcheck.words.scan``)."""
        if self.index is None or len(text.lower()) != len(text) or any(c in text for c in _FOLDS_TO_ASCII):
            yield from self.pattern.finditer(text)
            return
        pos = 0
        for p in self._starts(text, words):
            if p < pos:
                continue
            m = self.pattern.match(text, p)
            if m is not None:
                yield m
                pos = m.end() if m.end() > p else p + 1

    def _starts(self, text: str, words: Any) -> list[int]:
        index, k = self.index, self.k
        assert index is not None
        found: list[int] = []
        starts = words.starts
        where = words.where()
        # a word whose own letters rule it out whatever follows it, in any text: known from
        # an earlier text, so only the other words are visited (most words of a text)
        never = self._never
        if len(never) > _MAX_NEVER:
            never.clear()
        for w in where.keys() - never:
            at = where[w]
            if w.isalpha():  # most words: one letter run, the word itself
                if len(w) >= k:
                    if index.rules_for(w[:k]):
                        found.extend(starts[i] for i in at)
                    else:
                        never.add(w)
                elif index.may_begin(w):  # shorter than k: what follows it is read in the text
                    found.extend(q for q in (starts[i] for i in at) if index.rules_for(text[q:q + k]))
                else:
                    never.add(w)
                continue
            ruled_out = True
            for run in _RUN.finditer(w):
                r = run.start()
                if len(w) - r >= k:  # the first characters are the word's own
                    if index.rules_for(w[r:r + k]):
                        found.extend(starts[i] + r for i in at)
                        ruled_out = False
                elif index.may_begin(w[r:]):
                    found.extend(q for q in (starts[i] + r for i in at) if index.rules_for(text[q:q + k]))
                    ruled_out = False
            if ruled_out:
                never.add(w)
        found.sort()
        return found
