"""claimcheck.check.operator.v1: one facility, two operators.

Subjects ``operator:<device>|<place>`` (events/operators.py), facet ``operator``, ``who``
the body named as running it. Two sources naming different bodies for the facility of one
place disagree: a ``tension`` (kind ``other``; two such facilities in one place would
explain it). A source naming two bodies itself speaks of two facilities: nothing is said.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Claim, Finding
from .context import CheckContext
from .finding import make_finding
from .registry import rule
from .rivals import rival_bodies

RULE = "claimcheck.check.operator.v1"


def _detail(ctx: CheckContext, claim: Claim) -> str:
    body = claim.who[0] if claim.who else None
    return f'operated by "{body.text}" = {body.entity}' if body else "no operator"


@rule(RULE, "other")
def check_operators(ctx: CheckContext) -> Iterator[Finding]:
    """Different bodies named as operating one facility: tension."""
    for sid, claims in ctx.facet("operator"):
        bodies = rival_bodies(claims)
        if not bodies:
            continue
        yield make_finding(
            ctx, rule=RULE, kind="other", severity="tension", subject=sid, claims=claims, detail=_detail,
            uses_dates=False, summary=f"{ctx.label(sid)}: run by {' or '.join(bodies)}",
            reason="one facility has one operator; only two such facilities in one place would fit both.",
        )
