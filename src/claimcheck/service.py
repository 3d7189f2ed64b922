"""When a thing starts to serve (resources/claims/service.yaml): "the cable would enter
service in 2030". One frame: the phrase, its subject (the last definite noun phrase before
it in its clause) and the first date after it in the clause. The subject's words are the
thing's topic, so two sources' statements about "the cable" meet in one subject and the
date rule compares them (plans against plans: the plan moved; reports: a conflict)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from .models import Span, Timex
from .resources import load_resource
from .words import PhraseTable, Words

_DETERMINER = re.compile(r"\b(?:the|its|this|their)\s+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][a-z-]*")
MAX_NP_WORDS = 3
REACH = 120  # characters before the phrase searched for its subject
DATE_REACH = 40  # characters after the phrase in which its date stands


class ServiceExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    thing: str | None
    when: str | None


class ServiceTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    phrases: list[str]
    not_heads: list[str]
    breaks: list[str]
    stops: list[str]
    examples: list[ServiceExample]


@dataclass(frozen=True)
class Tables:
    phrases: PhraseTable[str]
    not_heads: frozenset[str]
    breaks: tuple[str, ...]
    stops: frozenset[str]


@lru_cache(maxsize=1)
def tables() -> Tables:
    t = load_resource("claims/service.yaml", ServiceTable)
    return Tables(PhraseTable((p, p) for p in t.phrases), frozenset(t.not_heads), tuple(t.breaks),
                  frozenset(t.stops))


@dataclass(frozen=True)
class ServiceStart:
    phrase: Span
    thing: str  # the subject's words, lower case ("new reactor")
    thing_span: Span
    when: Timex | None


def service_starts(text: str, words: Words, span: Span, timexes: list[Timex]) -> list[ServiceStart]:
    """Service starts in one sentence ``span``; ``timexes`` are the sentence's dates."""
    t = tables()
    out: list[ServiceStart] = []
    for m in t.phrases.find(words, *words.index_range(*span)):
        lo = max(span[0], m.start - REACH)
        before = text[lo:m.start]
        cut = max((before.rfind(b) + len(b) for b in t.breaks if b in before), default=0)
        subject = None
        for d in _DETERMINER.finditer(before, cut):
            np = _noun_phrase(before, d.end(), t.stops)
            if np is not None and before[np[0]:np[1]].split()[-1].lower() not in t.not_heads:
                subject = (lo + np[0], lo + np[1])
        if subject is None:
            continue
        when = next((x for x in timexes if m.end <= x.span[0] <= m.end + DATE_REACH), None)
        out.append(ServiceStart((m.start, m.end), text[subject[0]:subject[1]].lower(), subject, when))
    return out


def _noun_phrase(text: str, start: int, stops: frozenset[str]) -> Span | None:
    """The words after a determiner up to the first word that is not part of a noun phrase."""
    end, n = None, 0
    for w in _WORD.finditer(text, start):
        if n == MAX_NP_WORDS or w.group().lower() in stops or text[(end or start):w.start()].strip():
            break
        end, n = w.end(), n + 1
    return (start, end) if end is not None else None
