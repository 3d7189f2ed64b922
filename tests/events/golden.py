"""Run the per-source stages on one short text and render its event mentions in a stable
text form, for the golden corpus in tests/corpus/*.yaml."""

from __future__ import annotations

from builders import article
from claimcheck import entities, timex
from claimcheck.events import find_events
from claimcheck.events.mentions import EventMention


def render(e: EventMention, text: str) -> str:
    a = e.attrs
    parts = [a.cls, repr(text[a.trigger[0]:a.trigger[1]])]
    if e.when is not None:
        parts.append(f"when={e.when.value}")
    if e.announced is not None:
        parts.append(f"announced={e.announced.value}")
    if e.where is not None:
        parts.append(f"where={e.where.entity}")
    if a.patient:
        parts.append(f"patient={a.patient}")
    if a.role:
        parts.append("role=" + "+".join(a.role))
    if e.ordinal is not None:
        parts.append(f"ordinal={e.ordinal[0]}")
    if e.part:
        parts.append(f"for={e.part}")
    if a.polarity:
        parts.append(a.polarity)
    parts.append(e.modality)
    return " ".join(parts)


def events_of(text: str, published: str | None) -> list[str]:
    s = article(text, published)
    times = timex.tag(s.text, s.published.anchor(), s.sentences, s.excluded)
    aliases = entities.load_aliases(None)
    mentions = entities.find_mentions(s, aliases)
    by_source = {s.id: mentions}
    entities.resolve(by_source, aliases)  # fills ids (and may drop unconfirmed candidates)
    mentions = by_source[s.id]
    return [render(e, s.text) for e in find_events(s, times, mentions)]
