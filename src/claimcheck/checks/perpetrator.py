"""claimcheck.check.perpetrator.v1: one attack, two authors.

Subjects ``perpetrator:<main body>`` (events/perpetrators.py), facet ``perpetrator``, ``who``
the group named as the author. Two sources naming different groups (not one group spelled
two ways: those are one entity) disagree: a ``tension`` of kind ``other`` (two attacks on
one body would explain it). A source naming two groups itself says nothing here.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Claim, Finding
from .context import CheckContext
from .finding import make_finding
from .registry import rule
from .rivals import rival_bodies

RULE = "claimcheck.check.perpetrator.v1"


def _detail(ctx: CheckContext, claim: Claim) -> str:
    body = claim.who[0] if claim.who else None
    return f'carried out by "{body.text}" = {body.entity}' if body else "no author"


@rule(RULE, "other")
def check_perpetrators(ctx: CheckContext) -> Iterator[Finding]:
    """Different groups named as the author of one attack: tension."""
    for sid, claims in ctx.facet("perpetrator"):
        groups = rival_bodies(claims)
        if not groups:
            continue
        yield make_finding(
            ctx, rule=RULE, kind="other", severity="tension", subject=sid, claims=claims, detail=_detail,
            uses_dates=False, summary=f"{ctx.label(sid)}: carried out by {' or '.join(groups)}",
            reason="one attack has one author; only two attacks on one body would fit both.",
        )
