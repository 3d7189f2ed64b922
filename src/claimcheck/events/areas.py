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
from ..models import Claim, Mention, Source, SubjectRef, Where
from ..resources import load_resource
from ..segment import sentences_outside_excluded
from ..words import SubstringGate


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


_PLACE = r"(?P<place>(?:the\s+)?[A-Z][\w-]+(?:\s[A-Z][\w-]+)*(?:\s(?:region|area|coast|prefecture|province|state))?)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = table()
    hazards = "|".join(sorted(t.warnings, key=len, reverse=True))
    levels = "|".join(sorted(t.levels, key=len, reverse=True))
    vehicles = "|".join(sorted(t.vehicles, key=len, reverse=True))
    warning = re.compile(rf"\b(?:put|puts|placed|places|placing|putting)\s+{_PLACE}\s+under\s+an?\s+(?:(?P<level>{levels})\s+)?"
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


def area_claims(source: Source, mentions: list[Mention]) -> list[Claim]:
    out: list[Claim] = []
    text = source.text
    pub = source.published.value
    cues = SubstringGate((" under a", " from ", " left ", "departed"), text)
    for _, (s, e) in sentences_outside_excluded(source):
        if not cues.holds(s, e):
            continue  # no warning placed, no journey's start
        sentence = text[s:e]
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
