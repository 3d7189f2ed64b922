"""The title lattice: the post a title names in each family of posts, and whether two
titles of one person name two posts that cannot be held at once
(``resources/checks/title_lattice.yaml``).

A title is read as words (lower case, spelled by titles.yaml, hyphens split, a possessive
dropped); a post phrase matches where it ends the title's head (the words before a
complement "of/for/at/to/in/on") and every word before it fits the family: rank modifiers,
determiners, capitalised bodies and possessives always; any lower-case qualifier in an
``open`` family; only the family's own modifiers (and a country) in a ``bare`` one. A past
title ("former judge") or a stand-in ("interim head coach") names no post: it is not held,
or held beside one's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..entities.lexicon import lexicon
from .tables import LatticeFamily, title_lattice, title_tables

LatticeRelation = Literal["exclusive", "same", "none"]
_WORD = re.compile(r"[\w’']+")
_COMPLEMENT = frozenset({"of", "for", "at", "to", "in", "on", "with"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "new", "current"})


@dataclass(frozen=True)
class Word:
    text: str  # lower case, spelled
    capital: bool  # written with a capital: a body's or a portfolio's name, or a title's own capital
    possessive: bool


@dataclass(frozen=True)
class Post:
    family: str
    post: str
    rung: int


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[Word, ...]:
    spelling = title_tables().spelling
    out: list[Word] = []
    for m in _WORD.finditer(text):
        raw = m.group()
        possessive = bool(re.search(r"[’']s$", raw))
        raw = re.sub(r"[’']s?$", "", raw)
        folded = raw.casefold()
        respelled = spelling.get(folded, folded)
        for part in re.split(r"[\s-]+", respelled):  # "Director-General": two words, as "director general"
            for w in spelling.get(part, part).split():  # "co-CEO": co, chief, executive
                out.append(Word(w, raw[:1].isupper(), possessive))
    return tuple(out)


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[tuple[str, ...], LatticeFamily, str, int, bool], ...]:
    """Every post phrase as words, with its family, post, rung and whether it reads closed;
    longest first."""
    out = []
    for fam in title_lattice().families:
        for post in fam.posts:
            for phrase, closed in [(p, False) for p in post.phrases] + [(p, True) for p in post.closed]:
                words = tuple(w.text for w in _words(phrase))
                out.append((words, fam, post.id, post.rung, closed))
    return tuple(sorted(out, key=lambda x: -len(x[0])))


def _fits(before: tuple[Word, ...], fam: LatticeFamily, closed: bool) -> bool:
    """The words before a post phrase leave it the post of ``fam``."""
    t = title_tables()
    ranks = set(t.rank_modifiers) | lexicon().rank_ordinals
    mods = set(fam.modifiers)
    for w in before:
        if w.text in _COMPLEMENT:
            return False  # "head of the judges' council": the phrase is no head
        if w.text in ranks or w.text in mods:
            continue
        if fam.fit == "bare":
            if w.capital and lexicon().country_of(w.text) is not None:
                continue  # "US Admiral"
            return False
        if w.text in _DETERMINERS or w.possessive or w.capital:
            continue
        if fam.fit == "open" and not closed and w.text.isalpha():
            continue
        return False
    return True


def _body_before(before: tuple[Word, ...]) -> bool:
    """The words before a post name its body: a capitalised word that is no rank, title word
    or country ("SEN", "Harbour Union's"), or a lower-case noun of an organisation ("union")."""
    t = title_tables()
    lex = lexicon()
    ranks = set(t.rank_modifiers) | lex.rank_ordinals
    for w in before:
        if w.text in ranks or w.text in _DETERMINERS:
            continue
        if w.capital and lex.country_of(w.text) is None and w.text not in _post_words() \
                and w.text not in t.generic_heads:
            return True  # not "President and General Secretary": a title word names no body
        if not w.capital and lex.descriptors.get(w.text) == "org":
            return True
    return False


@lru_cache(maxsize=1)
def _post_words() -> frozenset[str]:
    """Every word of every post phrase of the lattice."""
    return frozenset(w for phrase, *_ in _phrases() for w in phrase)


@lru_cache(maxsize=8192)
def posts_of(text: str) -> dict[str, Post] | None:
    """The post the title names in each family it belongs to; None for a past title or a
    stand-in held beside one's own post ("former judge", "acting director")."""
    t = title_tables()
    words = _words(text)
    if any(w.text in t.past_markers or w.text in t.joint_markers for w in words):
        return None
    texts = tuple(w.text for w in words)
    out: dict[str, Post] = {}
    for phrase, fam, post, rung, closed in _phrases():
        if fam.id in out:
            continue  # a longer phrase of the family already matched
        n = len(phrase)
        for i in range(len(texts) - n + 1):
            if texts[i : i + n] != phrase:
                continue
            after = texts[i + n] if i + n < len(texts) else None
            if after is not None and (fam.fit == "bare" or after not in _COMPLEMENT):
                continue
            if _fits(words[:i], fam, closed) and (not fam.needs_body or _body_before(words[:i])):
                out[fam.id] = Post(fam.id, post, rung)
                break
    return out


@lru_cache(maxsize=1)
def _compatible() -> frozenset[tuple[str, str, str]]:
    return frozenset((f.id, a, b) for f in title_lattice().families for x, y in f.compatible
                     for a, b in ((x, y), (y, x)))


@lru_cache(maxsize=8192)
def lattice_relation(a: str, b: str) -> LatticeRelation:
    """Two titles of one person: ``same`` when they name one post of a family (their words
    decide the rest), ``exclusive`` when they name two posts of one family that one person
    does not hold at once, ``none`` otherwise (no family in common, a generic or past title)."""
    pa, pb = posts_of(a), posts_of(b)
    if not pa or not pb:
        return "none"
    shared = sorted(set(pa) & set(pb))
    if any(pa[f].post == pb[f].post for f in shared):
        return "same"  # one reading of the pair names one post: no disagreement to assert
    if any((f, pa[f].post, pb[f].post) not in _compatible() for f in shared):
        return "exclusive"
    return "none"


def rungs(a: str, b: str) -> tuple[Post, Post] | None:
    """The two posts of the family where ``a`` and ``b`` are exclusive, for a summary."""
    pa, pb = posts_of(a), posts_of(b)
    if not pa or not pb:
        return None
    for f in sorted(set(pa) & set(pb)):
        if pa[f].post != pb[f].post and (f, pa[f].post, pb[f].post) not in _compatible():
            return pa[f], pb[f]
    return None


@lru_cache(maxsize=1)
def rank_words() -> frozenset[str]:
    """The words of a service's ranks (the modifiers of the ``bare`` families: "petty",
    "warrant"): "chief petty officer" is a rank, not an officer of a body's field."""
    return frozenset(m for f in title_lattice().families if f.fit == "bare" for m in f.modifiers)


@lru_cache(maxsize=1)
def compound_heads() -> frozenset[str]:
    """Post phrases written as one head with a hyphen ("secretary-general",
    "director-general"): a title ending in them has that head, not its last word."""
    return frozenset(p.casefold() for f in title_lattice().families for post in f.posts
                     for p in post.phrases + post.closed if p.count("-") == 1 and " " not in p)
