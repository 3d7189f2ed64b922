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
_ZONE = re.compile(r"[\s,]*\(?\s*(?P<zone>(?-i:[A-Z]{2,4}T|GMT|UTC)\b|(?:[A-Z][a-z]+|[A-Z]{2,3}|local)\s+time\b)")


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


def _approx(claim: Claim) -> str | None:
    """How a clock time is approximate: "around" ("about 4:10 p.m.", a timex marked so),
    "after" ("shortly after 3 a.m."), "before" ("just before noon"), None when exact."""
    if claim.timex is not None and claim.timex.mod == "APPROX":
        return "around"
    w = claim.when
    if w is None:
        return None
    lo = w.span[0] - claim.span[0]
    if not 0 <= lo <= len(claim.quote):
        return None
    m = date_tables().clock_approximator_re().search(claim.quote, max(0, lo - 40), lo)
    return date_tables().clock_approximator_kind(m.group(1)) if m is not None else None


def _window(claim: Claim, n: int) -> tuple[int, int]:
    """The minutes a clock time allows: itself, or the span its approximator leaves."""
    tolerance = date_tables().clock_tolerance_minutes
    kind = _approx(claim)
    if kind == "after":
        return n, n + 2 * tolerance
    if kind == "before":
        return n - 2 * tolerance, n
    if kind == "around":
        return n - tolerance, n + tolerance
    return n, n


def clock_window(claim: Claim) -> tuple[int, int] | None:
    """The minutes after midnight a clock-time claim allows (its approximator's span), else None."""
    n = minutes(claim)
    return None if n is None else _window(claim, n)


def _named_zone(claim: Claim) -> str | None:
    """A time zone written with the clock time that is not "local time"."""
    z = zone(claim)
    return z if z and z != "local" else None


def _shifted(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two windows one zone shift apart: a whole number of quarter hours, at most
    ``max_zone_shift_hours`` (14)."""
    most = date_tables().max_zone_shift_hours * 60
    for d in range(-most, most + 1, 15):
        if d and a[0] + d <= b[1] and b[0] <= a[1] + d:
            return True
    return False


def clock_findings(ctx: CheckContext, sid: str, what: str, claims: list[Claim]) -> Iterator[Finding]:
    """Per day: exact clock times that differ (a conflict, or a time-zone variant); an
    approximate time near the others (a variant) or far from all of them (a conflict); a
    time written in a named zone against one that is not, a zone shift apart: a variant."""
    by_day: dict[object, list[tuple[int, Claim]]] = {}
    for c in claims:
        n = minutes(c)
        if n is not None and c.when is not None:
            by_day.setdefault(c.when.start, []).append((n, c))
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
        # a time written in a named zone ("14:35 GMT") is compared with the others of its
        # zone; against the times of no zone or local time, only as a zone shift
        zones: dict[str | None, list[tuple[int, Claim]]] = {}
        for it in timed:
            zones.setdefault(_named_zone(it[1]), []).append(it)
        plain = zones.pop(None, [])
        for group in [plain] + [zones[z] for z in sorted(zones)]:
            yield from _one_zone(ctx, sid, what, group)
        if len(zones) > 1:
            named = [it for z in sorted(zones) for it in zones[z]]
            exact = [it for it in named if _approx(it[1]) is None]
            if len({n for n, _ in exact}) > 1:
                first, last = min(exact, key=lambda it: it[0]), max(exact, key=lambda it: it[0])
                yield _finding(ctx, sid, what, sorted([first, last], key=_order),
                               _exact_verdict(first[1], last[1], last[0] - first[0]))
        yield from _zone_shifts(ctx, sid, what, plain, zones)


def _order(it: tuple[int, Claim]) -> tuple[int, str, tuple[int, int]]:
    return it[0], it[1].source, it[1].span


def _one_zone(ctx: CheckContext, sid: str, what: str, timed: list[tuple[int, Claim]]) -> Iterator[Finding]:
    """Times written in one zone (or none): exact ones that differ conflict; an approximate
    one whose span holds the others is a variant, else a conflict."""
    if len({n for n, _ in timed}) < 2:
        return
    exact = [it for it in timed if _approx(it[1]) is None]
    if len({n for n, _ in exact}) > 1:
        yield _finding(ctx, sid, what, exact, ("conflict", f"one event on one day, {exact[-1][0] - exact[0][0]} "
                                                           "minutes apart: both cannot be true."))
    for n, c in timed:
        if _approx(c) is None:
            continue
        others = [(m, o) for m, o in (exact or timed) if o is not c]
        if not others:
            continue
        lo, hi = _window(c, n)
        gap = min(max(lo - m, m - hi, 0) for m, _ in others)
        if gap == 0 and all(m == n for m, _ in others):
            continue
        near = [(n, c)] + [(m, o) for m, o in others if max(lo - m, m - hi, 0) == gap]
        verdict: tuple[Severity, str] = (
            ("variant", "one time is approximate and the other lies within what it allows.") if gap == 0
            else ("conflict", f"{gap} minutes beyond what an approximate time allows."))
        yield _finding(ctx, sid, what, sorted(near, key=_order), verdict)


def _zone_shifts(ctx: CheckContext, sid: str, what: str, plain: list[tuple[int, Claim]],
                 zones: dict[str | None, list[tuple[int, Claim]]]) -> Iterator[Finding]:
    """A time written in a named zone against the times of no zone: a whole number of
    quarter hours apart is one moment in two zones (a variant); else a tension (the zone's
    offset is not known here, so no conflict)."""
    for z in sorted(zones):  # type: ignore[type-var]
        for n, c in zones[z]:
            if not plain:
                continue
            lo, hi = _window(c, n)
            fits = [(m, o) for m, o in plain if m != n and _shifted((lo, hi), _window(o, m))]
            misses = [(m, o) for m, o in plain if m != n and not _shifted((lo, hi), _window(o, m))]
            if fits:
                yield _finding(ctx, sid, what, sorted([(n, c), fits[0]], key=_order),
                               ("variant", f"one time is written in {z} time, the other in none: "
                                           "a whole number of quarter hours apart, one moment in two zones."))
            if misses:
                yield _finding(ctx, sid, what, sorted([(n, c), misses[0]], key=_order),
                               ("tension", f"one time is written in {z} time, the other in none, and no "
                                           "zone shift joins them."))


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
