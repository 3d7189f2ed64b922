"""The Nth of a kind told of a holder, a person, team or body named in the text:

- a possessive before the ordinal: "Fjordvik's fourth Norwegian Cup", "their third cup title",
  "his second world record" ("their"/"its" the sentence's first team, body or country, "his"/
  "her" its first person; the sentence before when it names none);
- "for the Nth time" after a verb and its object: "X won the Harbour Cup for the third time";
- "the Nth <noun> to <verb> <object>": "X became the third woman to lead the Supreme Court";
- the Nth holder of a post held by one person at a time: "X became the 18th world champion",
  "Y, the 46th president of Z" (`lineage_heads`).

The kind is the noun's head (a competition's noun or "title" is the holder's ``title``,
`quantities.yaml` `holder_titles`); a run ("their fourth straight title", "for the third time
in a row") is another count than the total (kind ``<noun>-run``). One claim per statement,
subject ``rank:nth-<kind>``, ``who`` the holder, topic the scope words and the period (none
written is a period of its own: "their fifth title" and "their second title since 2019" are
two counts), compared by checks/rank.py one holder at a time. "First" is left out, but for
"the first woman to lead X" (a line of holders): "for the first time" tells something new,
not a count (checks/first.py). Heads a holder numbers per
occasion ("his second goal") are no count (`holder_noun_stop`). An item not the story's is
kept apart: a phrase set off by a comma after it is its scope ("her second final, in May this
year,": another period), and an item in the making is not read ("She is now making her third
film": a verb of making in the progressive or future before the possessive).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..events.kind_ordinals import scope_of
from ..models import Actor, Mention
from .held import lemma
from .tables import tables

HOLDS_NTH = "holds-nth"  # the predicate of a holder's count: its holder is read, not guessed

_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORD = rf"(?P<ord>{'|'.join(_ORDINALS)}|(?:[2-9]|[1-9]\d)(?:st|nd|rd|th))"
_WORD = r"[A-Za-z][\w-]*"
# "Fjordvik's fourth Norwegian Cup", "their third cup title": the noun phrase runs to four words
_POSSESSED = re.compile(
    rf"(?P<poss>\b(?:[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)|(?<![\w’'-])[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){{0,3}}['’]s)"
    rf"[ \t]+{_ORD}[ \t]+(?P<np>{_WORD}(?:[ \t]+{_WORD}){{0,3}})")
# a verb of making in the progressive or future right before the possessive: the item is not
# made yet ("is now writing her third novel", "will record their fourth album")
_IN_THE_MAKING = re.compile(
    r"\b(?:(?:is|are|am|was|were|['’]s|['’]re)\s+(?:now\s+|already\s+|still\s+|currently\s+)?"
    r"(?:writing|working\s+on|preparing|planning|recording|making|developing|finishing|building|designing)"
    r"|will\s+(?:write|publish|release|record|make|build|launch))\s+$")
# "won the Harbour Cup for the third time (in a row)"
_NTH_TIME = re.compile(
    rf"\b(?P<verb>[a-z]+)[ \t]+(?P<det>the|a|an|their|its|his|her)[ \t]+(?P<np>{_WORD}(?:[ \t]+{_WORD}){{0,3}}?)"
    r"(?:[ \t]+(?:on|in|at|last|this)(?:[ \t]+[\w-]+){1,2}?)?"  # "won the cup on Sunday for the third time"
    rf"[ \t]+for[ \t]+the[ \t]+{_ORD}[ \t]+time\b(?P<row>[ \t]+in[ \t]+a[ \t]+row\b)?")
# "the third woman to lead the Supreme Court of Valdivia"
# "the first woman to lead X" numbers her in the same line as "the second woman to lead X"
_NTH_TO = re.compile(
    rf"\bthe[ \t]+{_ORD.replace('(?P<ord>', '(?P<ord>first|1st|')}[ \t]+(?P<noun>[a-z]{{3,}})[ \t]+to[ \t]+(?P<verb>[a-z]{{3,}})[ \t]+"
    rf"(?P<obj>(?:the[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,5}}?)"
    r"(?=[ \t]+(?:on|in|at|since|after|before|when|last|this|next|from|during|and|but|with|by|for)\b|\s*[,.;:)\n]|\s*$)")
# "X became the 18th world champion", "Y, the 46th president of Z": the number of a holder in
# a line of one post (`quantities.yaml` `lineage_heads`), after a copula or in apposition
_LINEAGE_LEAD = r"(?:\b(?:becomes|became|become|is|was|be|as)|,)[ \t]+the[ \t]+"


@lru_cache(maxsize=1)
def _nth_holder() -> re.Pattern[str]:
    heads = sorted(tables().lineage_heads, key=len, reverse=True)
    alt = "|".join(re.escape(h).replace(r"\ ", r"[ \t]+").replace(r"\-", "[- ]") for h in heads)
    ordinal = _ORD.replace(r"[1-9]\d)", r"[1-9]\d{1,2})")  # "the 268th pope": lines run long
    return re.compile(rf"{_LINEAGE_LEAD}{ordinal}[ \t]+(?P<mods>(?:[a-z][\w-]*[ \t]+){{0,2}}?)(?P<head>{alt})s?\b(?![-’'])")


# words that end a noun phrase after the ordinal ("their third cup title in five years")
_NP_END = frozenset("""in of at on for since to from with by after before as and or but is was are were be been
has had have will would could can may might came come comes that which who whose this these than under over
against during within without into onto across behind between among the a an it they he she we""".split())
# verbs of holding a series' session, read by the session layer ("held for the third time")
_HOLDING = frozenset("held staged hosted organised organized convened run played contested met".split())
_SUPERLATIVES = frozenset("most least best worst largest biggest highest lowest greatest smallest fastest oldest "
                          "youngest richest strongest longest top".split())
_NOT_VERB = _NP_END | {"not", "also", "just", "only", "now", "then", "again", "once"}
_PREPOSITIONS = frozenset("in of at on for since to from within during across among against".split())
_DATELINE = re.compile(r"[^\n]{0,80}?\)\s*[-–—]+\s*")
_PERSON = frozenset({"person"})
_ORG = frozenset({"org"})
_GROUP = frozenset({"org", "country", "place"})  # a team may be named by its town


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(tables().holder_titles)


@lru_cache(maxsize=1)
def _streak() -> frozenset[str]:
    return frozenset(tables().streak_words)


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return frozenset(tables().holder_noun_stop) | frozenset(tables().ordinal_noun_stop) - _titles()


def _number(text: str) -> int:
    low = text.lower()
    if low in ("first", "1st"):
        return 1
    return _ORDINALS.get(low) or int(re.match(r"\d+", low).group())  # type: ignore[union-attr]


def _phrase(np: str) -> list[str]:
    """The words of the noun phrase after an ordinal, up to the first word that ends it."""
    out: list[str] = []
    for w in np.split():
        if w.lower() in _NP_END or (w[:1].isupper() and any(o[:1].islower() and o not in _streak() for o in out)):
            break  # "their third album Final Straw": a name set after the noun is no part of it
        out.append(w)
    return out


def kind_of(words: list[str], run: bool = False) -> tuple[str, list[str]] | None:
    """The kind a holder's numbered noun phrase counts and its other words ("cup title":
    title, [cup]; "Norwegian Cup": title, [norwegian, cup]; "straight league title":
    title-run, [league]); None for a head numbered per occasion."""
    low = [w.lower() for w in words]
    if not low or not low[-1].isalpha() and "-" not in low[-1]:
        return None
    if any(w.split("-")[0] in _SUPERLATIVES or (w.endswith("est") and w.split("-")[0] in _stop()) for w in low):
        return None  # "their second biggest shareholder": a rank among its kind (quantities/rank.py)
    run = run or any(w in _streak() for w in low)
    low = [w for w in low if w not in _streak()]
    if not low:
        return None
    head = lemma(low[-1])
    if low[-1] in _titles() or head in _titles():
        kind, rest = "title", [w for w in low if w not in ("title", "titles")]
    elif head in _stop() or len(head) < 3 or head in tables().number_words:
        return None  # "their fourth number one": no noun heads it
    else:
        kind, rest = head, low[:-1]
    return (f"{kind}-run" if run else kind), rest


class HolderIndex:
    """The named mentions of a text by position, to find a statement's holder."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.named = sorted((m for m in mentions if m.entity), key=lambda m: m.span)
        self.starts = [m.span[0] for m in self.named]

    def at(self, pos: int) -> Mention | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        m = self.named[i] if i >= 0 else None
        return m if m is not None and m.span[0] <= pos < m.span[1] else None

    def last_subject_before(self, text: str, pos: int, kinds: frozenset[str]) -> Mention | None:
        """The last mention of ``kinds`` before ``pos`` that opens its sentence (the subject
        a later "She"/"He" most likely stands for; a name inside a sentence may be anyone
        the sentence mentions), among the few named last; else None."""
        i = bisect.bisect_left(self.starts, pos) - 1
        for _ in range(_PRONOUN_REACH):
            while i >= 0 and self.named[i].kind not in kinds:
                i -= 1
            if i < 0:
                return None
            m = self.named[i]
            before = text[max(0, m.span[0] - 3):m.span[0]]
            if m.span[0] == 0 or "\n" in before or before.rstrip().endswith((".", "!", "?")):
                return m
            i -= 1
        return None

    def first(self, text: str, s: int, e: int, kinds: frozenset[str]) -> Mention | None:
        """The first mention of ``kinds`` in ``text[s:e]``, a wire dateline left out."""
        d = _DATELINE.match(text, s, e)
        lo = d.end() if d is not None and text[s:d.end()].count("(") == 1 else s
        i = bisect.bisect_left(self.starts, lo)
        while i < len(self.named) and self.named[i].span[0] < e:
            m = self.named[i]
            before = text[max(lo, m.span[0] - 6):m.span[0]].split()
            if m.kind in kinds and not text[m.span[1]:m.span[1] + 1] == ")" \
                    and not (before and before[-1].lower() in _PREPOSITIONS | {"near", "by"}):
                return m  # "In Oslo, Vestby won": a place after a preposition is where, not who
            i += 1
        return None


