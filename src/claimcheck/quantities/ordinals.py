"""Open ordinal slots: the number of a thing among its owner's or its named scope's, read from
syntax alone, for any noun:

- an owner's Nth noun: "the team's third rotation", "Japan's fourth test" (owner ``team``);
- the Nth noun of a named scope: "the 11th stage of last year's Giro" (scope ``giro``,
  period ``period:<year>``), and the same number written after its noun: "stage 14 of the
  2025 Giro" is "the 14th stage of the 2025 Giro".

One claim per statement, subject ``rank:nth-<noun>``, facet ``rank``, the scope words as
topic, compared by checks/rank.py like the kind ordinals (events/kind_ordinals.py): an
article giving one noun two numbers in one scope speaks of two things and is never compared;
two scopes whose words differ are two counts. Nouns that number stretches of time or parts
of a text ("the second day", "article 5") are no slot (``ordinal_noun_stop``).
"""

from __future__ import annotations

import bisect
import hashlib
import re
from functools import lru_cache

from ..events.kind_ordinals import table as kind_table
from ..models import Actor, Claim, ClaimValue, Mention, Source, SubjectRef
from ..segment import sentences_outside_excluded
from ..words import scan, shared
from .held import lemma
from .holder_ordinals import HOLDS_NTH, HolderIndex, lineage_heads, read as holder_read
from .tables import tables

_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORD = rf"(?P<ord>{'|'.join(_ORDINALS)}|(?:[2-9]|[1-9]\d)(?:st|nd|rd|th))"
_SCOPE = (r"(?P<when>(?:the\s+)?(?:last\s+year['’]s|this\s+year['’]s|(?:19|20)\d\d)\s+|the\s+)?"
          r"(?P<scope>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")
# "of the summer", "of the war": a lower-case scope that counts the noun in a stretch of time
# or a campaign, after the numbered noun
_LOWER_SCOPE = r"(?:\s+(?:of|in)\s+(?:the|this|its|their)\s+(?P<lower>[a-z]{3,})\b(?![-’']))"
# "the team's third rotation", "the club's fourth signing of the summer": an owner's
# numbered thing (the noun ends its phrase)
_OWNED = re.compile(rf"(?P<owner>\b[Tt]he\s+[a-z]{{3,}}|\b[A-Z][\w-]+)['’]s\s+{_ORD}\s+(?P<noun>[a-z]{{3,}})\b(?![-’'])"
                    rf"{_LOWER_SCOPE}?")
# "the 11th stage of last year's Giro"; "the third signing of the summer"
_OF = re.compile(rf"\bthe\s+{_ORD}\s+(?P<noun>[a-z]{{3,}})\s+of\s+{_SCOPE}")
_OF_LOWER = re.compile(rf"\bthe\s+{_ORD}\s+(?P<noun>[a-z]{{3,}}){_LOWER_SCOPE}")
# "stage 14 of the 2025 Giro": the number after its noun
_NUMBER_OF = re.compile(r"\d(?=\s+of\s|(?:st|nd|rd|th)\b)")  # "14 of", "11th": a written number the word scan does not hold
_AFTER = re.compile(rf"(?<![\w-])(?P<noun>[a-z]{{3,}})\s+(?P<num>[1-9]\d?)\s+of\s+{_SCOPE}")


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return frozenset(tables().ordinal_noun_stop)


@lru_cache(maxsize=1)
def _scope_stop() -> frozenset[str]:
    return frozenset(kind_table().scope_stop)


def _number(text: str) -> int:
    low = text.lower()
    return _ORDINALS.get(low) or int(re.match(r"\d+", low).group())  # type: ignore[union-attr]


def _period(when: str | None, published: str | None) -> str | None:
    if not when:
        return None
    if (y := re.search(r"(?:19|20)\d\d", when)) is not None:
        return "period:" + y.group()
    if published and published[:4].isdigit():
        year = int(published[:4]) - (1 if "last" in when.lower() else 0)  # "last year's Giro"
        return f"period:{year}"
    return None


def _words(text: str) -> tuple[str, ...]:
    return tuple(sorted({w for w in re.findall(r"[a-z]+", re.sub(r"['’]s\b", "", text.lower()))
                         if w not in _scope_stop() and len(w) > 1}))


def _lower(m: re.Match[str]) -> str:
    """The lower-case scope word of a match ("summer" in "of the summer", "season"), unless
    it is a word no scope is made of ("year" is a period, "world" no scope)."""
    w = m.group("lower")
    return w if w and w not in _scope_stop() else ""


def read(text: str, start: int, end: int, published: str | None) -> list[tuple[int, str, tuple[int, int], tuple[str, ...]]]:
    """(number, noun, span of the phrase, scope) of each open ordinal in ``text[start:end]``."""
    out = []
    for m in _OWNED.finditer(text, start, end):
        noun = lemma(m.group("noun"))
        if noun in _stop():
            continue
        out.append((_number(m.group("ord")), noun, m.span(), _words(m.group("owner") + " " + _lower(m))))
    for m in _OF_LOWER.finditer(text, start, end):
        noun = lemma(m.group("noun"))
        if noun in _stop() or not _lower(m) or any(o[2][0] <= m.start() < o[2][1] for o in out):
            continue
        out.append((_number(m.group("ord")), noun, m.span(), _words(_lower(m))))
    for pattern in (_OF, _AFTER):
        for m in pattern.finditer(text, start, end):
            noun = lemma(m.group("noun"))
            if noun in _stop() or noun in lineage_heads():
                continue  # "the 11th president of X": a holder's number (quantities/holder_ordinals.py)
            n = _number(m.group("ord")) if pattern is _OF else int(m.group("num"))
            period = _period(m.group("when"), published)
            out.append((n, noun, m.span(), _words(m.group("scope")) + ((period,) if period else ())))
    return out


