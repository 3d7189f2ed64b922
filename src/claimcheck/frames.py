"""The records every claim frame shares: one sentence with what was found in it, a claim
before its id and final subject are settled (`extract`, the event layer's frames in
`events/` and `people_claims` build them; `extract.claims_of` turns them into claims), the
document as the frames read it (`Document`, made once per source by `extract.Extractor`)
and the small readers of a sentence's time expressions they all use."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from .keys import unkeyed_series
from .models import (Actor, Attribution, Claim, ClaimValue, Mention, Modality, Quantity, Source, Span, SubjectRef, Timex,
                     TitleAttrs, When, Where)
from .predicates import Trigger
from .clauses import Layer
from .things import Thing
from .words import Words

# a clause break: what follows reports another fact
CLAUSE_BREAK = re.compile(r";|\bbut\b|, which\b|, while\b|\bwhereas\b")


@dataclass
class Sentence:
    index: int
    span: Span
    timexes: list[Timex]
    mentions: list[Mention]
    things: list[Thing]
    triggers: list[Trigger]
    attribution: Attribution | None = None


@dataclass
class Draft:
    """A claim before ids and final subjects are settled."""

    sentence: Sentence
    predicate: str
    facet: str
    subject_id: str
    subject_label: str
    subject_text: str | None
    subject_span: Span | None
    when: Timex | None = None
    where: Where | None = None
    value: ClaimValue | None = None
    modality: Modality = "reported"
    who: list[Actor] | None = None
    topic: frozenset[str] = frozenset()
    event_type: str = ""
    derived: bool = False
    quantity: Quantity | None = None  # facet "quantity": the number read in full (claimcheck.quantities)
    title: TitleAttrs | None = None  # facet "title": past marker and body (claimcheck.entities.title_parts)


class SentenceDates(Protocol):
    """What the people, office and party readers need from the extractor: the text, its
    sentences and the date one reports."""

    text: str
    sentences: dict[int, Sentence]

    def sentence_date(self, s: Sentence, before: int, lone: bool = False) -> Timex | None: ...


class Document(Protocol):
    """One source as the frames read it: its sentence layer (each sentence's time
    expressions, mentions, things, predicate words and attribution, made once by
    `extract.Extractor`) and the attachment readers over it."""

    source: Source
    text: str
    words: Words
    names: list[Span]  # sorted spans of time expressions and proper names
    sentences: dict[int, Sentence]
    clauses: Layer  # each sentence's clauses (claimcheck/clauses.py), made when first read

    def modality(self, s: Sentence, pos: int, when: Timex | None) -> Modality: ...
    def where_after(self, s: Sentence, start: int, end: int, from_place: bool = False) -> Where | None: ...
    def where_before(self, s: Sentence, start: int) -> Where | None: ...
    def date_in(self, s: Sentence, start: int, end: int) -> Timex | None: ...
    def date_before(self, s: Sentence, start: int) -> Timex | None: ...
    def sentence_date(self, s: Sentence, before: int, lone: bool = False) -> Timex | None: ...
    def agents(self, s: Sentence, exclude: Span | None = None) -> list[Actor]: ...


def since(text: str, t: Timex) -> bool:
    """A 'since X' or 'from X' start point is not the date of the event it follows, nor is
    the time of a tally ("1,200 aftershocks as of 4 a.m. on Tuesday")."""
    before = text[max(0, t.span[0] - 7):t.span[0]].lower().rstrip()
    if before.endswith("from") and "/" in t.value and t.mod is None:
        return False  # "runs from July 9-11": a window written whole, not a start point
    return t.mod in {"ON_OR_AFTER", "AFTER", "START"} or before.endswith(("since", "from", "as of"))


def describes(t: Timex) -> bool:
    """A period used as an adjective ("19th-century jewels", "a 1990s-era car"): it dates the
    thing it describes, never an event of its sentence."""
    return t.text.lower().endswith(("-century", "-era", "-vintage"))


def dates(s: Sentence) -> list[Timex]:
    """Time expressions that can date an event: dates and times with an interval."""
    return [t for t in s.timexes if t.type in {"DATE", "TIME"} and (t.start is not None or t.anchor == "unresolved")
            and not t.value.endswith("_REF") and not describes(t)]


def to_when(t: Timex) -> When:
    return When(text=t.text, span=t.span, value=t.value, start=t.start, end=t.end, granularity=t.granularity)


@lru_cache(maxsize=1)
def cardinals() -> dict[str, int]:
    """Number words ("three", "twelve"), shared with the time tagger's word tables."""
    from .timex.lexicon import lexicon as time_words

    return {w: int(n) for w, n in time_words().numbers.cardinals.items() if w not in {"a", "an"}}


def claim_id(source: str, facet: str, subject: str, span: Span, part: Span | None) -> str:
    digest = hashlib.sha1(f"{source}|{facet}|{subject}|{span}|{part}".encode()).hexdigest()
    return f"c-{digest[:12]}"


def _as_drafted(d: Draft) -> tuple[str, str]:
    return d.subject_id, d.subject_label


def claims_of(source: Source, drafts: list[Draft],
              settle: Callable[[Draft], tuple[str, str]] = _as_drafted) -> dict[str, Claim]:
    """The drafts of one source as claims, by id; ``settle`` gives a draft its final
    subject and label (a series session's key: `events.session_claims.settle_subject`)."""
    inferred = source.published.basis == "inferred"
    claims: dict[str, Claim] = {}
    for d in drafts:
        if d.facet == "occurrence" and unkeyed_series(d.subject_id) is not None \
                and d.value is None and (d.when is None or d.when.start is None):
            continue  # a session with neither number nor date cannot be told from the others
        subject_id, label = settle(d)
        s = d.sentence
        part = d.when.span if d.when else (d.value.span if d.value else d.subject_span)
        if d.facet == "title" and d.value is not None and d.value.span:
            part = d.value.span  # two titles of one person in one dated sentence are two claims
        cid = claim_id(source.id, d.facet, subject_id, s.span, part)
        if cid in claims:
            held = claims[cid]
            if d.subject_span is None or (d.where is None or held.where is not None) and (
                    d.value is None or held.value is not None):
                continue  # it states nothing the first did not (two places stay with the first)
            # two phrases of one sentence dated by one expression ("meeting today at the
            # forum in Oslo"): the one that states more is a claim of its own
            cid = claim_id(source.id, d.facet, subject_id, s.span, d.subject_span)
            if cid in claims:
                continue
        rests = inferred and d.when is not None and d.when.anchor in {"publication", "another"}
        claims[cid] = Claim(
            id=cid, source=source.id, span=s.span, quote=source.text[s.span[0]:s.span[1]], predicate=d.predicate,
            subject=SubjectRef(id=subject_id, label=label, text=d.subject_text, span=d.subject_span),
            who=d.who or [], when=to_when(d.when) if d.when else None, where=d.where, value=d.value,
            modality=d.modality, attribution=s.attribution, rests_on_inferred_date=rests, facet=d.facet,
            derived=d.derived, timex=d.when, topic=tuple(sorted(d.topic)), event_type=d.event_type,
            quantity=d.quantity, title=d.title,
        )
    return claims
