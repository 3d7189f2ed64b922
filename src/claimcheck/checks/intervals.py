"""Interval logic on claims' ``when``: relation of two intervals and their precision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, TypeVar

from ..models import Claim

T = TypeVar("T")
Relation = Literal["equal", "inside", "contains", "overlap", "before", "after"]

# Coarser granularity = larger rank; "interval" is a stated window, ranked by its length.
_RANK: dict[str, int] = {
    "time": 0, "day": 1, "week": 2, "month": 3, "season": 4, "quarter": 4, "half": 5,
    "year": 6, "decade": 7, "century": 8,
}


@dataclass(frozen=True, order=True)
class Span:
    """A closed interval of days with its granularity."""

    start: date
    end: date
    granularity: str = "day"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def is_point(self) -> bool:
        return self.start == self.end


def claim_span(claim: Claim) -> Span | None:
    """The interval a claim's ``when`` covers, or None when it has no resolved dates."""
    w = claim.when
    if w is None or w.start is None or w.end is None:
        return None
    start, end = (w.start, w.end) if w.start <= w.end else (w.end, w.start)
    return Span(start, end, w.granularity or ("day" if start == end else "interval"))


def relation(a: Span, b: Span) -> Relation:
    """How ``a`` stands to ``b``: equal, inside b, contains b, overlap, before or after."""
    if a.start == b.start and a.end == b.end:
        return "equal"
    if a.end < b.start:
        return "before"
    if b.end < a.start:
        return "after"
    if b.start <= a.start and a.end <= b.end:
        return "inside"
    if a.start <= b.start and b.end <= a.end:
        return "contains"
    return "overlap"


def overlaps(a: Span, b: Span) -> bool:
    return not (a.end < b.start or b.end < a.start)


def gap_days(a: Span, b: Span) -> int:
    """Days strictly between two disjoint intervals (0 when they touch or overlap)."""
    if a.end < b.start:
        return (b.start - a.end).days - 1
    if b.end < a.start:
        return (a.start - b.end).days - 1
    return 0


def precision_rank(s: Span) -> int:
    """Smaller is more precise; a window ranks by its length."""
    if s.granularity == "interval":
        d = s.days
        return 1 if d <= 1 else 2 if d <= 7 else 3 if d <= 31 else 5 if d <= 183 else 6
    return _RANK.get(s.granularity, 6)


def hull(spans: list[Span]) -> Span:
    start = min(s.start for s in spans)
    end = max(s.end for s in spans)
    return Span(start, end, "interval" if len(spans) > 1 else spans[0].granularity)


def has_partial_overlap(spans: list[Span]) -> bool:
    """Whether two intervals overlap without one containing the other (O(n log n)).

    Sorted by start, then longest first, the intervals form a laminar family exactly when
    each one either ends inside the innermost open interval that contains its start or
    starts after that interval's end.
    """
    stack: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end.toordinal())):
        while stack and stack[-1].end < s.start:
            stack.pop()
        if stack and s.end > stack[-1].end:
            return True
        stack.append(s)
    return False


def time_clusters(items: list[tuple[T, Span | None]], gap_days_allowed: int = 0) -> list[list[T]]:
    """Group items whose intervals overlap or lie at most ``gap_days_allowed`` apart (a
    sweep by start). An item without an interval cannot be placed: it joins every group."""
    dated = sorted(((o, s) for o, s in items if s is not None), key=lambda it: (it[1].start, it[1].end))  # type: ignore[union-attr]
    undated = [o for o, s in items if s is None]
    out: list[list[T]] = []
    reach: date | None = None
    for o, s in dated:
        assert s is not None
        if reach is None or (s.start - reach).days - 1 > gap_days_allowed:
            out.append([o])
            reach = s.end
        else:
            out[-1].append(o)
            reach = max(reach, s.end)
    return [group + undated for group in out] or ([undated] if undated else [])
