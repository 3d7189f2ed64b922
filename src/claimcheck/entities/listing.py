"""The entity index as the report lists it: each canonical entity with the names it was
written with and every mention (source, span, text), so a reader can see what was merged
and fix it with ``claimcheck annotate alias``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from ..models import EntityMentionRef, EntityRecord, Mention


def entity_records(index: object | None, mentions_by_source: Mapping[str, list[Mention]]) -> list[EntityRecord]:
    """One record per entity mentioned in the texts, by id; mentions by (source, span)."""
    entities = getattr(index, "entities", None)
    if not isinstance(entities, dict):
        return []
    found: dict[str, list[EntityMentionRef]] = defaultdict(list)
    for sid in sorted(mentions_by_source):
        for m in mentions_by_source[sid]:
            if m.entity in entities:
                # fields of a validated Mention: construct skips validating them again (one per mention)
                found[m.entity].append(EntityMentionRef.from_fields({"source": sid, "span": tuple(m.span), "text": m.text}))
    out = []
    for eid in sorted(found):
        e = entities[eid]
        refs = sorted(found[eid], key=lambda r: (r.source, r.span))
        out.append(EntityRecord(id=eid, kind=e.kind, label=e.label, names=sorted({r.text for r in refs}),
                                mentions=refs))
    return out
