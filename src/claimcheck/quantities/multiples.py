"""How many times something was done: "was subscribed 38.6 times", "was tested 23 times in
2025", "the mandate had been extended three times".

"N times" after a verb counts that verb's repetitions (or, for a subscription, a multiple of
what was offered); no count table names it, since the noun "times" is no thing. It is keyed by
the verb's stem (``times:<stem>``), so "subscribed 38.6 times" in one article meets
"subscribed 36.8 times" in another, while "covered 3.2 times" stays apart. Look-alikes left
out or kept apart:

- a multiple of another figure ("three times the previous record", "13 times its revenue",
  "three times as many", "times more"): no count of an act, not read;
- no verb right before the number ("three times since Tuesday" after an object): not read;
- a phrase narrowing what was counted ("tested nine times out of competition"): its words are
  the count's modifier, never compared with the count of all ("tested 23 times in 2025");
- a plan ("will be extended three times"): the verb after a modal is none (``open_verb``).

Its as-of time is the time written with it, else its article's day (the count rule aligns a
figure no update cue qualifies with another report of the same week, ``checks/fixed_counts``).
"""

from __future__ import annotations

import re

# "times" ending the number's phrase; "times the record", "times its revenue", "times as many",
# "times more" are multiples of another figure
_TIMES = re.compile(r"\s+times\b(?!\s+(?:(?:the|a|an|as|its|their|his|her|our|that|this|those|these|what|more|less|"
                    r"fewer|higher|lower|larger|bigger|greater|smaller|over|above|below|faster|slower)\b|[A-Z\d£$€¥₹]))"
                    r"(?![-\w])")
# a phrase after the count that narrows what was counted: "out of competition", "among women",
# "for the retail portion"; a time ("in 2025") or an adverb of the whole ("overall") is none
_NARROWING = re.compile(r"\s+(?P<w>(?:out\s+of|among|for|outside|inside|by\s+(?!the\s+time\b))\s+"
                        r"(?:the\s+)?[a-z][a-z-]*(?:\s+(?!(?:in|on|at|by|of|to|from|with|during|since|before|after|when|and|or|but)\b)"
                        r"[a-z][a-z-]*){0,2})")
_NOT_NARROWING = frozenset("a an the this that these those each every his her its their".split())

FLAG = "times"  # Raw.flags: the number counts how many times its verb was done
PREFIX = "times:"


def times_after(text: str, end: int, stop: int) -> int | None:
    """Where "times" ends, when the number at ``end`` is followed by it as a count of times."""
    m = _TIMES.match(text, end, stop)
    return m.end() if m is not None else None


def narrowing(text: str, end: int, stop: int, times: list[tuple[int, int]]) -> str | None:
    """The words after the count that narrow what it counts ("out of competition"), or None;
    a phrase that is a time expression ("by Friday") narrows nothing. The count rule reads
    them as the count's role: a subset is never compared with the whole."""
    m = _NARROWING.match(text, end, stop)
    if m is None or any(a < m.end() and m.start("w") < b for a, b in times):
        return None
    words = [w for w in m.group("w").lower().split() if w not in _NOT_NARROWING]
    return "-".join(words) if len(words) > 1 else None


__all__ = ["FLAG", "PREFIX", "narrowing", "times_after"]
