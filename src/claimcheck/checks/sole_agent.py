"""One role that one body fills, named differently across sources: the operator of a
facility (claimcheck.check.operator.v1, subjects ``operator:<device>|<place>`` from
events/operators.py) and the author of an attack (claimcheck.check.perpetrator.v1, subjects
``perpetrator:<main body>`` from events/perpetrators.py). Each claim's first ``who`` is the
body. Two sources naming different bodies (not one body spelled two ways: those are one
entity) disagree: a ``tension`` of kind ``other``, since two facilities in one place or two
attacks on one body would explain it. A source naming two bodies itself says nothing here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..models import Claim, Finding
from .context import CheckContext
from .finding import make_finding
from .registry import RuleFn, rule


@dataclass(frozen=True)
class SoleRole:
    rule: str
    facet: str
    stated_as: str  # "operated by": how a claim's body is shown beside its quote
    summary_as: str  # "run by": how the rival bodies are joined in the summary
    missing: str  # shown for a claim without a body
    reason: str


ROLES = (
    SoleRole(rule="claimcheck.check.operator.v1", facet="operator", stated_as="operated by", summary_as="run by",
             missing="no operator",
             reason="one facility has one operator; only two such facilities in one place would fit both."),
    SoleRole(rule="claimcheck.check.perpetrator.v1", facet="perpetrator", stated_as="carried out by",
             summary_as="carried out by", missing="no author",
             reason="one attack has one author; only two attacks on one body would fit both."),
)


def rival_bodies(claims: list[Claim]) -> list[str]:
    """The bodies the claims name in their first ``who`` (sorted), when two or more sources
    name different ones and each source names one; else []."""
    per_source: dict[str, set[str]] = {}
    for c in claims:
        if c.who and c.who[0].entity:
            per_source.setdefault(c.source, set()).add(c.who[0].entity)
    bodies = sorted({b for bs in per_source.values() for b in bs})
    if len(per_source) < 2 or len(bodies) < 2 or any(len(bs) > 1 for bs in per_source.values()):
        return []
    return bodies


def _check(role: SoleRole) -> RuleFn:
    def detail(ctx: CheckContext, claim: Claim) -> str:
        body = claim.who[0] if claim.who else None
        return f'{role.stated_as} "{body.text}" = {body.entity}' if body else role.missing

    def check(ctx: CheckContext) -> Iterator[Finding]:
        for sid, claims in ctx.facet(role.facet):
            bodies = rival_bodies(claims)
            if not bodies:
                continue
            yield make_finding(
                ctx, rule=role.rule, kind="other", severity="tension", subject=sid, claims=claims, detail=detail,
                uses_dates=False, summary=f"{ctx.label(sid)}: {role.summary_as} {' or '.join(bodies)}",
                reason=role.reason,
            )

    check.__doc__ = f"Different bodies named for the {role.facet} of one thing: tension."
    return check


for _role in ROLES:
    rule(_role.rule, "other")(_check(_role))
