"""Located actions: where a thing set out from, where a body sits, where a person lives, read
from the clause layer (claimcheck/clauses.py) rather than from the words as a flat list, so an
aside or a relative clause neither hides the place nor leaks into the key:

- "The rally, held every three years, set off from Plymouth", "They set out from Plymouth", "the
  X Cup, which started from Brest": a departure (`resources/clauses/located.yaml` classes),
  of the story's moving thing when the subject is a pronoun, a name or a definite noun of a
  journey ("the race"): key ``located:departure|-``;
- "the agency, which sits in Tartu", "X is based in Lyon": a body's seat, keyed as the
  headquarters reader keys it (``hq:<name>``, facet ``seat``), so both readers meet; "the
  court" is the one body the article names with that head noun ("the Supreme Court");
- "X lives in Oslo", "was arrested at his Bergamo home", "at his home in Queenstown": a
  person's home, ``located:residence|<person>``; "his"/"her" is the clause's subject, a
  pronoun the article's main person.

A seat or a home is stated in the present only (a past one was left: no claim), a negated
clause states none, a place after "near" or a list of two places is none.

Each sentence holding a verb form of the table, or a home noun, is read (the layer made once
for it): linear in the text.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..clauses import Clause, Layer, grammar as clause_grammar
from ..models import Claim, Mention, Source, Span, SubjectRef, Where
from ..resources import load_resource
from ..segment import outside_sentence_at
from ..words import Words
from .birthplaces import _main_person
from .headquarters import fold


class LocatedClass(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    verbs: list[str] = Field(min_length=1)
    preps: list[str] = Field(min_length=1)
    subject: Literal["story", "org", "person"]
    present_only: bool


class LocatedExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    key: str | None
    place: str | None


class LocatedTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    classes: dict[str, LocatedClass]
    journeys: list[str]
    home_nouns: list[str]
    examples: list[LocatedExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> LocatedTable:
    return load_resource("clauses/located.yaml", LocatedTable)


@lru_cache(maxsize=1)
def _lemma_class() -> dict[str, str]:
    return {v: cls for cls, c in table().classes.items() for v in c.verbs}


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """The written forms of the table's verbs (first word of a phrase) and the home nouns."""
    forms = clause_grammar().verbs
    out: set[str] = set(table().home_nouns)
    for v in _lemma_class():
        first = v.split()[0]
        out.update(forms.get(first, [first]))
        out.update({first + "ed", first + "d", first + "s"})
    return frozenset(out)


_PRONOUN_STORY = frozenset({"they", "it"})


def located_claims(source: Source, words: Words, layer: Layer, mentions: list[Mention]) -> list[Claim]:
    """Every located action of one source (module docstring)."""
    hits = words.positions(cue_words())
    if not hits:
        return []
    text = source.text
    ordered = sorted((m for m in mentions if m.entity), key=lambda m: m.span)
    starts = [m.span[0] for m in ordered]
    main = _main_person(ordered)
    orgs_by_head: dict[str, set[str]] = {}
    for m in ordered:
        if m.kind == "org" and " " in m.text:
            orgs_by_head.setdefault(m.text.split()[-1].lower(), set()).add(m.text)
    out: list[Claim] = []
    seen: set[int] = set()
    for h in hits:
        held = outside_sentence_at(source, words.starts[h])
        if held is None or held[0] in seen:
            continue
        n, sent = held
        seen.add(n)
        for c in layer.of(sent):
            claim = _action(source, words, c, sent, ordered, starts, orgs_by_head) or \
                _home(source, words, c, sent, ordered, starts, main)
            if claim is not None:
                out.append(claim)
    return out


def _place(text: str, c: Clause, preps: list[str]) -> Span | None:
    """The place of the first phrase of the clause a preposition of ``preps`` opens (a list of
    two places is none)."""
    for a in c.attachments:
        if a.kind == "PLACE" and a.prep in preps and a.value is not None and a.span[0] > c.verb[0]:
            if re.match(r"\s*(?:and|or|&)\s", text[a.value[1]:a.value[1] + 5]):
                return None  # "from Plymouth and Brest": two places
            return a.value
    return None


def _mention_in(ordered: list[Mention], starts: list[int], span: Span, kinds: set[str]) -> Mention | None:
    i = bisect.bisect_left(starts, span[0])
    while i < len(ordered) and ordered[i].span[0] < span[1]:
        if ordered[i].kind in kinds and ordered[i].span[1] <= span[1]:
            return ordered[i]
        i += 1
    return None


