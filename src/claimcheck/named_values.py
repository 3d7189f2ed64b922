"""Facts whose value is a name or a class (resources/claims/named_values.yaml): the country
a described person or vessel is from ("a 38-year-old Chilean cyclist", "the Panama-flagged
carrier"), the code name of an exercise or operation ("an exercise code-named "Blue
Harbour""), and the filler of a relation slot ("tested positive for nandrolone", "operated
by Norvale Water", "affiliated with the X Federation").

One claim per statement, facet ``named-value``, subject ``value:<relation>|<key>``: the key
is what the syntax ties the value to (an age for a person, the noun a code name is bound
to), ``-`` when the fact is one of its story (the substance a test found); grouping splits
such subjects by story. ``subject.text`` is the words naming what the value is told of
(a vessel's name, the noun before "operated by"), so the check compares only values told of
one referent. Value type ``name``: ``value`` the folded value (a country's id), ``text``
the words as written. Compared by checks/named_value.py.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from . import attribute_values, causes, class_values
from .entities.lexicon import lexicon
from .keys import parse
from .models import Claim, ClaimValue, Mention, Source, SubjectRef
from .resources import load_resource
from .segment import sentences_outside_excluded
from .words import alternation


class Slot(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    relation: str
    key: Literal["story", "head"]
    severity: Literal["conflict", "tension"]
    phrases: list[str] = Field(min_length=1)
    named: bool = False
    body_phrases: list[str] = Field(default_factory=list)
    after_nouns: list[str] = Field(default_factory=list)
    verbs: list[str] = Field(default_factory=list)
    place: bool = False  # the value is a place: a country alone is only the area around it (no value)


class NamedValueExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    relation: str | None
    value: str | None


class NamedValueTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    flag_suffixes: list[str] = Field(min_length=1)
    code_name_nouns: dict[str, list[str]] = Field(min_length=1)
    code_name_cues: list[str] = Field(min_length=1)
    slots: list[Slot] = Field(min_length=1)
    generic_values: list[str]
    generic_heads: list[str]
    head_skip: list[str]
    past_words: list[str]
    examples: list[NamedValueExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> NamedValueTable:
    return load_resource("claims/named_values.yaml", NamedValueTable)


@dataclass(frozen=True)
class Reading:
    """One value read in a sentence (offsets within the sentence)."""

    relation: str
    key: str  # what the value is tied to ("age-41", "exercise", "-")
    value: str  # folded
    text: str  # as written
    span: tuple[int, int]
    referent: str | None = None  # the words naming what the value is told of
    referent_span: tuple[int, int] | None = None


_NAME = r"[A-Z][\w’'.-]*(?:\s(?:of\s|and\s|the\s)?[A-Z][\w’'.-]*){0,3}"
_QUOTED = r"[\"“](?P<quoted>[^\"“”\n]{2,60}?)[,.]?[\"”]"
# words that end a value read after a slot phrase: prepositions, conjunctions, verbs of the clause
_STOP = frozenset("""in on at of for with by from to into onto after before during since until above below over under
near and or but which that who whom whose was were is are be been has have had will would could should may might
can as than while when where because although though found detected revealed showed said says according its
his her their amid despite per via""".split())
_DETERMINERS = frozenset("the a an his her its their".split())  # "found that ...": a clause follows
_TOKEN = re.compile(r"\(?[^\s()]+\)?")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    t = table()
    flags = alternation(t.flag_suffixes)
    nouns = alternation([n for ns in t.code_name_nouns.values() for n in ns], any_space=True)
    cues = alternation(t.code_name_cues, any_space=True)
    out = {
        # "The Liberia-flagged Celestine Dawn", "a Malta-registered tanker"
        "flag": re.compile(rf"(?<![\w-])(?!(?:The|A|An)\b)(?P<country>{_NAME})-(?:{flags})\b"),
        # "flying the Maltese flag", "under the Panama flag", "registered in Liberia"
        "flag_after": re.compile(rf"\b(?:(?:flying|flies|flew|under|sailing\s+under|sails\s+under)\s+(?:the|a)\s+"
                                 rf"(?P<country>{_NAME})\s+flag|(?:is|was|are|were|being)\s+registered\s+in\s+"
                                 rf"(?:the\s+)?(?P<country2>{_NAME}))\b"),
        # "a 41-year-old Slovenian woman", "the 29-year-old skier from Norway"
        "nationality": re.compile(rf"\b(?P<age>\d{{1,3}})-year-old\s+(?:(?P<dem>{_NAME})\s+(?P<noun>[a-z][\w-]*)"
                                  rf"|(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun2>[a-z][\w-]*)\s+from\s+(?P<country>{_NAME}))"),
        # "exercise "X"", "code-named "X"", "an operation dubbed X"
        "bound": re.compile(rf"\b(?P<noun>(?i:{nouns}))[ \t]+{_QUOTED}"),
        "cue": re.compile(rf"\b(?:{cues})\s+(?:{_QUOTED}|(?P<name>{_NAME}))"),
        "nouns": re.compile(rf"\b(?P<noun>(?i:{nouns}))\b"),
    }
    for i, slot in enumerate(t.slots):
        phrases = [rf"(?P<strong>{alternation(slot.phrases, any_space=True)})"]
        if slot.body_phrases:
            phrases.append(rf"(?P<body>{alternation(slot.body_phrases, any_space=True)})")
        if slot.after_nouns and slot.verbs:
            phrases.append(rf"(?P<weak>\b(?:{alternation(slot.after_nouns)})\b[^.,;:]{{0,40}}?\s(?:{alternation(slot.verbs)})"
                           r"(?:\s+(?:the\s+)?(?P<amount>presence|traces?|levels?|amounts?)\s+of)?)")
        out[f"slot{i}"] = re.compile(rf"\b(?:{'|'.join(phrases)})\b", re.IGNORECASE)
    return out


@lru_cache(maxsize=1)
def _literals() -> dict[str, tuple[str, ...]]:
    """Per family of readings, strings a sentence must hold for that family's patterns to
    run on it. Words that may open a sentence lose their first letter (written capitalised or
    not)."""
    t = table()
    out: dict[str, tuple[str, ...]] = {
        "flag": tuple(f"-{w}" for w in t.flag_suffixes) + (" flag", "registered in"),
        "nationality": ("-year-old",),
        "cue": tuple(w.lower()[1:] for w in t.code_name_cues),
        "bound": tuple(sorted({n.lower()[1:] for ns in t.code_name_nouns.values() for n in ns})),
    }
    for i, slot in enumerate(t.slots):
        out[f"slot{i}"] = tuple(sorted({_key_part(p) for p in slot.phrases + slot.body_phrases}
                                       | {f" {v}" for v in slot.verbs if slot.after_nouns}))
    out["attribute"] = attribute_values.literals()  # "offered as lot 17": attribute_values.py
    out["class"] = class_values.literals()  # "an iron meteorite", "translated from Georgian": class_values.py
    out["cause"] = causes.literals()  # "trapped by a rockfall", "caused by a short circuit": causes.py
    return out


def _key_part(phrase: str) -> str:
    """The part of a phrase a gate looks for: its longest word ("positive" of "tested positive
    for"), or the whole phrase when its words are short ("run by"), first letter left out."""
    low = phrase.lower()
    longest = max(low.split(), key=len)
    return (low if len(low) <= 12 or len(longest) < 5 else longest)[1:]


def _country(name: str) -> str:
    c = lexicon().country_of(name)
    return c if c is not None else re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip(" \"“”'’.,")).lower()


