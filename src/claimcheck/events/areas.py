"""Where a warning was issued and where a journey began: "put Norland under a major flood
warning" (subject ``warning:<level>-<hazard>``), "the Brisk Air flight, arriving from
Port Elin", "Flight 22 had left Kell Airport for ..." (subject ``origin:<operator>-<vehicle>``,
the operator the organisation named with the vehicle). Facet ``area``, ``where`` the place as
written; the area rule tells two names as a variant (checks/area.py)."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..keys import parse
from ..models import Claim, Mention, Source, Span, SubjectRef, Where
from ..resources import load_resource
from ..segment import Cue, sentences_meeting


class AreaExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    kind: str
    key: str
    place: str


class AreaTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    warnings: list[str]
    levels: dict[str, str]
    vehicles: list[str]
    examples: list[AreaExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> AreaTable:
    return load_resource("events/areas.yaml", AreaTable)


_PUT = ("put", "puts", "placed", "places", "placing", "putting")
# what a sentence must hold for the reader to run its patterns, as written (case kept)
_CUES = (" under a", " from ", " left ", "departed")
_PLACE = r"(?P<place>(?:the\s+)?[A-Z][\w-]+(?:\s[A-Z][\w-]+)*(?:\s(?:region|area|coast|prefecture|province|state))?)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = table()
    hazards = "|".join(sorted(t.warnings, key=len, reverse=True))
    levels = "|".join(sorted(t.levels, key=len, reverse=True))
    vehicles = "|".join(sorted(t.vehicles, key=len, reverse=True))
    warning = re.compile(rf"\b(?:{'|'.join(_PUT)})\s+{_PLACE}\s+under\s+an?\s+(?:(?P<level>{levels})\s+)?"
                         rf"(?P<hazard>{hazards})\s+warning")
    # case kept: a place is capitalised; only the vehicle may open a sentence
    arriving = re.compile(rf"\b(?P<vehicle>(?i:{vehicles})),?\s+(?:arriving|coming|flying|travelling|traveling|sailing)\s+"
                          rf"from\s+{_PLACE}")
    left = re.compile(rf"\b(?P<vehicle>(?i:{vehicles}))\b[^.;]{{0,80}}?\b(?:had\s+)?(?:left|departed(?:\s+from)?|took\s+off\s+"
                      rf"from)\s+{_PLACE}")
    return warning, arriving, left


def read(sentence: str) -> tuple[str, str, str, tuple[int, int]] | None:
    """(kind, key, place, span of the place) of one statement in a sentence."""
    warning, arriving, left = _patterns()
    m = warning.search(sentence)
    if m is not None:
        level = table().levels.get((m.group("level") or "").lower(), "")
        key = f"{level}-{m.group('hazard').lower()}".strip("-")
        return "warning", key, _clean(m.group("place")), m.span("place")
    for pattern in (arriving, left):
        m = pattern.search(sentence)
        if m is not None and m.group("place")[:1].isupper():
            return "origin", m.group("vehicle").lower(), _clean(m.group("place")), m.span("place")
    return None


def _clean(place: str) -> str:
    return re.sub(r"^the\s+", "", place)


@lru_cache(maxsize=1)
def cue() -> Cue:
    """A warning is put on a place by a verb of putting; a journey starts with its vehicle:
    each a whole word, or a piece of a joined one ("re-placed", "Air-ferry")."""
    return Cue(words=frozenset(_PUT) | frozenset(v.lower() for v in table().vehicles), parts=True)


def area_claims(source: Source, mentions: list[Mention], sentences: list[tuple[int, Span]] | None = None) -> list[Claim]:
    """The warnings' areas and journeys' origins read in ``sentences`` (by default every
    sentence that meets ``cue()``)."""
    out: list[Claim] = []
    text = source.text
    pub = source.published.value
    for _, (s, e) in sentences_meeting(source, cue()) if sentences is None else sentences:
        sentence = text[s:e]
        if not any(c in sentence for c in _CUES):
            continue  # no warning placed, no journey's start
        found = read(sentence)
        if found is None:
            continue
        kind, key, place, (a, b) = found
        if kind == "warning":
            if not pub:
                continue  # a warning's area is compared about its day only (checks/area.py)
            sid = f"warning:{key}"
        else:
            org = next((m.entity for m in mentions if s <= m.span[0] < s + a and m.kind == "org" and m.entity), None)
            if org is None:
                continue  # a journey is known by its operator
            sid = f"origin:{parse(org).name}-{key}"
        slug = "place:" + re.sub(r"[^a-z0-9]+", "-", place.lower()).strip("-")
        cid = "c-" + hashlib.sha1(f"{source.id}|area|{sid}|{s}".encode()).hexdigest()[:12]
        start = s + a + (len(sentence[a:b]) - len(_clean(sentence[a:b])))
        out.append(Claim(
            id=cid, source=source.id, span=(s, e), quote=sentence, predicate=kind,
            subject=SubjectRef(id=sid, label=parse(sid).name.replace("-", " "), text=None, span=None),
            where=Where(entity=slug, text=place, span=(start, s + b)), modality="reported", facet="area",
        ))
    return out
