"""The number of a repeated event of one holder: "the 4th extension of his term", "the
third time that the coach's contract has been renewed". One claim per statement, subject
``repeat:<repetition>-<object>:<holder>``, facet ``repeat``, value the ordinal
(checks/repeat.py). The holder: a person named before it in its sentence, else, for "his"
or a description ("the former captain's"), the person the article has named most so far."""

from __future__ import annotations

import bisect
import hashlib
import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..keys import parse
from ..models import Claim, ClaimValue, Mention, Source, Span, SubjectRef
from ..resources import load_resource
from ..segment import Cue, sentences_meeting

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}


class RepeatExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    ordinal: int | None
    object: str


class RepeatTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    objects: list[str]
    repetitions: dict[str, list[str]]
    examples: list[RepeatExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> RepeatTable:
    return load_resource("events/repeats.yaml", RepeatTable)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    t = table()
    kinds = {w: k for k, ws in t.repetitions.items() for w in ws}
    words = "|".join(sorted(kinds, key=len, reverse=True))
    objs = "|".join(sorted(t.objects, key=len, reverse=True))
    ords = rf"(?P<ord>{'|'.join(_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))"
    owner = r"(?P<owner>his|her|their|its|(?:the\s+)?[\w’'.-]+(?:\s[\w’'.-]+){0,3}?['’]s)"
    noun_form = re.compile(rf"\bthe\s+{ords}\s+(?P<rep>{words})\s+of\s+{owner}\s+(?P<obj>{objs})\b", re.IGNORECASE)
    time_form = re.compile(rf"\bthe\s+{ords}\s+time\s+(?:that\s+)?{owner}\s+(?P<obj>{objs})\s+(?:has|had|have|was|is)\s+"
                           rf"(?:been\s+)?(?P<rep>{words})\b", re.IGNORECASE)
    return noun_form, time_form, kinds


def read(sentence: str) -> tuple[int, str, str, str, tuple[int, int]] | None:
    """(ordinal, repetition, object, owner as written, span) in one sentence."""
    noun_form, time_form, kinds = _patterns()
    for pattern in (noun_form, time_form):
        m = pattern.search(sentence)
        if m is None:
            continue
        o = m.group("ord").lower()
        n = _ORDINALS.get(o) or int(re.match(r"\d+", o).group())  # type: ignore[union-attr]
        return n, kinds[m.group("rep").lower()], m.group("obj").lower(), m.group("owner"), m.span()
    return None


def _holder(mentions: list[Mention], starts: list[int], sentence: tuple[int, int], at: int,
            owner: str, text: str) -> str | None:
    i = bisect.bisect_left(starts, at)
    people = [m for m in mentions[:i] if m.kind == "person" and m.entity]
    named = [m for m in mentions if m.kind == "person" and m.entity and at <= m.span[0] < at + len(owner)]
    if named:
        return named[0].entity  # "Okafor's term"
    same = [m for m in people if m.span[0] >= sentence[0]]
    if same:
        return same[-1].entity
    if owner[:1].isupper() and not owner.lower().startswith("the "):
        return None  # a name nobody resolved
    counts: dict[str, int] = {}
    for m in people:
        counts[m.entity] = counts.get(m.entity, 0) + 1  # type: ignore[index]
    if not counts:
        return None
    best = max(counts.values())
    return next(m.entity for m in reversed(people) if counts[m.entity] == best)  # type: ignore[index]


@lru_cache(maxsize=1)
def _objects() -> tuple[str, ...]:
    return tuple(table().objects)


@lru_cache(maxsize=1)
def cue() -> Cue:
    """Both shapes name a repetition word of the table after white space and before white
    space or a word's end: a whole word, or a piece of a joined one ("renewed-term")."""
    return Cue(words=frozenset(re.split(r"[- ]", w.lower())[-1] for ws in table().repetitions.values() for w in ws),
               parts=True)


def repeat_claims(source: Source, mentions: list[Mention], sentences: list[tuple[int, Span]] | None = None) -> list[Claim]:
    """The repetitions read in ``sentences`` (by default every sentence that meets ``cue()``)."""
    out: list[Claim] = []
    text = source.text
    ordered = sorted(mentions, key=lambda m: m.span)
    starts = [m.span[0] for m in ordered]
    objects = _objects()
    for _, (s, e) in sentences_meeting(source, cue()) if sentences is None else sentences:
        sentence = text[s:e]
        if not any(o in sentence for o in objects):
            continue  # a repeated thing of the table, as the table writes it
        found = read(sentence)
        if found is None:
            continue
        n, rep, obj, owner, (a, b) = found
        owner_at = s + sentence.find(owner, a)
        holder = _holder(ordered, starts, (s, e), owner_at, owner, text)
        if holder is None:
            continue
        sid = f"repeat:{rep}-{obj}:{parse(holder).name}"
        cid = "c-" + hashlib.sha1(f"{source.id}|repeat|{sid}|{s}".encode()).hexdigest()[:12]
        out.append(Claim(
            id=cid, source=source.id, span=(s, e), quote=sentence, predicate=rep,
            subject=SubjectRef(id=sid, label=f"{rep} of the {obj} of {parse(holder).name}",
                               text=text[s + a:s + b], span=(s + a, s + b)),
            value=ClaimValue(type="ordinal", value=n, text=text[s + a:s + b], span=(s + a, s + b)),
            modality="reported", facet="repeat",
        ))
    return out