def _value_after(sentence: str, pos: int) -> tuple[str, tuple[int, int]] | None:
    """The noun phrase that fills a slot, from ``pos``: determiners left out, up to a
    preposition, a verb of the clause or punctuation; an abbreviation in brackets after it
    is kept ("N-nitrosodimethylamine (NDMA)")."""
    start = end = None
    last = pos  # where the last word read ends: only white space may stand before the next
    count = 0
    for m in _TOKEN.finditer(sentence, pos):
        tok = m.group()
        if sentence[last:m.start()].strip():
            break
        last = m.end()
        if tok.startswith("("):
            inner = tok.rstrip(".,;:")
            if start is not None and inner.endswith(")") and len(inner) <= 40:
                end = m.start() + len(inner)
            break
        bare = tok.rstrip(",;:.!?”\"")
        low = bare.lower()
        if start is None and low in _DETERMINERS:
            continue
        if not bare or low in _STOP or not (bare[0].isalpha() or bare[0].isdigit()):
            break
        if start is None:
            start = m.start()
        end = m.start() + len(bare)
        count += 1
        if bare != tok or count >= 7:
            break
    if start is None or end is None:
        return None
    return sentence[start:end], (start, end)


def core(text: str) -> str:
    """A value's naming words, folded: its capitalised words and a bracketed abbreviation
    ("the state company Hidro Energie SA": "hidro energie sa"), else all its words."""
    named = [w.strip("()") for w in text.split() if w[0].isupper() or w.startswith("(")]
    return fold(" ".join(named) if named else text)


