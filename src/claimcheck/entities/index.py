"""EntityIndex: the canonical entities of a corpus and lookups over them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from ..keys import parse
from ..models import Entity, Mention
from .aliases import AliasTable, Tenure
from .lexicon import SeriesInfo, lexicon
from .text import key, slug


@dataclass
class EntityIndex:
    entities: dict[str, Entity] = field(default_factory=dict)
    by_key: dict[str, str] = field(default_factory=dict)  # folded variant -> entity id
    country: dict[str, str] = field(default_factory=dict)  # entity id -> country slug
    offices: dict[str, set[str]] = field(default_factory=dict)  # person id -> office ids seen in text
    tenures: list[Tenure] = field(default_factory=list)  # from claims/aliases.yaml

    @classmethod
    def build(cls, entities: dict[str, Entity], mentions: list[tuple[str, Mention]], aliases: AliasTable) -> EntityIndex:
        idx = cls(entities=entities)
        for eid, ent in sorted(entities.items()):
            if ent.kind == "office":
                continue  # "Defense Minister" names an office only with its country
            for v in [ent.label, *ent.variants]:
                idx.by_key.setdefault(key(v), eid)
        offices: dict[str, set[str]] = defaultdict(set)
        for _, m in mentions:
            if m.entity and m.country and m.entity not in idx.country:
                idx.country[m.entity] = m.country
            if m.kind == "person" and m.entity and m.office:
                offices[m.entity].add(m.office)
        idx.offices = dict(offices)

        def person_id(entry: object) -> str:
            found = idx.entity_for(entry.canonical)  # type: ignore[attr-defined]
            return found or f"person:{slug(entry.canonical)}"  # type: ignore[attr-defined]

        idx.tenures = aliases.tenures(person_id)
        return idx

    def label_of(self, entity_id: str) -> str:
        """A display label for any id: an entity's label; an occurrence "series:x#13" as
        "<series label> #13"; an office not in the texts by its country and title."""
        key = parse(entity_id)
        base = key.base.render()
        ent = self.entities.get(base)
        if ent is not None:
            label = ent.label
        elif key.kind == "office":
            from .resolve import office_label

            label = office_label(base)
        else:
            info = self.series_info(base)
            label = info.label if info is not None else key.base.name.replace("-", " ")
        return f"{label} #{key.tail}" if key.tail else label

    def entity_for(self, text: str) -> str | None:
        """The entity a written name denotes, if any mention or alias used it."""
        hit = self.by_key.get(key(text))
        if hit is not None:
            return hit
        e = lexicon().lookup(text)
        return e.id if e is not None and e.id in self.entities else None

    def office_of(self, person_id: str, when: date | None = None) -> str | None:
        """The office a person held at ``when`` per aliases.yaml, else the one office the
        texts give them (None when unknown or when the texts give several)."""
        terms = [t for t in self.tenures if t.person == person_id]
        for t in terms:
            if when is None or t.covers(when):
                return t.office
        if terms:
            return None  # aliases.yaml gives this person's terms, and none covers ``when``
        seen = self.offices.get(person_id, set())
        return next(iter(seen)) if len(seen) == 1 else None

    def holders(self, office_id: str, when: date | None = None) -> list[str]:
        """People who held ``office_id`` (at ``when`` when given, per aliases.yaml terms;
        people the texts give that office are included when ``when`` is None)."""
        out = {t.person for t in self.tenures if t.office == office_id and (when is None or t.covers(when))}
        if when is None:
            out |= {p for p, offs in self.offices.items() if office_id in offs}
        return sorted(out)

    def terms(self, person_id: str | None = None, office_id: str | None = None) -> list[Tenure]:
        return [t for t in self.tenures if (person_id is None or t.person == person_id)
                and (office_id is None or t.office == office_id)]

    def country_of(self, entity_id: str) -> str | None:
        key = parse(entity_id)
        if key.kind == "country":
            return key.name
        return self.country.get(entity_id)

    def place_within(self, inner: str, outer: str) -> bool:
        """Place ``inner`` lies within ``outer`` as far as the tables and texts tell:
        the same place, or a place (capital, venue, city) in the country ``outer``."""
        if inner == outer:
            return True
        if parse(outer).kind == "country" and parse(inner).kind != "country":
            return self.country_of(inner) == parse(outer).name
        return False

    def series_cadence(self, series_id: str) -> str | None:
        info = self.series_info(series_id)
        return info.cadence if info is not None else None

    def series_info(self, series_id: str) -> SeriesInfo | None:
        """Cadence and first year of a well-known series (None for others)."""
        return lexicon().series.get(parse(series_id).base.render())