def _actor(m: Mention) -> list[Actor]:
    assert m.entity is not None
    return [Actor(entity=m.entity, text=m.text, span=m.span)]


def _subject(text: str, index: HolderIndex, s: int, at: int, previous: tuple[int, int] | None,
             kinds: frozenset[str]) -> list[Actor]:
    """The holder a statement at ``at`` is told of: the first mention of ``kinds`` in its
    sentence before it; else, for a sentence opening on a pronoun or naming none, the
    previous sentence's first."""
    m = index.first(text, s, at, kinds)
    if m is None and (named := _opening_name(text, s, at)) is not None:
        return [named]
    if m is None and previous is not None:
        m = index.first(text, previous[0], previous[1], kinds)
    if m is None and _PERSON <= kinds and _SHE_HE.match(text, s):
        m = index.last_subject_before(text, s, _PERSON)  # "She becomes the first woman to ..."
    return _actor(m) if m is not None else []


_SHE_HE = re.compile(r"(?:She|He)\b")
_PRONOUN_REACH = 4  # person mentions looked back at for the subject of "She"/"He"


# a sentence opening on a name of two to four capitalised words, then a lower-case word or a
# comma: its subject, when the entity layer kept no mention of it ("Marta Quiroga became ...")
_OPENING = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})(?=,?[ \t]+[a-z])")
_NOT_OPENING = frozenset("the a an in on at it this that these those he she they we his her its their after "
                         "before when while as for from".split())