_CAPITAL_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'.-]*) $")
_LAST_WORD = re.compile(r"([A-Za-z-]+)\W*$")


def _past_before(sentence: str, pos: int) -> bool:
    m = _LAST_WORD.search(sentence, max(0, pos - 30), pos)
    return m is not None and m.group(1).lower() in set(table().past_words)


def _names_body(text: str) -> bool:
    """A word of the value is a head of organisation names ("Union", "Federation")."""
    heads = lexicon().heads
    return any(heads.get(w.lower().strip("()")) == "org" for w in text.split())


def _generic(text: str) -> bool:
    words = text.split()
    named = any(w[0].isupper() for w in words)
    return not named and (not words or words[-1].lower() in set(table().generic_values))


_NAME_AT = re.compile(_NAME)
_WORD_AT = re.compile(r"\s+([a-z][\w-]*)\b")


def _referent_after(sentence: str, pos: int) -> tuple[str, tuple[int, int]] | None:
    """What a "<Country>-flagged" phrase describes: the name after its nouns ("product tanker
    Celestine Dawn"), else the last of its nouns ("vessel" in "the X-flagged vessel was")."""
    noun = None
    for _ in range(4):
        m = _WORD_AT.match(sentence, pos)
        if m is None:
            break
        if m.group(1) in _STOP:
            break
        noun, pos = (m.group(1), m.span(1)), m.end()
    name = _NAME_AT.match(sentence, pos + 1) if sentence[pos:pos + 1] == " " else None
    if name is not None:
        return name.group(), name.span()
    return noun


@lru_cache(maxsize=1)
def _head_before_pattern() -> re.Pattern[str]:
    skip = alternation(table().head_skip)
    return re.compile(rf"(?<![\w’'-])(?P<head>[A-Za-z][\w’'-]*)(?:,[^,]{{1,60}},)?(?:,?\s+(?:{skip}))*\s*,?\s*"
                      r"(?:[\w%.]+-)?$")  # "IPC is 46%-owned by", "X, which is majority-owned by"


def head_before(sentence: str, pos: int) -> tuple[str, tuple[int, int]] | None:
    """The noun a slot phrase describes: the word before it, across "which is", "is" and a
    clause set off by commas ("the dam, completed in 1978, is operated by")."""
    m = _head_before_pattern().search(sentence, max(0, pos - 120), pos)
    if m is None:
        return None
    head = m.group("head")
    if head.lower() in _STOP - {"which", "that"}:
        return None
    start = m.start("head")
    if head[0].isupper():  # a name is taken whole: "the Ardent Star, flying ..."
        while (w := _CAPITAL_BEFORE.search(sentence, max(0, start - 40), start)) is not None:
            if w.group(1).lower() in _STOP or w.group(1).lower() in _DETERMINERS:
                break
            start = w.start(1)
    return sentence[start:m.end("head")], (start, m.end("head"))


