"""Two plans that cannot both be the plan: stated by two sources within a few days.

A plan may move between two statements, so two plans for one thing that do not agree are
a ``tension`` ("the plan moved"). That reading needs time for the plan to change: two
sources published at most ``plan_window_days`` apart (resources/checks/dates.yaml), each
giving one of the two values, and neither saying the plan changed ("postponed", "now due",
"originally": ``plan_change_markers``), state the plan of the same days two ways, and
both cannot be right. A plan said by analysts or economists (``forecaster_words``) is their
forecast: forecasts differ, so it keeps the tension. One source giving both, sources further
apart, or a publication day not known (or inferred without confidence: dating/trust.py)
leave the tension. The date rule and the place rule use this.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from ..dating.trust import known_day
from ..models import Claim
from .context import CheckContext
from .tables import date_tables


def _days(ctx: CheckContext, claims: Iterable[Claim]) -> dict[date, set[str]]:
    """Publication day -> the sources published that day, of the claims whose source has a
    publication date known to the day and settled (given, or inferred with confidence:
    dating/trust.py); a doubtful inferred day is no evidence of when the plan was told."""
    out: dict[date, set[str]] = {}
    for c in claims:
        src = ctx.sources.get(c.source)
        day = known_day(src.published) if src is not None else None
        if day is not None:
            out.setdefault(day, set()).add(c.source)
    return out


def says_changed(claims: Iterable[Claim]) -> bool:
    """A claim whose sentence says the plan changed ("was postponed to", "is now due")."""
    pattern = date_tables().plan_change_re()
    return any(pattern.search(c.quote) for c in claims)


def _forecast(claims: Iterable[Claim]) -> bool:
    """A claim said by analysts, economists, experts: their forecast, not the plan."""
    words = frozenset(date_tables().forecaster_words)
    return any(c.attribution is not None and not words.isdisjoint(re.findall(r"\w+", c.attribution.text.lower()))
               for c in claims)


def stated_together(ctx: CheckContext, a: list[Claim], b: list[Claim]) -> bool:
    """Two sides of a disagreement between plans stated by two sources published within the
    window of each other, no claim of either saying the plan changed or being a forecaster's."""
    window = date_tables().plan_window_days
    left, right = _days(ctx, a), _days(ctx, b)
    if not left or not right or says_changed(a + b) or _forecast(a + b):
        return False
    # distinct publication days per side: a handful, whatever the number of claims
    for da, sa in left.items():
        for db, sb in right.items():
            if abs((da - db).days) <= window and len(sa | sb) > 1:
                return True  # two sources (one on each side) within the window
    return False
