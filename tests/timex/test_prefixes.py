"""First characters of a rule read from its parse tree, and the rules tried at a start."""

from __future__ import annotations

import re

from claimcheck.timex.finder import _match_at, combined
from claimcheck.timex.prefixes import PrefixIndex, first_prefixes
from claimcheck.timex.rules import RULES

from test_timex_finder import TEXT


def words(pattern: str, k: int = 3) -> set[str] | None:
    """The prefixes as strings of lower-case letters (positions of one letter in two cases)."""
    found = first_prefixes(pattern, re.IGNORECASE, k)
    if found is None:
        return None
    return {"".join(min(c) if c else "?" for c in p).lower() for p in found}


def test_literals_alternatives_and_optional_leads() -> None:
    assert words(r"the\s+day") == {"the"}
    assert words(r"(?:last|next)\s+week") == {"las", "nex"}
    assert words(r"(?:the\s+)?monday") == {"the", "mon"}
    assert words(r"q[1-4]") == {"q1"}  # a match shorter than k: its whole length
    assert words(r"(?<=\bon\s)the\s+(?P<d>\d+)") == {"the"}  # zero-width: what follows begins it


def test_repeats_and_anything() -> None:
    assert first_prefixes(r"x*", re.IGNORECASE, 3) is None  # may match empty
    assert first_prefixes(r"(?P<a>x)(?P=a)", re.IGNORECASE, 3) is None  # a back-reference: unknown
    found = first_prefixes(r"a\w+b", re.IGNORECASE, 3)
    assert found is not None and all(p[1] is None for p in found)  # \w: anything
    assert words(r"ab{2,5}") == {"abb"}


def test_index_keeps_rule_order_and_lets_non_ascii_through() -> None:
    index = PrefixIndex([first_prefixes(p, re.IGNORECASE, 3) for p in (r"the\s+day", r"\d+\s+days", r"to\w*")], 3)
    assert index.rules_for("the") == (0,)
    assert index.rules_for("tom") == (2,)
    assert index.rules_for("12 ") == (1,)
    sun = PrefixIndex([first_prefixes(p, re.IGNORECASE, 3) for p in (r"the\s+day", r"sun\w*")], 3)
    assert sun.rules_for("ſun") == (1,) and sun.rules_for("xun") == ()  # a long s folds to s: open there
    assert index.rules_for("") == ()


def test_rules_tried_at_every_start_as_the_combined_pattern() -> None:
    text = TEXT + " Rugby on SUNDAY 3 MAY; the cup final in ſeptember; the ’90s; 2nd half; 1 March.\nQ3 q4 "
    for i in range(len(text)):
        m = combined().match(text, i)
        hit = _match_at(text, i, len(text))
        assert (None if m is None else (m.span(), m.lastgroup)) == (None if hit is None else (hit[1].span(), hit[0]))
    assert all(first_prefixes(r.pattern, re.IGNORECASE, 3) is not None for r in RULES)  # every rule is indexed


def test_word_starts_find_what_finditer_finds() -> None:
    import sys

    from claimcheck.timex.prefixes import _FOLDS_TO_ASCII, WordStarts
    from claimcheck.words import scan

    rx = re.compile(r"\b(?:(?:was |been )?(?:founded|set up) in|since its (?:launch|creation) in|in \d{4})\b", re.IGNORECASE)
    starts = WordStarts(rx)
    assert starts.index is not None
    text = ("Corvex, founded in 1921, was set up in Lyon; the club (re-founded in 1950) has run since its launch in "
            "1990. Was founded IN 2001, co-founded in 1999, unfounded in law, it's been set up in 2004 in 2005 in.")
    assert [m.span() for m in starts.finditer(text, scan(text))] == [m.span() for m in rx.finditer(text)]
    assert len(list(rx.finditer(text))) >= 6
    folded = text.replace("launch", "\u017ftart").replace("since its \u017ftart", "since its launch") + " ſince its launch in 1"
    assert [m.span() for m in starts.finditer(folded, scan(folded))] == [m.span() for m in rx.finditer(folded)]
    # a pattern that may begin inside a word is left to finditer
    assert WordStarts(re.compile(r"founded in", re.IGNORECASE)).index is None
    letter = re.compile("[a-z]", re.IGNORECASE)
    assert {chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))} == set(_FOLDS_TO_ASCII)