def read(sentence: str, families: frozenset[str] | None = None) -> list[Reading]:
    """Every value the sentence states, in order (of the families named: all by default)."""
    p = _patterns()
    t = table()
    out: list[Reading] = []

    def on(family: str) -> bool:
        return families is None or family in families

    for m in (p["flag"].finditer(sentence) if on("flag") else ()):
        country = m.group("country")
        ref = _referent_after(sentence, m.end())
        out.append(Reading("flag", "-", _country(country), country, m.span("country"),
                           ref[0] if ref else None, ref[1] if ref else None))
    for m in (p["flag_after"].finditer(sentence) if on("flag") else ()):
        group = "country" if m.group("country") else "country2"
        name = m.group(group)
        if lexicon().country_of(name) is None:
            continue  # "registered in Leeds", "under the club flag": no state
        ref = head_before(sentence, m.start())
        out.append(Reading("flag", "-", _country(name), name, m.span(group), ref[0] if ref else None,
                           ref[1] if ref else None))
    for m in (p["nationality"].finditer(sentence) if on("nationality") else ()):
        if m.group("dem") is not None:
            country = lexicon().country_of(m.group("dem"))
            if country is None:
                continue  # "a 41-year-old Harbour resident": no nationality
            out.append(Reading("nationality", f"age-{m.group('age')}", country, m.group("dem"), m.span("dem"),
                               m.group("noun"), m.span("noun")))
        else:
            name = m.group("country")
            if lexicon().country_of(name) is None:
                continue  # "from Leeds": a town, not a nationality
            out.append(Reading("nationality", f"age-{m.group('age')}", _country(name), name, m.span("country"),
                               m.group("noun2"), m.span("noun2")))
    for m in (p["bound"].finditer(sentence) if on("bound") else ()):
        noun = m.group("noun").lower()
        out.append(Reading("code-name", _code_noun(noun), fold(m.group("quoted")), m.group("quoted"),
                           m.span("quoted"), noun, m.span("noun")))
    for m in (p["cue"].finditer(sentence) if on("cue") else ()):
        name = m.group("quoted") or m.group("name")
        span = m.span("quoted") if m.group("quoted") else m.span("name")
        if any(r.span == span for r in out):
            continue
        noun = None
        for n in p["nouns"].finditer(sentence, max(0, m.start() - 60), m.start()):
            noun = n
        if noun is None:
            continue  # "a product codenamed X": what it names is not said; two products are two names
        out.append(Reading("code-name", _code_noun(noun.group("noun").lower()), fold(name), name, span,
                           noun.group("noun").lower(), noun.span("noun")))
    for i, slot in enumerate(t.slots):
        if not on(f"slot{i}"):
            continue
        for m in p[f"slot{i}"].finditer(sentence):
            if _past_before(sentence, m.start()):
                continue  # "once owned by": a former owner
            found = _value_after(sentence, m.end())
            if found is None or _generic(found[0]):
                continue
            text, span = found
            named = any(w[0].isupper() for w in text.split())
            groups = m.groupdict()
            if (slot.named or groups.get("body")) and not named:
                continue  # "run by amateurs": no body named
            if groups.get("body") and not _names_body(text):
                continue  # "a gown belonging to X": a possession, not a membership
            if groups.get("weak") and not groups.get("amount") and not named and " " in text:
                continue  # "tests found that people need": a clause, not a substance
            value = core(text)
            if slot.place:
                if lexicon().country_of(text.removeprefix("the ").strip()) is not None:
                    continue  # "diverted to France": the area around the place, not the place
                value = value.replace("-", " ")  # "Bordeaux-Mérignac" holds "Bordeaux"
            head = head_before(sentence, m.start()) if slot.key == "head" else None
            out.append(Reading(slot.relation, "-", value, text, span,
                               head[0] if head else None, head[1] if head else None))
    return out


@lru_cache(maxsize=1)
def _code_nouns() -> dict[str, str]:
    """Code-name nouns folded to their class: "drills" and "exercise" name one thing."""
    return {n.lower(): cls for cls, ns in table().code_name_nouns.items() for n in ns}


def _code_noun(noun: str) -> str:
    return _code_nouns().get(re.sub(r"\s+", " ", noun), noun)


