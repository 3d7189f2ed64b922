"""The entity index as the report lists it: each canonical entity with the names it was
written with and every mention (source, span, text), so a reader can see what was merged
and fix it with ``claimcheck annotate alias``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from ..models import EntityMentionRef, EntityRecord, Mention


def mention_refs(index: object | None, source_id: str, mentions: list[Mention]) -> list[tuple[str, EntityMentionRef]]:
    """What the report keeps of one source's mentions: (entity id, reference) for each
    mention of an entity of the index."""
    entities = getattr(index, "entities", None)
    if not isinstance(entities, dict):
        return []
    # fields of a validated Mention: construct skips validating them again (one per mention)
    return [(m.entity, EntityMentionRef.from_fields({"source": source_id, "span": tuple(m.span), "text": m.text}))
            for m in mentions if m.entity in entities]


def entity_records(index: object | None, mentions_by_source: Mapping[str, list[Mention]],
                   refs_by_source: Mapping[str, list[tuple[str, EntityMentionRef]]] | None = None
                   ) -> list[EntityRecord]:
    """One record per entity mentioned in the texts, by id; mentions by (source, span).
    A source's mentions may come already reduced to ``mention_refs`` (``refs_by_source``)."""
    entities = getattr(index, "entities", None)
    if not isinstance(entities, dict):
        return []
    refs = refs_by_source or {}
    found: dict[str, list[EntityMentionRef]] = defaultdict(list)
    for sid in sorted(set(mentions_by_source) | set(refs)):
        for eid, ref in refs[sid] if sid in refs else mention_refs(index, sid, mentions_by_source[sid]):
            found[eid].append(ref)
    out = []
    for eid in sorted(found):
        e = entities[eid]
        refs_of = sorted(found[eid], key=lambda r: (r.source, r.span))
        out.append(EntityRecord(id=eid, kind=e.kind, label=e.label, names=sorted({r.text for r in refs_of}),
                                mentions=refs_of))
    return out
