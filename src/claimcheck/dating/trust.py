"""How far the checks may trust a source's publication date.

A date given (metadata, the file) is the day the article was written. An inferred one is
evidence scored by ``infer``: at ``CONFIDENT`` or above (a stamp, a dateline, a day a
weekday pins) it has been the right day in all but a few devset and team-corpus articles
and may date a state ("the toll stood at 64", "Hungary is the last to ratify") as a given
one does; below it, it may be days, weeks or a year off (a day lent by a similar article,
a month chosen by recency), so what rests on it alone is at most a tension
(``checks.finding``). Kept free of the dating machinery: the checks import it.
"""

from __future__ import annotations

from datetime import date

from ..models import Published

CONFIDENT = 0.7  # an inferred date this sure may guide the dating of the rest of the corpus and date a state

# how far an inferred date may be off, by confidence (days): a day pinned by a weekday or a
# dateline is seldom more than a day off; the text's latest dates or a month chosen by recency
# are right to the month; a day lent by a similar article or a year guessed may be a year off
_DOUBT = ((CONFIDENT, 1), (0.45, 31))
_DOUBT_LEAST = 366


def given(p: Published) -> bool:
    """The date was given (metadata, the file), not inferred."""
    return p.basis in ("metadata", "file")


def settled(p: Published, least: float = CONFIDENT) -> bool:
    """A date the checks may use as the day written: given, or inferred with ``least`` confidence."""
    return p.start is not None and (given(p) or (p.basis == "inferred" and (p.confidence or 0) >= least))


def known_day(p: Published, least: float = CONFIDENT) -> date | None:
    """The day a source was published, when known to the day and ``settled``; else None."""
    if p.start is None or p.start != p.end:
        return None
    return p.start if settled(p, least) else None


def shaky(p: Published) -> bool:
    """An inferred date below ``CONFIDENT``: what rests on it alone is no conflict."""
    return p.basis == "inferred" and p.start is not None and (p.confidence or 0) < CONFIDENT


def doubt_days(p: Published) -> int:
    """How many days either side of its interval the date may be off (0 when given)."""
    if given(p):
        return 0
    conf = p.confidence or 0
    return next((days for least, days in _DOUBT if conf >= least), _DOUBT_LEAST)
