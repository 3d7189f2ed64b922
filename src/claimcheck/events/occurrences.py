"""The one producer of occurrence claims of a source: the event layer's mentions
(`events/mentions.py`, with their clause's attributes), the occurrences of event phrases
and series sessions (`noun_events`, `session_claims`), what is said of a series
(`series_statements`) and the seats of an election (`seats`); then a numbered owned event
stated without a date takes the day of the happening it counts.

An event noun of a class (`classes.yaml`) that is also an event phrase ("the takeover",
"its largest acquisition", "the cup final") is one claim, not two: the mention's, carrying
its participants and patient for coreference (`coref.py`) and the phrase's type for the
grouping by type, place and date that follows it (`occurrence_groups.py`), with the date and
place the phrase's window gives (its premodifying date, the sentence's opening or only
date), else its clause's. A mention with neither participants nor patient gives
coreference nothing to join: its noun keeps both readings, as the phrase grouping joins it.
"""

from __future__ import annotations

import bisect

from ..frames import Document, claims_of
from ..keys import OccurrenceKey, parse
from ..models import Claim, Mention, Span, Timex
from .claims import mention_claims, to_claim
from .mentions import EventMention, find_events
from .noun_events import occurrence_drafts
from .seats import seat_claims
from .beginnings import beginning_drafts
from .series_statements import series_attributes, series_counts
from .session_claims import date_owned_sessions, derive_ordinals, settle_subject
from .zoned_days import zoned_day_drafts


def _one_reading(doc: Document, phrases: dict[str, Claim], found: list[EventMention],
                 layer: list[Claim]) -> list[Claim]:
    """Fold each event phrase whose noun is a mention's trigger into that mention's claim
    (made here when the mention stated nothing of its own); return the claims made."""
    by_trigger: dict[Span, list[EventMention]] = {}
    for e in found:
        by_trigger.setdefault(e.attrs.trigger, []).append(e)
    claimed = {c.event.trigger: c for c in layer if c.facet == "occurrence" and c.event is not None}
    starts = sorted(by_trigger)
    made: list[Claim] = []
    for cid, p in list(phrases.items()):
        if p.facet != "occurrence" or p.event is not None or p.subject.span is None \
                or p.subject.id != f"event:{p.event_type}":
            continue  # a session or a named event keeps its own key
        lo, hi = p.subject.span
        k = bisect.bisect_left(starts, (lo, lo))
        if k == len(starts) or starts[k][0] >= hi:
            continue
        hit = starts[k]
        if len(by_trigger[hit]) > 1:
            continue  # distributed to its conjuncts ("approved by X and Y"): one phrase, several events
        e = by_trigger[hit][0]
        if not (e.attrs.participants or e.attrs.patient):
            continue  # nothing coreference could join it by: both readings stay
        c = claimed.get(hit)
        if c is None:
            c = claimed[hit] = to_claim(doc.source, e)
            made.append(c)
        if p.when is not None:
            c.when, c.timex, c.modality, c.rests_on_inferred_date = p.when, p.timex, p.modality, p.rests_on_inferred_date
        if p.where is not None:
            c.where = p.where
        c.event_type = p.event_type
        c.subject.text, c.subject.span = p.subject.text, p.subject.span
        del phrases[cid]
    return made


def occurrence_claims(doc: Document, timexes: list[Timex], mentions: list[Mention]) -> list[Claim]:
    """Every occurrence claim of one source, with the counts and documents of its sessions
    and the cadence and counts of its series."""
    occurrences = occurrence_drafts(doc)
    numbered = {(key.base if isinstance(key := parse(d.subject_id), OccurrenceKey) else key).render(): d.subject_label
                for d in occurrences if d.subject_id.startswith("series:")}  # the series whose sessions it reports
    drafts = occurrences + series_attributes(doc) + series_counts(doc) + beginning_drafts(doc, numbered)
    derive_ordinals(drafts)
    claims = claims_of(doc.source, drafts, settle_subject)
    found = find_events(doc.source, timexes, mentions)
    layer = mention_claims(doc.source, found)
    layer += _one_reading(doc, claims, found, layer)
    for c in layer + seat_claims(doc.source, timexes, mentions):
        claims.setdefault(c.id, c)
    out = list(claims.values())
    date_owned_sessions(doc.source, out)
    # a day written in a named zone no occurrence carries: the story's happening in the reader's zone
    taken = {c.timex.span for c in out if c.timex is not None}
    out += [c for c in claims_of(doc.source, zoned_day_drafts(doc, taken)).values() if c.id not in claims]
    return out
