"""Who carried out an attack: "a group calling itself X ... claiming responsibility", "was
carried out by the X gang", "the group behind it, known as X" (resources/events/perpetrators.yaml).
One claim per statement naming an organisation as the author, subject
``perpetrator:<the article's main body>`` (the organisation it names most, first named on a
tie: the attack's victim in a story about one attack, never the author), facet
``perpetrator``, ``who`` the author (checks/sole_agent.py)."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..keys import parse
from ..models import Actor, Claim, Mention, Source, SubjectRef
from ..resources import load_resource
from ..segment import sentences_outside_excluded
from ..words import alternation


class PerpetratorExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    author: str | None


class PerpetratorTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    before: list[str]
    after: list[str]
    examples: list[PerpetratorExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> PerpetratorTable:
    return load_resource("events/perpetrators.yaml", PerpetratorTable)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    t = table()
    return (re.compile(rf"\b(?:{alternation(t.before, any_space=True)})\b"),
            re.compile(rf"\b(?:{alternation(t.after, any_space=True)})\b"))


AFTER_REACH = 60  # characters after the phrase in which the author is named


def author(sentence: str, bodies: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span (within the sentence) of the body named as the author, of ``bodies`` (spans
    of organisation mentions in the sentence, in order); None when the sentence names none."""
    found = _author(sentence, bodies)
    return found[0] if found else None


def _author(sentence: str, bodies: list[tuple[int, int]]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(the author's span, the span of the phrase that makes it the author)."""
    before, after = _patterns()
    m = after.search(sentence)
    if m is not None:
        hit = next((b for b in bodies if m.end() <= b[0] <= m.end() + AFTER_REACH), None)
        if hit is not None:
            return hit, m.span()
    m = before.search(sentence)
    if m is not None:
        hits = [b for b in bodies if b[1] <= m.start()]
        if hits:
            return hits[-1], m.span()
    return None


def _main_body(mentions: list[Mention], authors: set[str]) -> str | None:
    counts = Counter(m.entity for m in mentions if m.kind == "org" and m.entity and m.entity not in authors
                     and not m.rule.startswith("dateline"))
    if not counts:
        return None
    first = {}
    for m in mentions:
        if m.entity in counts:
            first.setdefault(m.entity, m.span[0])
    return min(counts, key=lambda e: (-counts[e], first[e]))


def perpetrator_claims(source: Source, mentions: list[Mention]) -> list[Claim]:
    text = source.text
    if "responsib" not in text and " by " not in text and "behind" not in text and "blamed" not in text \
            and "attributed" not in text and "work of" not in text:
        return []
    orgs = sorted((m for m in mentions if m.kind == "org" and m.entity), key=lambda m: m.span)
    if not orgs:
        return []
    found: list[tuple[tuple[int, int], tuple[int, int], Mention]] = []
    for _, (s, e) in sentences_outside_excluded(source):
        inside = [m for m in orgs if s <= m.span[0] < e]
        if not inside:
            continue
        hit = _author(text[s:e], [(m.span[0] - s, m.span[1] - s) for m in inside])
        if hit is not None:
            body, (pa, pb) = hit
            found.append(((s, e), (s + pa, s + pb), next(m for m in inside if m.span[0] - s == body[0])))
    if not found:
        return []
    main = _main_body(mentions, {m.entity or "" for _, _, m in found})
    if main is None:
        return []
    out: list[Claim] = []
    for (s, e), phrase, m in found:
        sid = f"perpetrator:{parse(main).name}"
        cid = "c-" + hashlib.sha1(f"{source.id}|perpetrator|{sid}|{s}".encode()).hexdigest()[:12]
        out.append(Claim(
            id=cid, source=source.id, span=(s, e), quote=text[s:e], predicate="carry_out",
            # the subject written as the phrase that names the author: a description, no name variant
            subject=SubjectRef(id=sid, label=f"who attacked {parse(main).name}", text=text[phrase[0]:phrase[1]], span=phrase),
            who=[Actor(entity=m.entity or "", text=m.text, span=m.span)], modality="reported", facet="perpetrator",
        ))
    return out
