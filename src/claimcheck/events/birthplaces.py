"""Where a person was born (facet ``born``, subject ``born:<person>``): "the Lyon-born
violinist", "the Lyon native", "a native of Lyon", "X was born (and raised) in Lyon". Two
articles that put one person's birth in two towns meet in the place rule (checks/place.py): a
town in its country or area is a variant, two towns a conflict.

The person is a person mention the phrase is written with: right after "<Place>-born"
("Lyon-born Ada Brook"), right before ", a <Place> native", or the subject of "was born"
(the sentence's last person before it, no other sentence's). A description with no name
("the Lyon-born violinist", "The Lyon native began ...") stands for the article's main
person: the one person named more often than any other, at least twice; an article that
names two people as often is read for none. A place's adjective ("the Lyon-born designer's
mother") is read the same; a place of a company or thing ("a Lyon-born brand") needs a person.
Gate: "born" or "native" in the sentence (``str.find``)."""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from functools import lru_cache

from ..entities.lexicon import lexicon
from ..models import Claim, Mention, Source, SubjectRef, Where
from ..segment import sentences_outside_excluded

_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'.]*"
# a name opens on no determiner or sentence opener ("The Lyon-born chef": Lyon)
_OPENER = r"(?!(?:The|A|An|In|On|At|This|That|Its|His|Her|Their|Our|Former)\b)"
_PLACE = rf"(?P<place>{_OPENER}{_WORD}(?:[ \t](?:(?:de|del|da|do|di|la|el)[ \t])?{_WORD}){{0,2}})"
MIN_MAIN = 2  # mentions that make a person the article's main one
SUBJECT_REACH = 80  # characters before "was born" within which its subject is named


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    born_adj = re.compile(rf"(?<![\w’'-]){_PLACE}-born\b")  # "the Lyon-born violinist", "Lyon-born Ada Brook"
    native = re.compile(rf"\b(?:[Tt]he|[Aa])\s+{_PLACE}\s+native\b(?!\s+(?:of|speakers?|species|plants?|trees?)\b)")
    native_of = re.compile(rf"\bnative\s+of\s+(?:the\s+)?{_PLACE}")
    born_in = re.compile(rf"\b(?:was|were|is)\s+born\s+(?:and\s+(?:raised|bred|grew\s+up)\s+)?in\s+(?:the\s+)?{_PLACE}")
    return born_adj, native, native_of, born_in


def _main_person(mentions: list[Mention]) -> Mention | None:
    """The person named more often than any other, at least ``MIN_MAIN`` times."""
    counts = Counter(m.entity for m in mentions if m.kind == "person" and m.entity)
    top = counts.most_common(2)
    if not top or top[0][1] < MIN_MAIN or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return next(m for m in mentions if m.entity == top[0][0])


def birthplace_claims(source: Source, mentions: list[Mention]) -> list[Claim]:
    """Every statement of where a person was born (module docstring)."""
    text = source.text
    if "born" not in text and "native" not in text:
        return []
    named = sorted((m for m in mentions if m.entity), key=lambda m: m.span)
    starts = [m.span[0] for m in named]
    main = _main_person(named)
    out: list[Claim] = []
    for _, (s, e) in sentences_outside_excluded(source):
        if text.find("born", s, e) < 0 and text.find("native", s, e) < 0:
            continue
        local = named[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]
        for i, pattern in enumerate(_patterns()):
            for m in pattern.finditer(text, s, e):
                place = _place(text, m, local)
                if place is None:
                    continue
                person = _person(text, m, i, local, (s, e), main)
                if person is not None:
                    out.append(_claim(source, (s, e), person, place))
    return out


def _place(text: str, m: re.Match[str], local: list[Mention]) -> Where | None:
    """The place as a place or country mention at the name, else the name as written when no
    mention of another kind covers it; a possessive ("Lyon's old town") is cut."""
    a, b = m.span("place")
    name = m.group("place")
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name, b = name[:-2], b - 2
    for x in local:
        if x.span[0] < b and a < x.span[1]:
            if x.kind in ("place", "country") and x.span[0] == a:
                return Where(entity=x.entity or "", text=x.text, span=x.span)
            return None  # a person's or a body's name
    words = name.split()
    if not words or any(w.lower() in lexicon().calendar or w.lower() in lexicon().stop for w in words):
        return None
    demonym = lexicon().country_of(name)
    if demonym:  # "the Swedish-born chairman": the country
        return Where(entity=f"country:{demonym}", text=name, span=(a, b))
    return Where(entity="place:" + re.sub(r"\W+", "-", name.lower()).strip("-"), text=name, span=(a, b))


def _person(text: str, m: re.Match[str], shape: int, local: list[Mention], sent: tuple[int, int],
            main: Mention | None) -> Mention | None:
    persons = [x for x in local if x.kind == "person"]
    before = next((x for x in reversed(persons) if x.span[1] <= m.start()), None)
    if shape == 0:  # "Lyon-born Ada Brook"; "Ada Brook, the Lyon-born chef"; else "the Lyon-born chef"
        after = next((x for x in persons if x.span[0] >= m.end()), None)
        if after is not None and not text[m.end():after.span[0]].strip(" \t"):
            return after
        if before is not None and _APPOSED.fullmatch(text, before.span[1], m.start()):
            return before
        return _described(text[m.end():m.end() + 3], persons, main)
    if shape in (1, 2):  # "Ada Brook, a Lyon native", "a native of Lyon"; "The Lyon native began"
        if before is not None and re.fullmatch(r",\s+(?:\w+\s+){0,3}", text[before.span[1]:m.start()]):
            return before
        return _described(" a", persons, main) if shape == 1 and m.start() == sent[0] else None
    # "X was born in Lyon": the subject named in this sentence, else "He/She was born" for the main person
    if before is not None and m.start() - before.span[1] <= SUBJECT_REACH and "," not in text[before.span[1]:m.start()]:
        return before
    if re.fullmatch(r"\s*(?:He|She)\s+", text[sent[0]:m.start()]):
        return main
    return None


_APPOSED = re.compile(r",\s+(?:the|a|an)\s+")  # "Thomas Engquist, the Swedish-born chairman"


def _described(follows: str, persons: list[Mention], main: Mention | None) -> Mention | None:
    """A description with no name ("the Lyon-born chef") stands for the article's main
    person, when a noun follows and the sentence names no other person it might describe."""
    if main is None or not re.match(r"\s+[a-z]", follows):
        return None
    return main if all(x.entity == main.entity for x in persons) else None


def _claim(source: Source, sent: tuple[int, int], person: Mention, place: Where) -> Claim:
    s, e = sent
    assert person.entity is not None
    sid = "born:" + person.entity.split(":", 1)[-1]
    cid = "c-" + hashlib.sha1(f"{source.id}|born|{sid}|{s}|{place.span[0]}".encode()).hexdigest()[:12]
    return Claim(
        id=cid, source=source.id, span=(s, e), quote=source.text[s:e], predicate="born",
        subject=SubjectRef(id=sid, label=f"birthplace of {person.label or person.text}"),
        where=place, modality="reported", facet="born",
    )


__all__ = ["birthplace_claims"]
