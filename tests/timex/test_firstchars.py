"""First characters read from a pattern's parse tree, and the guarded alternation they make."""

from __future__ import annotations

import re

from claimcheck.timex.finder import _GROUP, combined
from claimcheck.timex.firstchars import first_chars
from claimcheck.timex.rules import BOUND_AFTER, BOUND_BEFORE, RULES

from test_timex_finder import TEXT


def chars(pattern: str) -> set[str] | None:
    found = first_chars(pattern, re.IGNORECASE)
    return None if found is None else set(found)


def test_literal_optional_lead_and_lookbehind() -> None:
    assert chars(r"the\s+day") == {"t", "T"}
    assert chars(r"(?:(?:last|next)\s+)?monday") == set("lLnNmM")
    assert chars(r"(?<=\bon\s)the\s+(?P<d>\d+)") == {"t", "T"}  # zero-width: what follows begins it
    assert chars(r"\d{4}|[a-c]x") == set("0123456789abcABC")


def test_anything_when_unsure() -> None:
    assert chars(r"(?:x)?") is None  # may match empty
    assert chars(r"[^a]b") is None  # a negated set
    assert chars(r"\w+ days") is None  # a class by category other than digits


def test_non_ascii_pattern_characters_map_to_what_they_match() -> None:
    assert chars("\u212a") == {"k", "K"}  # the Kelvin sign matches k when case is ignored
    assert chars("’90s") == set()  # no ASCII character: the guard still lets non-ASCII through


def test_guarded_alternation_matches_as_the_unguarded_one() -> None:
    plain = re.compile(BOUND_BEFORE + "(?:" + "|".join(f"(?P<{r.name}>{_GROUP.sub('(?:', r.pattern)})" for r in RULES)
                       + ")" + BOUND_AFTER, re.IGNORECASE)
    text = TEXT + " Rugby on SUNDAY 3 MAY; the cup final in ſeptember; the ’90s; 2nd half; 1 March.\n"
    assert ([(m.span(), m.lastgroup) for m in combined().finditer(text)]
            == [(m.span(), m.lastgroup) for m in plain.finditer(text)])
    # every start, not only where a scan finds a match
    assert ([(m.span(), m.lastgroup) if m else None for m in (combined().match(text, i) for i in range(len(text)))]
            == [(m.span(), m.lastgroup) if m else None for m in (plain.match(text, i) for i in range(len(text)))])


def test_guard_of_a_rule_beginning_outside_ascii() -> None:
    from claimcheck.timex.finder import _first_char_guard

    guard = re.compile(_first_char_guard("’90s") + "’90s")
    assert guard.match("’90s") and not guard.match("]90s")
