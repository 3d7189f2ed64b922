"""Dates that are the value of an attribute of a thing (resources/events/date_attributes.yaml):
when it was built, completed or opened ("the dam, completed in 1978", "the clinic opened in
2017"), when it ends, expires or takes effect ("a contract until June 2029", "the tariffs
take effect on 1 April", "the treaty will come into force in January"), when it is due or
meets again, the time someone has to act ("bondholders have until December 5 to give their
consent"). Not the date of the story's event (the event layer's), nor when a named body or
series began (`beginnings.py`).

One `date-attribute` claim per statement: subject ``when:<act>``, its ``text`` the words
naming the thing (the noun the phrase describes: "the 42-metre earthfill dam" gives "dam"),
``who`` the people named before the phrase in its sentence (whose contract). The date must
stand right after the phrase (a preposition, "the end of", a place between): a date after an
object or another clause is another fact's. The check (checks/date_attribute.py) compares
the dates of one act told of one thing by two sources.

Cost: per date of the text (few), one search of the phrase table over the characters
before it; no scan of the text's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..frames import Document, Draft, Sentence, dates
from ..models import Actor, Timex
from ..named_values import head_before
from ..resources import load_resource
from ..words import alternation

FACET = "date-attribute"
HELD = frozenset({"ends"})  # acts whose thing may be a person's (a contract, a term): its holder keys it
_RELATIVE = re.compile(r",\s*(?:which|that|who)\b[^,;:]{1,160},\s*$", re.IGNORECASE)
_PASSIVE = re.compile(r"\s*(?:,\s*(?:which\s+|that\s+)?(?:(?:was|were|has\s+been|had\s+been)\s+)?|\s(?:is|was|were|has\s+been|had\s+been|will\s+be)\s+)$|,[^,]{1,80},\s*$")
REACH = 70  # characters before a date searched for its phrase and the gap after it
_PREPOSITION = re.compile(r"\s+(?:of|by|for|from|with|between)\s+$")
_NEGATED = re.compile(r"\b(?:not|never)\b", re.IGNORECASE)
SUBJECT = "when:"


class DateAttributeExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    act: str | None
    thing: str | None
    when: str | None


class DateAttributeTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    acts: dict[str, list[str]] = Field(min_length=1)
    term_nouns: list[str] = Field(min_length=1)
    term_cue: str
    closing: str
    closing_heads: list[str]
    announced: str
    announced_nouns: list[str]
    gap: str
    chain: list[str]
    not_heads: list[str]
    generic_heads: list[str]
    deadline_after: str
    same_things: list[list[str]] = Field(default_factory=list)
    examples: list[DateAttributeExample] = Field(min_length=1)


@dataclass(frozen=True)
class _Grammar:
    phrase: re.Pattern[str]  # an act's phrase and the gap after it, ending where a date begins
    acts: tuple[str, ...]  # the act of each named group, in order
    chain: re.Pattern[str]
    not_heads: frozenset[str]
    generic_heads: frozenset[str]
    closing_heads: frozenset[str]
    announced_nouns: frozenset[str]
    possessive: re.Pattern[str]  # "Thursday's decision": a day before the noun it dates
    deadline_after: re.Pattern[str]  # ", to accept the offer": the act a deadline allows


@lru_cache(maxsize=1)
def table() -> DateAttributeTable:
    return load_resource("events/date_attributes.yaml", DateAttributeTable)


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    t = table()
    acts = tuple(t.acts)
    groups = [rf"(?P<a{i}>{'|'.join(t.acts[a])})" for i, a in enumerate(acts)]
    # "a contract until June 2029": the term noun is the thing, the cue its end
    groups.append(rf"(?P<term>{alternation(t.term_nouns)})\s+{t.term_cue}")
    groups.append(rf"(?P<close>{t.closing})")  # a deal's completion: only after its heads
    groups.append(rf"(?P<announced>{t.announced})")  # a decision made public: only after its nouns
    # the phrase, then only the gap to the date: matched backwards from each date of the text
    gap = t.gap.removeprefix("^").removesuffix("$")
    phrase = re.compile(r"\b(?:" + "|".join(groups) + rf")\b(?P<gap>{gap})$", re.IGNORECASE)
    chain = re.compile(rf"(?:\b(?:{alternation(t.chain)})\s+)*$", re.IGNORECASE)
    return _Grammar(phrase, acts, chain,
                    frozenset(t.not_heads), frozenset(t.generic_heads), frozenset(t.closing_heads),
                    frozenset(t.announced_nouns),
                    re.compile(rf"(?:'s|’s)\s+(?:[a-z][\w-]*\s+)?(?P<noun>{alternation(t.announced_nouns)})\b"),
                    re.compile(t.deadline_after))


@dataclass(frozen=True)
class DateAttribute:
    act: str
    thing: str  # the head noun (or name) as written
    thing_span: tuple[int, int]
    when: Timex
    phrase: tuple[int, int]


@lru_cache(maxsize=1)
def same_thing() -> dict[str, str]:
    """Each head of a `same_things` set, to the set's first word."""
    return {w: ws[0] for ws in table().same_things for w in ws}


