"""claimcheck.check.score.v1: one contest given two final scores ("beat Millbrook 24-17" /
"lost 21-17 to Harbour City").

Subjects ``score:<side>+<side>`` (quantities/scores.py), facet ``score``. The same two
sides may meet more than once, so scores are compared match by match: a score dated by its
sentence belongs to that day; an undated one to the one dated match of the two sides in
the ``_BEFORE_DAYS`` before its article's publication, or, when no match is dated, to the
scores published within ``_CLOSE_DAYS`` of each other. Two sources giving one match
different scores: a ``conflict`` (kind ``other``). A source that itself gives the two
sides two scores speaks of several matches (legs, a series), and its scores are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from ..models import Claim, Finding
from .context import CheckContext
from .finding import make_finding
from .registry import rule

RULE = "claimcheck.check.score.v1"
_BEFORE_DAYS = 7
_CLOSE_DAYS = 4


def _detail(ctx: CheckContext, claim: Claim) -> str:
    v = claim.value
    return f'"{v.text if v else ""}" ({ctx.label(claim.subject.id)}: {v.value if v else "?"})'


def _day(c: Claim) -> date | None:
    w = c.when
    return w.start if w is not None and w.start is not None and w.granularity in ("day", "time") else None


def _matches(ctx: CheckContext, claims: list[Claim]) -> list[list[Claim]]:
    """The claims of one pair of sides, split into one list per match."""
    by_day: dict[date, list[Claim]] = {}
    undated: list[tuple[date, Claim]] = []
    for c in claims:
        day = _day(c)
        pub = ctx.sources[c.source].published.start if c.source in ctx.sources else None
        if day is not None:
            by_day.setdefault(day, []).append(c)
        elif pub is not None:
            undated.append((pub, c))
    loose: list[tuple[date, Claim]] = []
    for pub, c in undated:
        near = [d for d in by_day if 0 <= (pub - d).days <= _BEFORE_DAYS]
        if len(near) == 1:
            by_day[near[0]].append(c)
        elif not by_day:
            loose.append((pub, c))
    groups = [by_day[d] for d in sorted(by_day)]
    if loose and max(p for p, _ in loose) - min(p for p, _ in loose) <= timedelta(days=_CLOSE_DAYS):
        groups.append([c for _, c in loose])
    return groups


@rule(RULE, "other")
def check_scores(ctx: CheckContext) -> Iterator[Finding]:
    """Two final scores for one match of two sides, from two sources: conflict."""
    for sid, claims in ctx.facet("score"):
        per_source: dict[str, set[str]] = {}
        for c in claims:
            if c.value is not None:
                per_source.setdefault(c.source, set()).add(str(c.value.value))
        single = [c for c in claims if c.value is not None and len(per_source[c.source]) == 1]
        for match in _matches(ctx, single):
            values = {str(c.value.value) for c in match if c.value is not None}
            if len(values) < 2 or len({c.source for c in match}) < 2:
                continue
            cited = sorted(match, key=lambda c: (c.source, c.span))
            yield make_finding(
                ctx, rule=RULE, kind="other", severity="conflict", subject=sid, claims=cited, detail=_detail,
                summary=f"{ctx.label(sid)}: final score given as {' and '.join(sorted(values))}", uses_dates=True,
                reason="one match has one final score.",
            )
