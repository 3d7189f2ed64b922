"""Rank claims: an ordinal before a superlative ranks a noun among its kind ("the world's
third-largest exchange", "the party's second-best result in history"). One claim per
statement, subject ``rank:<superlative>-<noun>``, facet ``rank``, value the ordinal; the
name set in apposition or as the subject of "is" before it ("Brindle, the third-largest ...",
"Brindle is the third-largest ...") is kept as ``who``
so two named things are never compared (checks/rank.py)."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..models import Actor, Claim, ClaimValue, Mention, Source, Span, SubjectRef
from ..resources import load_resource
from ..segment import Cue, sentences_meeting

_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}


class RankExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    rank: int | None
    head: str


class RankTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    superlatives: list[str]
    skip: list[str]
    same_heads: dict[str, list[str]]
    examples: list[RankExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> RankTable:
    return load_resource("quantities/ranks.yaml", RankTable)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    t = table()
    sup = "|".join(re.escape(s).replace(r"\-", "[- ]") for s in sorted(t.superlatives, key=len, reverse=True))
    skip = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in sorted(t.skip, key=len, reverse=True))
    ords = "|".join(_ORDINALS)
    return re.compile(
        rf"\b(?P<ord>{ords}|\d{{1,2}}(?:st|nd|rd|th))[- ](?P<sup>{sup})\s+(?:(?:{skip})\s+)?"
        rf"(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)(?=\s+(?:in|of|on|at|by|for|since|to|and|or|that|which|who|"
        rf"with|among|after|before|ever|is|was|has|had|have|are|were|will|would|could|both|also|now|still|"
        # a time after the noun bounds it: "Norway's second-deadliest landslide this century"
        rf"this|last|so|yet|[a-z]+ed)\b|"
        rf"\s*[,.;:)\n]|\s*$)", re.IGNORECASE)


def rank_pattern() -> re.Pattern[str]:
    """The rank phrase: ordinal, superlative, then the ranked words (group ``head``)."""
    return _pattern()


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    return {w: cls for cls, ws in table().same_heads.items() for w in ws}


def read(sentence: str) -> list[tuple[int, str, tuple[int, int]]]:
    """(rank, what is ranked as "<superlative> <noun>", span) of each rank claim in a sentence;
    the noun alone names the kind ("crypto exchange" and "cryptocurrency exchange" are one)."""
    out = []
    for m in _pattern().finditer(sentence):
        o = m.group("ord").lower()
        rank = _ORDINALS.get(o) or int(re.match(r"\d+", o).group())  # type: ignore[union-attr]
        words = m.group("head").lower().split()
        noun = _heads().get(words[-1], words[-1])  # the noun ranks: "crypto exchange", "cryptocurrency exchange"
        head = noun
        sup = re.sub(r"[- ]+", "-", m.group("sup").lower())
        scope = _scope(sentence, m.start(), m.end())
        out.append((rank, f"{sup} {head}" + (f" of {scope}" if scope else ""), m.span()))
    return out


_OWNER = re.compile(r"(?P<own>[\w-]+)['’]s\s+$")
_IN = re.compile(r"\s+in\s+(?:the\s+)?(?P<in>[A-Za-z][\w-]*)")


def _scope(sentence: str, start: int, end: int) -> str:
    """Among what a thing is ranked: its owner ("Japan's fourth-largest bank", "the world's")
    or the place after it ("the second-largest retailer in the US"); "" when neither is written."""
    own = _OWNER.search(sentence, max(0, start - 40), start)
    if own is not None:
        return own.group("own").lower()
    after = _IN.match(sentence, end)
    return after.group("in").lower() if after is not None and after.group("in")[0].isupper() or (
        after is not None and after.group("in").lower() == "world") else ""


_APPOSED = re.compile(r"(?P<name>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)*)(?:,\s+|\s+(?:is|was|remains|became|has\s+been|had\s+been)\s+)"
                      r"(?:now\s+|once\s+|currently\s+|still\s+)?(?:the\s+)?(?:[\w’'-]+['’]s\s+)?$")


# a sentence's first word capitalised is no name: "It is the third-largest ..."
_NOT_NAMES = frozenset("it this that these those he she they there here which the a an its their what".split())


@lru_cache(maxsize=1)
def cue() -> Cue:
    """Every rank phrase holds its superlative's last word, followed by white space: a whole
    word, or a piece of a joined one ("3rd-largest")."""
    return Cue(words=frozenset(re.split(r"[- ]", w.lower())[-1] for w in table().superlatives), parts=True)


def rank_claims(source: Source, mentions: list[Mention], sentences: list[tuple[int, Span]] | None = None) -> list[Claim]:
    """The rank claims of ``sentences`` (by default every sentence that meets ``cue()``: a superlative)."""
    out: list[Claim] = []
    text = source.text
    for _, (s, e) in sentences_meeting(source, cue()) if sentences is None else sentences:
        sentence = text[s:e]
        for rank, head, (a, b) in read(sentence):
            who = []
            ap = _APPOSED.search(text, max(s, s + a - 60), s + a)
            if ap is not None and ap.group("name").lower() not in _NOT_NAMES:
                ent = next((m.entity for m in mentions if m.span[0] <= ap.start("name") < m.span[1] and m.entity), None)
                slug = ent or "name:" + re.sub(r"[^a-z0-9]+", "-", ap.group("name").lower()).strip("-")
                who = [Actor(entity=slug, text=ap.group("name"), span=(ap.start("name"), ap.end("name")))]
            sid = "rank:" + re.sub(r"[^a-z0-9]+", "-", head).strip("-")
            cid = "c-" + hashlib.sha1(f"{source.id}|rank|{sid}|{s}|{a}".encode()).hexdigest()[:12]
            out.append(Claim(
                id=cid, source=source.id, span=(s, e), quote=sentence, predicate="rank",
                subject=SubjectRef(id=sid, label=f"rank as the {head}", text=text[s + a:s + b], span=(s + a, s + b)),
                who=who, value=ClaimValue(type="ordinal", value=rank, text=text[s + a:s + b], span=(s + a, s + b)),
                modality="reported", facet="rank",
            ))
    return out
