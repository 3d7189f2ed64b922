"""The gathering an event happened at: "was elected leader on Saturday, defeating X on the
third ballot at the party's convention in Linford" took place in Linford. A gathering noun
(`resources/events/gatherings.yaml`) after "at" later in the event's sentence, its place right after
it, is the event's place when nothing nearer its verb names one; a gathering set apart as
another ("the previous congress in X") is no place of this event, and one the event-noun
table reads ("a forum in X") holds the place in its own occurrence claim."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..entities.lexicon import lexicon as names
from ..models import Mention, Span
from ..resources import load_resource
from ..words import alternation
from .nouns import noun_grammar

PLACE_KINDS = frozenset({"place", "country"})
REACH = 220  # characters after the trigger within which the gathering is read


class GatheringExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    place: str | None


class GatheringTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    nouns: list[str] = Field(min_length=1)
    other: list[str]
    examples: list[GatheringExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> GatheringTable:
    return load_resource("events/gatherings.yaml", GatheringTable)


# where the search stops: a break that opens another statement ("; ", " - ", ", which", ", but")
_STOP = re.compile(r";|\s[—–-]\s|,\s+(?:but|which|who|whose|while|whereas|although|though)\b|,\s+(?:he|she|they|it)\s+said\b")
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[ \t][A-ZÀ-ÖØ-Þ][\w’'.-]*){0,2}"


@lru_cache(maxsize=1)
def _gathering() -> re.Pattern[str]:
    """ "at the party's convention in X" / "at a congress at X": determiner or a possessive
    ("the party's"), up to two modifiers that do not set it apart, the noun, its place."""
    t = table()
    other = alternation(t.other)
    # a gathering the event-noun table reads ("at a forum in X") is an occurrence with its own
    # place: the place rule compares it there, once
    nouns = [n for n in t.nouns if n.lower() not in noun_grammar().noun_class]
    return re.compile(
        rf"\bat\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w.’'-]+[’']s?\s+)?"
        rf"(?:(?!(?:{other})\b)[\w’'-]+\s+){{0,2}}?(?:{alternation(nouns)})\s+(?:in|at)\s+(?:the\s+)?"
        rf"(?-i:(?P<name>{_NAME}))", re.IGNORECASE)


def gathering_place(text: str, trig_end: int, sent: Span, ments: list[Mention]) -> Mention | None:
    """The place of the gathering named after "at" after the event's trigger, in its sentence
    up to a break that opens another statement: a place mention there, else the capitalised
    name by its position (no calendar word, no stop word, no other mention)."""
    hi = min(sent[1], trig_end + REACH)
    if text.find(" at ", trig_end, hi) < 0:  # cheap gate
        return None
    stop = _STOP.search(text, trig_end, hi)
    m = _gathering().search(text, trig_end, stop.start() if stop is not None else hi)
    if m is None:
        return None
    span = m.span("name")
    for x in ments:
        if x.span[0] < span[1] and span[0] < x.span[1]:
            return x if x.kind in PLACE_KINDS and x.entity and x.span[0] == span[0] else None
    name = m.group("name").rstrip(".")
    lex = names()
    if any(w.lower() in lex.calendar or w.lower() in lex.stop for w in name.split()):
        return None
    slug = re.sub(r"[^\w]+", "-", name.casefold()).strip("-_")
    return Mention(span=(span[0], span[0] + len(name)), text=name, kind="place", entity=f"place:{slug}", label=name,
                   rule="event-place")