def _action(source: Source, words: Words, c: Clause, sent: Span, ordered: list[Mention], starts: list[int],
            orgs_by_head: dict[str, set[str]]) -> Claim | None:
    cls = _lemma_class().get(c.lemma)
    if cls is None or c.negated or c.subject is None or c.subject_head is None:
        return None
    spec = table().classes[cls]
    if spec.present_only and c.tense != "present":
        return None  # "was based in", "lived in": a seat or a home that may have changed
    if c.tense in ("future", "modal"):
        return None  # "will set off from": a plan
    place = _place(source.text, c, spec.preps)
    if place is None:
        return None
    text = source.text
    head = words.lowers[c.subject_head]
    subject_text = text[c.subject[0]:c.subject[1]]
    first = subject_text.split()[0].lower()
    if spec.subject == "story":
        person = _mention_in(ordered, starts, c.subject, {"person"})
        # a name: a body's or an event's the entity layer knows, or capitalised words after the first
        named = _mention_in(ordered, starts, c.subject, {"org", "event", "series"}) is not None or any(
            w[:1].isupper() for w in subject_text.split()[1:])
        if person is not None or first in ("a", "an"):
            return None  # a person's or an indefinite thing's journey: no story key
        if not (head in _PRONOUN_STORY or (first in ("the", "its", "their") and head in table().journeys) or
                (named and c.relative)):
            return None
        key = f"located:{cls}|-"
        label = f"{cls} place of the story's {head if head in table().journeys else 'journey'}"
    elif spec.subject == "org":
        org = _mention_in(ordered, starts, c.subject, {"org"})
        name = org.text if org is not None else None
        if name is None and first == "the":
            held = {_undescribed(n) for n in orgs_by_head.get(head, set())}
            name = next(iter(held)) if len(held) == 1 else None  # "the court": the one court named
        if name is None:
            return None
        key, cls = f"hq:{fold(name)}", "seat"
        label = f"seat of {name}"
    else:
        person_m = _mention_in(ordered, starts, c.subject, {"person"})
        if person_m is None or person_m.entity is None:
            return None
        key = f"located:{cls}|{person_m.entity}"
        label = f"home of {person_m.label or person_m.text}"
    return place_claim(source, sent, key, label, "seat" if key.startswith("hq:") else "located", place, ordered, starts)


def _undescribed(name: str) -> str:
    """A body's name without a country's adjective before it: "the court" of an article naming
    "the Czech Constitutional Court" is what another calls "the Constitutional Court"."""
    from ..entities.lexicon import lexicon

    words = name.split()
    if len(words) > 2 and (e := lexicon().lookup(words[0])) is not None and e.role == "demonym":
        return " ".join(words[1:])
    return name


def _home(source: Source, words: Words, c: Clause, sent: Span, ordered: list[Mention], starts: list[int],
          main: Mention | None) -> Claim | None:
    """"was arrested at his Bergamo home", "at his home in Queenstown": the home of the clause's
    subject (a person, or "he"/"she" for the article's main person)."""
    if c.subject is None or c.subject_head is None:
        return None
    text = source.text
    atts = c.attachments
    for n, a in enumerate(atts):
        if a.prep not in ("at", "in", "from", "outside"):
            continue
        phrase = text[a.span[0]:a.span[1]]
        m = re.match(r"(?:at|in|from|outside)\s+(?:his|her)\s+(?:(?P<name>[^\W\d_][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+)?"
                     r"(?P<noun>[a-z]+)$", phrase)
        if m is None or m.group("noun") not in table().home_nouns or (
                m.group("name") is not None and not m.group("name")[0].isupper()):
            continue  # "his luxury residence", "his parents' home": no town named, or another's home
        place = a.value if a.kind == "PLACE" and m.group("name") is not None else None
        if place is None and n + 1 < len(atts) and atts[n + 1].prep == "in" and atts[n + 1].kind == "PLACE" \
                and not text[a.span[1]:atts[n + 1].span[0]].strip() and atts[n + 1].value is not None \
                and atts[n + 1].value[0] == atts[n + 1].span[0] + 3:
            place = atts[n + 1].value  # "at his home in Queenstown"
        if place is None:
            continue
        person = _mention_in(ordered, starts, c.subject, {"person"})
        if person is None and words.lowers[c.subject_head] in ("he", "she"):
            person = main
        if person is None or person.entity is None:
            return None
        return place_claim(source, sent, f"located:residence|{person.entity}", f"home of {person.label or person.text}",
                      "located", place, ordered, starts)
    return None


def place_claim(source: Source, sent: Span, key: str, label: str, facet: str, place: Span, ordered: list[Mention],
                starts: list[int]) -> Claim:
    """A claim that the sentence ``sent`` places ``key`` at ``place`` (its mention's entity, else
    the name folded); shared by the readers of located things (vicinity)."""
    text = source.text
    name = text[place[0]:place[1]]
    m = _mention_in(ordered, starts, place, {"place", "country"})
    entity = m.entity if m is not None and m.span == place and m.entity else \
        "place:" + re.sub(r"\W+", "-", name.lower()).strip("-")
    s, e = sent
    cid = "c-" + hashlib.sha1(f"{source.id}|{facet}|{key}|{s}|{place[0]}".encode()).hexdigest()[:12]
    return Claim(
        id=cid, source=source.id, span=(s, e), quote=text[s:e], predicate=facet,
        subject=SubjectRef(id=key, label=label, text=None, span=None),
        where=Where(entity=entity, text=name, span=place), modality="reported", facet=facet,
    )


__all__ = ["located_claims", "cue_words", "place_claim"]
