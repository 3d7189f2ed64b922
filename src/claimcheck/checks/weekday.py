"""claimcheck.check.weekday.v1: a written weekday that does not fall on the stated date.

The time tagger sets ``timex.weekday_ok`` (False: "Sunday, November 13" when the 13th is
a Monday). Claims quoting the same expression are reported once, as a ``conflict``; when
the date was resolved against an inferred publication date, the explanation says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..models import Claim, Finding
from .context import CheckContext
from .finding import derivation, make_finding
from .registry import rule

RULE = "claimcheck.check.weekday.v1"
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _detail(ctx: CheckContext, claim: Claim) -> str:
    t = claim.timex
    assert t is not None
    stated = DAYS[t.weekday] if t.weekday is not None and 0 <= t.weekday < 7 else "a weekday"
    actual = f"{t.start.isoformat()} is a {DAYS[t.start.weekday()]}" if t.start and t.start == t.end else f"date {t.value}"
    return f'"{t.text}" says {stated}, but {actual}; {derivation(ctx, claim)}'


@rule(RULE, "weekday")
def check_weekdays(ctx: CheckContext) -> Iterator[Finding]:
    """A claim whose time expression has weekday_ok False: conflict."""
    by_expr: dict[tuple[str, tuple[int, int]], list[Claim]] = defaultdict(list)
    for c in ctx.all_claims():
        if c.timex is not None and c.timex.weekday_ok is False:
            by_expr[(c.source, c.timex.span)].append(c)
    for (_, _), claims in sorted(by_expr.items()):
        subject = min(c.subject.id for c in claims)
        t = claims[0].timex
        assert t is not None
        yield make_finding(
            ctx, rule=RULE, kind="weekday", severity="conflict", subject=subject, claims=claims,
            summary=f'{claims[0].source}: "{t.text}" names a weekday the date {t.value} does not fall on',
            reason="the weekday written with a date must be that date's weekday.",
            detail=_detail,
        )