@lru_cache(maxsize=1)
def severities() -> dict[str, str]:
    """Each relation's severity when two values disagree (the readings of the table's slots;
    a flag, a nationality and a code name are conflicts too: the check compares only sources
    that each give one value of one referent, and a reflagging, a second passport or a second
    exercise is news an article tells, not a silent change between two reports of one story)."""
    return ({s.relation: s.severity for s in table().slots} | dict.fromkeys(("flag", "nationality", "code-name"), "conflict")
            | dict.fromkeys(attribute_values.table().classes, "conflict") | dict.fromkeys(class_values.families(), "conflict")
            | {"cause": "conflict", "polarity": "conflict"})


_NOUNS_BETWEEN = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}")
_APPOSED = re.compile(r",\s+(?:a|an)\s+(?:\d{1,3}-year-old\s+)?")


def _named_nationalities(text: str, mentions: list[Mention]) -> list[tuple[int, Reading]]:
    """"Italian climber Anna Pell", "the Swiss rider Anna Keller": a demonym, one to three
    nouns in lower case, then a person's name; or the name set off by a demonym after it
    ("Anna Keller, a 31-year-old Swiss"); the key is the person (position, reading with
    offsets in the text)."""
    out: list[tuple[int, Reading]] = []
    ordered = sorted((m for m in mentions if m.kind in ("country", "person")), key=lambda m: m.span)
    for a, b in zip(ordered, ordered[1:]):
        # "the Chilean player X" (demonym, nouns, name) or "X, a 38-year-old Chilean" (apposition)
        if a.kind == "country" and b.kind == "person" and _NOUNS_BETWEEN.fullmatch(text, a.span[1], b.span[0]):
            prev, m = a, b
        elif a.kind == "person" and b.kind == "country" and _APPOSED.fullmatch(text, a.span[1], b.span[0]):
            prev, m = b, a
        else:
            continue
        if not m.entity or "~" in m.entity:
            continue
        country = lexicon().lookup(prev.text)
        if country is None or country.kind != "country" or country.role != "demonym":
            continue  # "Norway striker X": the national side, not a nationality
        out.append((prev.span[0], Reading("nationality", m.entity, parse(country.id).name, prev.text, prev.span,
                                          m.text, m.span)))
    return out


def named_value_claims(source: Source, mentions: list[Mention] | None = None) -> list[Claim]:
    text = source.text
    out: list[Claim] = []
    sentences = list(sentences_outside_excluded(source))
    starts = [span[0] for _, span in sentences]
    found: dict[int, set[str]] = {}  # sentence -> the families whose strings it holds
    for family, literals in _literals().items():  # one find per string over the text
        for lit in literals:
            i = text.find(lit)
            while i >= 0:
                k = bisect.bisect_right(starts, i) - 1
                if k >= 0 and i + len(lit) <= sentences[k][1][1]:
                    found.setdefault(k, set()).add(family)
                i = text.find(lit, i + 1)
    for k in sorted(found):
        s, e = sentences[k][1]
        if "bound" in found[k] and '"' not in text[s:e] and "“" not in text[s:e]:
            found[k].discard("bound")  # "exercise "X"": a code name bound to its noun is quoted
        families = frozenset(found[k])
        if not families:
            continue
        sentence = text[s:e]
        if "attribute" in families:
            out.extend(_attribute_claims(source.id, sentence, s, e))
        if "class" in families:
            out.extend(_class_claims(source, sentence, s, e))
        if "cause" in families:
            out.extend(_cause_claims(source.id, sentence, s, e))
        for r in read(sentence, families):
            sid = f"value:{r.relation}|{r.key}"
            cid = "c-" + hashlib.sha1(f"{source.id}|named-value|{sid}|{s + r.span[0]}".encode()).hexdigest()[:12]
            ref_span = (s + r.referent_span[0], s + r.referent_span[1]) if r.referent_span else None
            out.append(Claim(
                id=cid, source=source.id, span=(s, e), quote=sentence, predicate=r.relation,
                subject=SubjectRef(id=sid, label=_label(r), text=r.referent, span=ref_span),
                value=ClaimValue(type="name", value=r.value, text=r.text, span=(s + r.span[0], s + r.span[1])),
                modality="reported", facet="named-value",
            ))
    for pos, r in _named_nationalities(text, mentions or []):
        k = bisect.bisect_right(starts, pos) - 1
        if k < 0 or r.span[1] > sentences[k][1][1] or r.referent_span is None or r.referent_span[1] > sentences[k][1][1]:
            continue
        s, e = sentences[k][1]
        sid = f"value:nationality|{r.key}"
        cid = "c-" + hashlib.sha1(f"{source.id}|named-value|{sid}|{r.span[0]}".encode()).hexdigest()[:12]
        out.append(Claim(
            id=cid, source=source.id, span=(s, e), quote=text[s:e], predicate=r.relation,
            subject=SubjectRef(id=sid, label=f"nationality of {r.referent}", text=r.referent, span=r.referent_span),
            value=ClaimValue(type="name", value=r.value, text=r.text, span=r.span),
            modality="reported", facet="named-value",
        ))
    return out


