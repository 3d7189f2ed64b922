"""Which articles are of one story: those whose claims name a person, body or place in
common. Used by grouping (a one-word thing, a rank with no holder, a value told of a relation
alone is one only within a story) and by the checks (a folder of several stories).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Set

from .models import Claim
from .unionfind import UnionFind

STORY_KINDS = ("person", "org", "place")  # a country is named by too many stories to tie two together


def names_by_source(claims: Iterable[Claim]) -> dict[str, set[str]]:
    """The people, bodies and places each source's claims name."""
    out: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        ids = [a.entity for a in c.who] + ([c.where.entity] if c.where is not None else []) + [c.subject.id]
        out[c.source].update(i for i in ids if i and i.split(":", 1)[0] in STORY_KINDS and "~" not in i)
    return out


def stories(sources: Set[str], names: Mapping[str, Set[str]]) -> dict[str, str]:
    """Each source -> the first source (sorted) of its story: sources joined when they name a
    person, body or place in common (an inverted index: linear in the names)."""
    uf = UnionFind(sorted(sources))
    first: dict[str, str] = {}
    for src in sorted(sources):
        for name in sorted(names.get(src, ())):
            if name in first:
                uf.union(first[name], src)
            else:
                first[name] = src
    roots: dict[str, str] = {}
    for src in sorted(sources):
        roots.setdefault(uf.find(src), src)
    return {src: roots[uf.find(src)] for src in sources}
