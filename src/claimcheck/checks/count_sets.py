"""Two verbs, one set: a thing each of two articles counts once, with verbs of its own.

The thing rule (``count_things.py``) holds two written verbs of different classes apart ("40
officials arrived", "12 officials signed": two facts). But a story's one set is told with
whatever verb each writer chose: "began with 18 films in competition" and "beat 16 films in
competition", "covers 14 batches" and "recalled 41 batches", "gathered 157,000 signatures"
and "handed in 175,000 signatures". Two such readings are compared here, as a ``tension`` at
most (the verbs may still name two sets), when every sign says they count one set:

- each article gives the thing one figure only, under every key (an article giving two
  figures counts two sets of it: the caller's ``single``);
- the attributes that make two things stay compatible (holder, modifier, cause, plan), no
  figure is a tally that grows, and the times meet as a fixed fact's do;
- the figures are near: within ``_NEAR`` of each other, or the same digits in another order
  ("14" and "41": a transposition). Figures far apart are rather two sets ("212 films"
  screened in all, "18 films in competition");
- the thing is no noun of people in general (``people_nouns``: "211 people" unaccounted for
  and "379 people" aboard a plane are two sets of people), and no figure is the whole a part
  is counted in ("Two of the seven satellites": the whole may be a subset's);
- neither verb undoes another (``reversal_acts``: "reopened four lines" after "all six lines
  stopped"), and neither role is a statistic ("peaked at", "an average audience of");
- the figures do not meet once each is widened by its rounding ("1.2 million articles" and
  "1,187,000 articles": one figure written two ways, no alarm).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..models import Claim
from ..quantities.held import lemma
from ..quantities.tables import tables as quantity_tables
from ..quantities.things import table as thing_table
from .context import CheckContext
from .fixed_counts import OTHER_ROLES

if TYPE_CHECKING:
    from .count_things import _Row

# roles that are no verb written with the count: what an event held, a size, a plan, a
# statistic of one audience (a peak and an average are two figures of it), the parts of a
# sentence or a bargaining position (``fixed_counts``)
_NO_VERB = frozenset({"", "held", "have", "size", "peak", "average"}) | OTHER_ROLES
_NEAR = 1.5  # the larger figure at most this times the smaller: a misreport, not another set
# "the seven satellites" after "of": the whole of a partitive ("Two of the seven satellites")
_WHOLE_BEFORE = re.compile(r"\bof\s+(?:the|its|their|our|his|her|all)\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    return frozenset(lemma(w) for w in quantity_tables().people_nouns) | {"person", "people"}


@lru_cache(maxsize=1)
def _reversals() -> tuple[str, ...]:
    return tuple(thing_table().reversal_acts)


def _reversal(role: str) -> bool:
    return role.startswith(_reversals())


def near(a: float, b: float) -> bool:
    """Two figures a misreport may make of one: close, or one's digits reordered."""
    lo, hi = sorted((abs(a), abs(b)))
    if lo <= 0:
        return False
    if hi / lo <= _NEAR:
        return True
    da, db = f"{a:g}", f"{b:g}"
    return len(da) >= 2 and da != db and sorted(da) == sorted(db)


def _whole_of_part(ctx: CheckContext, c: Claim) -> bool:
    src, q = ctx.sources.get(c.source), c.quantity
    if src is None or q is None or not src.text:
        return False
    start = q.span[0]
    return _WHOLE_BEFORE.search(src.text, max(0, start - 16), start) is not None


_SCALED = re.compile(r"\d+(?:\.(\d+))?\s*(thousand|million|billion|trillion|bn|mn|m|k)\b", re.IGNORECASE)
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}


def rounding(text: str, precision: float) -> float:
    """Half the last digit a figure was written to: "1.2 million" may be 1.15 to 1.25 million."""
    m = _SCALED.search(text)
    if m is None:
        return precision
    return max(precision, 0.5 * 10 ** -len(m.group(1) or "") * _SCALES[m.group(2).lower()])


def _rounded_meet(a: list[Claim], b: list[Claim]) -> bool:
    def hull(cs: list[Claim]) -> tuple[float, float]:
        qs = [c.quantity for c in cs if c.quantity is not None]
        return (min(q.lo - rounding(q.text, q.precision) for q in qs),
                max(q.hi + rounding(q.text, q.precision) for q in qs))

    (alo, ahi), (blo, bhi) = hull(a), hull(b)
    return alo <= bhi and blo <= ahi


def one_set(ctx: CheckContext, a: _Row, b: _Row) -> bool:
    """Two readings of two articles whose verbs differ, of one set by every sign above (the
    caller checks each article gives the thing one figure, and the compatible attributes)."""
    if not (a.thing.act and b.thing.act and a.thing.act != b.thing.act) or a.thing.plan or b.thing.plan:
        return False
    if a.key.role in _NO_VERB or b.key.role in _NO_VERB:
        return False  # a class the noun's words name ("memorandum of understanding"), or what an event held
    if _reversal(a.key.role) or _reversal(b.key.role):
        return False  # "reopened four lines" after "six lines stopped": what was undone is a part
    if a.thing.thing in _people() or a.thing.dimension != "count":
        return False
    if not near(a.value, b.value) or _rounded_meet(a.claims, b.claims):
        return False
    return not any(_whole_of_part(ctx, c) for c in a.claims + b.claims)
