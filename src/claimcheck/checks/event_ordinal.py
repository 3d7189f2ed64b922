"""claimcheck.check.event_ordinal.v1: one event, one place in its series.

An event mention may state its ordinal ("joined as the 31st member"). Two different
numbers for one event subject (``event:...``, facet ``occurrence``): a ``conflict`` when
both are reported, a ``tension`` when one is a plan (the count may have changed before it
happened). Series sessions (``series:X#n``) are the ordinal rule's.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Claim, Finding, Severity
from .context import CheckContext
from .date import is_plan
from .finding import make_finding
from .registry import rule

RULE = "claimcheck.check.event_ordinal.v1"


def _detail(ctx: CheckContext, claim: Claim) -> str:
    v = claim.value
    return f'number "{v.text}" = {v.value}' if v is not None else "no number"


@rule(RULE, "ordinal")
def check_event_ordinals(ctx: CheckContext) -> Iterator[Finding]:
    """Two numbers for one event: conflict (tension when one is planned)."""
    for (sid, facet), claims in ctx.groups.items():
        if facet != "occurrence" or not sid.startswith("event:"):
            continue
        numbered: dict[int, list[Claim]] = {}
        for c in claims:
            if c.event is not None and c.value is not None and c.value.type == "ordinal":
                numbered.setdefault(int(c.value.value), []).append(c)
        if len(numbered) < 2:
            continue
        nums = sorted(numbered)
        planned = any(is_plan(c) for cs in numbered.values() for c in cs)
        severity: Severity = "tension" if planned else "conflict"
        yield make_finding(
            ctx, rule=RULE, kind="ordinal", severity=severity, subject=sid,
            claims=[c for n in nums for c in numbered[n]], detail=_detail, uses_dates=False,
            summary=f"{ctx.label(sid)}: numbered " + " and ".join(map(str, nums)),
            reason="one event has one place in its series" + ("; a planned number may have changed." if planned else "."),
        )
