"""Which body operates a facility or an instrument: "the Coastal Survey Office's wave buoy",
"the Harbour Authority tide gauge installed in the port", "the radar operated by the Air
Agency". One claim per statement that also names the facility's place (in its sentence,
else the sentence before: "In Port Elin, no data came. The Harbour Authority's tide gauge
failed."), subject ``operator:<device>|<place>``, facet ``operator``, ``who`` the body
(checks/sole_agent.py). A facility with no place named is not claimed: two of one kind in
one story are common."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..keys import parse
from ..models import Actor, Claim, Mention, Source, Span, SubjectRef
from ..resources import load_resource
from ..segment import Cue, sentences_meeting
from ..words import alternation


class OperatorExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    device: str
    operator: str | None


class OperatorTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    devices: list[str]
    operated_by: list[str]
    examples: list[OperatorExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> OperatorTable:
    return load_resource("events/operators.yaml", OperatorTable)



_BODY = r"(?P<body>(?!(?:The|A|An|In|At|On|But|And)\b)[A-Z][\w&.-]*(?:\s(?:of\s|for\s|and\s)?[A-Z][\w&.-]*)*)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    t = table()
    devices = alternation(t.devices, any_space=True)
    # "the Harbour Authority's tide gauge", "the Harbour Authority tide gauge"
    before = re.compile(rf"{_BODY}(?:['’]s)?\s+(?:[a-z][\w-]*\s+)??(?P<device>{devices})\b")
    # "the radar operated by the Air Agency"
    after = re.compile(rf"(?P<device>{devices})\s+(?:[a-z]+\s+){{0,3}}?(?:{alternation(t.operated_by, any_space=True)})\s+(?:the\s+)?{_BODY}")
    return before, after


def read(sentence: str) -> tuple[str, str, tuple[int, int], tuple[int, int]] | None:
    """(device, body as written, span of the body, span of the statement) in one sentence."""
    before, after = _patterns()
    for pattern in (before, after):
        m = pattern.search(sentence)
        if m is not None:
            device = re.sub(r"\s+", " ", m.group("device").lower())
            return device, m.group("body"), m.span("body"), m.span()
    return None


_PLACE_NOUNS = re.compile(r"\s+(?:City|Town|Village|Prefecture|County|Port|Harbour|Harbor)$")
_IN_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]ff|of)\s+(?:the\s+(?:city|town|village|port)\s+of\s+)?"
                       r"(?P<name>[A-Z][\w-]+(?:\s[A-Z][\w-]+)*)")


def _place(text: str, span: tuple[int, int], mentions: list[Mention], body: tuple[int, int]) -> str | None:
    """The last place named in the span ("in Port Elin"), the body's own name left out."""
    found = None
    for m in _IN_PLACE.finditer(text, *span):
        if body[0] <= m.start("name") < body[1]:
            continue
        if any(mm.span[0] <= m.start("name") < mm.span[1] and mm.kind not in {"place", "country"} for mm in mentions):
            continue  # an organisation or a person, not a place
        found = m.group("name")
    if found is None:
        return None
    return "place:" + re.sub(r"[^a-z0-9]+", "-", _PLACE_NOUNS.sub("", found).lower()).strip("-")


@lru_cache(maxsize=1)
def _device_words() -> tuple[str, ...]:
    return tuple(sorted({d.split()[-1] for d in table().devices}))


@lru_cache(maxsize=1)
def cue() -> Cue:
    """"X's <device>" names the device's last word after white space, ending a word or a piece
    of a joined one ("gauge's"); "<device> operated by X" may glue the device to a word before
    it, but names the verb's last word ("by") between white spaces."""
    t = table()
    return Cue(words=frozenset(w.split()[-1].lower() for w in (*t.devices, *t.operated_by)), parts=True)


def operator_claims(source: Source, mentions: list[Mention], sentences: list[tuple[int, Span]] | None = None) -> list[Claim]:
    """The operators read in ``sentences`` (by default every sentence that meets ``cue()``)."""
    out: list[Claim] = []
    text = source.text
    devices = _device_words()
    for i, (s, e) in sentences_meeting(source, cue()) if sentences is None else sentences:
        sentence = text[s:e]
        if not any(d in sentence for d in devices):
            continue  # most sentences name no facility: no pattern run
        found = read(sentence)
        if found is None:
            continue
        device, body, (ba, bb), (a, b) = found
        body_span = (s + ba, s + bb)
        near = [m for m in mentions if s - 400 <= m.span[0] < e]
        place = _place(text, (s, e), near, body_span)
        if place is None and i:
            place = _place(text, source.sentences[i - 1], near, body_span)
        if place is None:
            continue
        ent = next((m.entity for m in near if m.span[0] <= body_span[0] < m.span[1] and m.entity), None)
        who = ent or "org:" + re.sub(r"[^a-z0-9]+", "-", body.lower()).strip("-")
        sid = f"operator:{device.replace(' ', '-')}|{place}"
        cid = "c-" + hashlib.sha1(f"{source.id}|operator|{sid}|{s}".encode()).hexdigest()[:12]
        out.append(Claim(
            id=cid, source=source.id, span=(s, e), quote=sentence, predicate="operate",
            subject=SubjectRef(id=sid, label=f"operator of the {device} in {parse(place).name}",
                               text=text[s + a:s + b], span=(s + a, s + b)),
            who=[Actor(entity=who, text=body, span=body_span)], modality="reported", facet="operator",
        ))
    return out
