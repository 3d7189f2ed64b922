"""The quantity layer: numbers with approximators, units, scopes and as-of times.

``find`` reads the numbers of a sentence, ``scope`` binds each to what it counts, the
entity it is about and the time it is true of; ``key`` blocks comparison (checks/count.py).
"""

from __future__ import annotations

import bisect

from ..dating.trust import known_day
from ..models import Mention, Quantity, Source, Timex
from ..segment import sentences_outside_excluded
from ..words import scan
from .find import NumberGate, find
from .attributes import PREFIX as ATTRIBUTE
from .rates import is_rate
from .scope import SIZE, SLOT_DIMENSIONS, Context, People, counted, initials, key, scope

__all__ = ["quantities_in", "key"]


# the last index asked about and its initials: the index itself is held, not its id(), since
# an id is reused once its object is freed and a later corpus would get an earlier one's people
_LAST: tuple[object, dict[str, str]] | None = None


def corpus_initials(index: object | None) -> dict[str, str]:
    """Initials -> person over the whole corpus ("SBF"), those two people share left out;
    built once per entity index."""
    global _LAST
    if index is None:
        return {}
    if _LAST is None or _LAST[0] is not index:
        found: dict[str, set[str]] = {}
        for eid, ent in sorted(getattr(index, "entities", {}).items()):
            if getattr(ent, "kind", "") == "person":
                acronym = initials(ent.label)
                if acronym:
                    found.setdefault(acronym, set()).add(eid)
        _LAST = (index, {a: next(iter(ids)) for a, ids in found.items() if len(ids) == 1})
    return _LAST[1]


def quantities_in(source: Source, timexes: list[Timex], mentions: list[Mention],
                  index: object | None = None) -> list[tuple[int, Quantity]]:
    """Every bound quantity of a source, with the index of its sentence."""
    text = source.text
    pub = source.published
    # a publication day inferred without confidence is no as-of to compare by: only a written
    # time or a fixed fact is (dating.trust: a confident one is the day as surely as a given one)
    known = known_day(pub)
    day = known.isoformat() if known is not None else None
    # not known to the day: a fixed count of the story's event with no time written is of the
    # month the chosen day falls in (quantities.scope: never a tally that grows within it), and
    # what rests on it is at most a tension (checks.count._widened). A day lent by the most alike
    # article is the corpus's month for that story more often than its day; not a day it may not be
    period = pub.start.isoformat()[:7] if known is None and pub.start is not None and pub.end is not None \
        and pub.start.isoformat()[:7] == pub.end.isoformat()[:7] else None
    starts = [s for s, _ in source.sentences]
    per_t: dict[int, list[Timex]] = {}
    per_m: dict[int, list[Mention]] = {}
    for t in timexes:
        per_t.setdefault(bisect.bisect_right(starts, t.span[0]) - 1, []).append(t)
    for m in mentions:
        per_m.setdefault(bisect.bisect_right(starts, m.span[0]) - 1, []).append(m)
    people: People | None = None  # built at the first sentence with a number
    gate = NumberGate(text, scan(text))
    out: list[tuple[int, Quantity]] = []
    carry: dict[str, object] = {}
    for i, span in sentences_outside_excluded(source):
        if text[span[0]:span[1]].rstrip().endswith(("...", "…")):
            continue  # a teaser cut off mid-sentence states nothing that can be quoted whole
        carry["before"] = source.sentences[i - 1] if i else None  # "Attendance fell. It was 81.4 per cent in 2011."
        carry["before_times"] = per_t.get(i - 1, [])  # "Set in 2014. Only four met it back then."
        if not gate.may_hold(*span):
            continue
        ts = per_t.get(i, [])
        skip = [t.span for t in ts if t.type in {"DATE", "TIME", "SET"}]
        raw = find(text, span[0], span[1], skip)
        if not raw:
            continue
        if people is None:
            people = People(mentions, corpus_initials(index))
        ctx = Context(text=text, span=span, mentions=per_m.get(i, []), people=people, timexes=ts,
                      published=day, source=source.id, index=i, carry=carry,
                      period=period)
        scoped = scope(ctx, raw)
        heads, holders = counted(text, raw, scoped)
        carry["counted"] = (i, heads, holders)  # the nouns the next sentence may leave out ("They had 11 after ...")
        out.extend((i, q) for q in scoped)
    return _one_level_each(out)


def _fixed_of_one_event(q: Quantity) -> bool:
    # what an event carried or acted on ("carrying nine satellites"): keyed by noun and verb
    # only, so two figures in one article are of two events (two flights, two floods)
    # and a rate ("$38 a share"): two in one article are two offers, two fares, a rate before and after
    # and a thing's age ("the 12-year-old jet"): two in one article are two things of that class
    # and a body's size ("a party of 11 climbers"): two sizes in one article are two bodies
    # and an open slot ("a three-year memorandum", "a speed of 108 km/h"): two values in one article are two things
    # and an attribute's value ("the price was £38 million"): two in one article are two things' (two lots' prices)
    return q.role == SIZE or q.head.startswith(ATTRIBUTE) or q.dimension in SLOT_DIMENSIONS or q.head.startswith(("of:", "for:")) or q.dimension == "intensity" or q.head.startswith("distance:") or q.role == "held" or is_rate(q.head) or (
        q.dimension == "age" and (q.entity or "").startswith(("carrier:", "noun:")))


def _one_level_each(found: list[tuple[int, Quantity]]) -> list[tuple[int, Quantity]]:
    """An article giving two levels on an intensity scale, two distances from one place in
    one direction, or two counts of what one verb carried or acted on, speaks of two events (a main shock and an aftershock it does not name
    apart): neither is compared."""
    levels: dict[str, set[float]] = {}
    for _, q in found:
        if _fixed_of_one_event(q):
            levels.setdefault(key(q), set()).add(q.value)
    mixed = {k for k, vs in levels.items() if len(vs) > 1}
    return [(i, q) for i, q in found if not mixed or not _fixed_of_one_event(q) or key(q) not in mixed]
