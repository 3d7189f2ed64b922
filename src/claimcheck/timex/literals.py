"""Which rules a text can match at all, from the literal words their patterns require.

Most time-expression rules need a word no article lacks ("the", a digit), but many need one
most articles never write ("ago", "every", "fiscal", "thousand"); the finder would still try
them at every start near a trigger, and fail. Each rule's parse tree gives a set of literal
strings one of which every match holds (``required``: a sequence needs what one of its items
needs, a branch what each alternative needs, a repeat what its body needs when it runs at
least once). Only runs of ASCII letters and digits are kept, so a required string lies within
one word of the text: the words of the finder's own scan tell, once per distinct word, which
rules' strings they hold (``LiteralGate``). A rule whose strings a text lacks cannot match it
and is not tried: the first rule that matches at a start is the same one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as C  # noqa: N812 (CPython's regex parser: the parse tree's opcodes)
from re import _parser as P  # noqa: N812
from typing import Any

_PIECE = re.compile(r"[a-z0-9]{2,}")  # a single character is in nearly every text: no gate
_MAX_WORDS = 200_000  # distinct words remembered (a corpus's vocabulary; forgotten beyond)


def required(pattern: str, flags: int) -> frozenset[str] | None:
    """Lower-case strings of ASCII letters and digits, one of which every match of
    ``pattern`` holds; None when the tree gives no such set."""
    return _sequence(list(P.parse(pattern, flags)))


def _sequence(items: list[Any]) -> frozenset[str] | None:
    options: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        # a run of literal characters is read as written: each piece of letters and digits is
        # required on its own ("a.m." holds "a" and "m"; "fiscal year" holds both words)
        options.extend(frozenset({p}) for p in _PIECE.findall("".join(run).lower()))
        run.clear()

    for op, av in items:
        if op is C.LITERAL and chr(av).isascii():
            run.append(chr(av))
            continue
        flush()
        found = _item(op, av)
        if found is not None:
            options.append(found)
    flush()
    if not options:
        return None
    # the most selective: its shortest string longest, then the fewest strings
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


def _item(op: Any, av: Any) -> frozenset[str] | None:
    if op is C.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is C.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            found = _sequence(list(alternative))
            if found is None:
                return None
            out |= found
        return frozenset(out)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence(list(av[2]))
    return None  # a character class, an optional part, a look-around, a back-reference


class LiteralGate:
    """For a list of rules' required strings (None: none), the rules a text can match, as a
    bit mask (bit ``i``: rule ``i``), from the text's words."""

    def __init__(self, requirements: list[frozenset[str] | None]) -> None:
        self.always = sum(1 << i for i, r in enumerate(requirements) if r is None)
        self.every = (1 << len(requirements)) - 1
        self._bits: dict[str, int] = {}
        for i, r in enumerate(requirements):
            for s in r or ():
                self._bits[s] = self._bits.get(s, 0) | 1 << i
        self._lengths = sorted({len(s) for s in self._bits})
        self._words: dict[str, int] = {}

    def rules_in(self, words: Iterable[str]) -> int:
        """The mask of the rules whose required strings one of ``words`` holds, with the
        rules that require none. A word beyond ASCII passes every rule: case folding joins
        some such letters to ASCII ones ("ſ" matches "s")."""
        known = self._words
        if len(known) > _MAX_WORDS:
            known.clear()
        mask = self.always
        for w in set(words):
            bits = known.get(w)
            if bits is None:
                bits = known[w] = self._of(w)
            mask |= bits
        return mask

    def _of(self, word: str) -> int:
        if not word.isascii():
            return self.every
        low, bits, table = word.lower(), 0, self._bits
        n = len(low)
        for size in self._lengths:
            if size > n:
                break
            for i in range(n - size + 1):
                bits |= table.get(low[i:i + size], 0)
        return bits
