"""claimcheck.check.identifier.v1: one thing's code written two ways.

Subjects ``identifier:<noun>|<prefix>`` (events/identifiers.py), facet ``identifier``, value
the code. Two sources writing codes of one kind and prefix that are one edit apart (a digit
changed, two swapped: "VR2317" / "VR2371") name one thing, and one of them wrote its code
wrong: a ``tension`` of kind ``other`` (two flights of one airline a digit apart would fit
both). Codes further apart are two things; a source writing two codes itself speaks of two.
"""

from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz.distance import OSA

from ..models import Claim, Finding
from .context import CheckContext
from .finding import make_finding
from .registry import rule

RULE = "claimcheck.check.identifier.v1"


def _detail(ctx: CheckContext, claim: Claim) -> str:
    return f"code {claim.value.value}" if claim.value else "no code"


@rule(RULE, "other")
def check_identifiers(ctx: CheckContext) -> Iterator[Finding]:
    """Codes of one kind one edit apart in two sources: tension."""
    for sid, claims in ctx.facet("identifier"):
        per_source: dict[str, set[str]] = {}
        for c in claims:
            if c.value is not None:
                per_source.setdefault(c.source, set()).add(_norm(c))
        if len(per_source) < 2:
            continue
        codes = sorted({next(iter(v)) for v in per_source.values() if len(v) == 1})  # a source with two speaks of two
        for i, x in enumerate(codes):  # the codes of one kind and prefix in one story: a handful
            for y in codes[i + 1 :]:
                if OSA.distance(x, y) != 1:
                    continue
                pair = [c for c in claims if c.value is not None and _norm(c) in (x, y) and len(per_source[c.source]) == 1]
                yield make_finding(
                    ctx, rule=RULE, kind="other", severity="tension", subject=sid, claims=pair, detail=_detail,
                    uses_dates=False, summary=f"{ctx.label(sid)}: written {x} and {y}",
                    reason="two codes one edit apart for one kind of thing in one story: one was written wrong.",
                )


def _norm(c: Claim) -> str:
    return str(c.value.value).replace("-", "").upper() if c.value else ""
