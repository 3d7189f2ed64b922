"""Where a named place lies, given in an apposition after its name (facet ``site``), so two
articles that put one place in two spots meet in the place rule (checks/place.py):

- "Skive, some 30 kilometres west of Viborg" / "Skive, west of Aarhus": a place, a
  comma, an optional distance and a compass direction "of" another place: subject
  ``relsite:<place>|<direction>``, the place of reference as the value. The direction is part
  of the key: "west of Viborg" and "north of Herning" may both be true of one town; two
  towns of reference for one direction are a conflict, one within the other a variant;
- "the port of Tilbury, in Essex" / "Tilbury, in Kent": a place, a comma,
  "in" and another place, both read as places by the entity layer: subject
  ``relsite:<place>|in``.

The key is the place named, never the story's event: the spot of another thing in the
article ("a fire in Ayr, south of Glasgow") is that thing's town's, and meets only claims
about that town. A name the entity layer took for a person, a body or a country, a list of
places ("Lyon, Nice and Paris"), a dateline and a relative clause's "in" after a person are
none.

Cheap cues: the sentence's compass words (``Words.positions``) and each ", in " the text
holds; each is matched at its own position, a short window before it: linear in the text.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from functools import lru_cache

from ..entities import gazetteer
from ..models import Claim, Mention, Source, SubjectRef, Where
from ..segment import outside_sentence_at
from ..words import Words
from .town_sites import PLACE_NAME as _NAME, is_country_name, opens_no_town

# compass words, as the tokenizer writes them (a hyphenated direction is one word or two)
_COMPASS = frozenset("north south east west northeast northwest southeast southwest "
                     "north-east north-west south-east south-west".split())
_DIRECTION = r"(?:north|south)(?:-?(?:east|west))?|east|west"
# "Skive, some 30 kilometres " (the window ends at the compass word)
_BEFORE = re.compile(rf"(?P<town>{_NAME}),\s+(?:(?:some|about|around|roughly|approximately|nearly|almost|just)\s+)?"
                     r"(?:\d[\d.,]*\s*(?:km|kilometres|kilometers|miles|mi|nautical\s+miles)\s+)?$")
_AFTER = re.compile(rf"(?P<dir>{_DIRECTION})\s+of\s+(?:the\s+)?(?P<ref>{_NAME})", re.IGNORECASE)
# "Tilbury, in Essex" (the window ends at the comma)
_IN_BEFORE = re.compile(rf"(?P<town>{_NAME})$")
_IN_AFTER = re.compile(rf",\s+in\s+(?P<ref>{_NAME})")
# "the mine, which lies in the municipality of Kiruna" / "the mine lies in Gällivare municipality"
_LIES_BEFORE = re.compile(rf"(?:(?P<town>{_NAME})|\b(?:the|The)\s+(?P<noun>[a-z]+))(?:,\s+which)?\s+$")
_AREA = r"(?:municipality|district|county|province|region|commune|parish|borough|prefecture|canton)"
_LIES_AFTER = re.compile(rf"(?:lies|is\s+located|is\s+situated)\s+in\s+(?:the\s+(?P<of>{_AREA})\s+of\s+)?"
                         rf"(?P<ref>{_NAME})(?P<area>\s+{_AREA})?")
_LIES = frozenset({"lies", "located", "situated"})
_WINDOW = 90


def relative_site_claims(source: Source, words: Words, mentions: list[Mention]) -> list[Claim]:
    """Every apposition that places a named place (module docstring)."""
    text = source.text
    named = sorted((m for m in mentions if m.entity), key=lambda m: m.span)
    starts = [m.span[0] for m in named]
    places = {m.text.casefold(): m.entity for m in named if m.kind == "place" and m.entity}
    out: list[Claim] = []

    def read_at(at: int, before_re: re.Pattern[str], after_re: re.Pattern[str], strict: bool) -> None:
        """The apposition whose cue stands at ``at``: the place before it, the reference after
        (the direction the compass word gives, else "in")."""
        held = outside_sentence_at(source, at) if at >= 0 else None
        if held is None:
            return
        sent = held[1]
        after = after_re.match(text, at, sent[1])
        before = before_re.search(text, max(sent[0], at - _WINDOW), at)
        if after is None or before is None:
            return
        direction = after.group("dir").lower() if "dir" in after_re.groupindex else "in"
        claim = _read(source, sent, named, starts, before, after, direction, strict=strict, places=places)
        if claim is not None:
            out.append(claim)

    for h in words.positions(_COMPASS):
        read_at(words.starts[h], _BEFORE, _AFTER, strict=False)
    for h in words.positions(_LIES):
        at = words.starts[h]
        if words.lowers[h] != "lies":
            at = text.rfind("is", max(0, at - 4), at)  # "is located": the match opens on "is"
        read_at(at, _LIES_BEFORE, _LIES_AFTER, strict=False)
    at = text.find(", in ")
    while at >= 0:
        read_at(at, _IN_BEFORE, _IN_AFTER, strict=True)
        at = text.find(", in ", at + 5)
    return out


def _place_at(named: list[Mention], starts: list[int], a: int, b: int) -> Mention | None | bool:
    """The place mention ending at ``b`` within ``[a, b)``; False when a mention of another
    kind covers the name (a person, a body, a country); None when none covers it."""
    i = bisect.bisect_right(starts, b - 1) - 1
    while i >= 0 and named[i].span[1] > a:
        m = named[i]
        if m.span[1] == b and m.kind == "place" and m.span[0] >= a:
            return m
        if m.span[0] < b and m.span[1] > a:
            return False
        i -= 1
    return None


def _is_place(m: Mention | None | bool, name: str, places: dict[str, str]) -> bool:
    """A place mention here, a name the article reads as a place elsewhere, or a town the
    gazetteer knows."""
    return isinstance(m, Mention) or name.casefold() in places or bool(gazetteer.readings(name))


def _entity(m: Mention | None | bool, name: str, places: dict[str, str]) -> str:
    """The place's entity id: its mention's, the one the article gives the name elsewhere,
    else the name as written."""
    if isinstance(m, Mention) and m.entity:
        return m.entity
    return places.get(name.casefold()) or "place:" + re.sub(r"\W+", "-", name.lower()).strip("-")


def _read(source: Source, sent: tuple[int, int], named: list[Mention], starts: list[int], before: re.Match[str],
          after: re.Match[str], relation: str, strict: bool, places: dict[str, str]) -> Claim | None:
    text = source.text
    noun = before.groupdict().get("noun")
    a, b = before.span("noun" if noun else "town")
    ra, rb = after.span("ref")
    town = None if noun else _place_at(named, starts, a, b)
    ref = _place_at(named, starts, ra, rb)
    if ref is False and "dir" in after.groupdict() and gazetteer.readings(after.group("ref")):
        ref = None  # "north-east of Nantes": after a compass word a town the gazetteer knows is no club
    if town is False or ref is False:
        return None  # a person's, a body's or a country's name
    town_text = town.text if isinstance(town, Mention) else ("the " + noun if noun else before.group("town"))
    ref_text = ref.text if isinstance(ref, Mention) else after.group("ref")
    if strict and not (_is_place(town, town_text, places) and _is_place(ref, ref_text, places)):
        return None  # "Hoshida, in Tokyo": only two names read as places, here, elsewhere or by the gazetteer
    if town_text.isupper():
        return None  # "9:42 p.m. CDT, southwest of": an abbreviation, a dateline's capitals
    if not noun and opens_no_town(town_text.split()[0]) or is_country_name(town_text):
        return None  # "That slide, north of Oslo", "Norway, south of ...": no town named
    if text[max(sent[0], a - 2):a].endswith(", ") or re.match(r"\s*(?:,\s*)?(?:and|or)\s", text[rb:rb + 6]):
        return None  # "Lyon, Nice, south of Paris", "south of Oslo and Bergen": a list
    if opens_no_town(ref_text.split()[0]):
        return None
    town_key = f"the-{noun}" if noun else _entity(town, town_text, places).split(":", 1)[-1]  # "the cave": the one of the story
    where = _entity(ref, ref_text, places)
    if where.split(":", 1)[-1] == town_key:
        return None
    sid = f"relsite:{town_key}|{relation}"
    s, e = sent
    cid = "c-" + hashlib.sha1(f"{source.id}|relsite|{sid}|{s}|{ra}".encode()).hexdigest()[:12]
    label = f"site of {town_text}" + ("" if relation == "in" else f", {relation} of")
    return Claim(
        id=cid, source=source.id, span=(s, e), quote=text[s:e], predicate="site",
        subject=SubjectRef(id=sid, label=label, text=town_text, span=(a, b)),
        where=Where(entity=where, text=text[ra:rb], span=(ra, rb)), modality="reported", facet="site",
    )


__all__ = ["relative_site_claims"]
