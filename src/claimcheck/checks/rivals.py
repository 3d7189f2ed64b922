"""One role filled by different bodies across sources (the operator of a facility, the
author of an attack): what the checks of such roles share."""

from __future__ import annotations

from ..models import Claim


def rival_bodies(claims: list[Claim]) -> list[str]:
    """The bodies the claims name in their first ``who`` (sorted), when two or more sources
    name different ones and each source names one; else []. A source naming two itself
    speaks of two facilities or two attacks: nothing to compare."""
    per_source: dict[str, set[str]] = {}
    for c in claims:
        if c.who and c.who[0].entity:
            per_source.setdefault(c.source, set()).add(c.who[0].entity)
    bodies = sorted({b for bs in per_source.values() for b in bs})
    if len(per_source) < 2 or len(bodies) < 2 or any(len(bs) > 1 for bs in per_source.values()):
        return []
    return bodies
