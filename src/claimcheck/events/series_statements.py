"""What an article states about a series as a whole (docs/internals.md, claim shapes):
its cadence and start, the last time it was held (and that occurrence), and the numbers
said of it within its clause ("12 sessions since 2008", "resumed after about three
years"), read for the series rules (cadence, numbering)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from ..frames import CLAUSE_BREAK, Document, Draft, Sentence, cardinals, dates, since
from ..models import ClaimValue, Span, Where
from ..resources import load_resource
from .nouns import noun_grammar

COUNT_REACH = 80  # characters around a subject's name in which its numbers are read
# "about three years", "more than 12 sessions": the qualifier is part of what a count states
_QUALIFIER = re.compile(r"\b(?:about|around|nearly|almost|roughly|some|approximately|more than|over|less than|"
                        r"fewer than|at least|up to)\s+$", re.IGNORECASE)
_GAP = re.compile(r"\b(?:after|for|in|over|within|than)\s+$", re.IGNORECASE)
_COUNT = re.compile(r"\b(?P<n>\d{1,3}(?:,\d{3})+|\d+|[a-z]+)\s+(?P<noun>[a-z][a-z-]+)\b(?!\s+of\b)",
                    re.IGNORECASE)


class _Named(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    name: str
    pattern: str


class AttributePatterns(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    cadence: list[_Named]
    cadence_values: dict[str, str]
    last_held: list[_Named]
    first: list[_Named]
    irregular_plurals: list[str]
    examples: list[dict[str, object]]


@dataclass(frozen=True)
class SeriesGrammar:
    cadence: tuple[re.Pattern[str], ...]
    cadence_values: dict[str, str]
    last_held: re.Pattern[str]
    first: re.Pattern[str]  # read by the "first" frame of extract
    irregular_plurals: frozenset[str]


@lru_cache(maxsize=1)
def series_grammar() -> SeriesGrammar:
    attrs = load_resource("claims/attributes.yaml", AttributePatterns)
    return SeriesGrammar(
        cadence=tuple(re.compile(p.pattern, re.IGNORECASE) for p in attrs.cadence),
        cadence_values={k.lower(): v for k, v in attrs.cadence_values.items()},
        last_held=re.compile("|".join(f"(?:{p.pattern})" for p in attrs.last_held), re.IGNORECASE),
        first=re.compile("|".join(f"(?:{p.pattern})" for p in attrs.first), re.IGNORECASE),
        irregular_plurals=frozenset(w.lower() for w in attrs.irregular_plurals),
    )


def series_attributes(doc: Document) -> list[Draft]:
    """A series' cadence ("held annually since 2008") and the last time it was held ("has
    not been held since May 2020": a `last-held` claim and that occurrence)."""
    g = series_grammar()
    drafts: list[Draft] = []
    for s in doc.sentences.values():
        series = [m for m in s.mentions if m.kind == "series" and m.entity]
        if not series:
            continue
        m = series[0]
        cad = next((hit for p in g.cadence if (hit := p.search(doc.text, s.span[0], s.span[1]))), None)
        if cad is not None and cad.group("cadence"):
            word = cad.group("cadence").lower()
            value = g.cadence_values.get(word, word)
            start = next((t for t in dates(s) if since(doc.text, t) and t.span[0] >= cad.start()), None)
            drafts.append(Draft(sentence=s, predicate="held", facet="cadence", subject_id=m.entity,
                                subject_label=m.label or m.text, subject_text=m.text, subject_span=m.span,
                                when=start, value=ClaimValue(type="other", value=value, text=cad.group("cadence"),
                                                             span=cad.span("cadence"))))
        last = g.last_held.search(doc.text, s.span[0], s.span[1])
        if last is not None:
            when = next((t for t in dates(s) if t.span[0] >= last.start()), None)
            if when is not None:
                drafts.append(Draft(sentence=s, predicate="last-held", facet="last-held", subject_id=m.entity,
                                    subject_label=m.label or m.text, subject_text=m.text, subject_span=m.span,
                                    when=when))
                v = noun_grammar().virtual.search(doc.text, last.end(), when.span[1] + 1)
                where = Where(entity="place:virtual", text=v.group(), span=v.span()) if v else None
                drafts.append(Draft(sentence=s, predicate="held", facet="occurrence", subject_id=m.entity,
                                    subject_label=m.label or m.text, subject_text=m.text, subject_span=m.span,
                                    when=when, where=where, event_type="series"))
    return drafts


def series_counts(doc: Document) -> list[Draft]:
    """Numbers stated about a subject: "12 sessions since 2008", "resumed after about three years"."""
    drafts: list[Draft] = []
    numbers = cardinals()
    for s in doc.sentences.values():
        subject = _count_subject(s)
        if subject is None:
            continue
        sid, label, text, span = subject
        near = (max(s.span[0], span[0] - COUNT_REACH), min(s.span[1], span[1] + COUNT_REACH))
        for t in s.timexes:
            if t.type == "DURATION" and t.value[1:-1].replace(".", "").isdigit() and _bound(doc.text, span, t.span, near):
                lead = _QUALIFIER.search(doc.text, max(s.span[0], t.span[0] - 16), t.span[0])
                start = lead.start() if lead else t.span[0]
                if not _GAP.search(doc.text, max(s.span[0], start - 8), start):
                    continue  # "after/for/in three years" times the subject; other durations may not
                drafts.append(Draft(sentence=s, predicate="last", facet="count", subject_id=sid,
                                    subject_label=label, subject_text=text, subject_span=span,
                                    value=ClaimValue(type="duration", value=t.value,
                                                     text=doc.text[start:t.span[1]], span=(start, t.span[1]))))
        for m in _COUNT.finditer(doc.text, *near):
            word = m.group("n").lower().replace(",", "")
            number = int(word) if word.isdigit() else numbers.get(word)
            if number is None or any(t.span[0] <= m.start() < t.span[1] for t in s.timexes):
                continue
            noun = m.group("noun").lower()
            if not (noun.endswith("s") and not noun.endswith("ss")) and noun not in series_grammar().irregular_plurals:
                continue  # a count names a plural: "12 people", "40 delegations"
            if not _bound(doc.text, span, m.span(), near):
                continue
            if doc.text[max(s.span[0], m.start() - 4):m.start()].lower().endswith(("the ", "all ")):
                continue  # "the three countries" names a known set; it states no count
            lead = _QUALIFIER.search(doc.text, max(s.span[0], m.start() - 16), m.start())
            start = lead.start() if lead else m.start()
            drafts.append(Draft(sentence=s, predicate="count", facet="count", subject_id=sid, subject_label=label,
                                subject_text=text, subject_span=span,
                                value=ClaimValue(type="count", value=number, text=doc.text[start:m.end()],
                                                 span=(start, m.end()))))
    return drafts


def _bound(text: str, subject: Span, part: Span, near: Span) -> bool:
    """A number belongs to the subject when no clause break stands between them."""
    if not (near[0] <= part[0] and part[1] <= near[1]):
        return False
    lo, hi = (subject[1], part[0]) if part[0] >= subject[1] else (part[1], subject[0])
    return CLAUSE_BREAK.search(text, lo, hi) is None and ";" not in text[lo:hi]


def _count_subject(s: Sentence) -> tuple[str, str, str, Span] | None:
    """The series the numbers of a sentence are about ("12 sessions since 2008"), for the
    series checks (cadence, numbering)."""
    for m in s.mentions:
        if m.kind == "series" and m.entity:
            return m.entity, m.label or m.text, m.text, m.span
    return None  # counts about events are quantities (claimcheck.quantities), bound to their scope
