"""The quantity layer: numbers with approximators, units, scopes and as-of times.

``find`` reads the numbers of a sentence, ``scope`` binds each to what it counts, the
entity it is about and the time it is true of; ``key`` blocks comparison (checks/count.py).
"""

from __future__ import annotations

import bisect

from ..models import Mention, Quantity, Source, Timex
from .find import find
from .scope import Context, People, key, scope, share_head

__all__ = ["quantities_in", "key"]


def quantities_in(source: Source, timexes: list[Timex], mentions: list[Mention]) -> list[tuple[int, Quantity]]:
    """Every bound quantity of a source, with the index of its sentence."""
    text = source.text
    pub = source.published
    day = pub.value if pub.start is not None and pub.start == pub.end else None
    starts = [s for s, _ in source.sentences]
    per_t: dict[int, list[Timex]] = {}
    per_m: dict[int, list[Mention]] = {}
    for t in timexes:
        per_t.setdefault(bisect.bisect_right(starts, t.span[0]) - 1, []).append(t)
    for m in mentions:
        per_m.setdefault(bisect.bisect_right(starts, m.span[0]) - 1, []).append(m)
    people = People(mentions)
    out: list[tuple[int, Quantity]] = []
    carry: dict[str, object] = {}
    for i, span in enumerate(source.sentences):
        if any(a <= span[0] and span[1] <= b for a, b in source.excluded):
            continue
        if text[span[0]:span[1]].rstrip().endswith(("...", "…")):
            continue  # a teaser cut off mid-sentence states nothing that can be quoted whole
        share = share_head(text, span)
        if share:
            carry["percent"], carry["sentence"] = share, i  # "Turnout fell. It was 67.3 per cent in 2019."
        ts = per_t.get(i, [])
        skip = [t.span for t in ts if t.type in {"DATE", "TIME", "SET"}]
        raw = find(text, span[0], span[1], skip)
        if not raw:
            continue
        ctx = Context(text=text, span=span, mentions=per_m.get(i, []), people=people, timexes=ts,
                      published=day, source=source.id, index=i, carry=carry)
        out.extend((i, q) for q in scope(ctx, raw))
    return out
