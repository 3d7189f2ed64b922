"""The one producer of occurrence claims of a source: the event layer's mentions
(`events/mentions.py`, with their clause's attributes), the occurrences of event phrases
and series sessions (`noun_events`, `session_claims`), what is said of a series
(`series_statements`) and the seats of an election (`seats`); then a numbered owned event
stated without a date takes the day of the happening it counts."""

from __future__ import annotations

from ..frames import Document, claims_of
from ..models import Claim, Mention, Timex
from .claims import event_claims
from .noun_events import occurrence_drafts
from .seats import seat_claims
from .series_statements import series_attributes, series_counts
from .session_claims import date_owned_sessions, derive_ordinals, settle_subject


def occurrence_claims(doc: Document, timexes: list[Timex], mentions: list[Mention]) -> list[Claim]:
    """Every occurrence claim of one source, with the counts and documents of its sessions
    and the cadence and counts of its series."""
    drafts = occurrence_drafts(doc) + series_attributes(doc) + series_counts(doc)
    derive_ordinals(drafts)
    claims = claims_of(doc.source, drafts, settle_subject)
    for c in event_claims(doc.source, timexes, mentions) + seat_claims(doc.source, timexes, mentions):
        claims.setdefault(c.id, c)
    out = list(claims.values())
    date_owned_sessions(doc.source, out)
    return out
