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

    def rules_for(self, chunk: str) -> tuple[int, ...]:
        """The rules that can match where the text reads ``chunk`` (its next ``k`` characters,
        fewer at its end)."""
        found = self._known.get(chunk)
        if found is None:
            found = self._known[chunk] = tuple(i for i, by in enumerate(self._by_first)
                                               if by is None or _admits(by, chunk))
        return found


def _admits(by: dict[str | None, list[Prefix]], chunk: str) -> bool:
    if not chunk:
        return False  # every prefix reads at least one character
    first = chunk[0]
    tails = (by.get(first, []) + by.get(None, [])) if first.isascii() else [t for ts in by.values() for t in ts]
    rest = chunk[1:]
    for tail in tails:
        if len(tail) > len(rest):
            continue
        if all(c is None or ch in c or not ch.isascii() for c, ch in zip(tail, rest)):
            return True
    return False