def _attribute_claims(source_id: str, sentence: str, s: int, e: int) -> list[Claim]:
    """An attribute stated with its value, of the story's one thing ("offered as lot 17"):
    ``value:<class>|-``, compared as a number by checks/named_value.py."""
    out = []
    for r in attribute_values.read(sentence):
        sid = f"value:{r.attribute}|-"
        cid = "c-" + hashlib.sha1(f"{source_id}|named-value|{sid}|{s + r.span[0]}".encode()).hexdigest()[:12]
        out.append(Claim(
            id=cid, source=source_id, span=(s, e), quote=sentence, predicate=r.attribute,
            subject=SubjectRef(id=sid, label=r.attribute.replace("-", " "), text=None,
                               span=(s + r.noun_span[0], s + r.noun_span[1])),
            value=ClaimValue(type="name", value=r.value, text=r.text, span=(s + r.span[0], s + r.span[1])),
            modality="reported", facet="named-value",
        ))
    return out


def _class_claims(source: Source, sentence: str, s: int, e: int) -> list[Claim]:
    """A class of the story's thing ("an iron meteorite", "translated from Georgian"):
    ``value:<family>|<head or ->``, a head the article names more than once."""
    out = []
    for r in class_values.read(sentence):
        if r.head_span is not None and not class_values.story_thing(source.text, r.family, sentence[r.head_span[0]:r.head_span[1]]):
            continue  # a thing named in passing, not the story's
        sid = f"value:{r.family}|{r.key}"
        cid = "c-" + hashlib.sha1(f"{source.id}|named-value|{sid}|{s + r.span[0]}".encode()).hexdigest()[:12]
        head = (s + r.head_span[0], s + r.head_span[1]) if r.head_span else None
        out.append(Claim(
            id=cid, source=source.id, span=(s, e), quote=sentence, predicate=r.family,
            subject=SubjectRef(id=sid, label=class_values.label(r.family, r.key), text=r.referent, span=head),
            value=ClaimValue(type="name", value=r.value, text=r.text, span=(s + r.span[0], s + r.span[1])),
            modality="reported", facet="named-value",
        ))
    return out


def _cause_claims(source_id: str, sentence: str, s: int, e: int) -> list[Claim]:
    """The cause of the story's happening ("trapped by a rockfall"): ``value:cause|<effect>``."""
    out = []
    for r in causes.read(sentence):
        sid = f"value:cause|{r.key}"
        cid = "c-" + hashlib.sha1(f"{source_id}|named-value|{sid}|{s + r.span[0]}".encode()).hexdigest()[:12]
        out.append(Claim(
            id=cid, source=source_id, span=(s, e), quote=sentence, predicate="cause",
            subject=SubjectRef(id=sid, label=causes.label(r.key), text=None,
                               span=(s + r.effect_span[0], s + r.effect_span[1])),
            value=ClaimValue(type="name", value=r.value, text=r.text, span=(s + r.span[0], s + r.span[1])),
            modality="reported", facet="named-value",
        ))
    return out


def _label(r: Reading) -> str:
    if r.relation == "nationality":
        return f"nationality of the {r.key.removeprefix('age-')}-year-old"
    if r.relation == "code-name":
        return f"code name of the {r.key if r.key != '-' else 'operation'}"
    return r.relation.replace("-", " ")
