"""The records every claim frame shares: one sentence with what was found in it, and a
claim before its id and final subject are settled (`extract` and the frame modules such as
`people_claims` build them; `extract` turns them into claims)."""

from __future__ import annotations

from dataclasses import dataclass

from .models import Actor, Attribution, ClaimValue, Mention, Modality, Quantity, Span, Timex, TitleAttrs, Where
from .predicates import Trigger
from .things import Thing


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
