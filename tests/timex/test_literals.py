"""The literal strings a rule's matches need, and the rules a text's words let the finder try."""

from __future__ import annotations

import re

from claimcheck.timex.finder import _WORD_SPLIT, _gate, _match_at
from claimcheck.timex.literals import LiteralGate, required
from claimcheck.timex.rules import RULES

from test_timex_finder import TEXT


def req(pattern: str) -> set[str] | None:
    found = required(pattern, re.IGNORECASE)
    return None if found is None else set(found)


def test_sequences_branches_and_repeats() -> None:
    assert req(r"\d+\s+(?:days?|weeks?)\s+ago") == {"ago"}  # the longest: "ago" over "day"/"week"
    assert req(r"(?:last|next)\s+week") == {"week"}
    assert req(r"(?:jan|feb)(?:uary)?") == {"jan", "feb"}
    assert req(r"(?:every|daily)|(?:once)\s+a") == {"every", "daily", "once"}
    assert req(r"(?:every\s+)?day") == {"day"}  # an optional part needs nothing
    assert req(r"a\.m\.") is None  # single letters are in every text: no gate
    assert req(r"(?:ago|\d+)") is None  # one alternative needs no literal: nor does the branch
    assert req(r"(?:fiscal\s+)+year") == {"fiscal"}  # a repeat run at least once needs its body's
    assert req(r"(?=spring)\w+") is None  # a look-ahead is not read


def test_gate_masks_by_words_and_lets_non_ascii_through() -> None:
    gate = LiteralGate([frozenset({"ago"}), None, frozenset({"jan", "feb"})])
    assert gate.rules_in(["two", "weeks", "AGO"]) == 0b011
    assert gate.rules_in(["Janvier"]) == 0b110  # a piece of a word holds the string
    assert gate.rules_in(["nothing"]) == 0b010
    assert gate.rules_in(["ſeptember"]) == 0b111  # a long s folds to s: every rule open


def test_gated_rules_find_what_every_rule_finds() -> None:
    text = TEXT + (" Rugby on SUNDAY 3 MAY; the cup final in ſeptember; the ’90s; 2nd half; 1 March.\nQ3 q4 "
                   "three weeks ago, every Monday, in fiscal 2024, the nineteen-nineties, twice a year, Christmas Eve")
    active = _gate().rules_in(_WORD_SPLIT.split(text)[1::2])
    assert active != (1 << len(RULES)) - 1 or "ſ" in text
    plain = "The ferry left at dawn on Tuesday and docked two days later; its next run is in March."
    plain_active = _gate().rules_in(_WORD_SPLIT.split(plain)[1::2])
    assert plain_active != (1 << len(RULES)) - 1  # "ago", "fiscal", "every" ... are not tried here
    for sample, mask in ((text, active), (plain, plain_active)):
        for i in range(len(sample)):
            full, gated = _match_at(sample, i, len(sample)), _match_at(sample, i, len(sample), mask)
            assert (None if full is None else (full[0], full[1].span())) == \
                (None if gated is None else (gated[0], gated[1].span()))
