"""Event nouns of the occurrence frames (resources/claims/events.yaml): a noun with an
optional qualifier whose classes make the event's type ("the trilateral summit" is a
trilateral-summit), the nouns that refer back to any gathering, the leads that make a noun
no occurrence ("without trial") and the words that mark an occurrence as held online."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from ..resources import load_resource
from ..words import PhraseTable, Words, alternation, scan
from .lexicon import lexicon as event_lexicon


class EventWords(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    nouns: dict[str, list[str]]
    qualifiers: dict[str, list[str]]
    virtual: list[str]
    general: list[str] = []  # noun classes that name any gathering ("the meeting" for "the summit")
    generic_lead: list[str] = []  # words before an event noun that make it no occurrence ("without trial")
    happening: list[str] = []  # verbs after an event noun that date and place the event itself ("began on")
    held_participles: list[str] = []  # "the final, played in Leeds on May 17,": the clause is the noun's own
    own_clause_examples: list[dict[str, str | bool]] = []
    examples: list[dict[str, str]]


@dataclass(frozen=True)
class NounGrammar:
    nouns: PhraseTable[str]
    qualifiers: PhraseTable[str]
    noun_class: dict[str, str]
    qualifier_class: dict[str, str]
    virtual: re.Pattern[str]
    general: frozenset[str]
    generic_lead: re.Pattern[str] | None
    happening: re.Pattern[str]  # "began", "broke out": matched at a verb's start
    own_clause: re.Pattern[str]  # ", which broke out", ", played": matched right after an event noun


@lru_cache(maxsize=1)
def noun_grammar() -> NounGrammar:
    events = load_resource("claims/events.yaml", EventWords)
    noun_class = {w.lower(): cls for cls, ws in events.nouns.items() for w in ws}
    qualifier_class = {w.lower(): cls for cls, ws in events.qualifiers.items() for w in ws}
    return NounGrammar(
        nouns=PhraseTable(noun_class.items()), qualifiers=PhraseTable(qualifier_class.items()),
        noun_class=noun_class, qualifier_class=qualifier_class,
        virtual=re.compile(rf"\b(?:{alternation(events.virtual)})\b", re.IGNORECASE),
        general=frozenset(events.general),
        # a lead and up to two words before the noun ("without charge or trial")
        generic_lead=re.compile(rf"\b(?:{alternation(events.generic_lead)})(?:\s+[\w-]+){{0,2}}\s+$",
                                re.IGNORECASE) if events.generic_lead else None,
        # intransitive only: "started a long inquiry" has an object, and dates that
        happening=re.compile(rf"(?:{alternation(events.happening)})\b(?!\s+(?:a|an|the|its|their|his|her|this|these)\b)",
                             re.IGNORECASE),
        own_clause=re.compile(
            rf",\s+(?:(?:which|that)\s+(?:(?:has|have|had)\s+)?(?:{alternation(events.happening)})"
            rf"|(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:{alternation(events.held_participles)}))"
            rf"\b(?!\s+(?:a|an|the|its|their|his|her|this|these|by)\b)", re.IGNORECASE),
    )


def happening_end(text: str, start: int) -> int | None:
    """Where a verb of happening that starts at ``start`` ends ("was held": after "held"), else None."""
    m = noun_grammar().happening.match(text, start)
    return m.end() if m is not None else None


def happening_at(text: str, start: int) -> bool:
    """A verb of happening starts at ``start`` ("began", "broke out"), used without an object:
    what follows it dates and places the event noun it has as subject."""
    return happening_end(text, start) is not None


def own_clause(text: str, end: int, stop: int) -> tuple[int, int] | None:
    """A clause set off right after an event noun ending at ``end`` that says the event
    happened ("the fire, which broke out on Friday,", "the final, played in Leeds on May 17,"):
    (the end of its verb, the end of the clause: its closing comma, else ``stop``), else None."""
    m = noun_grammar().own_clause.match(text, end, stop)
    if m is None:
        return None
    close = text.find(",", m.end(), stop)
    return m.end(), close if close >= 0 else stop


def typed_events(words: Words, lo: int, hi: int) -> list[tuple[int, int, int, str]]:
    """Event nouns among words ``lo..hi`` with their type: (start, end, first noun word,
    type), the type "trilateral-summit" when a qualifier stands right before the noun."""
    g = noun_grammar()
    out = []
    for noun in g.nouns.find(words, lo, hi):
        qual_too = g.qualifiers.match_at(words, noun.first)
        if qual_too is not None and qual_too.last == noun.last and noun.last + 1 < hi \
                and g.nouns.match_at(words, noun.last + 1) is not None:
            continue  # "Ministerial Meeting": a word that is both, before a noun, qualifies it
        start, etype = noun.start, noun.value
        if noun.last + 1 < hi and words.lowers[noun.last + 1] in event_lexicon().modified_nouns:
            continue  # "a flood warning system", "the election campaign": the noun qualifies another
        if g.generic_lead is not None and noun.first > lo \
                and g.generic_lead.search(" ".join(words.lowers[max(lo, noun.first - 5):noun.first]) + " "):
            continue  # "detained without trial", "the right to a fair trial": no occurrence
        for back in (1, 2, 3):  # a qualifier ending right before the noun ("three-way", "defense ministers'")
            j = noun.first - back
            if j < lo:
                break
            qual = g.qualifiers.match_at(words, j)
            if qual is not None and qual.last == noun.first - 1:
                start, etype = qual.start, f"{qual.value}-{noun.value}"
                break
        out.append((start, noun.end, noun.first, etype))
    return out


def names_an_event(text: str, start: int, end: int) -> bool:
    words = scan(text)
    return bool(noun_grammar().nouns.find(words, *words.index_range(start, end)))
