"""The event layer: event mentions with their clause's attributes, and coreference across
documents by evidence (docs/internals.md, "Event mentions")."""

from .claims import event_claims
from .coref import link
from .mentions import EventMention, find_events
from .occurrences import occurrence_claims

__all__ = ["EventMention", "event_claims", "find_events", "link", "occurrence_claims"]
