"""Event mentions as claims: facet ``occurrence`` about ``event:<class>``, until coreference
gives each cluster its subject."""

from __future__ import annotations

import hashlib

from ..models import Actor, Claim, ClaimValue, Mention, Source, SubjectRef, Timex, When, Where
from .lexicon import excluding_classes
from .mentions import EventMention, find_events


def _when(t: Timex) -> When:
    return When(text=t.text, span=t.span, value=t.value, start=t.start, end=t.end, granularity=t.granularity)


def _claim_id(source: str, e: EventMention, facet: str = "occurrence") -> str:
    part = f"|{e.part}" if e.part else ""  # one claim per conjunct of a distributed event
    part += "" if facet == "occurrence" else f"|{facet}"
    digest = hashlib.sha1(f"{source}|event|{e.attrs.cls}|{e.sentence}|{e.attrs.trigger}{part}".encode()).hexdigest()
    return f"c-{digest[:12]}"


def to_claim(source: Source, e: EventMention, facet: str = "occurrence") -> Claim:
    """The mention as a claim: facet ``occurrence`` (its own time), or ``announced`` (the
    day the statement reporting it was made, events/announced.py)."""
    text = source.text
    trig = e.attrs.trigger
    when = e.when if facet == "occurrence" else e.announced
    inferred = source.published.basis == "inferred"
    rests = inferred and when is not None and when.anchor in {"publication", "another"}
    seen: set[str] = set()
    who = [Actor(entity=m.entity, text=m.text, span=m.span) for m in e.actors
           if m.entity and not (m.entity in seen or seen.add(m.entity))]
    where = Where(entity=e.where.entity, text=e.where.text, span=e.where.span) if e.where and e.where.entity else None
    value = None
    if e.ordinal is not None:
        n, span = e.ordinal
        value = ClaimValue(type="ordinal", value=n, text=text[span[0]:span[1]], span=span)
    return Claim(
        id=_claim_id(source.id, e, facet), source=source.id, span=e.sentence, quote=text[e.sentence[0]:e.sentence[1]],
        predicate=e.attrs.cls, subject=SubjectRef(id=f"event:{e.attrs.cls}", label=e.attrs.cls,
                                                  text=text[trig[0]:trig[1]], span=trig),
        who=who, when=_when(when) if when else None, where=where, value=value, modality=e.modality,
        rests_on_inferred_date=rests, facet=facet, timex=when, event=e.attrs,
    )


def event_claims(source: Source, timexes: list[Timex], mentions: list[Mention]) -> list[Claim]:
    """Claims for the event mentions of one source that state something checkable."""
    return mention_claims(source, find_events(source, timexes, mentions))


def mention_claims(source: Source, found: list[EventMention]) -> list[Claim]:
    """Claims for the event mentions found in one source that state something checkable."""
    out = []
    exclusive = excluding_classes()
    for e in found:
        telling = e.attrs.patient is not None and e.attrs.cls in exclusive  # "X quit" against "X was fired"
        if e.announced is not None:
            out.append(to_claim(source, e, "announced"))
        if e.when is None and e.where is None and e.attrs.polarity is None and e.ordinal is None and not telling:
            continue  # nothing another source could contradict
        out.append(to_claim(source, e))
    return out
