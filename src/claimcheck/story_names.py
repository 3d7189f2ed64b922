"""Which articles are of one story: those whose claims name a person, body or place in
common. Used by grouping (a one-word thing, a rank with no holder, a value told of a relation
alone is one only within a story) and by the checks (a folder of several stories).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Set

from .models import Claim
from .unionfind import UnionFind

STORY_KINDS = ("person", "org", "place")  # a country is named by too many stories to tie two together
# subjects whose place is the story's own site as one article tells it (events/vicinity.py): two
# articles that give it two towns disagree about one story, they are not two stories
_SITE_ONLY = ("located:vicinity|",)


def names_by_source(claims: Iterable[Claim],
                    extra: Callable[[Claim, list[str]], Iterable[str]] | None = None) -> dict[str, set[str]]:
    """The people, bodies and places each source's claims name; ``extra`` adds, from each claim
    and the ids it names, what else a caller counts as a name (a named event, a vessel)."""
    out: dict[str, set[str]] = defaultdict(set)
    known = _STORY_NAME
    for c in claims:
        names = out[c.source]
        where = [c.where.entity] if c.where is not None and not c.subject.id.startswith(_SITE_ONLY) else []
        ids = [a.entity for a in c.who] + where + [c.subject.id]
        for i in ids:
            if not i:
                continue
            ok = known.get(i)
            if ok is None:
                ok = _story_name(i)
            if ok:
                names.add(i)
        if extra is not None:
            names.update(extra(c, ids))
    return out


def is_story_name(i: str) -> bool:
    """The id names a person, body or place (not a country, not a description)."""
    ok = _STORY_NAME.get(i)
    return _story_name(i) if ok is None else ok


_STORY_NAME: dict[str, bool] = {}  # id -> whether it names a person, body or place; asked once per distinct id
_MAX_KNOWN = 500_000


def _story_name(i: str) -> bool:
    ok = i.split(":", 1)[0] in STORY_KINDS and "~" not in i
    if len(_STORY_NAME) > _MAX_KNOWN:
        _STORY_NAME.clear()
    _STORY_NAME[i] = ok
    return ok


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
