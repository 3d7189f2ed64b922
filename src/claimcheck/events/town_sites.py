"""Where a named town lies (facet ``site``, subject ``site:<town>``): the area an article puts
a town in, so two articles that put one town in two areas meet in the place rule
(checks/place.py), which reads a town against its own area, or an area against one within
it, as a variant, and two areas of one level as a conflict.

- "San Remo, Liguria" / "Alba, Cuneo province": a town set before a comma and an area, the
  area written with its noun (`gazetteer.yaml` `area_nouns`) or known to the gazetteer as an
  area; never a country (a town's country is no news), a date ("PARIS, June 3" opens a
  dateline), nor an item of a list ("Lyon, Nice and Paris");
- "Alba in Cuneo province", "the town of Alba in the Cuneo region", "Alba town in Cuneo
  province": a town, then "in" and an area written with its noun.

The town is a place mention of the entity layer, or a name it did not take for anything
(the shape says "place"); a name it took for a person, a body or a country is left alone.
Each sentence is searched once per shape; each match is read at its own position.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from functools import lru_cache

from ..entities import gazetteer
from ..entities.lexicon import lexicon
from ..models import Claim, Mention, Source, SubjectRef, Where
from ..segment import sentences_outside_excluded
from ..words import alternation

_WORD = r"[A-Z][\w’'-]*"
_NAME = rf"{_WORD}(?:\s(?:(?:de|del|da|do|di|la|el)\s)?{_WORD}){{0,3}}"
_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_TOWN_NOUNS = r"(?:town|city|village|municipality|commune)"
# a locative before a name the entity layer did not read: "in X", "near the town of X"
_LOCATIVE = re.compile(r"\b(?:in|at|near|of|from|to|outside|around)\s+(?:the\s+)?$")
# words that open no town's name ("The", "In", a weekday at a sentence's start)
_NOT_TOWN = frozenset("the a an in on at this that it he she they we but and or after before when while "
                      "monday tuesday wednesday thursday friday saturday sunday".split())


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = alternation(list(gazetteer.table().area_nouns))
    # "San Remo, Liguria", "Alba, Cuneo province": ends the clause or the sentence
    comma = re.compile(rf"(?P<town>{_NAME}),\s(?P<area>{_NAME})(?P<noun>\s(?:{nouns}))?"
                       rf"(?=\s*[,.;:)\n]|\s+(?:on|in|at|where|when|after|before|was|were|is|has|had|and\s+[a-z]))")
    # "Alba in Cuneo province", "the town of Alba in the Cuneo region", "Alba town in ..."
    within = re.compile(rf"(?P<town>{_NAME})(?:\s{_TOWN_NOUNS})?\s+in\s+(?:the\s+)?(?P<area>{_NAME})\s(?P<noun>{nouns})\b")
    return comma, within


def town_site_claims(source: Source, mentions: list[Mention]) -> list[Claim]:
    """Every statement of the area a town lies in (module docstring)."""
    text = source.text
    named = sorted((m for m in mentions if m.entity), key=lambda m: m.span)
    starts = [m.span[0] for m in named]
    comma, within = _patterns()
    out: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    for _, (s, e) in sentences_outside_excluded(source):
        for pattern in (within, comma):
            for m in pattern.finditer(text, s, e):
                town = _town(named, starts, m)
                if town is None or (m.start("town"), m.end("town")) in seen:
                    continue
                claim = _claim(source, (s, e), m, town, pattern is comma)
                if claim is not None:
                    seen.add((m.start("town"), m.end("town")))
                    out.append(claim)
    return out


def _town(named: list[Mention], starts: list[int], m: re.Match[str]) -> tuple[str, str] | None:
    """The match's town as (key, name): its place mention (one ending where the town does,
    or one mention of the town with its area), else the name as written when no mention
    of another kind covers it; None for a person's, a body's or a country's name."""
    a, b = m.span("town")
    name = m.group("town")
    if name.split()[0].lower() in _NOT_TOWN:
        return None
    i = bisect.bisect_right(starts, b) - 1
    while i >= 0 and named[i].span[1] > a:
        p = named[i]
        if p.kind == "place" and p.span[0] >= a and (p.span[1] == b or p.span[0] == a and p.span[1] >= m.end("area")):
            return p.entity.split(":", 1)[-1], p.text  # type: ignore[union-attr]
        if p.span[0] < b:
            return None  # a person, a body or a country
        i -= 1
    if _LOCATIVE.search(m.string, max(0, a - 30), a) is None:
        return None  # "Rescuers in Aurora province": a name no locative introduces may be no place
    return re.sub(r"\W+", "-", name.lower()).strip("-"), name


def _claim(source: Source, sentence: tuple[int, int], m: re.Match[str], town: tuple[str, str],
           after_comma: bool) -> Claim | None:
    text = source.text
    s, e = sentence
    area = m.group("area")
    first = area.split()[0].lower()
    if first in _MONTHS or first in ("the", "a", "an"):
        return None  # "PARIS, June 3": a dateline
    if after_comma:
        if text[m.end():m.end() + 6].lstrip().startswith("and ") or text[max(s, m.start() - 2):m.start()].endswith(", "):
            return None  # "Lyon, Nice and Paris": a list of towns
        if not m.group("noun") and not gazetteer.may_be_area(area):
            return None  # "Alba, Rossi said": no area after the comma
    if not m.group("noun") and area.casefold() in _country_names():
        return None  # "Alba, Italy": a town's country is no statement worth comparing
    pa, pb = m.start("area"), m.end("noun") if m.group("noun") else m.end("area")
    written = text[pa:pb]
    sid = "site:" + town[0]
    where = "place:" + re.sub(r"\W+", "-", written.lower()).strip("-")
    if where.split(":", 1)[-1] == sid.split(":", 1)[-1]:
        return None
    cid = "c-" + hashlib.sha1(f"{source.id}|town-site|{sid}|{s}|{pa}".encode()).hexdigest()[:12]
    return Claim(
        id=cid, source=source.id, span=(s, e), quote=text[s:e], predicate="site",
        subject=SubjectRef(id=sid, label=f"site of {town[1]}", text=m.group("town"), span=m.span("town")),
        where=Where(entity=where, text=written, span=(pa, pb)), modality="reported", facet="site",
    )


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(n.casefold() for n in lexicon().country_labels.values())


# --- the small public API other place readers share (relative_sites, body_seats) -------------
# a place's written name: capitalised words, a lower-case particle between ("Castilla y", "de")
PLACE_NAME = _NAME


def opens_no_town(word: str) -> bool:
    """A word no town's name starts with ("The", "In", a weekday opening a sentence)."""
    return word.lower() in _NOT_TOWN


def is_country_name(name: str) -> bool:
    """``name`` is a country's name as the lexicon labels it ("Norway"), not a town of it."""
    return name.casefold() in _country_names()


__all__ = ["PLACE_NAME", "is_country_name", "opens_no_town", "town_site_claims"]
