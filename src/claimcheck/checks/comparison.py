"""claimcheck.check.comparison.v1: one figure compared with one past figure both ways.

Subjects ``compare:<noun>@<year>`` (quantities/compare.py), facet ``comparison``, value +1
("a larger majority than in 1998") or -1 ("nine less than its win in 1998"). Two sources
published within ``_CLOSE_DAYS`` of each other comparing in opposite directions cannot
both hold: a ``conflict`` (kind ``other``). A source saying both itself compares two
figures: nothing is said.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Claim, Finding
from .context import CheckContext
from .finding import make_finding
from .registry import rule

RULE = "claimcheck.check.comparison.v1"
_CLOSE_DAYS = 3


def _detail(ctx: CheckContext, claim: Claim) -> str:
    v = claim.value
    return f'"{v.text if v else ""}": {"more" if v and int(v.value) > 0 else "less"}'


@rule(RULE, "other")
def check_comparisons(ctx: CheckContext) -> Iterator[Finding]:
    """Opposite comparisons of one figure with one past figure, told about the same time: conflict."""
    for sid, claims in ctx.facet("comparison"):
        signs: dict[str, set[int]] = {}
        for c in claims:
            if c.value is not None:
                signs.setdefault(c.source, set()).add(int(c.value.value))
        if any(len(v) > 1 for v in signs.values()):
            continue
        days = {c.source: ctx.sources[c.source].published.start for c in claims if c.source in ctx.sources}
        more = [c for c in claims if c.value is not None and int(c.value.value) > 0 and days.get(c.source)]
        less = [c for c in claims if c.value is not None and int(c.value.value) < 0 and days.get(c.source)]
        close = [(a, b) for a in more for b in less if abs((days[a.source] - days[b.source]).days) <= _CLOSE_DAYS]
        if not close:
            continue
        cited = sorted({c.id: c for pair in close for c in pair}.values(), key=lambda c: (c.source, c.span))
        yield make_finding(
            ctx, rule=RULE, kind="other", severity="conflict", subject=sid, claims=cited, detail=_detail,
            summary=f"{ctx.label(sid)}: said to be both more and less", uses_dates=False,
            reason="one figure cannot be both above and below the same past figure.",
        )
