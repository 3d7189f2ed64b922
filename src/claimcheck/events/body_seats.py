"""Where the story's court sits, and where a named institute is, when an article writes the body
with its town: "A court in Lyon ruled", "the judges in Lyon agreed", "the District Court of
Lyon", "handed down in Lyon federal court", "a downtown Lyon courtroom"; "the Valtry Institute
for Optics in Brenford", "at the institute's campus in Brenford". A court and an institute sit
in one town, so two towns for one of them disagree (checks/place.py, facet ``seat``).

Keys (`resources/events/body_seats.yaml`):

- the story's court, ``hq:the-court``, or ``hq:the-court-<level>`` when its words name a level
  ("the Court of Appeal in X", "the Supreme Court in X"): a lower court's town is never held
  against an appeal court's. A lower, earlier or other court ("a lower court in X"), a court of
  a game, a country ("a judge in Poland": no town) or two towns for one level in one article
  (two courts) give no claim;
- a named institute, ``hq:<name folded>`` as the headquarters reader keys it, so both meet;
  "the institute's campus in X" is the one institute the article names.

A body's noun is found on the text's one word scan; each is read at its own position only:
linear in the text.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..entities.lexicon import lexicon
from ..models import Claim, Mention, Source, Span
from ..resources import load_resource
from ..segment import outside_sentence_at
from ..words import Words
from .headquarters import SiteExample, fold, table as hq_table  # one example shape: text, key, place
from .located_verbs import place_claim
from .town_sites import PLACE_NAME, is_country_name, opens_no_town


class BodySeatTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    court_nouns: list[str] = Field(min_length=1)
    levels: dict[str, str]
    other: list[str]
    before_town: list[str]
    seated_heads: list[str] = Field(min_length=1)
    parts: list[str]
    examples: list[SiteExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> BodySeatTable:
    return load_resource("events/body_seats.yaml", BodySeatTable)


@lru_cache(maxsize=1)
def _cues() -> frozenset[str]:
    t = table()
    return frozenset(t.court_nouns + t.parts)


# "the", "a": a determiner, then at most three words (a level, "federal", "District") before the noun
_DET = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Tt]he)\s+(?P<mods>(?:[\w-]+\s+){0,3})$")
# after the noun: "of Appeal" (a level), then "in"/"at" and the town ("in the city of X")
_AFTER = re.compile(rf"(?:\s+of\s+(?P<lvl>[A-Z][a-z]+))?\s+(?:in|at)\s+(?:the\s+(?:town|city)\s+of\s+)?"
                    rf"(?P<place>{PLACE_NAME})")
# "the District Court of Lyon": the town after "of"
_OF = re.compile(rf"\s+of\s+(?P<place>{PLACE_NAME})")
# "in Lyon federal court": the town and at most two lower-case words before the noun
_TOWN_BEFORE = re.compile(rf"(?<![\w’'-])(?P<prev>[a-z]+)\s+(?P<place>{PLACE_NAME})\s+(?P<mods>(?:[a-z][\w-]*\s+){{0,2}})$")
_PLACE_RE = re.compile(PLACE_NAME)
# "the institute's campus in X"
_OWNER = re.compile(r"(?<![\w’'-])[Tt]he\s+(?P<head>[a-z]+)[’']s\s+$")


def body_seat_claims(source: Source, words: Words, mentions: list[Mention]) -> list[Claim]:
    """Every court's and institute's seat one source states (module docstring)."""
    ordered = sorted((m for m in mentions if m.entity), key=lambda m: m.span)
    starts = [m.span[0] for m in ordered]
    places = [m for m in ordered if m.kind == "place"]  # a capital is valued as the town, not its country
    place_starts = [m.span[0] for m in places]
    out: list[Claim] = []
    t = table()
    for i in words.positions(_cues()):
        held = outside_sentence_at(source, words.starts[i])
        if held is None:
            continue
        sent = held[1]
        if words.lowers[i] in t.parts:
            found = _premises(source, words, i, sent, ordered, starts)
        else:
            found = _court(source, words, i, sent, ordered, starts)
        if found is not None:
            key, label, place = found
            out.append(place_claim(source, sent, key, label, "seat", place, places, place_starts))
    out += _institutes(source, ordered, starts, places, place_starts)
    return _one_town_each(out)


def _court(source: Source, words: Words, i: int, sent: Span, ordered: list[Mention], starts: list[int]) -> tuple[str, str, Span] | None:
    t = table()
    text = source.text
    a, b = words.starts[i], words.ends[i]
    if text[b:b + 1] in ("-", "’", "'") or text[a - 1:a] == "-":
        return None  # "court-appointed", "the court's": part of another word
    det = _DET.search(text, max(sent[0], a - 60), a)
    place: Span | None = None
    lvl_words: list[str] = []
    if det is not None:
        lvl_words = det.group("mods").lower().split()
        m = _AFTER.match(text, b, sent[1])
        if m is not None and (m.group("lvl") is None or m.group("lvl").lower() in t.levels):
            lvl_words += [m.group("lvl").lower()] if m.group("lvl") else []
            place = _town(text, m.start("place"), m.end("place"), ordered, starts, known=False)
        elif text[a].isupper() and (m := _OF.match(text, b, sent[1])) is not None:
            place = _town(text, m.start("place"), m.end("place"), ordered, starts, known=True)  # "the District Court of Lyon"
    if place is None and text[a].islower() and words.lowers[i] in ("court", "courtroom"):
        m2 = _TOWN_BEFORE.search(text, max(sent[0], a - 60), a)
        if m2 is not None and m2.group("prev") in t.before_town:
            lvl_words = m2.group("mods").lower().split()
            place = _town(text, m2.start("place"), m2.end("place"), ordered, starts, known=True)
    if place is None or any(w in t.other for w in lvl_words):
        return None
    level = next((t.levels[w] for w in lvl_words if w in t.levels), None)
    key = f"hq:the-court-{level}" if level else "hq:the-court"
    return key, "seat of the court" + (f" ({level})" if level else ""), place


def _town(text: str, a: int, b: int, ordered: list[Mention], starts: list[int], known: bool) -> Span | None:
    """The town a name at ``a``..``b`` names: a place mention starting there ("The Hague"), a
    capital the lexicon reads as its country; else, with ``known`` False (after "in"), any
    capitalised name no person, body or country mention covers. None for a country, a month,
    a weekday, a level word."""
    k = bisect.bisect_left(starts, a)
    for m in ordered[max(0, k - 2):k + 2]:
        if m.span[0] == a:
            if m.kind == "place":
                return m.span
            if m.kind == "country":
                e = lexicon().lookup(m.text)
                return m.span if e is not None and e.role == "capital" else None
        if m.span[0] < b and a < m.span[1] and m.kind in {"person", "org", "country", "place"}:
            return None
    name = text[a:b]
    first = name.split()[0]
    if opens_no_town(first) or first in hq_table().not_places or is_country_name(name) or \
            first.lower() in table().levels or first.isupper():
        return None
    e = lexicon().lookup(name)
    if e is not None and e.role != "capital":
        return None  # "Dutch", "Poland": a country's word
    if known:
        from ..entities.gazetteer import readings

        if not readings(name):
            return None  # "a Zentrix courtroom": a name no gazetteer knows is no town before a noun
    return (a, b)


def _premises(source: Source, words: Words, i: int, sent: Span, ordered: list[Mention], starts: list[int]) -> tuple[str, str, Span] | None:
    """"the institute's campus in X": the one institute the article names."""
    text = source.text
    a, b = words.starts[i], words.ends[i]
    owner = _OWNER.search(text, max(sent[0], a - 40), a)
    if owner is None or owner.group("head") not in table().seated_heads:
        return None
    m = re.match(r"\s+(?:in|at)\s+", text[b:sent[1]])
    if m is None:
        return None
    at = b + m.end()
    pm = _PLACE_RE.match(text, at, sent[1])
    if pm is None:
        return None
    place = _town(text, pm.start(), pm.end(), ordered, starts, known=False)
    head = owner.group("head")
    named = {m.entity: m.text for m in ordered if m.kind == "org" and head in m.text.lower().split()
             and " and " not in m.text}
    if place is None or len(named) != 1:
        return None
    name = _bare(next(iter(named.values())))
    return f"hq:{fold(name)}", f"seat of {name}", place


def _bare(name: str) -> str:
    return re.sub(r"^(?:[Tt]he)\s+", "", name)


def _institutes(source: Source, ordered: list[Mention], starts: list[int], places: list[Mention],
                place_starts: list[int]) -> list[Claim]:
    """"the Valtry Institute for Optics in Brenford": a named body of a seated head and its town."""
    text = source.text
    heads = frozenset(h.capitalize() for h in table().seated_heads)
    out: list[Claim] = []
    for m in ordered:
        if m.kind != "org" or not heads.intersection(m.text.split()) or " and " in m.text:
            continue
        after = re.match(r"\s+in\s+", text[m.span[1]:m.span[1] + 6])
        if after is None:
            continue
        held = outside_sentence_at(source, m.span[0])
        if held is None:
            continue
        sent = held[1]
        at = m.span[1] + after.end()
        pm = _PLACE_RE.match(text, at, sent[1])
        place = _town(text, at, pm.end(), ordered, starts, known=False) if pm is not None else None
        if place is None:
            continue
        name = _bare(m.text)
        out.append(place_claim(source, sent, f"hq:{fold(name)}", f"seat of {name}", "seat", place, places, place_starts))
    return out


def _one_town_each(claims: list[Claim]) -> list[Claim]:
    """An article that puts the story's court in two towns speaks of two courts: none kept."""
    towns: dict[str, set[str]] = {}
    for c in claims:
        if c.where is not None:
            towns.setdefault(c.subject.id, set()).add(c.where.entity)
    return [c for c in claims if len(towns.get(c.subject.id, ())) <= 1]


__all__ = ["body_seat_claims", "table"]
