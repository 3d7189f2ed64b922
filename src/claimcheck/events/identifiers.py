"""Codes that identify one thing of a story: "Flight VR2317", "tail number EC-MRB", "case
number 21-CV-3307" (resources/events/identifiers.yaml). One claim per code written, subject
``identifier:<noun>|<prefix>`` (the code's leading letters: a flight's airline, so two
airlines' flights never meet), facet ``identifier``, value type ``other`` the code
(checks/identifier.py compares the codes)."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..models import Claim, ClaimValue, Source, Span, SubjectRef
from ..resources import load_resource
from ..segment import Cue, sentences_meeting
from ..words import alternation, scan


class IdentifierExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    noun: str | None
    code: str | None


class IdentifierTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    nouns: list[str]
    before_nouns: dict[str, str] = Field(default_factory=dict)
    examples: list[IdentifierExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> IdentifierTable:
    return load_resource("events/identifiers.yaml", IdentifierTable)


# a code: capitals and digits, maybe joined by hyphens, holding at least one digit and one
# capital or two digits ("VR2317", "EC-MRB" has none: a registration is all letters too)
_CODE = r"(?P<code>(?=[A-Z0-9-]*[0-9A-Z])[A-Z0-9]{1,4}(?:-?[A-Z0-9]{1,6}){1,3})"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    nouns = alternation(table().nouns, any_space=True)
    before = alternation(table().before_nouns, any_space=True)
    after = rf"\b(?P<noun>(?i:{nouns}))[ \t]+(?:(?i:no\.?|number)[ \t]+)?{_CODE}(?![\w-])"
    # "the R-47 train": a code between a determiner and its noun
    ahead = rf"\b(?i:the|a|an)[ \t]+{_CODE.replace('?P<code>', '?P<code2>')}[ \t]+(?P<noun2>(?i:{before}))\b"
    return re.compile(f"{after}|{ahead}")


def read(sentence: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(noun, code, span of the code) for each code written in a sentence."""
    out = []
    for m in _pattern().finditer(sentence):
        if m.group("code2") is not None:
            code = m.group("code2")
            if code.isdigit() or not any(c.isdigit() for c in code):
                continue  # "the 2026 service": a year or a number; "the NHS service": a body
            noun = table().before_nouns[m.group("noun2").lower()]
            out.append((noun, code, m.span("code2")))
            continue
        code = m.group("code")
        if not any(c.isdigit() for c in code) and "-" not in code:
            continue  # "flight AF" is no code
        if not any(c.isalpha() for c in code) and len(code) < 3:
            continue
        out.append((re.sub(r"\s+", " ", m.group("noun").lower()), code, m.span("code")))
    return out


_PREFIX = re.compile(r"^[A-Z]+")
_FOLDS_TO_ASCII = "\u017f\u212a\u0131\u0130"  # long s, Kelvin sign, dotless i, dotted capital I


@lru_cache(maxsize=1)
def _gate() -> tuple[frozenset[str], re.Pattern[str]]:
    """The words a match must hold, as the shared word scan writes them: the first word of a
    noun before its code ends a word, alone or after a hyphen or an apostrophe ("pre-flight");
    a noun after its code begins one ("train", "train's")."""
    firsts = {n.lower().split()[0] for n in table().nouns}
    befores = {n.lower() for n in table().before_nouns}
    joined = re.compile(rf"[-'’](?:{alternation(firsts)}) | (?:{alternation(befores)})[-'’]")
    return frozenset(firsts | befores), joined


def _may_hold(text: str) -> bool:
    """Whether the text has a word a noun of the table begins with: most articles have none,
    and the shared word scan answers that without running the pattern over the text."""
    if any(c in text for c in _FOLDS_TO_ASCII):
        return True  # a letter the pattern's case folding matches to an ASCII one: leave it to the pattern
    words, joined = _gate()
    where = scan(text).where()
    return not where.keys().isdisjoint(words) or joined.search(" " + " ".join(where) + " ") is not None


CUE = Cue(number=True)  # a code holds a digit


def identifier_claims(source: Source, sentences: list[tuple[int, Span]] | None = None) -> list[Claim]:
    """The codes of ``sentences`` (by default every sentence that meets ``CUE``)."""
    text = source.text
    out: list[Claim] = []
    if not _may_hold(text) or _pattern().search(text) is None:
        return out  # one scan of the text: most articles name no code, so no sentence is sliced
    for _, (s, e) in sentences_meeting(source, CUE) if sentences is None else sentences:
        sentence = text[s:e]
        for noun, code, (a, b) in read(sentence):
            prefix = _PREFIX.match(code)
            sid = f"identifier:{noun.replace(' ', '-').rstrip('.')}|{prefix.group().lower() if prefix else '-'}"
            cid = "c-" + hashlib.sha1(f"{source.id}|identifier|{sid}|{s + a}".encode()).hexdigest()[:12]
            out.append(Claim(
                id=cid, source=source.id, span=(s, e), quote=sentence, predicate="identify",
                subject=SubjectRef(id=sid, label=f"the {noun} {prefix.group() if prefix else ''}".strip()),
                value=ClaimValue(type="other", value=code, text=code, span=(s + a, s + b)),
                modality="reported", facet="identifier",
            ))
    return out