def _name_actor(m: re.Match[str]) -> Actor:
    """A holder named by a capitalised name no mention covers (group ``name``), keyed by it."""
    slug = re.sub(r"[^a-z0-9]+", "-", m.group("name").lower()).strip("-")
    return Actor(entity=f"name:{slug}", text=m.group("name"), span=m.span("name"))


def _opening_name(text: str, s: int, at: int) -> Actor | None:
    d = _DATELINE.match(text, s, at)
    lo = d.end() if d is not None and text[s:d.end()].count("(") == 1 else s
    m = _OPENING.match(text, lo, at)
    if m is None or m.group("name").split()[0].lower() in _NOT_OPENING:
        return None
    return _name_actor(m)


# "Tomas Berg, the 268th pope": the capitalised name right before an apposition's comma
_BEFORE_COMMA = re.compile(r"(?P<name>(?<![\w’'-])[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3})$")


def _apposed(text: str, s: int, comma: int, index: HolderIndex) -> list[Actor]:
    """The holder an apposition is set after: the person mention ending at the comma, else
    the capitalised name there."""
    m = _BEFORE_COMMA.search(text, max(s, comma - 60), comma)
    if m is None or m.group("name").split()[0].lower() in _NOT_OPENING:
        return []
    hit = index.at(m.start("name"))
    if hit is not None and hit.kind in _PERSON:
        return _actor(hit)
    if hit is not None:
        return []  # a body or a place before the comma is no post holder
    return [_name_actor(m)]


