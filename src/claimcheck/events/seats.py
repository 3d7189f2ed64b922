"""The seat a person stood in at an election: "was elected MP for Eastvale in June 2010",
"contested Eastvale and Marsh at the 2010 general election and took it",
"won the seat of North Ferris in the 2015 election". One claim per statement with its
election's time, subject ``seat:<person>#<year>``, facet ``occurrence``, the seat as its
place, so the place rule compares two seats named for one person and one election. A
present "the MP for X" without an election's time is no such statement (seats change
with boundaries)."""

from __future__ import annotations

import bisect
import hashlib
import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..keys import EntityKey, parse
from ..models import Claim, Mention, Source, SubjectRef, Timex, When, Where
from ..resources import load_resource
from ..segment import sentences_outside_excluded
from ..words import alternation


class SeatExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    seat: str | None


class SeatTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    members: list[str]
    elected: list[str]
    stood: list[str]
    seat_nouns: list[str]
    examples: list[SeatExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> SeatTable:
    return load_resource("events/seats.yaml", SeatTable)



_NAME = r"[A-Z][\w'’-]+(?:\s(?:upon\s|on\s|the\s)?[A-Z][\w'’-]+)*"
_SEAT = rf"(?P<seat>{_NAME}(?:\s(?:and|&)\s{_NAME})?)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    t = table()
    members = alternation(t.members, any_space=True)
    elected = re.compile(
        rf"\b(?:{alternation(t.elected, any_space=True)})\s+(?:as\s+)?(?:the\s+|an?\s+)?(?:{members})\s+(?:for|of)\s+{_SEAT}")
    stood = re.compile(
        rf"\b(?:{alternation(t.stood, any_space=True)})\s+(?:the\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation(t.seat_nouns, any_space=True)})\s+of\s+)?{_SEAT}"
        rf"\s+(?:at|in)\s+(?:the\s+)?(?:\d{{4}}\s+)?(?:(?:general|federal|national|parliamentary|state|local|"
        rf"congressional|legislative)\s+)?election")  # case kept: a seat's name is capitalised
    return elected, stood


def read(sentence: str) -> tuple[str, tuple[int, int]] | None:
    """The seat a sentence says a person stood in at an election, with its span; None when
    it says none (a time is looked for by the caller)."""
    elected, stood = _patterns()
    m = elected.search(sentence) or stood.search(sentence)
    if m is None or not m.group("seat")[:1].isupper():
        return None
    return m.group("seat"), m.span("seat")


def _election_time(timexes: list[Timex], after: int, end: int) -> Timex | None:
    """The election's time: the first date or year written after the seat in its sentence."""
    for t in timexes:
        if after <= t.span[0] < end and t.type == "DATE" and t.start is not None and t.granularity in {"day", "month",
                                                                                                      "year"}:
            return t
    return None


def _person(mentions: list[Mention], starts: list[int], sentence: tuple[int, int], at: int,
            text: str) -> Mention | None:
    """Who stood: the last person named before the seat in its sentence; for "she"/"he" the
    person the article has named most before it (an explainer is about one person)."""
    i = bisect.bisect_left(starts, at)
    before = [m for m in mentions[:i] if m.kind == "person" and m.entity]
    same = [m for m in before if m.span[0] >= sentence[0]]
    if same:
        return same[-1]
    if not re.search(r"\b(?:she|he)\b", text[sentence[0]:at], re.IGNORECASE) or not before:
        return None
    counts: dict[str, int] = {}
    for m in before:
        counts[m.entity] = counts.get(m.entity, 0) + 1  # type: ignore[index]
    best = max(counts.values())
    return next(m for m in reversed(before) if counts[m.entity] == best)  # type: ignore[index]


def seat_claims(source: Source, timexes: list[Timex], mentions: list[Mention]) -> list[Claim]:
    out: list[Claim] = []
    text = source.text
    ordered = sorted(mentions, key=lambda m: m.span)
    starts = [m.span[0] for m in ordered]
    times = sorted(timexes, key=lambda t: t.span)
    t_starts = [t.span[0] for t in times]
    for _, (s, e) in sentences_outside_excluded(source):
        sentence = text[s:e]
        if "elect" not in sentence:
            continue  # every statement read here names an election
        found = read(sentence)
        if found is None:
            continue
        seat, (a, b) = found
        t = _election_time(times[bisect.bisect_left(t_starts, s):bisect.bisect_left(t_starts, e)], s + b, e)
        who = _person(ordered, starts, (s, e), s + a, text)
        if t is None or who is None or who.entity is None:
            continue
        year = (t.value or "")[:4]
        sid = EntityKey("seat", parse(who.entity).name).at(year).render()
        slug = "place:" + re.sub(r"[^a-z0-9]+", "-", seat.lower()).strip("-")
        cid = "c-" + hashlib.sha1(f"{source.id}|seat|{sid}|{s}".encode()).hexdigest()[:12]
        out.append(Claim(
            id=cid, source=source.id, span=(s, e), quote=sentence, predicate="election",
            subject=SubjectRef(id=sid, label=f"seat {who.label or who.text} stood in ({year})", text=None, span=None),
            where=Where(entity=slug, text=seat, span=(s + a, s + b)),
            when=When(text=t.text, span=t.span, value=t.value, start=t.start, end=t.end, granularity=t.granularity),
            modality="reported", facet="occurrence", timex=t,
        ))
    return out
