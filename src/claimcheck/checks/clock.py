"""Times of day within one day: the clock part of claimcheck.check.date.v1.

Two sources that date one event on the same day may still disagree on the hour ("at 3:10
p.m." against "at 4:10 p.m."). Only clock times (``T16:10``) are compared, never a part of
the day ("Tuesday night"). Two clock times read in different written time zones ("10:35
a.m. EDT", "3:35 p.m. GMT", "Taiwan time") are one moment written twice: a ``variant``;
two times within the tolerance where one is approximate ("about 4:10 p.m.") are a
``variant``; any other difference is a ``conflict``. Only articles that give the event one
time are compared (one that states the quake's time and the tsunami's two hours later
speaks of two moments).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..models import Claim, Finding, Severity
from .context import CheckContext
from .finding import make_finding
from .tables import date_tables

_CLOCK = re.compile(r"T(\d\d):(\d\d)$")
# a written zone right after the clock time: "EDT", "GMT", "Taiwan time", "local time"
_ZONE = re.compile(r"[\s,]*\(?\s*(?P<zone>(?-i:[A-Z]{2,4}T|GMT|UTC)\b|(?:[A-Z][a-z]+|local)\s+time\b)")


def minutes(claim: Claim) -> int | None:
    """Minutes after midnight of a clock-time claim ("2024-01-06T05:25"), else None."""
    w = claim.when
    if w is None or w.granularity != "time" or w.start is None or w.start != w.end:
        return None
    m = _CLOCK.search(w.value)
    return int(m.group(1)) * 60 + int(m.group(2)) if m else None


def zone(claim: Claim) -> str | None:
    """The time zone written with the clock time ("local", "gmt", "taiwan"), None when none is."""
    w = claim.when
    if w is None:
        return None
    inside = _ZONE.search(w.text)
    if inside is not None:
        return _zone_name(inside.group("zone"))
    lo = w.span[1] - claim.span[0]
    after = _ZONE.match(claim.quote, lo) if 0 <= lo <= len(claim.quote) else None
    return _zone_name(after.group("zone")) if after else None


def _zone_name(written: str) -> str:
    return written.lower().removesuffix(" time")


def _approx(claim: Claim) -> bool:
    return claim.timex is not None and claim.timex.mod == "APPROX"


def clock_findings(ctx: CheckContext, sid: str, what: str, claims: list[Claim]) -> Iterator[Finding]:
    """Per day: exact clock times that differ (a conflict, or a time-zone variant); an
    approximate time near the others (a variant) or far from all of them (a conflict)."""
    by_day: dict[object, list[tuple[int, Claim]]] = {}
    for c in claims:
        n = minutes(c)
        if n is not None and c.when is not None:
            by_day.setdefault(c.when.start, []).append((n, c))
    tolerance = date_tables().clock_tolerance_minutes
    for day in sorted(by_day, key=str):
        said: dict[str, set[int]] = {}
        for n, c in by_day[day]:
            said.setdefault(c.source, set()).add(n)
        # an article giving several times speaks of several moments (the quake, then the
        # tsunami): only articles that give one time are compared
        timed = sorted(((n, c) for n, c in by_day[day] if len(said[c.source]) == 1),
                       key=lambda it: (it[0], it[1].source, it[1].span))
        if len({n for n, _ in timed}) < 2:
            continue
        exact = [it for it in timed if not _approx(it[1])]
        if len({n for n, _ in exact}) > 1:
            yield _finding(ctx, sid, what, exact, _exact_verdict(exact[0][1], exact[-1][1], exact[-1][0] - exact[0][0]))
        for n, c in timed:
            if not _approx(c):
                continue
            others = [m for m, o in (exact or timed) if o is not c]
            if not others:
                continue
            gap = min(abs(n - m) for m in others)
            if gap == 0:
                continue
            near = [(n, c)] + [(m, o) for m, o in (exact or timed) if o is not c and abs(n - m) == gap]
            verdict = (("variant", f"{gap} minutes apart and one time is approximate.") if gap <= tolerance
                       else ("conflict", f"{gap} minutes apart: more than an approximate time allows."))
            yield _finding(ctx, sid, what, sorted(near, key=lambda it: (it[0], it[1].source, it[1].span)), verdict)


def _exact_verdict(a: Claim, b: Claim, gap: int) -> tuple[Severity, str]:
    za, zb = zone(a), zone(b)
    if za and zb and za != zb and "local" not in (za, zb):
        return "variant", f"the times are written in two time zones ({za}, {zb}): one moment."
    return "conflict", f"one event on one day, {gap} minutes apart: both cannot be true."


def _finding(ctx: CheckContext, sid: str, what: str, items: list[tuple[int, Claim]],
             verdict: tuple[Severity, str]) -> Finding:
    values = ", ".join(dict.fromkeys(c.when.text for _, c in items if c.when))
    return make_finding(ctx, rule="claimcheck.check.date.v1", kind="date", severity=verdict[0], subject=sid,
                        claims=[c for _, c in items], summary=f"{what}: times of day differ: {values}",
                        reason=verdict[1])
