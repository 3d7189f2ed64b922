"""A title read as a record beside its words: whether the text says the post was left
("former Acme CEO", "ex-Acme chair", "formerly its CTO"), and the body it is held at when
the text writes one with it ("Acme CEO", "Acme's chief scientist", "CEO of Acme", "the
chief executive of the bankrupt lender Acme").

The body is a key (folded words), compared only for equality: it tells "former Acme CEO"
and "Acme CEO" apart from "former Bexco CEO". Countries are not bodies (a country makes a
national office: `Lexicon.describe_title`). Word lists live in
``resources/claims/title_parts.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..resources import load_resource
from .lexicon import lexicon
from .text import fold_token, key

_WORD = re.compile(r"[\w’'&.-]+")
_CAP = r"[A-Z][\w&’'.-]*"
# capitalised words directly before a title ("Acme ", "ex-Acme ", "Acme's ")
_BODY_BEFORE = re.compile(rf"((?:{_CAP}\s+){{0,2}}{_CAP})\s*$")
# a body's name: capitalised words, which "of", "for" or "and" may join ("Department of Tourism")
_NAME = rf"{_CAP}(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?{_CAP}){{0,4}}"
# "of/at [the] [up to three lower-case words] [of [the]] Body": after a title
_BODY_AFTER = re.compile(
    rf"(?:\s+and\s+(?:co-)?[a-z]+)?\s+(?:of|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}(?:of\s+(?:the\s+)?)?"
    rf"({_NAME})"
)
_BETWEEN = re.compile(r"(?:\b(?:\d+(?:st|nd|rd|th)|first|second|third|new|current|longtime|then)\s+)+$", re.IGNORECASE)
_JOINERS = frozenset({"of", "for", "and", "the"})
BEFORE_REACH = 40  # characters before a title in which a past marker or a body is read


class _Example(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    title: str  # the title's words inside text (its first occurrence)
    past: bool
    body: str | None


class TitlePartTables(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    left_markers: list[str] = Field(min_length=1)  # the post was left before the time of writing
    not_bodies: list[str]  # capitalised words that are no body ("The", "Its", "Acting")
    leaving_before: list[str] = Field(min_length=1)  # "the stepping down of <title> X": X leaves the post then
    leaving_after: list[str] = Field(min_length=1)  # "<title> X stepped down": X leaves the post then
    descriptions: list[str] = Field(min_length=1)  # head words of descriptions, not posts ("Friends actress", "Acme founder")
    examples: list[_Example] = Field(min_length=1)


@lru_cache(maxsize=1)
def tables() -> TitlePartTables:
    return load_resource("claims/title_parts.yaml", TitlePartTables)


@lru_cache(maxsize=1)
def descriptions() -> frozenset[str]:
    """Head words of descriptions, not posts ("actress", "founder")."""
    return frozenset(w.casefold() for w in tables().descriptions)


@dataclass(frozen=True)
class TitleParts:
    past: bool  # "former", "ex-", "formerly": not held at the time of writing
    body: str | None  # folded name of the body the title is held at, when written
    dated: bool = False  # told of a past time by its own words ("then-CEO", "was CEO of"): neither held nor left now
    leaving: bool = False  # the holder leaves the post at the statement's time ("the stepping down of interim CEO X")


# a past copula right before a complement title: "was CEO of Acme", "had been the chair"
_PAST_VERB = re.compile(r"\b(?:was|were|had\s+been|served\s+as|used\s+to\s+be)\s+(?:(?:the|a|an|its|his|her)\s+)?"
                        r"(?:(?:(?-i:[A-Z])[\w-]*\s+){0,3}[\w-]+[’']s?\s+)?$", re.IGNORECASE)  # "was Nordlys's assistant coach"
_THEN = re.compile(r"\bthen[-\s]", re.IGNORECASE)


def _folded(word: str) -> str:
    return fold_token(word)


def _is_left(word: str) -> bool:
    t = tables()
    w = word.casefold().replace("’", "'")
    return w in t.left_markers or any(w.startswith(m + "-") for m in t.left_markers)


def _body_key(words: list[str]) -> str | None:
    """The folded key of capitalised words naming a body; None for a country, a title word
    or a word that is no body."""
    lex = lexicon()
    t = tables()
    kept: list[str] = []
    for i, w in enumerate(words):
        w = w.rstrip(",.")
        if kept and i + 1 < len(words) and w in _JOINERS:
            continue  # "Department of Tourism": a word of the name, kept out of its key
        for m in t.left_markers:  # "ex-Acme"
            if w.casefold().startswith(m + "-"):
                w = w[len(m) + 1 :]
        f = _folded(w)
        if not f or not w[:1].isupper() or w in t.not_bodies or f in lex.modifiers:
            return None if not kept else " ".join(kept)
        kept.append(f)
    if not kept:
        return None
    phrase = " ".join(kept)
    written = " ".join(w.split("-", 1)[1] if _is_left(w.split("-", 1)[0]) and "-" in w else w for w in words)
    if lex.country_of(written.rstrip(",.")) is not None or lex.country_of(phrase) is not None:
        return None
    if lex.titles.get(key(phrase)) is not None:
        return None
    return phrase


_OF_BODY = re.compile(rf"\s(?:of|at)\s+(?:the\s+)?({_NAME})$")


def _inner_body(title: str) -> str | None:
    """Capitalised words before the title proper inside the title's own words ("Acme CEO",
    "Acme's chief scientist"), or after "of" ending them ("co-CEO of Acme")."""
    lex = lexicon()
    if lex.describe_title(title) is not None:
        return None  # the whole is a title ("Treasury Secretary", "Secretary of State")
    m = _OF_BODY.search(title.rstrip(".,"))
    if m is not None:
        return _body_key(m.group(1).split())
    words = title.split()
    for i in range(1, len(words)):
        if lex.describe_title(" ".join(words[i:])) is not None:
            head = [w for w in words[:i] if not _is_left(w)]
            if head and all(w[:1].isupper() for w in head):
                return _body_key([w.removesuffix("'s").removesuffix("’s") for w in head])
            return None
    return None


@lru_cache(maxsize=1)
def _leaving() -> tuple[re.Pattern[str], re.Pattern[str]]:
    t = tables()
    before = "|".join(re.escape(w) for w in sorted(t.leaving_before, key=len, reverse=True))
    after = "|".join(re.escape(w) for w in sorted(t.leaving_after, key=len, reverse=True))
    return (re.compile(rf"\b(?:{before})\s+(?:(?:the|its|their)\s+)?$", re.IGNORECASE),
            re.compile(rf"\s*(?:,\s*)?(?:has\s+|had\s+|was\s+|is\s+)?(?:{after})\b", re.IGNORECASE))


def leaves_post(text: str, title_start: int, floor: int, name_end: int | None) -> bool:
    """The titled person leaves the post in this statement: a leaving noun or verb right
    before the title ("the stepping down of interim CEO X", "replaced interim CEO X") or a
    leaving verb right after the name ("interim CEO X stepped down")."""
    before, after = _leaving()
    if before.search(text, max(floor, title_start - BEFORE_REACH), title_start):
        return True
    return name_end is not None and after.match(text, name_end) is not None


def read_title(text: str, span: tuple[int, int], floor: int, ceiling: int, name_end: int | None = None) -> TitleParts:
    """The parts of the title at ``text[span[0]:span[1]]`` inside the sentence ``floor``..``ceiling``;
    ``name_end``: where the name it is given to ends, when the title stands before it."""
    a, b = span
    title = text[a:b]
    past = any(_is_left(w) for w in _WORD.findall(title))
    before = text[max(floor, a - BEFORE_REACH) : a]
    words_before = before.split()
    # "former Acme co-CEO", "formerly its CTO", "ex-Acme chair": a marker up to three words back
    if not past and any(_is_left(w.strip(",")) for w in words_before[-4:]):
        tail = words_before[-4:]
        idx = max(i for i, w in enumerate(tail) if _is_left(w.strip(",")))
        past = all(w[:1].isupper() or w.casefold() in ("the", "its", "his", "her", "their") for w in tail[idx + 1 :]) \
            or tail[idx].casefold().startswith(tuple(m + "-" for m in tables().left_markers))
    body = _inner_body(title)
    if body is None:
        # "Acme's 13th chief", "Acme's new CEO": a possessive body before an ordinal or a filler
        bare = _BETWEEN.sub("", before)
        near = before if bare == before else (bare if bare.rstrip().endswith(("'s", "’s")) else "")
        m = _BODY_BEFORE.search(near)
        if m is not None and near[m.end(1) :].strip() == "":
            body = _body_key(m.group(1).replace("’s", "").replace("'s", "").split())
    if body is None:
        m = _BODY_AFTER.match(text, b, ceiling)
        if m is not None:
            body = _body_key(m.group(1).split())
    dated = bool(_PAST_VERB.search(before)) or bool(_THEN.search(title)) or before.rstrip().casefold().endswith("then")
    leaving = name_end is not None and name_end >= b and leaves_post(text, a, floor, name_end)
    return TitleParts(past=past, body=body, dated=dated and not past, leaving=leaving and not past)
