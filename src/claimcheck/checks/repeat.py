"""claimcheck.check.repeat.v1: one repetition numbered two ways ("the 4th extension of his
term" / "the third time his term has been prolonged").

Subjects ``repeat:<repetition>-<object>:<holder>`` (events/repeats.py), facet ``repeat``.
Sources published within ``_CLOSE_DAYS`` of each other giving different numbers speak of
the latest repetition and disagree: a ``conflict`` (kind ``ordinal``). Farther apart, a term
may have been extended again: nothing. A source giving two numbers itself tells a history:
nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Claim, Finding
from .context import CheckContext
from .finding import make_finding
from .registry import rule

RULE = "claimcheck.check.repeat.v1"
_CLOSE_DAYS = 14


def _detail(ctx: CheckContext, claim: Claim) -> str:
    v = claim.value
    return f'"{v.text if v else ""}" = no. {v.value if v else "?"}'


@rule(RULE, "ordinal")
def check_repeats(ctx: CheckContext) -> Iterator[Finding]:
    """Different numbers for the latest repetition told about the same time: conflict."""
    for sid, claims in ctx.facet("repeat"):
        per_source: dict[str, set[int]] = {}
        for c in claims:
            if c.value is not None:
                per_source.setdefault(c.source, set()).add(int(c.value.value))
        if any(len(v) > 1 for v in per_source.values()):
            continue
        days = {c.source: ctx.sources[c.source].published.start for c in claims if c.source in ctx.sources}
        pairs = [(a, b) for a in claims for b in claims if a.source < b.source and a.value and b.value
                 and a.value.value != b.value.value and days.get(a.source) and days.get(b.source)
                 and abs((days[a.source] - days[b.source]).days) <= _CLOSE_DAYS]  # type: ignore[operator]
        if not pairs:
            continue
        cited = sorted({c.id: c for pair in pairs for c in pair}.values(), key=lambda c: (c.source, c.span))
        values = sorted({int(c.value.value) for c in cited if c.value is not None})
        yield make_finding(
            ctx, rule=RULE, kind="ordinal", severity="conflict", subject=sid, claims=cited, detail=_detail,
            summary=f"{ctx.label(sid)}: numbered {' and '.join(str(v) for v in values)}", uses_dates=False,
            reason="told about the same time, the latest repetition has one number.",
        )
