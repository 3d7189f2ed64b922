"""claimcheck.check.exclusive.v1: one happening told as two classes that exclude each other.

Event classes list the classes they exclude (resources/events/classes.yaml ``excludes``:
a dismissal excludes a resignation). Reported event mentions with the same patient (a person), one
of each class, whose times (the event date, else the publication date) lie within
``SLACK_DAYS`` of each other tell one happening two ways ("X was fired" against "X quit"):
a ``tension`` (kind ``other``; a forced resignation fits both), one per patient and pair
of classes. Mentions are indexed by patient, so only a person's own events are compared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import timedelta

from ..events.lexicon import classes
from ..keys import parse
from ..models import Claim, Finding
from .context import CheckContext
from .date import is_plan
from .finding import make_finding
from .registry import rule

RULE = "claimcheck.check.exclusive.v1"
SLACK_DAYS = 3


def _detail(ctx: CheckContext, claim: Claim) -> str:
    e = claim.event
    return f"{e.cls if e else '?'}: \"{claim.subject.text}\""


@rule(RULE, "other")
def check_exclusive(ctx: CheckContext) -> Iterator[Finding]:
    """The same patient dismissed and resigning at one time: tension."""
    table = classes().classes
    pairs = sorted({tuple(sorted((a, b))) for a, c in table.items() for b in c.excludes})
    if not pairs:
        return
    wanted = {c for p in pairs for c in p}
    by_patient: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in ctx.all_claims():
        e = c.event
        if e is not None and e.patient and e.patient.startswith("person:") and e.cls in wanted and not is_plan(c):
            by_patient[e.patient][e.cls].append(c)
    slack = timedelta(days=SLACK_DAYS)
    for patient in sorted(by_patient):
        found = by_patient[patient]
        for a, b in pairs:
            hits: dict[str, Claim] = {}
            for x in found.get(a, []):
                sx = ctx.statement_span(x)
                for y in found.get(b, []):
                    sy = ctx.statement_span(y)
                    if sx is None or sy is None or x.source == y.source:
                        continue
                    if sx.start <= sy.end + slack and sy.start <= sx.end + slack:
                        hits[x.id], hits[y.id] = x, y
            if hits:
                claims = list(hits.values())
                yield make_finding(
                    ctx, rule=RULE, kind="other", severity="tension", subject=claims[0].subject.id,
                    claims=claims, detail=_detail,
                    summary=f"{parse(patient).name.replace('-', ' ')}: told both as {a} and as {b}",
                    reason=f"one happening to one person at one time is a {a} or a {b}; only a forced "
                           "resignation fits both.",
                )
