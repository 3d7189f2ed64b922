"""Lone event mentions that number the reported event among its kind: "It was the third
hijacking of a tanker in the region this year" in one article, "The Orla was the second
hijacking of a tanker in the region this year" in another. Coreference leaves each alone
(``event:<class>~<claim id>``: no participant, patient or date to join by), yet in one story
both number the one event the articles report, in one scope: they meet, and the ordinal rule
(checks/event_ordinal.py) compares the numbers.

Only a copular statement counts ("It was", "X is", "marked the"): "a second hijacking
followed in March" is another event. The scope is the words around the noun and its period
(events/kind_ordinals.scope_of: "of a tanker in the region", "this year" as the article's
year); a lone mention joins only those of its class with the same, non-empty scope. A source
numbering two such events of one scope speaks of two: it is left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from datetime import date

from ..keys import LoneKey, parse
from ..models import Claim
from .kind_ordinals import scope_of

_COPULA = re.compile(r"\b(?:was|is|marks|marked|became|becomes|has\s+been|had\s+been)\s+"
                     r"(?:also\s+|now\s+|only\s+)?(?:the\s+)?(?:[\w’'-]+['’]s\s+)?$", re.IGNORECASE)


def _scope(c: Claim, published: Mapping[str, date] | None) -> tuple[str, ...] | None:
    """The scope a copular ordinal of a lone mention counts in, or None."""
    if c.event is None or c.value is None or c.value.type != "ordinal" or c.value.span is None:
        return None
    start = c.span[0]
    head = c.quote[:c.value.span[0] - start]
    if _COPULA.search(head) is None:
        return None  # "a second hijacking followed": another event
    end = c.event.trigger[1] - start
    if not 0 < end <= len(c.quote):
        return None
    day = published.get(c.source) if published else None
    return scope_of(c.quote, end, published=day.isoformat() if day else None)


def _period(scope: tuple[str, ...]) -> str | None:
    return next((w for w in scope if w.startswith(("period:", "since:"))), None)


def join_lone_ordinals(claims: list[Claim], published: Mapping[str, date] | None = None) -> None:
    """Give lone numbered mentions of one class and scope, one per source, one subject."""
    blocks: dict[tuple[str, tuple[str, ...]], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.facet != "occurrence" or c.event is None:
            continue
        key = parse(c.subject.id)
        if not isinstance(key, LoneKey) or key.anchor != c.id:
            continue  # joined to others already, or a source's count
        scope = _scope(c, published)
        words = tuple(w for w in scope or () if ":" not in w)
        if words:  # "the second grounding this year" alone: a scope of no words is no scope
            blocks[(c.event.cls, words)].append(c)
    for (cls, _), group in sorted(blocks.items()):
        per_source: dict[str, int] = defaultdict(int)
        for c in group:
            per_source[c.source] += 1
        kept = sorted((c for c in group if per_source[c.source] == 1), key=lambda c: c.id)
        # a period read where the publication day is known ("this year": 2031); two periods
        # are two scopes, a period left unread fits either
        periods = {p for c in kept if (p := _period(_scope(c, published) or ())) is not None}
        if len({c.source for c in kept}) < 2 or len(periods) > 1:
            continue
        sid = kept[0].subject.id  # the first claim's own lone key: stable whatever the file order
        for c in kept:
            c.subject.id = sid
