"""The hours of its day a dated claim allows, and whether a time-zone shift can join two days.

Two sources one day apart are often one moment in two time zones, so the date rule calls
them a ``tension``. A shift of a time zone moves a moment by at most
``max_zone_shift_hours``: "at 3:40 a.m. on Thursday" cannot be "early on Friday" anywhere
(20 hours on), nor "Monday night" be "Tuesday night". The hours a claim allows come from
its clock time (with its approximator: "about 4:10 p.m."), else from the part of the day of
its TIMEX3 value ("Tuesday night" is ``TNI``), else from a word right before its date
("early on Friday", "late Wednesday", "in the early hours of Sunday"); a plain day allows
all of it, and so does midnight (00:00 or 24:00 names the edge of two days). Hours are
counted from the claim's own midnight; a night runs past it.
"""

from __future__ import annotations

import re

from ..models import Claim
from .clock import clock_window, minutes
from .tables import date_tables

Hours = tuple[float, float]
WHOLE_DAY: Hours = (0.0, 24.0)
_PART = re.compile(r"T(MO|MI|AF|EV|NI|DT)$")


def _word(claim: Claim) -> re.Match[str] | None:
    """A day-part word right before the claim's date ("early on " before "Friday")."""
    w = claim.when
    if w is None:
        return None
    lo = w.span[0] - claim.span[0]
    if not 0 <= lo <= len(claim.quote):
        return None
    return date_tables().day_part_re().search(claim.quote, max(0, lo - 40), lo)


def _word_hours(claim: Claim) -> Hours | None:
    """The hours a day-part word right before the claim's date allows, if one is there."""
    m = _word(claim)
    hours = date_tables().day_part_words.get(" ".join(m.group(1).lower().split())) if m else None
    return (float(hours[0]), float(hours[1])) if hours else None


def written(claim: Claim) -> str:
    """The claim's date as written, with the day-part word before it ("early on Friday")."""
    w = claim.when
    if w is None:
        return claim.quote
    m = _word(claim)
    return f"{m.group(0)}{w.text}" if m is not None else w.text


def hours(claim: Claim) -> Hours:
    """The hours of its day the claim allows (from its midnight; a night may pass 24)."""
    clock = clock_window(claim)
    if clock is not None and minutes(claim) not in (0, 24 * 60):  # "midnight Wednesday": the edge of two days
        return clock[0] / 60, clock[1] / 60
    w = claim.when
    part = _PART.search(w.value) if w is not None else None
    coded = date_tables().day_parts.get(part.group(1)) if part else None
    said = _word_hours(claim)
    if coded is not None and said is not None:  # "early on Monday morning": both hold
        lo, hi = max(coded[0], said[0]), min(coded[1], said[1])
        return (float(lo), float(hi)) if lo < hi else (float(coded[0]), float(coded[1]))
    if coded is not None:
        return float(coded[0]), float(coded[1])
    return said or WHOLE_DAY


def shift_needed(earlier: Claim, later: Claim) -> float:
    """The least time-zone shift (hours) that makes ``later``, dated the day after
    ``earlier``, the same moment."""
    return 24 + hours(later)[0] - hours(earlier)[1]


def no_shift_joins(earlier: Claim, later: Claim) -> bool:
    """No time-zone shift joins two claims dated a day apart: the later one's earliest hour
    lies more than ``max_zone_shift_hours`` after the earlier one's last."""
    return shift_needed(earlier, later) > date_tables().max_zone_shift_hours
