"""claimcheck.check.outcome.v1: one event, opposite outcomes.

An event class with opposite outcomes (resources/events/classes.yaml ``polarity``: found
guilty / found not guilty, convicted / acquitted) gives each event mention a polarity.
Two reported mentions of one occurrence subject with opposite polarities cannot both be
true: a ``conflict`` (kind ``other``), citing one claim per source and outcome. Plans and
expectations ("is expected to be acquitted") are not outcomes and are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Claim, Finding
from .context import CheckContext
from .date import is_plan
from .finding import make_finding
from .registry import rule

RULE = "claimcheck.check.outcome.v1"


def _detail(ctx: CheckContext, claim: Claim) -> str:
    e = claim.event
    trigger = claim.quote[e.trigger[0] - claim.span[0]:e.trigger[1] - claim.span[0]] if e else ""
    return f'outcome "{trigger}" = {e.polarity if e else "?"}'


def _one_per_source(claims: list[Claim]) -> list[Claim]:
    """As the docstring says: one claim per source, the one naming whom the outcome befell
    ("X was found guilty"), else the first (a later "the verdict" states no outcome of its own)."""
    best: dict[str, Claim] = {}
    for c in sorted(claims, key=lambda c: (c.source, c.event is None or not c.event.patient, c.span[0], c.id)):
        best.setdefault(c.source, c)
    return [best[k] for k in sorted(best)]


@rule(RULE, "other")
def check_outcomes(ctx: CheckContext) -> Iterator[Finding]:
    """Opposite outcomes reported for one event: conflict."""
    for (sid, facet), claims in ctx.groups.items():
        if facet != "occurrence":
            continue
        by_polarity: dict[str, list[Claim]] = {}
        for c in claims:
            if c.event is not None and c.event.polarity and not is_plan(c):
                by_polarity.setdefault(c.event.polarity, []).append(c)
        if len(by_polarity) < 2:
            continue
        yes, no = _one_per_source(by_polarity["positive"]), _one_per_source(by_polarity["negative"])
        yield make_finding(
            ctx, rule=RULE, kind="other", severity="conflict", subject=sid, claims=yes + no, detail=_detail,
            summary=f"{ctx.label(sid)}: opposite outcomes reported", uses_dates=False,
            reason="one event has one outcome: a positive and a negative outcome cannot both be true.",
        )
