"""Titles written without a name: "the defence chief said", "the company's chief scientist
told staff", "the alliance's 13th general secretary". The caller gives the title words it
can bind (the words of the titles its people are named with, and the generic heads); one
regex pass over the text finds them, and a short look back from each asks for a definite
determiner or a possessive and up to five words before it. The title is the longest run
of those words (going on for up to two words after: "general secretary") that the title
tables know. The caller binds each to the one person of the document with that title.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..words import Words, scan
from .lexicon import lexicon
from .title_phrases import _FILLER as FILLER
from .title_phrases import TitlePhrase

MAX_WORDS = 5
LOOK_BACK = 70  # characters before a title word in which its determiner is read
_SORTS = ("national", "qualified", "role")
_LEAD = re.compile(rf"(?<![\w.&'’-])(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\w.&-]+['’]s)\s+((?:[\w-]+\s+){{0,{MAX_WORDS}}})$")
_NEXT = re.compile(r"[ \t]+[\w-]+")
# a name set in apposition right after the title: ", Ada Roe," / ", Ada Roe." (the title is hers)
_APPOSED_NAME = re.compile(r"\s*,\s+(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)?\.?\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*[,.;]")


@lru_cache(maxsize=512)
def _pattern(words: frozenset[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"\b(?:{alternation})\b(?!['’-])", re.IGNORECASE)


@lru_cache(maxsize=512)
def _usable(words: frozenset[str]) -> frozenset[str]:
    lex = lexicon()
    return frozenset(w for w in words if w in lex.title_last_words and w.isalpha() and len(w) > 2)


def _is_w(c: str) -> bool:
    return c.isalnum() or c == "_"  # what the regex \w is


@lru_cache(maxsize=4)
def _word_hits(text: str, usable: frozenset[str]) -> list[tuple[int, int]] | None:
    """Where the words of ``usable`` stand in ``text`` as whole regex words (the runs of
    letters that ``_pattern(usable)`` matches, before its look-ahead), read from the text's
    one word scan instead of compiling a pattern for each document's set of words and
    running it over every sentence. None where the scan cannot tell exactly what the
    pattern would: a word character outside ASCII in the text (case folding and word
    bounds then differ), lower-casing that moves offsets, or a word outside ASCII."""
    if not all(w.isascii() for w in usable) or not text.isascii() and (
            _WORD_BEYOND_ASCII.search(text) is not None or len(text.lower()) != len(text)):
        return None
    words = scan(text)
    runs: list[tuple[int, int]] = []
    where = words.where()
    for w in usable:
        runs += ((words.starts[i], words.ends[i]) for i in where.get(w, ()))
    for w in _joined(words):  # "vice-president", "officer's": the letter runs inside a word
        pieces = [p for p in _PIECES.finditer(w) if p.group() in usable]
        for i in where[w] if pieces else ():
            runs += ((words.starts[i] + p.start(), words.starts[i] + p.end()) for p in pieces)
    n = len(text)
    return sorted((a, b) for a, b in runs if (a == 0 or not _is_w(text[a - 1])) and (b == n or not _is_w(text[b])))


_PIECES = re.compile(r"[a-z]+")
_WORD_BEYOND_ASCII = re.compile(r"[^\W\x00-\x7f]")  # a regex word character outside ASCII


def _joined(words: Words) -> list[str]:
    """The distinct words of a scan that hold a hyphen or an apostrophe."""
    return words.joined()


def _hits(text: str, start: int, end: int, words: frozenset[str]) -> list[tuple[int, int]]:
    """The spans ``_pattern`` of the usable ``words`` finds in ``text[start:end]``, in order."""
    usable = _usable(words)
    if not usable:
        return []
    found = _word_hits(text, usable)
    if found is None or (start < end < len(text) and _is_w(text[end - 1]) and _is_w(text[end])):
        # the pattern itself (a word cut by the window's end matches there: the scan cannot say)
        return [hit.span() for hit in _pattern(usable).finditer(text, start, end)]
    out = []
    for a, b in found[bisect.bisect_left(found, (start, start)):]:
        if a >= end:
            break
        if b < end and text[b] in "'’-":
            continue  # the pattern's look-ahead: "chief-of-staff", "minister's"
        out.append((a, b))
    return out


def bare_titles(text: str, start: int, end: int, words: frozenset[str]) -> list[TitlePhrase]:
    """Title phrases after a determiner or a possessive in ``text[start:end]`` whose last
    word is one of ``words`` (folded)."""
    out: list[TitlePhrase] = []
    last_end = start
    for hit_start, hit_end in _hits(text, start, end, words):
        if hit_start < last_end:
            continue  # inside the title found before ("general secretary")
        lead = _LEAD.search(text, max(start, hit_start - LOOK_BACK), hit_start)
        if lead is None:
            continue
        found = _longest(text, lead.start(1), hit_end, end)
        if found is not None and _APPOSED_NAME.match(text, found.span[1], end):
            continue  # "the party's shadow home secretary, Ada Roe, accused ...": Roe's title, no reference
        if found is not None and _only_modifiers(text[lead.start(1) : found.span[0]]) and _ends_phrase(text, found.span[1], end):
            out.append(found)
            last_end = found.span[1]
    return out


_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.IGNORECASE)


def _only_modifiers(words: str) -> bool:
    """Between the determiner and the title only a body's name, an ordinal or a filler
    ("the alliance's 13th", "the company's new"): not "X's stint as interim CEO"."""
    return all(w[:1].isupper() or _ORDINAL.match(w) or w.casefold() in FILLER for w in words.split())


_AFTER_WORD = re.compile(r"\s+([a-z]+)\b")
# lower-case words that may follow a title that ends its noun phrase ("the coach said", "the
# minister, who ..."); any other lower-case word makes the title a modifier ("the director award")
_CLAUSE_WORDS = frozenset("""said told added has had is was will would can could should may might must did does
    who whose whom and or but of in on at to for with from by as after before since during later then also
    himself herself over under again yesterday today last this that which when while behind about into than
    left went came made took gave met spoke wrote held won lost ran saw sat stood got put set kept thought felt knew
    began became sent brought paid led chose flew fell rose hit quit cut""".split())


def _ends_phrase(text: str, stop: int, end: int) -> bool:
    m = _AFTER_WORD.match(text, stop, end)
    if m is None:
        return True
    w = m.group(1)
    return w in _CLAUSE_WORDS or w.endswith(("s", "ed"))


def _longest(text: str, begin: int, stop: int, end: int) -> TitlePhrase | None:
    """The longest title from a word at or after ``begin`` to ``stop`` or up to two words beyond."""
    lex = lexicon()
    starts = [m.start() for m in re.finditer(r"[\w-]+", text[begin:stop])]
    ends = [stop]
    for _ in range(2):
        n = _NEXT.match(text, ends[-1], end)
        if n is None:
            break
        ends.append(n.end())
    for b in reversed(ends):
        for i in starts:
            info = lex.describe_title(text[begin + i : b])
            if info is not None and info.sort in _SORTS:
                return TitlePhrase(text[begin + i : b], (begin + i, b), info)
    return None
