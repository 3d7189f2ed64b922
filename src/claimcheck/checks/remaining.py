"""claimcheck.check.remaining.v1: how many are still to act on one process, stated two ways.

``remaining`` claims (events/pending.py) say how many parties are still to act on a process
("X is the only member still to consent": one; "removing the final obstacle": none). Two
statements of one process made on the same publication day that leave different numbers
cannot both hold: a ``conflict`` (kind ``other``). Statements of different days are a
process moving on, never compared.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..dating.trust import known_day
from ..models import Claim, Finding
from .context import CheckContext
from .finding import make_finding
from .registry import rule

RULE = "claimcheck.check.remaining.v1"


def _detail(ctx: CheckContext, claim: Claim) -> str:
    v = claim.value
    return f'"{v.text if v else ""}": {v.value if v else "?"} still to act'


@rule(RULE, "other")
def check_remaining(ctx: CheckContext) -> Iterator[Finding]:
    """Different numbers still to act on one process on one day: conflict."""
    for sid, claims in ctx.facet("remaining"):
        by_day: dict[str, list[Claim]] = {}
        for c in claims:
            pub = ctx.sources[c.source].published if c.source in ctx.sources else None
            day = known_day(pub) if pub is not None else None
            if day is None:
                continue  # only a known day (given, or inferred for sure) dates such a state
            by_day.setdefault(day.isoformat(), []).append(c)
        for day, found in sorted(by_day.items()):
            values = sorted({int(c.value.value) for c in found if c.value is not None})
            if len(values) < 2:
                continue
            yield make_finding(
                ctx, rule=RULE, kind="other", severity="conflict", subject=sid, claims=found, detail=_detail,
                summary=f"{ctx.label(sid)}: {' and '.join(str(v) for v in values)} still to act, both on {day}",
                uses_dates=False,
                reason="on one day, one process has one number of parties still to act: "
                       "'the final obstacle removed' and 'the only one still to act' cannot both hold.",
            )
