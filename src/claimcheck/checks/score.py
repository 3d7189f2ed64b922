"""claimcheck.check.score.v1: one contest given two final scores ("beat Millbrook 24-17" /
"lost 21-17 to Harbour City").

Subjects ``score:<side>+<side>`` (quantities/scores.py), facet ``score``. A score whose
other side was written as an anaphor ("his side beat B 3-2", subject ``score:<side>``) joins
the one pair that names its side, its goals turned to that pair's order; with no such pair,
or two, it is not compared. The same two
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
from ..quantities.scores import pair_of
from .context import CheckContext
from .finding import make_finding
from .registry import rule

RULE = "claimcheck.check.score.v1"
_BEFORE_DAYS = 7
_CLOSE_DAYS = 4


def claim_day(c: Claim) -> date | None:
    """The day a claim is told of, when its time is a day or a time of day (a match's, a vote's)."""
    w = c.when
    return w.start if w is not None and w.start is not None and w.granularity in ("day", "time") else None


def _matches(ctx: CheckContext, claims: list[Claim]) -> list[list[Claim]]:
    """The claims of one pair of sides, split into one list per match."""
    by_day: dict[date, list[Claim]] = {}
    undated: list[tuple[date, Claim]] = []
    for c in claims:
        day = claim_day(c)
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


def _by_pair(ctx: CheckContext) -> list[tuple[str, list[tuple[Claim, str]]]]:
    """Each pair's claims with their value in the pair's order, one-sided scores joined to
    the one pair that names their side."""
    pairs: dict[str, list[tuple[Claim, str]]] = {}
    lone: list[tuple[str, list[Claim]]] = []
    for sid, claims in ctx.facet("score"):
        if len(pair_of(sid)) == 2:
            pairs[sid] = [(c, str(c.value.value)) for c in claims if c.value is not None]
        else:
            lone.append((sid, claims))
    with_side: dict[str, list[str]] = {}
    for sid in pairs:
        for side in pair_of(sid):
            with_side.setdefault(side, []).append(sid)
    for sid, claims in lone:
        side = pair_of(sid)[0]
        if len(with_side.get(side, [])) != 1:
            continue  # no pair names this side, or two: whose score it is stays unknown
        pair = with_side[side][0]
        first = pair_of(pair)[0] == side
        for c in claims:
            if c.value is not None:
                mine, theirs = str(c.value.value).split("-")
                pairs[pair].append((c, f"{mine}-{theirs}" if first else f"{theirs}-{mine}"))
    return sorted(pairs.items())


@rule(RULE, "other")
def check_scores(ctx: CheckContext) -> Iterator[Finding]:
    """Two final scores for one match of two sides, from two sources: conflict."""
    for sid, scored in _by_pair(ctx):
        value = {c.id: v for c, v in scored}
        per_source: dict[str, set[str]] = {}
        for c, v in scored:
            per_source.setdefault(c.source, set()).add(v)
        single = [c for c, _ in scored if len(per_source[c.source]) == 1]
        for match in _matches(ctx, single):
            values = {value[c.id] for c in match}
            if len(values) < 2 or len({c.source for c in match}) < 2:
                continue
            cited = sorted(match, key=lambda c: (c.source, c.span))
            yield make_finding(
                ctx, rule=RULE, kind="other", severity="conflict", subject=sid, claims=cited,
                detail=lambda ctx, c: f'"{c.value.text if c.value else ""}" ({ctx.label(sid)}: {value[c.id]})',
                summary=f"{ctx.label(sid)}: final score given as {' and '.join(sorted(values))}", uses_dates=True,
                reason="one match has one final score.",
            )