@lru_cache(maxsize=1)
def _gate() -> frozenset[str]:
    # "first": "the first woman to lead X" (quantities/holder_ordinals._NTH_TO)
    return frozenset(_ORDINALS) | {"first"} | frozenset(f"{n}{'nd' if n % 10 == 2 and n != 12 else 'rd' if n % 10 == 3 and n != 13 else 'th'}"
                                             for n in range(2, 100))


# the name a numbered thing is said of: "Sweden will soon be the alliance's 32nd member",
# "Moreau, who won stage 14 of ...", "Dostal, the 11th president of ...": a name, then at
# most four lower-case words or the comma of an apposition
_NAMED = re.compile(r"(?P<name>(?<![\w’'-])[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3})(?:,?(?:\s+[a-z]+){1,4}\s+|,\s+)$")


_PRONOUNS = frozenset("he she it they we i you this that these those there".split())


def _who(text: str, s: int, a: int, mentions: list[Mention], starts: list[int]) -> list[Actor]:
    """Who or what a numbered thing is said of, when a name stands as its subject: two names
    numbered in one scope are two things (checks/rank.py compares one thing's numbers only)."""
    m = _NAMED.search(text, max(s, a - 80), a)
    if m is None or m.group("name").split()[0].lower() in _PRONOUNS \
            or m.start("name") == s and m.group("name").split()[0].lower() in _scope_stop():
        return []  # "She is the third hire": a pronoun names nobody here
    pos = m.start("name")
    i = bisect.bisect_right(starts, pos) - 1
    hit = mentions[i] if i >= 0 and mentions[i].span[0] <= pos < mentions[i].span[1] and mentions[i].entity else None
    slug = hit.entity if hit is not None else "name:" + re.sub(r"[^a-z0-9]+", "-", m.group("name").lower()).strip("-")
    return [Actor(entity=slug, text=m.group("name"), span=(pos, m.end("name")))]


def open_ordinal_claims(source: Source, mentions: list[Mention] | None = None) -> list[Claim]:
    """Every open ordinal slot of a source. From the shared word scan and one search of the
    text: only sentences holding an ordinal word, or a number followed by "of", are read."""
    text = source.text
    words = scan(text)
    where = words.where()
    at = sorted(words.starts[i] for w in shared(where, _gate()) for i in where[w])
    at = sorted(at + [m.start() for m in _NUMBER_OF.finditer(text)])
    if not at:
        return []
    out: list[Claim] = []
    published = source.published.value if source.published.start is not None else None
    named = sorted((m for m in mentions or [] if m.entity), key=lambda m: m.span)
    starts = [m.span[0] for m in named]
    holders = HolderIndex(mentions or [])
    previous: tuple[int, int] | None = None
    for _, (s, e) in sentences_outside_excluded(source):
        k = bisect.bisect_left(at, s)
        if k == len(at) or at[k] >= e:
            previous = (s, e)
            continue  # neither an ordinal word nor "N of" in this sentence
        readings = [(n, noun, span, scope, _who(text, s, span[0], named, starts), "nth")
                    for n, noun, span, scope in read(text, s, e, published)]
        # a holder's count ("their third cup title"), unless a reading above covers it
        readings += [(*r, HOLDS_NTH) for r in holder_read(text, s, e, holders, published, previous)
                     if not any(o[2][0] < r[2][1] and r[2][0] < o[2][1] for o in readings)]
        previous = (s, e)
        for n, noun, span, scope, who, predicate in readings:
            out.append(nth_claim(source, "open-nth", noun, n, (s, e), span, scope, who, predicate))
    return out


def _label(key: str) -> str:
    """"number of the plant closing"; a place in a set told whole (ordinal_statements
    ``of-<verb>``): "place in the order brought"."""
    if key.startswith("of-"):
        return f"place in the order: {key[3:].replace('-', ' ')}"
    return f"number of the {key.replace('-', ' ')}"


def nth_claim(source: Source, reader: str, key: str, n: int, sentence: tuple[int, int], span: tuple[int, int],
              scope: tuple[str, ...], who: list[Actor], predicate: str) -> Claim:
    """The claim that the ordinal at ``span`` numbers ``key`` (subject ``rank:nth-<key>``,
    facet ``rank``), quoting its sentence; ``reader`` keeps two readers' ids apart."""
    text = source.text
    (s, e), (a, b) = sentence, span
    sid = f"rank:nth-{key}"
    cid = "c-" + hashlib.sha1(f"{source.id}|{reader}|{sid}|{a}".encode()).hexdigest()[:12]
    return Claim(
        id=cid, source=source.id, span=(s, e), quote=text[s:e], predicate=predicate,
        subject=SubjectRef(id=sid, label=_label(key), text=text[a:b], span=(a, b)),
        value=ClaimValue(type="ordinal", value=n, text=text[a:b], span=(a, b)),
        who=who, modality="reported", facet="rank", topic=scope,
    )


__all__ = ["nth_claim", "open_ordinal_claims", "read"]
