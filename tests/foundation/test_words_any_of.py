"""words.any_of: one search tells what a loop of substring tests tells."""

from __future__ import annotations

from claimcheck.words import any_of


def test_any_of_as_substring_tests() -> None:
    literals = ("kiln", "turbine", "dry dock")
    rx = any_of(literals)
    for text in ("The new turbines were lifted into place.", "A dry dock in the port.", "The kil n was cold.", ""):
        assert (rx.search(text) is not None) == any(x in text for x in literals)
    text = "Workers said the kiln had cooled."
    assert rx.search(text, 0, 20) is None and rx.search(text, 0, 22) is not None  # within the bounds only


def test_no_literals_never_match() -> None:
    assert any_of([]).search("anything") is None
    assert any_of([""]).search("x") is not None  # as '"" in s' is


def test_literal_gate_answers_as_a_search_per_sentence() -> None:
    from claimcheck.words import LiteralGate

    text = "The kiln was lit. Nothing else. A dry\ndock? The turbine hall; then the kil n and a dry dock."
    rx = any_of(("kiln", "turbine", "dry dock", "dry"))
    windows = [(0, 17), (18, 31), (32, 44), (45, 62), (63, len(text)), (70, 75), (81, 84)]
    gate = LiteralGate(rx, text)
    assert [gate.holds(a, b) for a, b in windows] == [rx.search(text, a, b) is not None for a, b in windows]
    # a literal running past a sentence's end, with a shorter one ending inside it
    rx2, text2 = any_of(("abc", "ab")), "xx ab|c and more"
    gate2 = LiteralGate(rx2, text2.replace("|", ""))
    assert gate2.holds(0, 5) is True and gate2.holds(5, 7) is False


def test_substring_gate_answers_as_substring_tests_per_span() -> None:
    from claimcheck.words import SubstringGate

    text = "The kiln was lit. Nothing else. A dry\ndock? The turbine hall; then the kil n and a dry dock."
    literals = ("kiln", "turbine", "dry dock", "dry")
    windows = [(0, 17), (18, 31), (32, 44), (45, 62), (63, len(text)), (70, 75), (81, 84), (5, 5), (0, 3)]
    gate = SubstringGate(literals, text)
    assert [gate.holds(a, b) for a, b in windows] == [any(x in text[a:b] for x in literals) for a, b in windows]
    # asked in any order, not only in text order; a literal cut by the span's end does not count
    assert [gate.holds(a, b) for a, b in reversed(windows)] == [any(x in text[a:b] for x in literals)
                                                               for a, b in reversed(windows)]
    assert SubstringGate(("abc", "ab"), "xx abc").holds(0, 5) is True
    assert SubstringGate(("abc",), "xx abc").holds(0, 5) is False
    assert SubstringGate((), "anything").holds(0, 8) is False and SubstringGate(("",), "x").holds(0, 0) is True
