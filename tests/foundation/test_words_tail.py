"""words.Tail: a pattern anchored at a window's end runs only where the window ends with one
of its last words; the gate never rules out a window the pattern matches."""

from __future__ import annotations

import re

from claimcheck.words import Tail, last_words, shared


def test_last_words() -> None:
    assert last_words(["stood at", "Reached", "rose  to", ""]) == ("at", "reached", "to")


def test_tail_gate_never_rules_out_a_match() -> None:
    phrases = ["stood at", "reached", "valued at", "worth"]
    pattern = re.compile(r"(?<![\w-])(?:stood at|reached|valued at|worth)\s+$", re.IGNORECASE)
    windows = [
        "The harbour fee stood at ", "Ticket sales REACHED ", "The painting, valued at\n", "a ring worth  ",
        "The fee stood at", "Sales reached a", "The total was ", "", "   ", "Shares were worth about ",
        "The ſum reached ",  # a long s (case-folds to "s"): beyond ASCII, every pattern runs
    ]
    ends = last_words(phrases)
    for w in windows:
        if pattern.search(w) is not None:
            assert Tail(w).ends(ends), w
    assert not Tail("The total was ").ends(ends)
    assert not Tail("The fee stood at").ends(ends)  # no space after the phrase
    assert Tail("The fee stood at").ends(ends, spaced=False)
    assert Tail("naïve total was ").ends(ends)  # a character outside ASCII: left to the pattern


def test_shared_either_side() -> None:
    where = {"the": [0], "ferry": [1], "sank": [2]}
    assert sorted(shared(where, frozenset({"ferry", "sank", "harbour", "tug", "pier"}))) == ["ferry", "sank"]
    assert sorted(shared(where, frozenset({"sank"}))) == ["sank"]
    assert not shared(where, frozenset())
