"""What every rule sees: claims grouped by subject and facet, sources, the entity index."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..keys import parse
from ..models import Claim, Source, Subject
from .intervals import Span, claim_span


T = TypeVar("T")


def base_subject(subject_id: str) -> str:
    """``series:x#13`` -> ``series:x``: the series an occurrence belongs to."""
    return parse(subject_id).base.render()


@dataclass
class CheckContext:
    subjects: list[Subject]
    claims: Mapping[str, Claim]
    sources: Mapping[str, Source]
    index: object | None = None
    cadence: Mapping[str, str] = field(default_factory=dict)
    # (subject id, facet) -> claims, each list sorted by (source, span, id); built once
    groups: dict[tuple[str, str], list[Claim]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        grouped: dict[tuple[str, str], dict[str, Claim]] = defaultdict(dict)
        for subject in self.subjects:
            for cid in subject.claims:
                claim = self.claims.get(cid)
                if claim is not None:
                    grouped[(subject.id, claim.facet)][cid] = claim
        self.groups = {
            key: sorted(found.values(), key=claim_order) for key, found in sorted(grouped.items())
        }

    def facet(self, facet: str) -> list[tuple[str, list[Claim]]]:
        """Every (subject id, claims) group with this facet, in subject-id order."""
        return [(sid, cs) for (sid, f), cs in self.groups.items() if f == facet]

    def shared(self, name: str, build: Callable[[CheckContext], T]) -> T:
        """What ``build`` makes of this context, made once for every rule that asks by ``name``
        (two rules reading one table of offices build it once)."""
        memo: dict[str, Any] = self.__dict__.setdefault("_shared", {})
        if name not in memo:
            memo[name] = build(self)
        return memo[name]

    def all_claims(self) -> list[Claim]:
        """Every grouped claim once, in a stable order (sorted once: several rules ask)."""
        if not hasattr(self, "_all_claims"):
            seen: dict[str, Claim] = {}
            for cs in self.groups.values():
                for c in cs:
                    seen.setdefault(c.id, c)
            self._all_claims = sorted(seen.values(), key=claim_order)
        return list(self._all_claims)

    def label(self, subject_id: str) -> str:
        """A subject's display label (its id when unknown)."""
        if not hasattr(self, "_labels"):
            self._labels = {s.id: s.label for s in self.subjects}
        return self._labels.get(subject_id, subject_id)

    def statement_span(self, claim: Claim) -> Span | None:
        """The time a claim speaks of: its ``when``, else its source's publication date
        (docs/internals.md: a holder's or title's time is the event date, else publication)."""
        span = claim_span(claim)
        if span is not None:
            return span
        src = self.sources.get(claim.source)
        pub = src.published if src is not None else None
        if pub is None or pub.start is None or pub.end is None:
            return None
        return Span(pub.start, pub.end, "day" if pub.start == pub.end else "month")

    def series_cadence(self, series_id: str) -> str | None:
        """A cadence known for a series outside the texts: the ``cadence`` map, else the index."""
        if series_id in self.cadence:
            return self.cadence[series_id]
        fn = getattr(self.index, "series_cadence", None)
        if callable(fn):
            value = fn(series_id)
            return str(value) if value else None
        info_fn = getattr(self.index, "series_info", None)  # EntityIndex: a well-known series' record
        if callable(info_fn):
            cadence = getattr(info_fn(series_id), "cadence", None)
            return str(cadence) if cadence else None
        return None


def claim_order(claim: Claim) -> tuple[str, int, int, str]:
    return (claim.source, claim.span[0], claim.span[1], claim.id)
