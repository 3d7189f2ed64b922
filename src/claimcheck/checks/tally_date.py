"""claimcheck.check.tally_date.v1: a tally dated before the event it counts.

A count of an event's dead, injured or evacuated ("23,000 evacuees as of Nov. 11") cannot
be true as of a day before that event happened. Within one article, a casualty count whose
cause class (``Quantity.cause``: earthquake, flood ...) is the class of a day-dated event
the article reports, and whose as-of day falls before that event's earliest day (by less
than a year: a month or year written wrong, or taken from the publication date), is a
``conflict``. Counts as of a time more than a year earlier belong to another event.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

from ..models import Claim, Finding
from ..quantities.tables import tables as quantity_tables
from .context import CheckContext
from .finding import make_finding
from .registry import rule

RULE = "claimcheck.check.tally_date.v1"
REACH = timedelta(days=366)  # a slip of a month or a year; further back is another event


@lru_cache(maxsize=1)
def _cause_words() -> dict[str, str]:
    return {w.lower(): cls for cls, ws in quantity_tables().causes.items() for w in ws}


def _cause_of(claim: Claim) -> str | None:
    """The cause class an occurrence's own words name ("the New Year's Day quake": earthquake)."""
    text = (claim.subject.text or "").lower().split()
    return _cause_words().get(text[-1]) if text else None


def _asof(claim: Claim) -> date | None:
    q = claim.quantity
    if q is None or not q.cause or not q.asof or len(q.asof) < 10:
        return None
    try:
        return date.fromisoformat(q.asof[:10])
    except ValueError:
        return None


@rule(RULE, "date")
def check_tally_dates(ctx: CheckContext) -> Iterator[Finding]:
    """A count as of a day before the article's event of its cause: conflict."""
    claims = ctx.all_claims()
    first: dict[tuple[str, str], Claim] = {}  # (source, cause) -> the event's earliest reported day
    for c in claims:
        w = c.when
        if c.facet != "occurrence" or c.modality != "reported" or w is None or w.start is None \
                or w.granularity not in {"day", "time"}:
            continue
        cause = _cause_of(c)
        if cause is not None:
            key = (c.source, cause)
            known = first.get(key)
            if known is None or (w.start, c.id) < (known.when.start, known.id):  # type: ignore[union-attr, operator]
                first[key] = c
    if not first:
        return
    for c in claims:
        day = _asof(c)
        event = first.get((c.source, c.quantity.cause)) if day is not None and c.quantity else None  # type: ignore[arg-type]
        if event is None or event.when is None or event.when.start is None or day is None:
            continue
        if event.when.start - REACH <= day < event.when.start:
            yield make_finding(
                ctx, rule=RULE, kind="date", severity="conflict", subject=c.subject.id, claims=[c, event],
                summary=f"{c.source}: a count as of {day.isoformat()}, before the {c.quantity.cause} "  # type: ignore[union-attr]
                        f"it counts ({event.when.value})",
                reason="nothing can be counted as of a day before the event it counts happened: the "
                       "tally's month or year is wrong.",
            )
