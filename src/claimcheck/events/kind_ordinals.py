"""The number of the reported event among events of its kind: "It was the third mine
explosion in the region since 2019", "This is the port's second strike this month". Only
statements whose subject is the event being reported ("it", "this", "that", "which", or the
event noun itself: "The blaze was the second fire ...") count: "a second explosion shook the
plant" is another event, not a number of this one. One claim per statement, subject
``rank:nth-<class>``, facet ``rank``, value the ordinal, compared by checks/rank.py like a
thing's rank among its kind (two numbers for the story's event disagree: a conflict when the
higher one was stated first, on the same day or within a week, since the count cannot fall and
the story's event was numbered when it happened; else a tension, since another such event may
have happened between the reports)."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..models import Claim, ClaimValue, Source, Span, SubjectRef
from ..resources import load_resource
from ..segment import Cue, sentences_meeting
from ..words import alternation

# "first" is left out: "the first since 2011" is a claim of its own kind (checks/first.py)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}


class KindOrdinalExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    ordinal: int | None
    kind: str


class KindOrdinalTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    classes: dict[str, list[str]]
    scope_stop: list[str] = []  # words of a scope that tell no scope apart ("the town": a place named before)
    examples: list[KindOrdinalExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> KindOrdinalTable:
    return load_resource("events/kind_ordinals.yaml", KindOrdinalTable)


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    return {w.lower(): cls for cls, ws in table().classes.items() for w in ws}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    nouns = alternation(_index(), any_space=True)
    ords = rf"(?P<ord>{'|'.join(_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))"
    # the reported event: a pronoun, its noun, or the story's named thing ("The Vela Star was the second hijacking")
    subject = rf"(?:\b(?:it|this|that|which)|\bthe\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})|(?-i:\b[A-Z][\w-]+(?:\s[A-Z][\w-]+){{0,3}}))"
    verb = r"(?:was|is|marks|marked|became|becomes|has\s+been|had\s+been)"
    # "The X deal, announced on Monday, is the second takeover": a comma-enclosed phrase of
    # lower-case words (a participle, a date) between the subject and its verb
    aside = r"(?:\s*,\s*(?-i:[a-z])[^,;.:()\n]{1,60},)?"
    owner = r"(?P<owner>[\w’'.-]+(?:\s[\w’'.-]+){0,2}?['’]s\s+)?"
    # the noun must end its phrase: "the second fire chief" ranks a chief, not a fire
    end = (r"(?=\s+(?:in|at|on|of|since|this|to|for|near|off|after|before|within|during|over|across|aboard|involving|"
           r"linked|affecting|against|by|among)\b|\s*[,.;:)\n]|\s*$)")
    # a noun no class holds counts too ("It was the fifth cut since June"): its own kind
    return re.compile(
        rf"{subject}{aside}\s+{verb}\s+(?:also\s+|now\s+|only\s+)?(?:the\s+)?{owner}{ords}\s+(?P<mods>(?:[a-z-]+\s+){{0,2}}?)"
        rf"(?:(?P<noun>{nouns})s?|(?P<open>(?-i:[a-z]{{3,}})))(?![\w-]){end}", re.IGNORECASE)


def read(sentence: str) -> tuple[int, str, tuple[int, int]] | None:
    """(ordinal, class, span of "the ... Nth ... noun") of the first such statement."""
    found = read_scoped(sentence)
    return found[:3] if found is not None else None


_REST = re.compile(r"[^,;.:()\n]{0,100}")
_CLAUSE_AFTER = re.compile(r"\b(?:since|when|after|before|because|as|which|that|who|while)\s+(?!(?:19|20)\d\d\b)", re.IGNORECASE)
_YEAR = re.compile(r"\b(?P<how>in|of|during|since|for)\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)
_THIS = re.compile(r"\b(?:this|so far this)\s+(?P<unit>year|month)\b", re.IGNORECASE)


def read_scoped(sentence: str, published: str | None = None) -> tuple[int, str, tuple[int, int], tuple[str, ...]] | None:
    """``read`` with the scope the number is counted in: the words of its owner, its
    modifiers and the phrase after the noun ("the port's", "foreign", "of a Latvian company",
    "at the plant"), generic words left out, and a period token ("period:2025" for "this
    year" written in 2025 or "in 2025", "since:2019")."""
    m = _pattern().search(sentence)
    if m is None:
        return None
    o = m.group("ord").lower()
    n = _ORDINALS.get(o) or int(re.match(r"\d+", o).group())  # type: ignore[union-attr]
    if m.group("noun") is not None:
        kind, noun_end = _index()[re.sub(r"\s+", " ", m.group("noun").lower())], m.end("noun")
    else:
        kind, noun_end = _open_kind(m.group("open")), m.end("open")
        if kind is None or any((_open_kind(w.lower()) is None or w.lower() in _NOT_MODIFIER) and w.lower() not in _streak()
                               for w in (m.group("mods") or "").split()):
            return None  # "the second time it happened": no noun phrase
        if re.match(r"\s+to\s", sentence[noun_end:]):
            return None  # "the second fire chief to resign": a person numbered, holder_ordinals' reading
    mods = (m.group("mods") or "").split()
    if _streak() & {w.lower() for w in mods}:
        # "the fifth consecutive cut": a run, another count than the total
        kind, mods = f"{kind}-run", [w for w in mods if w.lower() not in _streak()]
    return n, kind, (m.start("ord"), noun_end), \
        scope_of(sentence, m.end(), f"{m.group('owner') or ''} {' '.join(mods)}", published)


@lru_cache(maxsize=1)
def _streak() -> frozenset[str]:
    from ..quantities.tables import tables as quantity_tables  # here: no import of the quantities package at load

    return frozenset(quantity_tables().streak_words)


@lru_cache(maxsize=4096)
def _open_kind(noun: str) -> str | None:
    """The kind of a noun no class holds ("cuts" -> cut); None for a noun that numbers time,
    a part of a text, a place in a ranking or a person's occasion (`ordinal_noun_stop`,
    `holder_noun_stop` of quantities.yaml), or a word that is no noun ("largest")."""
    from ..quantities.held import lemma
    from ..quantities.tables import tables as quantity_tables

    t = quantity_tables()
    word = lemma(noun)
    if word in t.ordinal_noun_stop or word in t.holder_noun_stop or noun in t.ordinal_noun_stop \
            or noun.endswith(("est", "ly", "ing", "ed")) or noun in _NOT_MODIFIER:
        return None
    return word


# words of a clause, not of a noun phrase: after them the ordinal numbers no noun
_NOT_MODIFIER = frozenset("""it its he she they we his her their this that these those which who was is are were be
been has had have will would can could may might not also only just than then there here""".split())


def scope_of(sentence: str, end: int, before: str = "", published: str | None = None) -> tuple[str, ...]:
    """The scope an event is numbered in, from the words ``before`` its noun and the phrase
    after it (from ``end``): content words sorted, generic words left out, and a period token
    ("period:2025" for "this year" written in 2025 or "in 2025", "since:2019")."""
    rest = _REST.match(sentence, end).group()  # type: ignore[union-attr]
    # a clause after the scope ("since the company began running trains in 2023") names no
    # scope word: only its period is read
    clause = _CLAUSE_AFTER.search(rest)
    scope = f"{before} {rest[:clause.start()] if clause else rest}"
    period = None
    if (y := _YEAR.search(rest)) is not None:
        period = ("since:" if y.group("how").lower() == "since" else "period:") + y.group("y")
    elif (t := _THIS.search(rest)) is not None and published:
        period = "period:" + (published[:4] if t.group("unit").lower() == "year" else published[:7])
    stop = set(table().scope_stop)
    words = sorted({w for w in re.findall(r"[a-z]+", re.sub(r"['’]s\b", "", scope.lower()))
                    if w not in stop and not w.isdigit() and len(w) > 1})
    return tuple(words) + ((period,) if period else ())


@lru_cache(maxsize=1)
def _gate_words() -> tuple[frozenset[str], frozenset[str]]:
    """Ordinal words ("third", "3rd") and the last word of each incident noun."""
    ords = set(_ORDINALS) | {f"{n}{'nd' if n == 2 else 'rd' if n == 3 else 'th'}" for n in range(2, 21)}
    return frozenset(ords), frozenset(w.split()[-1] for w in _index())


@lru_cache(maxsize=1)
def cue() -> Cue:
    """An ordinal word: most texts hold none, and then no sentence is read. A figure's
    ordinal ("3rd", "21st") is the word "rd"/"st" in the shared word scan (letters only), so
    the suffixes are cue words too."""
    return Cue(words=_gate_words()[0] | {"st", "nd", "rd", "th"})


def kind_ordinal_claims(source: Source, sentences: list[tuple[int, Span]] | None = None) -> list[Claim]:
    """The numbered incidents of ``sentences`` (by default every sentence that meets ``cue()``)."""
    out: list[Claim] = []
    text = source.text
    for _, (s, e) in sentences_meeting(source, cue()) if sentences is None else sentences:
        sentence = text[s:e]
        found = read_scoped(sentence, source.published.value)
        if found is None:
            continue
        n, cls, (a, b), scope = found
        # the claim is its clause: "It was the second blast there; the first, in 2019, was
        # smaller" states one number, and the clause after the semicolon is another statement
        lo = sentence.rfind(";", 0, a) + 1
        hi = sentence.find(";", b)
        while lo < a and sentence[lo].isspace():
            lo += 1
        e = s + (hi if hi != -1 else len(sentence))
        s, a, b = s + lo, a - lo, b - lo
        sid = f"rank:nth-{cls}"
        cid = "c-" + hashlib.sha1(f"{source.id}|nth|{sid}|{s}".encode()).hexdigest()[:12]
        out.append(Claim(
            id=cid, source=source.id, span=(s, e), quote=text[s:e], predicate="nth",
            subject=SubjectRef(id=sid, label=f"number of this {cls} among its kind", text=text[s + a:s + b],
                               span=(s + a, s + b)),
            value=ClaimValue(type="ordinal", value=n, text=text[s + a:s + b], span=(s + a, s + b)),
            modality="reported", facet="rank", topic=scope,
        ))
    return out
