"""Who is still to act on a process: "X is now the only member still to consent" (one left),
"the only two members yet to ratify" (two), "removing the final obstacle" (none), about a
process its owner's possessive names ("Norway's bid"). One claim per statement, subject
``pending:<owner>``, facet ``remaining``, value the number left (checks/remaining.py)."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..keys import parse
from ..models import Claim, ClaimValue, Mention, Source, Span, SubjectRef
from ..resources import load_resource
from ..segment import Cue, sentences_meeting
from ..words import alternation

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


class PendingExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    remaining: int | None
    owner: str


class PendingTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    process_nouns: list[str]
    obstacle_nouns: list[str]
    removal_verbs: list[str]
    still_cues: list[str]
    examples: list[PendingExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> PendingTable:
    return load_resource("events/pending.yaml", PendingTable)



@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = table()
    # "removing the final impediment": none left (a past or present removal, not a hope)
    none_left = re.compile(
        rf"\b(?:{alternation(t.removal_verbs, any_space=True)})\s+(?:the\s+)?(?:final|last|only\s+remaining|last\s+remaining)\s+"
        rf"(?:{alternation(t.obstacle_nouns, any_space=True)})\b", re.IGNORECASE)
    # "(is now) the only club that has yet to sign", "as the last state still to approve",
    # "the only two of the 30 members still holding out"
    some_left = re.compile(
        rf"\b(?P<tense>is|are|was|were|as|remains?|remained)?\s*(?:now\s+)?the\s+(?:only|last)\s+"
        rf"(?:(?P<n>{'|'.join(_NUMBERS)}|\d)\s+)?(?:[\w’'-]+\s+){{0,5}}?(?:(?:that|which|who)\s+)?"
        rf"(?:(?:has|have|is|are)\s+)?(?:{alternation(t.still_cues, any_space=True)})\b", re.IGNORECASE)
    process = re.compile(rf"(?P<owner>[A-Z][\w-]+(?:\s[A-Z][\w-]+)*)['’]s\s+(?:[a-z]+\s+)?(?:{alternation(t.process_nouns, any_space=True)})\b")
    return none_left, some_left, process


def read(sentence: str) -> tuple[int, tuple[int, int], str, int] | None:
    """(remaining, span of the words saying so, owner as written, where the owner starts) in one
    sentence, offsets within it; None when it says nothing of the kind or names no owner."""
    none_left, some_left, process = _patterns()
    owner = process.search(sentence)
    if owner is None:
        return None
    m = none_left.search(sentence)
    if m is not None:
        if re.search(r"\b(?:would|could|might|will|hope[sd]?|aim(?:s|ed)?|seek(?:s|ing)?)\s+(?:\w+\s+){0,2}$",
                     sentence[max(0, m.start() - 30):m.start()], re.IGNORECASE):
            return None  # a hope, not a state
        return 0, m.span(), owner.group("owner"), owner.start()
    m = some_left.search(sentence)
    if m is not None:
        if (m.group("tense") or "").lower() in {"was", "were", "remained"}:
            return None  # true of an earlier time
        n = m.group("n")
        left = 1 if n is None else (_NUMBERS.get(n.lower()) or int(n))
        return left, (m.start() + (len(m.group(0)) - len(m.group(0).lstrip())), m.end()), owner.group("owner"), owner.start()
    return None


def _owner_id(source: Source, mentions: list[Mention], pos: int, written: str) -> str:
    for m in mentions:
        if m.span[0] <= pos < m.span[1] and m.entity:
            return parse(m.entity).name
    return re.sub(r"[^a-z0-9]+", "-", written.lower()).strip("-")


@lru_cache(maxsize=1)
def cue() -> Cue:
    """Every reading needs an owner's process noun, a whole word or a piece of a joined one
    ("the bloc's accession-talks"): its first word."""
    return Cue(words=frozenset(n.split()[0].lower() for n in table().process_nouns), parts=True)


def pending_claims(source: Source, mentions: list[Mention],
                   sentences: list[tuple[int, Span]] | None = None) -> list[Claim]:
    """One ``remaining`` claim per sentence stating how many are still to act on a process;
    of ``sentences`` (by default every sentence that meets ``cue()``: a process noun)."""
    out: list[Claim] = []
    text = source.text
    ordered = sorted(mentions, key=lambda m: m.span)
    for _, (s, e) in sentences_meeting(source, cue()) if sentences is None else sentences:
        sentence = text[s:e]
        found = read(sentence)
        if found is None:
            continue
        left, (a, b), written, at = found
        owner = _owner_id(source, [m for m in ordered if s <= m.span[0] < e], s + at, written)
        sid = f"pending:{owner}"
        cid = "c-" + hashlib.sha1(f"{source.id}|remaining|{sid}|{s}".encode()).hexdigest()[:12]
        out.append(Claim(
            id=cid, source=source.id, span=(s, e), quote=sentence, predicate="remaining",
            subject=SubjectRef(id=sid, label=f"who is still to act on {written}'s process", text=written,
                               span=(s + at, s + at + len(written))),
            value=ClaimValue(type="count", value=left, text=text[s + a:s + b], span=(s + a, s + b)),
            modality="reported", facet="remaining",
        ))
    return out
