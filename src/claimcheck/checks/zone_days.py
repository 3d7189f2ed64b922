"""Two days one apart, told by sources whose time zones are known (dating/zones.py).

An outlet writes a happening's day in its own zone. Source A says day D, source B the day
after: one moment can be both only if B's zone lies ahead of A's by the hours that carry the
moment over B's midnight. With the hours each side allows (checks/day_hours.py: a clock
time, "late on", "early hours of", else the whole day) that shift must lie in
``(24 + B's earliest hour - A's latest, 24 + B's latest - A's earliest)``; the zones allow
``(B's least offset - A's greatest, B's greatest - A's least)`` on that day. No overlap: the
two days disagree whatever the clock (a ``conflict``: one zone, or B behind A, or an hour
too far from midnight). An overlap between two zones, with an hour written on one side: the
same moment in two zones (a ``variant``); so is an overlap with no hour written when B's zone
runs at least `FAR_AHEAD` hours ahead of A's (most of A's day is B's next). Anything else (a
zone unknown, no hour written between two nearer zones) is left to the date rule as it was.

A claim written with a zone of its own ("Japan time", "local time") is not in its source's
zone: it takes no part. Two sources of one outlet share its zone even when it is unknown.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from ..dating.zones import SourceZone, _is_copy, offsets, source_zone
from ..models import Claim
from .context import CheckContext
from .day_hours import WHOLE_DAY, Hours, hours

_EPS = 1e-6
# hours B's zone runs ahead of A's at the least: with no hour written, a moment of most of A's
# day is already B's next day (Wellington against Seattle, 21 hours), so the two days are one
# moment in two zones
FAR_AHEAD = 18.0


@dataclass(frozen=True)
class ZoneVerdict:
    severity: str  # "conflict" or "variant"
    claims: list[Claim]
    why: str


def _zones(ctx: CheckContext) -> dict[str, SourceZone | None]:
    return ctx.shared("source-zones", lambda c: {sid: source_zone(s) for sid, s in c.sources.items()})


def _source_hours(claims: list[Claim]) -> Hours:
    """The hours a source's claims of one day allow together (they tell one moment): their
    common part, else the widest."""
    spans = [hours(c) for c in claims]
    lo, hi = max(s[0] for s in spans), min(s[1] for s in spans)
    if lo < hi:
        return lo, hi
    return min(s[0] for s in spans), max(s[1] for s in spans)


def _by_source(claims: list[Claim], local: set[str]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.id not in local:
            out[c.source].append(c)
    return dict(sorted(out.items()))


def _shift_range(ctx: CheckContext, a: str, b: str, day: date) -> tuple[float, float] | None:
    """How far B's clock may run ahead of A's on ``day`` (hours), None when a zone is unknown."""
    zones = _zones(ctx)
    za, zb = zones.get(a), zones.get(b)
    if za is None or zb is None:
        oa, ob = ctx.sources[a].outlet if a in ctx.sources else None, ctx.sources[b].outlet if b in ctx.sources else None
        if oa and oa == ob and not _is_copy(oa):
            return 0.0, 0.0  # one outlet, one zone
        return None
    fa, fb = offsets(za, day), offsets(zb, day)
    if fa is None or fb is None:
        return None
    return fb[0] - fa[1], fb[1] - fa[0]


def _label(ctx: CheckContext, sid: str) -> str:
    z = _zones(ctx).get(sid)
    return f"{sid} ({z.label()} time, from its {z.basis})" if z is not None else f"{sid} (the same outlet)"


def zone_verdict(ctx: CheckContext, day: date, earlier: list[Claim], later: list[Claim],
                 local: set[str]) -> ZoneVerdict | None:
    """``earlier`` dated ``day``, ``later`` the day after; ``local`` the ids of claims written
    with a zone of their own. Linear in the claims, quadratic only in the sources of a pair
    of days (a handful)."""
    left, right = _by_source(earlier, local), _by_source(later, local)
    clashes: list[tuple[str, str]] = []
    joined: list[tuple[str, str]] = []
    for a, ca in left.items():
        ha = _source_hours(ca)
        for b, cb in right.items():
            if a == b:
                continue
            shift = _shift_range(ctx, a, b, day)
            if shift is None:
                continue
            hb = _source_hours(cb)
            need = (24 + hb[0] - ha[1], 24 + hb[1] - ha[0])
            if shift[1] <= need[0] + _EPS or shift[0] >= need[1] - _EPS:
                clashes.append((a, b))
            elif shift != (0.0, 0.0) and (ha != WHOLE_DAY or hb != WHOLE_DAY or shift[0] >= FAR_AHEAD):
                joined.append((a, b))
    if clashes:
        a, b = clashes[0]
        # one claim stands for each source of the first pair (its claims of the day agree with
        # each other; more would set sentences of one source against another's for nothing)
        claims = [left[a][0], right[b][0]]
        why = (f"one day apart, and {_label(ctx, a)} and {_label(ctx, b)} write their days in time zones "
               "between which no shift carries one moment over midnight (at the hours written, if any): "
               "the two days disagree.")
        return ZoneVerdict("conflict", claims, why)
    if joined and len(joined) == sum(1 for a in left for b in right if a != b):
        a, b = joined[0]
        claims = [left[a][0], right[b][0]]
        return ZoneVerdict("variant", claims,
                           f"one day apart, and {_label(ctx, a)} and {_label(ctx, b)} write their days in zones "
                           "whose difference carries the hour written over midnight: one moment in two zones.")
    return None


def zones_may_join(ctx: CheckContext, day: date, earlier: list[Claim], later: list[Claim], local: set[str]) -> bool:
    """Whether two sources of the two days write in known zones that a shift may join
    (Paris's Saturday may be Sydney's Sunday): the date rule then leaves the pair a tension.
    A zone unknown is no such evidence: a source that names no home of its own is read as
    writing the story's day."""
    left, right = _by_source(earlier, local), _by_source(later, local)
    zones = _zones(ctx)
    for a in left:
        for b in right:
            if a == b or zones.get(a) is None or zones.get(b) is None:
                continue
            shift = _shift_range(ctx, a, b, day)
            if shift is not None and shift[1] > _EPS:
                return True
    return False
