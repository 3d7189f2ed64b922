"""Time expressions: find them in English news text and normalise them to TIMEX3.

``tag(text, anchor)`` returns every time expression with its TIMEX3 type and value and the
interval it covers, resolved against the publication date ``anchor`` (a day or a month;
None leaves relative expressions unresolved). See docs/timex.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import DateAnchor, Timex
from .calmath import Period
from .context import Ctx
from .finder import clear_cache, find
from .rules import RULES, Cand

__all__ = ["tag", "resolve", "clear_cache", "find"]

_HANDLERS = {r.name: r.handler for r in RULES}
_SINCE = re.compile(r"\s+(?:since|from|starting(?:\s+from|\s+in)?)\s+", re.IGNORECASE)
_REF_GRANULARITY = {"day", "week", "month", "quarter", "half", "year"}
# a day written with a part of it ("last evening", "Monday morning"): a day a clock time written
# after it without one may fall on (context.Ctx.last_day)
_PART_OF_DAY = re.compile(r"^\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|DT)$")
_DIGIT = re.compile(r"\d")


def tag(text: str, anchor: DateAnchor | None, sentences: Sequence[tuple[int, int]] | None = None,
        excluded: Sequence[tuple[int, int]] = ()) -> list[Timex]:
    """Time expressions in ``text``, sorted by span and non-overlapping.

    Finding and parsing is cached per text, so calling this again on the same text with
    another anchor only re-resolves the matches.
    """
    return resolve(text, find(text, sentences, excluded), anchor)


def resolve(text: str, cands: Sequence[Cand], anchor: DateAnchor | None) -> list[Timex]:
    """The time expressions of ``find``'s matches in ``text``, resolved against ``anchor``.

    The matches do not depend on the anchor: a caller that needs the text tagged without an
    anchor first (publication-date inference) and then against the date it chose passes
    the same matches twice, and the text is scanned once.
    """
    ctx = Ctx(anchor)
    out: list[Timex] = []
    for c in cands:
        try:
            res = _HANDLERS[c.rule](c, ctx)
        except (ValueError, OverflowError):
            continue  # a date outside the calendar ("5,000 years ago", "the 1st century")
        if res is None:
            continue
        is_ref = res.pop("ref", True)
        t = Timex(span=(c.start, c.end), text=text[c.start : c.end], rule=c.rule, **res)
        # Only dates fixed by the text or the anchor become references: a date itself
        # derived from a reference ("a year earlier", "the year-ago quarter") would make
        # later ones drift.
        if is_ref and t.type == "DATE" and t.anchor in ("absolute", "publication") and t.granularity in _REF_GRANULARITY and t.start:
            ctx.last_ref = Period(t.value, t.start, t.end, t.granularity)
            ctx.last_ref_tense = c.tense
            if t.granularity == "quarter":
                ctx.note_quarter(ctx.last_ref, c.tense)
        if is_ref and t.anchor in ("absolute", "publication") and t.start is not None and (
                (t.type == "DATE" and t.granularity == "day") or (t.type == "TIME" and _PART_OF_DAY.match(t.value))):
            ctx.last_day = Period(t.value[:10], t.start, t.start, "day")
        ctx.prev_type = t.type
        ctx.prev_end = c.end
        # only a day written with its number continues into "and 25": a weekday or "today" has
        # none ("as of Tuesday, and 23 people were hurt" is a count)
        ctx.prev_day = t.start if t.type == "DATE" and t.granularity == "day" and _DIGIT.search(t.text) else None
        out.append(t)
    _link_begin(text, out)
    return out


def _link_begin(text: str, timexes: list[Timex]) -> None:
    """ "six months since last September": the duration's begin is the date after "since"."""
    for a, b in zip(timexes, timexes[1:]):
        if a.type == "DURATION" and b.type == "DATE":
            if _SINCE.fullmatch(text, a.span[1], b.span[0]):
                a.begin = b.value
