"""When a series or a body began: a `began` claim, its `when` the date ("The forum, launched
in 2014"; "first held in Bergen in 2011"; "the council's inaugural session took place in
2012"; "It has met since its creation in 2016"; "Corvex, founded in 1921"). A series or a body
began once, so the date rule compares the dates (facet `began`).

The subject is the series or organisation named right before the phrase (a comma or a form
of "be" between), else, in an article that names one series, a definite noun of that
series' head ("the forum", "the council's") before the phrase, or a pronoun when the
sentence before names the series. The phrases are matched once over the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from ..frames import Document, Draft, Sentence, dates
from ..keys import EntityKey, parse
from ..models import Mention
from ..resources import load_resource
from ..timex.prefixes import WordStarts
from ..words import scan
from .sessions import tables as session_tables

FACET = "began"


class BeginningTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    phrases: list[str]
    reach: int
    gap: str
    pronouns: list[str]
    examples: list[dict[str, object]]


@dataclass(frozen=True)
class _Grammar:
    phrase: re.Pattern[str]
    phrase_starts: WordStarts  # the phrase tried only at the words that can begin it
    gap: re.Pattern[str]
    pronouns: frozenset[str]
    reach: int


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    t = load_resource("events/beginnings.yaml", BeginningTable)
    phrase = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in t.phrases) + r")\b", re.IGNORECASE)
    return _Grammar(phrase, WordStarts(phrase), re.compile(t.gap, re.IGNORECASE), frozenset(t.pronouns), t.reach)


def _series_of(doc: Document, sessions: dict[str, str]) -> tuple[str, str, str] | None:
    """The one series an article names (its entity, head noun and label), else the one series
    whose sessions it numbers ("the 7th X Commission" names series X Commission), else None."""
    found = {m.entity: m.label or m.text for s in doc.sentences.values() for m in s.mentions
             if m.kind == "series" and m.entity} or sessions
    if len(found) != 1:
        return None
    entity, label = next(iter(found.items()))
    head = getattr(parse(entity), "head", "")
    return (entity, head, label) if head else None


def _body_key(entity: str) -> str:
    """A body named by a meeting noun ("the X Joint Commission", "the Y Forum") is the series
    of its sessions: one key whether the entity layer read it as a body or a series."""
    key = parse(entity)
    if getattr(key, "kind", "") == "org" and isinstance(key, EntityKey):
        head = key.slug.rsplit("-", 1)[-1]
        t = session_tables()
        if head in t.nouns or head in t.head_family:
            return EntityKey("series", key.slug).render()
    return entity


def _opening_body(doc: Document, previous: Sentence) -> Mention | None:
    """The series or body a sentence opens with, its subject ("The X Commission is ..."):
    what "It" opening the next sentence refers to."""
    for m in sorted(previous.mentions, key=lambda m: m.span[0]):
        if m.kind in ("series", "org") and m.entity:
            return m if _OPENS.fullmatch(doc.text, previous.span[0], m.span[0]) else None
    return None


_OPENS = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)


def _named_before(doc: Document, s: Sentence, at: int) -> Mention | None:
    """The series or organisation written right before ``at`` (a comma or "was" between)."""
    g = grammar()
    best = None
    for m in s.mentions:
        if m.kind in ("series", "org") and m.entity and m.span[1] <= at and (best is None or m.span[1] > best.span[1]):
            best = m
    if best is not None and g.gap.match(doc.text[best.span[1]:at]):
        return best
    return None


_STARTED = re.compile(r"(?:began|started|was started)\b", re.IGNORECASE)
_PRONOUN_LEAD = re.compile(r"\s*(?:It|Its|It's)\b[^,;:]*$")  # a sentence whose subject is "It"


def _refers_to_series(doc: Document, s: Sentence, at: int, series: tuple[str, str, str], previous: Sentence | None) -> bool:
    """A definite noun of the series' head, or a pronoun after a sentence naming the series."""
    lead = doc.text[s.span[0]:at]
    head = re.escape(series[1])
    if re.search(rf"\b(?:the|this)\s+(?:[a-z-]+\s+)?{head}(?:’s|'s)?\b", lead, re.IGNORECASE):
        return True
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", lead)}
    if previous is None or not words & grammar().pronouns:
        return False
    before = doc.text[previous.span[0]:previous.span[1]]
    return (any(m.kind == "series" and m.entity == series[0] for m in previous.mentions)
            or re.search(rf"\b(?:the|this)\s+(?:[a-z-]+\s+)?{head}\b", before, re.IGNORECASE) is not None)


def beginning_drafts(doc: Document, sessions: dict[str, str] | None = None) -> list[Draft]:
    """``sessions``: the series whose sessions the article numbers, with their labels."""
    g = grammar()
    hits = list(g.phrase_starts.finditer(doc.text, scan(doc.text)))
    if not hits:
        return []
    ordered = sorted(doc.sentences.values(), key=lambda s: s.span[0])
    starts = [s.span[0] for s in ordered]
    series = _series_of(doc, sessions or {})
    drafts: list[Draft] = []
    for hit in hits:
        i = bisect_right(starts, hit.start()) - 1
        if i < 0 or hit.end() > ordered[i].span[1]:
            continue
        s = ordered[i]
        when = next((t for t in dates(s) if hit.end() - 3 <= t.span[0] <= hit.end() + g.reach
                     and t.granularity in ("year", "month", "day")), None)
        if when is None:
            continue
        named = _named_before(doc, s, hit.start())
        if named is not None and named.entity:
            sid, label, text, span = named.entity, named.label or named.text, named.text, named.span
        elif series is not None and _refers_to_series(doc, s, hit.start(), series, ordered[i - 1] if i else None):
            sid, label, text, span = series[0], series[2], None, None
        elif i and _PRONOUN_LEAD.match(doc.text, s.span[0], hit.start()) \
                and (body := _opening_body(doc, ordered[i - 1])) is not None and body.entity \
                and (_body_key(body.entity).startswith("series:") or not _STARTED.match(hit.group())):
            # "It started in 2019" after "Acme makes tyres." may be anything Acme began: only a
            # series (or a body that meets) began by "began"/"started"; a company by "founded"
            sid, label, text, span = body.entity, body.label or body.text, None, None  # "The X ... . It has met since its creation in"
        else:
            continue
        sid = _body_key(sid)
        drafts.append(Draft(sentence=s, predicate=FACET, facet=FACET, subject_id=sid, subject_label=label,
                            subject_text=text, subject_span=span, when=when))
    return drafts