def read(doc: Document) -> list[tuple[int, DateAttribute]]:
    """Every attribute date of the document, with the index of its sentence: each date of a
    sentence is tried once, the phrase looked for in the few characters before it (a text
    has few dates; most of its words are never visited)."""
    g = grammar()
    text = doc.text
    ordered = sorted(doc.sentences.values(), key=lambda s: s.span[0])
    out: list[tuple[int, DateAttribute]] = []
    for s in ordered:
        for when in dates(s):
            if when.start is None:
                continue
            hit = g.phrase.search(text, max(s.span[0], when.span[0] - REACH), when.span[0])
            if hit is not None:
                found = _reading(doc, s, hit, when, g)
                if found is not None:
                    out.append((s.index, found))
    out.extend(_possessive_days(doc, ordered, g))
    return out


def _reading(doc: Document, s: Sentence, hit: re.Match[str], when: Timex, g: _Grammar) -> DateAttribute | None:
    """The act and the thing of a phrase found before a date, or None."""
    text = doc.text
    if hit.group("term") is not None:
        act, thing, span = "ends", hit.group("term"), hit.span("term")
    else:
        closing = hit.group("close") is not None
        announced = hit.group("announced") is not None
        act = "completed" if closing else "announced" if announced else \
            next(g.acts[k] for k in range(len(g.acts)) if hit.group(f"a{k}") is not None)
        lead = text[s.span[0]:hit.start()]
        chain = g.chain.search(lead)
        at = chain.start() if chain is not None else len(lead)
        if chain is not None and _NEGATED.search(chain.group()):
            return None  # "will not be completed before 2028": no date stated
        relative = _RELATIVE.search(lead, 0, at)  # "the deal, which still needs approval from X, is"
        found = head_before(lead, relative.start() if relative is not None else at)
        if found is None:
            return None
        thing, (a, b) = found
        for _ in range(3):  # "the takeover of X by Y is expected": the noun the names are said of
            prep = _PREPOSITION.search(lead, 0, a)
            before = head_before(lead, prep.start()) if prep is not None else None
            if before is None:
                break
            thing, (a, b) = before
        span = (s.span[0] + a, s.span[0] + b)
        if closing and thing.lower() not in g.closing_heads:
            return None  # "schools will close": no transaction completed
        if announced and (thing.lower() not in g.announced_nouns or not _PASSIVE.match(lead, span[1] - s.span[0])):
            return None  # "the court announced on Monday": a statement, the event layer's
        if act == "founded" and thing[0].isupper():
            return None  # a named body's founding is `beginnings.py`'s
        if act == "deadline" and not g.deadline_after.match(text, when.span[1]):
            return None  # "had until 2019 been unbeaten": no act allowed, no deadline
    if thing.lower() in g.not_heads or not thing[0].isalpha():
        return None
    return DateAttribute(act, thing, span, when, (hit.start(), hit.start("gap")))


def _possessive_days(doc: Document, ordered: list[Sentence], g: _Grammar) -> list[tuple[int, DateAttribute]]:
    """"Thursday's decision", "the May 3 ruling's": a day in the possessive before a noun of
    a decision made public dates it. One match per date of the text (few)."""
    out: list[tuple[int, DateAttribute]] = []
    for s in ordered:
        for t in dates(s):
            if t.start is None or t.start != t.end or doc.text[t.span[1]:t.span[1] + 1] not in ("'", "’"):
                continue
            m = g.possessive.match(doc.text, t.span[1])
            if m is not None:
                out.append((s.index, DateAttribute("announced", m.group("noun"), m.span("noun"), t, t.span)))
    return out


def _holders(doc: Document, sentence_index: int, before: int) -> list[Actor]:
    """The people named in the sentence before the phrase: whose contract, whose term."""
    s = doc.sentences[sentence_index]
    seen: dict[str, Actor] = {}
    for m in s.mentions:
        if m.kind == "person" and m.entity and m.span[1] <= before:
            seen.setdefault(m.entity, Actor(entity=m.entity, text=m.text, span=m.span))
    return list(seen.values())


def date_attribute_drafts(doc: Document) -> list[Draft]:
    drafts: list[Draft] = []
    for i, r in read(doc):
        s = doc.sentences[i]
        drafts.append(Draft(
            sentence=s, predicate=r.act, facet=FACET, subject_id=SUBJECT + r.act,
            subject_label=f"{r.thing.lower()} ({r.act})", subject_text=r.thing, subject_span=r.thing_span,
            when=r.when, modality=doc.modality(s, r.phrase[0], r.when),
            who=_holders(doc, i, r.phrase[0]) if r.act in HELD else None,
        ))
    return drafts
