"""claimcheck.check.area.v1: one warning's area or one journey's origin named two ways.

Subjects ``warning:<level>-<hazard>`` (compared among statements published within two days)
and ``origin:<operator>-<vehicle>``
(events/areas.py), facet ``area``, ``where`` the place as written. Different places from
different sources: a ``variant`` (kind ``place``): a region and a town in it, an airport and
the city it serves, are often both right, so it is never a conflict.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Claim, Finding
from .context import CheckContext
from .finding import make_finding
from .registry import rule

RULE = "claimcheck.check.area.v1"


def _detail(ctx: CheckContext, claim: Claim) -> str:
    w = claim.where
    return f'"{w.text}" = {w.entity}' if w else "no place"


_DAYS = 2


def _same_days(ctx: CheckContext, claims: list[Claim]) -> list[Claim]:
    """The claims published within ``_DAYS`` of the first one's day that has another place
    near it (claims are few per warning)."""
    days = {c.id: ctx.sources[c.source].published.start for c in claims if c.source in ctx.sources}
    dated = [c for c in claims if days.get(c.id) is not None]
    for c in dated:
        near = [d for d in dated if abs((days[d.id] - days[c.id]).days) <= _DAYS]  # type: ignore[operator]
        if len({d.where.entity for d in near if d.where}) > 1:
            return near
    return []


@rule(RULE, "place")
def check_areas(ctx: CheckContext) -> Iterator[Finding]:
    """Two places named for one warning's area or one journey's origin: variant."""
    for sid, claims in ctx.facet("area"):
        if sid.startswith("warning:"):
            claims = _same_days(ctx, claims)  # warnings of one kind recur: only those told about one day
        places = sorted({c.where.entity for c in claims if c.where is not None})
        if len(places) < 2 or len({c.source for c in claims}) < 2:
            continue
        yield make_finding(
            ctx, rule=RULE, kind="place", severity="variant", subject=sid, claims=claims, detail=_detail,
            uses_dates=False, summary=f"{ctx.label(sid)}: {' or '.join(places)}",
            reason="one area or one starting point named two ways: often a place and a wider one around it.",
        )
