"""Claims about people: the title a person is named with, the office that title denotes,
and the names a person is written with.

Read from the person mentions of each sentence (`entities` found the title, its span and,
when the tables know it, the office); dated by the sentence's own date when it has one.
A `name` claim is made for the first mention of each written form of a person whom the
entity index knows under several spellings, so the name check can cite both spellings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from .frames import Draft, Sentence
from .models import Actor, ClaimValue, Entity, Timex


# kinds whose spellings are compared (a country's forms are demonyms and capitals, an
# office's are title wordings: other checks' business)
NAMED_KINDS = ("person", "org", "place", "thing")


class SentenceDates(Protocol):
    """What the frame needs from the extractor: the sentences and the date one reports."""

    sentences: dict[int, Sentence]

    def sentence_date(self, s: Sentence, before: int, lone: bool = False) -> Timex | None: ...


def people_drafts(ex: SentenceDates, index: object | None = None) -> list[Draft]:
    drafts: list[Draft] = []
    entities = getattr(index, "entities", None)
    named: set[tuple[str, str]] = set()
    for s in _in_order(ex.sentences.values()):
        for m in s.mentions:
            if isinstance(entities, dict) and m.kind in NAMED_KINDS and m.entity and (m.entity, m.text) not in named:
                e = entities.get(m.entity)
                if e is not None and _written_several_ways(e):
                    named.add((m.entity, m.text))
                    drafts.append(Draft(sentence=s, predicate="named", facet="name", subject_id=m.entity,
                                        subject_label=e.label, subject_text=m.text, subject_span=m.span,
                                        who=[Actor(entity=m.entity, text=m.text, span=m.span)],
                                        value=ClaimValue(type="name", value=m.text, text=m.text, span=m.span)))
            if m.kind != "person" or not m.entity or not m.office:
                continue  # only a title that names an office can be checked across sources
            when = ex.sentence_date(s, s.span[1], lone=True)
            title_span = m.title_span or m.span
            title_value = m.office or (m.title or "").lower()
            actor = Actor(entity=m.entity, text=m.text, span=m.span)
            drafts.append(Draft(sentence=s, predicate="title", facet="title", subject_id=m.entity,
                                subject_label=m.label or m.text, subject_text=m.text, subject_span=m.span,
                                when=when, who=[actor],
                                value=ClaimValue(type="title", value=title_value, text=m.title or m.text,
                                                 span=title_span)))
            if m.office:
                drafts.append(Draft(sentence=s, predicate="hold-office", facet="holder", subject_id=m.office,
                                    subject_label=m.office.split(":", 1)[-1].replace("-", " "),
                                    subject_text=m.title, subject_span=m.title_span, when=when, who=[actor],
                                    value=ClaimValue(type="name", value=m.entity, text=m.text, span=m.span)))
    return drafts


def _in_order(sentences: Iterable[Sentence]) -> list[Sentence]:
    return sorted(sentences, key=lambda s: s.index)


def _written_several_ways(e: Entity) -> bool:
    """The index joined forms other than the label and its short references."""
    return any((m.how != "acronym" and " " in m.variant.strip())
               or (m.how == "fuzzy" and m.score is None and m.variant.casefold() not in e.label.casefold())
               for m in e.merges)
