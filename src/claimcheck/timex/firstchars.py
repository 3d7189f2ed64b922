"""The characters a regular expression's match can begin with, read from its parse tree.

The time-expression finder tries one alternation of every rule at each candidate start;
most rules cannot begin with the character there ("the ..." rules at a digit, month
names at "a"), yet the regex engine enters each of them. Knowing each rule's possible
first characters, the finder tries only the rules that can begin there, in the same
order, so the first alternative that matches is the same one. The answer is a superset:
whatever the parse tree holds that this module does not read (a class by category, a
negated set, a back-reference, a pattern that may match empty) gives None, "anything".
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 (CPython's regex parser: the parse tree's opcodes)
from re import _parser as P  # noqa: N812
from typing import Any

_WIDE_RANGE = 256  # a character range wider than this is not listed: "anything"


def first_chars(pattern: str, flags: int) -> frozenset[str] | None:
    """The ASCII characters a match of ``pattern`` can begin with; None when it may begin
    with anything. A text character outside ASCII is not answered for (case folding
    joins some of them to ASCII letters: 'ſ' to 's'): the caller tries every rule there."""
    found = _sequence(P.parse(pattern, flags))
    if found is None or found[1]:  # may match the empty string: no first character
        return None
    return frozenset(found[0])


# (ASCII characters, nullable): nullable when the item may consume nothing
_Found = tuple[set[str], bool]
_ASCII = [chr(code) for code in range(128)]
_DIGITS = set("0123456789")


def _cases(ch: str) -> set[str]:
    """The ASCII characters ``ch`` matches, ignoring case or not (a superset either way)."""
    if ch.isascii():
        return {ch.lower(), ch.upper()}
    return {a for a in _ASCII if re.fullmatch(re.escape(ch), a, re.IGNORECASE)}


def _sequence(items: Any) -> _Found | None:
    chars: set[str] = set()
    for op, av in items:
        found = _item(op, av)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _item(op: Any, av: Any) -> _Found | None:
    if op is C.LITERAL:
        return _cases(chr(av)), False
    if op is C.IN:
        return _in(av)
    if op is C.BRANCH:
        chars: set[str] = set()
        nullable = False
        for alternative in av[1]:
            found = _sequence(alternative)
            if found is None:
                return None
            chars |= found[0]
            nullable = nullable or found[1]
        return chars, nullable
    if op is C.SUBPATTERN:
        return _sequence(av[3])
    if op is C.ATOMIC_GROUP:
        return _sequence(av)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        found = _sequence(av[2])
        return None if found is None else (found[0], found[1] or av[0] == 0)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero-width: what follows begins the match
        return set(), True
    return None


def _in(items: Any) -> _Found | None:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars |= _cases(chr(av))
        elif op is C.RANGE and av[1] - av[0] <= _WIDE_RANGE:
            for code in range(av[0], av[1] + 1):
                chars |= _cases(chr(code))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            chars |= _DIGITS  # the ASCII ones: other digits are outside ASCII, not answered for
        else:  # a negated set, \w, \s, a wide range: anything
            return None
    return chars, False
