"""What the readers that run beside the scope rules share (quantities/audience.py,
quantities/lasted.py): the spans of dates and times a number finder must not read, a test
that the scope rules read a quantity already, and the rule that one key given two values in
one source is two events, neither kept."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterator

from ..models import Quantity, Source, Span, Timex
from ..segment import sentences_outside_excluded

Found = list[tuple[int, Quantity]]


def sentences_with_skips(source: Source, timexes: list[Timex], sentences: list[tuple[int, Span]] | None = None
                         ) -> Iterator[tuple[int, int, int, list[tuple[int, int]]]]:
    """(index, start, end, date and time spans starting in it) of each sentence outside the
    excluded text (or of ``sentences``, (index, span) pairs of them: those meeting a reader's
    cue); the spans are cut from one sorted list, not searched for per sentence."""
    skip = sorted(t.span for t in timexes if t.type in {"DATE", "TIME", "SET"})
    starts = [a for a, _ in skip]
    for i, (s, e) in sentences_outside_excluded(source) if sentences is None else sentences:
        yield i, s, e, skip[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]


def read_elsewhere(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether a quantity the scope rules read overlaps [a, b) (``spans`` sorted)."""
    k = bisect.bisect_left(spans, (b, b)) - 1
    return k >= 0 and spans[k][1] > a


def one_value_per_key(found: Found, key: Callable[[Quantity], Hashable]) -> Found:
    """The quantities whose key the source gives one value: two values are two events."""
    values: dict[Hashable, set[float]] = {}
    for _, q in found:
        values.setdefault(key(q), set()).add(q.value)
    return [(i, q) for i, q in found if len(values[key(q)]) == 1]


__all__ = ["one_value_per_key", "read_elsewhere", "sentences_with_skips"]
