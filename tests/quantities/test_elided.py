"""A count whose noun is left out because a clause before it gave the noun
(quantities/elided.py). Articles written for the tests: a petition, a marina, a sailing
league, a council vote, a regatta."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.quantities.elided import counted, noun_for, table
from claimcheck.quantities.find import find

_SENTENCE = re.compile(r"[^.]+\.")


def _read(text: str, value: float) -> str | None:
    """The noun the bare number ``value`` of the last sentence takes (None: none)."""
    spans = [m.span() for m in _SENTENCE.finditer(text)]
    before = None
    for k, (lo, hi) in enumerate(spans):
        found = find(text, lo, hi, [])
        if k < len(spans) - 1:
            before = counted(text, found, [])
            continue
        r = next(f for f in found if f.value == value)
        head, _ = noun_for(text, lo, hi, r, found, before)
        return head or None
    return None


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_elided_examples(ex) -> None:
    assert _read(ex.text, ex.value) == ex.head


def _counts(report, head: str) -> list[tuple[str, str]]:
    return sorted((f.severity, f.summary) for f in report.findings if f.kind == "count" and head in f.summary)


def test_a_pronoun_and_a_left_out_noun_meet_the_written_count(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-04-10", "Council vote\n\nThe Greens won 14 seats in the city council on Thursday. "
                            "They had 11 in the first round of counting.\n"),
        "b": ("2026-04-10", "Council\n\nThe Greens took 17 seats in the first round of counting, officials said.\n"),
    })
    assert [s for s, _ in _counts(report, "seats")] == ["conflict"]


def test_two_nouns_counted_before_leave_the_number_unread(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-04-10", "Council vote\n\nThe Greens won 14 seats and 40,000 votes on Thursday. "
                            "They had 11 in the first round of counting.\n"),
        "b": ("2026-04-10", "Council\n\nThe Greens took 17 seats in the first round of counting, officials said.\n"),
    })
    assert _counts(report, "seats") == []


def test_a_noun_written_after_the_number_is_its_own(tmp_path: Path) -> None:
    # "had 30 helpers": the noun written is the one counted, never the boats before
    report = run_dated(tmp_path, {
        "a": ("2026-06-02", "Regatta\n\nThe regatta started with 38 boats. It had 30 helpers on the water.\n"),
        "b": ("2026-06-02", "Regatta\n\nThe regatta started with 38 boats from six clubs.\n"),
    })
    assert _counts(report, "boat") == []
