"""A rank whose scope is left unwritten is the story's one written scope for that kind.

"It is the third-deadliest landslide in the country" (the country refers back: no scope
read) and "Norway's second-deadliest landslide" rank one thing among one kind: within one
story, a rank of ``rank:<superlative>-<noun>`` with no scope takes the subject of the one
scoped rank of that superlative and noun (``rank:<superlative>-<noun>-of-<scope>``) that
articles of its story write, so the rank rule compares the two numbers. Two scopes written
("Japan's third-largest bank", "Asia's fifth-largest bank") leave it alone: which one it
means is not said; two written scopes never meet ("in Europe" / "in the world"). Numbered
kinds (``rank:nth-``) and ranks already anchored to a story (``~``) are other rules'.
Linear: one pass over the rank claims, indexed by subject.
"""

from __future__ import annotations

from collections import defaultdict

from ..models import Claim
from ..story_names import stories

_SCOPE = "-of-"


def join_unscoped_ranks(claims: list[Claim], names: dict[str, set[str]]) -> None:
    """Give each unscoped rank the subject of its story's one scoped rank of that kind."""
    by_subject: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        sid = c.subject.id
        if c.facet == "rank" and sid.startswith("rank:") and not sid.startswith("rank:nth-") and "~" not in sid:
            by_subject[sid].append(c)
    scoped: dict[str, list[str]] = defaultdict(list)  # "rank:largest-bank" -> its scoped subjects
    for sid in by_subject:
        base, sep, _ = sid.rpartition(_SCOPE)
        if sep:
            scoped[base].append(sid)
    story = stories({c.source for c in claims}, names) if scoped else {}
    for base, group in sorted(by_subject.items()):
        targets = scoped.get(base, [])
        if _SCOPE in base or len(targets) != 1:
            continue
        target = by_subject[targets[0]]
        homes = {story[c.source] for c in target}
        for c in group:
            if story[c.source] in homes:
                c.subject.id, c.subject.label = target[0].subject.id, target[0].subject.label


__all__ = ["join_unscoped_ranks"]
