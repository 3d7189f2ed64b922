"""Comparisons with a past figure: "a larger majority than the party won in 1998" (more),
"a majority of 150 - nine less than its win in 1998" (less), "turnout was lower than in
2011" (less). One claim per statement, subject ``compare:<noun>@<year>``, facet
``comparison``, value +1 or -1 (checks/comparison.py)."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..models import Claim, ClaimValue, Source, Span, SubjectRef
from ..resources import load_resource
from ..segment import Cue, sentences_meeting


class CompareExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    noun: str
    year: int
    sign: int


class CompareTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    more: list[str]
    less: list[str]
    examples: list[CompareExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> CompareTable:
    return load_resource("quantities/comparisons.yaml", CompareTable)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    t = table()
    signs = {w: 1 for w in t.more} | {w: -1 for w in t.less}
    words = "|".join(sorted(signs, key=len, reverse=True))
    ref = r"than\s+(?P<ref>[^.;:!?]{0,60}?)\b(?P<year>(?:19|20)\d\d)\b"
    # "a larger majority than ... 1998"
    adjective = re.compile(rf"\b(?P<cmp>{words})\s+(?P<noun>[a-z]+)\s+{ref}", re.IGNORECASE)
    # "a majority of 150 - nine less than ... 1998", "turnout was lower than in 2011"
    after = re.compile(rf"(?:\b(?P<noun>[a-z]+)\s+of\s+[\d,]+\s*[-–—,]\s*[\w-]+\s+|\b(?P<subj>[a-z]+)\s+(?:was|is|were|"
                       rf"are|will be|would be)\s+)(?P<cmp>{words})\s+{ref}", re.IGNORECASE)
    return adjective, after, signs


def read(sentence: str) -> tuple[str, int, int, tuple[int, int]] | None:
    """(noun, year, sign, span) of a comparison with a past year in one sentence."""
    adjective, after, signs = _patterns()
    for pattern in (adjective, after):
        m = pattern.search(sentence)
        if m is None:
            continue
        noun = (m.groupdict().get("noun") or m.groupdict().get("subj") or "").lower()
        if not noun or noun in {"than", "the", "a", "an", "it", "this", "that"}:
            continue
        return noun, int(m.group("year")), signs[m.group("cmp").lower()], m.span()
    return None


CUE = Cue(words=frozenset({"than"}))  # every comparison read here has " than "


def comparison_claims(source: Source, sentences: list[tuple[int, Span]] | None = None) -> list[Claim]:
    """The comparisons of ``sentences`` (by default every sentence that meets ``CUE``)."""
    out: list[Claim] = []
    text = source.text
    for _, (s, e) in sentences_meeting(source, CUE) if sentences is None else sentences:
        sentence = text[s:e]
        found = read(sentence)
        if found is None:
            continue
        noun, year, sign, (a, b) = found
        pub = source.published.start
        if pub is None or year >= pub.year:
            continue  # only a past figure is a fixed reference
        sid = f"compare:{noun}@{year}"
        cid = "c-" + hashlib.sha1(f"{source.id}|comparison|{sid}|{s}".encode()).hexdigest()[:12]
        out.append(Claim(
            id=cid, source=source.id, span=(s, e), quote=sentence, predicate="compare",
            subject=SubjectRef(id=sid, label=f"{noun} against {year}", text=text[s + a:s + b], span=(s + a, s + b)),
            value=ClaimValue(type="other", value=sign, text=text[s + a:s + b], span=(s + a, s + b)),
            modality="reported", facet="comparison",
        ))
    return out
