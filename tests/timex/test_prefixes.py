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