Reading = tuple[int, str, tuple[int, int], tuple[str, ...], list[Actor]]


def _scope(text: str, s: int, e: int, end: int, before: list[str], published: str | None) -> tuple[str, ...]:
    """The scope words and period of a holder's count: the noun phrase's other words and a
    phrase after it that opens on a preposition ("in five years", "since 2019"); no period
    written is a period of its own."""
    sentence = text[s:e]
    rel = end - s
    # "his second marathon, in April this year,": a phrase set off by a comma is the item's too
    comma = 1 if sentence[rel:rel + 1] == "," else 0
    nxt = sentence[rel + comma:].split(None, 1)
    after = rel + comma if nxt and nxt[0].lower() in _PREPOSITIONS else len(sentence)
    scope = scope_of(sentence, after, " ".join(before), published)
    return scope if any(":" in w for w in scope) else scope + ("period:-",)


def read(text: str, s: int, e: int, index: HolderIndex, published: str | None,
         previous: tuple[int, int] | None = None) -> list[Reading]:
    """(number, kind, span, scope, holder) of each holder's count in the sentence ``text[s:e]``."""
    out: list[Reading] = []
    for m in _POSSESSED.finditer(text, s, e):
        if _IN_THE_MAKING.search(text, max(s, m.start() - 40), m.start()):
            continue  # "she is now writing her third novel": an item not yet made, not the story's
        words = _phrase(m.group("np"))
        found = kind_of(words)
        if found is None:
            continue
        kind, rest = found
        end = text.find(words[-1], m.start("np")) + len(words[-1])
        poss = m.group("poss")
        if poss[0].isupper() and poss.lower() not in ("their", "its", "his", "her"):
            hit = index.at(m.start("poss"))
            who = _actor(hit) if hit is not None else []
        else:
            if poss.lower() in ("his", "her"):
                who = _subject(text, index, s, m.start(), previous, _PERSON)
            else:  # a body before a country or a town: "the UK's Sky ... its fourth series" is Sky's
                who = _subject(text, index, s, m.start(), previous, _ORG) \
                    or _subject(text, index, s, m.start(), previous, _GROUP)
        if who:
            out.append((_number(m.group("ord")), kind, (m.start("ord"), end),
                        _scope(text, s, e, end, rest, published), who))
    for m in _NTH_TIME.finditer(text, s, e):
        verb = m.group("verb")
        if verb in _NOT_VERB or verb in _HOLDING:
            continue
        found = kind_of(m.group("np").split(), run=m.group("row") is not None)
        if found is None:
            continue
        kind, rest = found
        who = _subject(text, index, s, m.start(), previous, _GROUP | _PERSON)
        if who:
            end = m.end()
            out.append((_number(m.group("ord")), kind, (m.start("det"), end),
                        _scope(text, s, e, end, rest, published), who))
    for m in _nth_holder().finditer(text, s, e):
        if any(r[2][0] <= m.start("ord") < r[2][1] for r in out):
            continue
        who = _apposed(text, s, m.start(), index) if text[m.start()] == "," else []
        who = who or _subject(text, index, s, m.start(), previous, _PERSON)
        if who:
            kind = re.sub(r"[\s-]+", "-", m.group("head").lower())
            rest = m.group("mods").lower().split()
            out.append((_number(m.group("ord")), kind, (m.start("ord"), m.end()),
                        _scope(text, s, e, m.end(), rest, published), who))
    for m in _NTH_TO.finditer(text, s, e):
        noun = lemma(m.group("noun"))
        if noun in _stop():
            continue
        obj = [w for w in re.findall(r"[a-z]+", m.group("obj").lower()) if w != "the"]
        who = _subject(text, index, s, m.start(), previous, _PERSON | _GROUP)
        if who:
            out.append((_number(m.group("ord")), f"{noun}-to-{m.group('verb')}", m.span(),
                        _scope(text, s, e, m.end(), obj, published), who))
    return out


def lineage_heads() -> frozenset[str]:
    """Posts numbered in a line of holders: read here, as a holder's number, not as an open
    ordinal of a scope (quantities/ordinals.py)."""
    return frozenset(tables().lineage_heads)


__all__ = ["HOLDS_NTH", "HolderIndex", "kind_of", "lineage_heads", "read"]
