"""A series' identity from its name, whatever the wording (session_coref._shortened_names).

Outlets name one recurring series in different words: "the Kazakh-Korean-Mongolian energy
talks", "the Korea-Mongolia-Kazakhstan Energy Dialogue", "the Energy Dialogue". A series'
name is read as three parts:

- its participants, as a set: the countries (or bodies) written in it, in any order,
  adjectives folded to the name ("Korean" = Korea);
- its head family: the last word through `sessions.yaml` `head_families` ("talks",
  "dialogue", "meeting" and "round" are one family; "commission" and "committee" another);
- its topic: the remaining words, as a set.

Two names with one identity are one series; a name contained in another (its participants
and topic a subset, one family) may be a shortened form of it (the caller decides, by the
containers a story has).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..entities.lexicon import lexicon
from ..entities.text import head_index
from .sessions import tables

MAX_PARTICIPANT_WORDS = 3  # "united-arab-emirates": the longest country name read from a slug
MAX_ABBREVIATION = 3  # "nz", "uk", "usa": a country's abbreviation, read as capitals


@dataclass(frozen=True)
class SeriesName:
    participants: frozenset[str]
    family: str
    topic: frozenset[str]

    def words(self) -> int:
        return len(self.participants) + len(self.topic) + 1

    def within(self, other: SeriesName) -> bool:
        """Every part of this name is part of ``other`` (one family)."""
        return self.family == other.family and self.participants <= other.participants and self.topic <= other.topic


@lru_cache(maxsize=4096)
def series_name(slug: str) -> SeriesName:
    """The identity of a series' slug ("kazakh-korean-energy-talks")."""
    t = tables()
    words = [w for w in slug.split("-") if w]
    if not words:
        return SeriesName(frozenset(), "", frozenset())
    # the head is the last word, or the word before what the series is about ("joint
    # commission on trade and investment": the topic's words follow "on"/"for")
    h = head_index(words)
    head = words[h]
    family = t.head_family.get(head, head)
    lex = lexicon()
    participants: set[str] = set()
    topic: set[str] = {_singular(w) for w in words[h + 1:] if w not in t.name_skip}
    i, body = 0, words[:h]
    while i < len(body):
        for n in range(min(MAX_PARTICIPANT_WORDS, len(body) - i), 0, -1):
            country = lex.country_of(" ".join(body[i:i + n]))
            if country is None and n == 1 and len(body[i]) <= MAX_ABBREVIATION and body[i] not in t.name_skip:
                country = lex.country_of(body[i].upper())  # a slug is lower case: "chile-nz" is Chile and NZ
            if country is not None:
                participants.add(country)
                i += n
                break
        else:
            if body[i] not in t.name_skip:
                topic.add(_singular(body[i]))
            i += 1
    return SeriesName(frozenset(participants), family, frozenset(topic))


def _singular(word: str) -> str:
    """A topic word without a plural "-s" ("Alpine Lakes" and "Alpine lake" are one topic);
    "-ss", "-us", "-is" are no plurals. Crude, but applied to both names it only compares."""
    if len(word) > MIN_PLURAL and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


MIN_PLURAL = 3  # "gas", "bus": a short word ending in "s" is no plural
