"""Capitalised chunks and their analysis into known names, titles and unknown runs.

One compiled regex finds each run of capitalised words (with "of", "the", name
particles and an ordinal prefix inside); ``analyse`` splits one chunk's text into
pieces by longest match against the lexicon. The analysis depends only on the chunk's
text, so it is cached: repeated names cost one dictionary hit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Entry, Lexicon, MinistryInfo, TitleInfo, lexicon
from .names import parse_name
from .text import acronym_key, fold_token, head_index, is_ordinal

_ABBREV = r"(?:Mr|Mrs|Ms|Dr|Lt|Gen|Col|Maj|Capt|Sgt|Adm|Cmdr|Gov|Sen|Rep|Rev|Prof|Jr|Sr|St|Mt|Brig|Cpl|Pvt|No)\."
# capital letters, accented ones too ("Étienne", "Łukasz", "Øystein")
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_WORD = (
    r"(?:" + _ABBREV + r"|(?:[A-Z]\.){2,}(?:-[A-Z][\w.]*)*|[A-Z]\.(?=\s)"
    r"|[A-Z][a-z]?\.[A-Z][a-z]\w*"  # "B.Oyuntsetseg", "Ye.Zhumabayev": an initial written onto the name
    r"|[" + _UP + r"][\w]*(?:[’'][A-Za-z]+)?(?:-(?:(?:[A-Z]\.){2,}|[\w]+(?:[’'][A-Za-z]+)?))*(?:(?<=s)[’'](?!\w))?)"
)
_JOIN = r"(?:[ \t\u00a0]+(?:of|the|for|on|and|de|del|da|di|du|von|van|der|den|la|le|al|bin|ibn|el)){0,2}[ \t\u00a0]+"
CHUNK = re.compile(r"(?<![\w’'-])(?:(\d{1,3}(?:st|nd|rd|th))[ \t\u00a0]+)?" + _WORD + r"(?:" + _JOIN + _WORD + r")*")


@lru_cache(maxsize=1)
def chunk_finder() -> re.Pattern[str]:
    """CHUNK, except that a function word alone ("The", "It", "But", "January") starts no
    chunk: a third of all chunks, skipped inside the regex engine instead of in Python.
    Followed by a capitalised word it still starts one ("The Hague")."""
    words = sorted({w[:1].upper() + w[1:] for w in lexicon().stop if w[:1].isalpha()},
                   key=lambda w: (-len(w), w))  # ties alphabetical: the same pattern every run (regex_cache)
    alternation = "|".join(re.escape(w) for w in words)
    head = r"(?<![\w’'-])"
    return re.compile(head + r"(?=[" + _UP + r"\d])(?!(?:" + alternation + r")(?![\w’'.-])(?![ \t\u00a0]+[A-Z\d]))"
                      + CHUNK.pattern[len(head):])
# inside a chunk words are separated by white space only
TOKEN = re.compile(r"[^\s]+")
_CONNECTORS = frozenset("of the for on and de del da di du von van der den la le al bin ibn el".split())


@dataclass(frozen=True)
class Piece:
    """A part of a chunk: offsets relative to the chunk start."""

    start: int
    end: int
    what: str  # entry | title | ministry | named | run | acronym | compound
    entry: Entry | None = None
    title: TitleInfo | None = None
    ministry: MinistryInfo | None = None
    kind: str = ""  # for named: org | place | thing | event
    modifier: str | None = None  # for title: deputy | none ...
    qualifier: str | None = None  # country written before a title or ministry
    ordinal: int | None = None
    ordinal_span: tuple[int, int] | None = None
    possessive: bool = False


def _phrase_hit(lex: Lexicon, raws: list[str], folded: list[str], i: int, n: int) -> tuple[str, object] | None:
    if n == 1:
        ak = acronym_key(raws[i])
        if ak is not None:
            e = lex.acronyms.get(ak)
            return ("entry", e) if e is not None else None
    k = " ".join(folded[i : i + n])
    e = lex.names.get(k)
    if e is not None:
        return ("entry", e)
    t = lex.titles.get(k)
    if t is not None:
        return ("title", t)
    m = lex.ministries.get(k)
    if m is not None:
        return ("ministry", m)
    return None


def _longest_hit(lex: Lexicon, raws: list[str], folded: list[str], i: int) -> tuple[tuple[str, object] | None, int]:
    """The longest known phrase starting at token ``i``, walking a prefix set so the
    cost is the phrase length, not the longest entry's."""
    n = len(folded)
    best: tuple[str, object] | None = None
    size = 0
    ak = acronym_key(raws[i])
    if ak is not None and ak in lex.acronyms:
        best, size = ("entry", lex.acronyms[ak]), 1
    elif ak is not None and folded[i] in lex.titles:
        best, size = ("title", lex.titles[folded[i]]), 1  # "CEO", "CTO": a title written in capitals
    k = folded[i]
    j = i + 1
    while True:
        if j - i > 1 or ak is None:
            hit = lex.names.get(k)
            if hit is not None:
                best, size = ("entry", hit), j - i
            else:
                t = lex.titles.get(k)
                if t is not None:
                    best, size = ("title", t), j - i
                else:
                    m = lex.ministries.get(k)
                    if m is not None:
                        best, size = ("ministry", m), j - i
        if j >= n or k not in lex.prefixes:
            break
        k = k + " " + folded[j]
        j += 1
    return best, size


def _head_kind(lex: Lexicon, folded: list[str]) -> str | None:
    """The kind a name's head noun gives: its last word, or a first word before "of"."""
    last = folded[-1]
    last = lex.spelling.get(last, last)
    if len(folded) >= 2 and last in lex.heads:
        return lex.heads[last]
    if len(folded) >= 3 and folded[1] == "of" and folded[0] in lex.heads and lex.heads[folded[0]] in ("org", "place"):
        return lex.heads[folded[0]]
    # a body's head before what it is about: "Joint Commission on Trade and Investment",
    # "Standing Committee for Fisheries"
    h = head_index(folded)
    if 1 <= h < len(folded) - 1 and lex.heads.get(lex.spelling.get(folded[h], folded[h])) == "org":
        return "org"
    if len(folded) >= 2 and folded[0] in lex.leading_heads and folded[1] not in lex.stop:
        kind = lex.leading_heads[folded[0]]  # "Radio Sundby", "SC Halden", "Hospital Central de Beira"
        if kind == "place" and any(w in lex.stop for w in folded[2:]):
            return None  # "Fort Hale for Point Orna": two places, read one by one
        return kind
    return None


@lru_cache(maxsize=100_000)
def analyse(chunk: str) -> tuple[Piece, ...]:
    lex = lexicon()
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(chunk)]
    raws = [t[2] for t in toks]
    folded = [fold_token(r) for r in raws]
    n = len(toks)
    based = _base_of_a_body(lex, chunk, toks, raws)
    if based is not None:
        return based
    # a connector and function words at the end: "Osan Air Base on Sunday"
    tail = n
    while tail > 1 and folded[tail - 1] in lex.stop and folded[tail - 1] not in _CONNECTORS and acronym_key(raws[tail - 1]) is None:
        tail -= 1
    if tail < n and tail > 1 and folded[tail - 1] in _CONNECTORS:
        n = tail - 1
    elif tail < n and raws[tail - 1].endswith(("’s", "'s")):
        n = tail  # "the Bank of Japan's December meeting": the name ends at the possessive
    if n < len(toks):
        toks, raws, folded = toks[:n], raws[:n], folded[:n]
    i = 0
    if n >= 2 and folded[0] == "the":
        whole = _phrase_hit(lex, raws, folded, 0, n)
        if whole is not None and whole[0] == "entry":
            return (Piece(0, toks[-1][1], "entry", entry=whole[1]),)  # type: ignore[arg-type]
    # leading function words and an ordinal
    while i < n and folded[i] in lex.stop and acronym_key(raws[i]) is None and not lex.ranked_ordinal(folded, i):
        i += 1
    ordinal: int | None = None
    ordinal_span: tuple[int, int] | None = None
    if i < n and is_ordinal(raws[i]):
        ordinal, ordinal_span = int(raws[i][:-2]), (toks[i][0], toks[i][1])
        i += 1
    if i >= n:
        return ()
    start = toks[i][0]
    # the whole rest a known name, ministry or headed name
    hit = _phrase_hit(lex, raws, folded, i, n - i) if n - i <= 12 else None
    if hit is not None and hit[0] in ("entry", "ministry"):
        if hit[0] == "entry":
            return (Piece(start, toks[-1][1], "entry", entry=hit[1], ordinal=ordinal, ordinal_span=ordinal_span,  # type: ignore[arg-type]
                          possessive=raws[-1].endswith(("’s", "'s"))),)
        return (Piece(start, toks[-1][1], "ministry", ministry=hit[1]),)  # type: ignore[arg-type]
    split = _split_at_and(chunk, lex, toks, raws, folded, i)
    if split is not None:
        return split
    pieces = _decompose(lex, toks, raws, folded, i)
    # a ministry with its country written before it: "Japanese Ministry of Defense"
    if pieces and pieces[-1].what == "ministry" and all(p.what == "entry" and p.entry.kind == "country" for p in pieces[:-1]):  # type: ignore[union-attr]
        m = pieces[-1]
        q = pieces[0].entry.country if len(pieces) > 1 else m.qualifier  # type: ignore[union-attr]
        return (Piece(pieces[0].start, m.end, "ministry", ministry=m.ministry, qualifier=q),)
    kind = _head_kind(lex, folded[i:])
    if kind is not None and n - i == 2 and (folded[i] in lex.given_names or folded[i] in lex.hypocorisms
                                            or parse_name(chunk[toks[i][0] : toks[-1][1]]).tradition is not None):
        kind = None  # "Mike Lake", "Lee Hall", "Ji-hoon Park": a given name and a surname
    if kind is not None and not any(p.what == "title" for p in pieces):
        person = _name_of_the_body(lex, raws, folded, i, ordinal)
        if person is not None:  # "Marta Kovac of the Harbour Party": a person, then the body
            rest = chunk[toks[person + 2][0] : toks[-1][1]]
            return (Piece(toks[i][0], toks[person - 1][1], "run"),
                    *(_shift(p, toks[person + 2][0]) for p in analyse(rest)))
        lead = _leading_noun_of_the(lex, raws, folded, i, ordinal)
        if lead is not None:  # "Coverage of the Venice Film Festival": the name is the rest
            rest = chunk[toks[lead][0] : toks[-1][1]]
            return tuple(_shift(p, toks[lead][0]) for p in analyse(rest))
        # strip leading country qualifiers to find a known name: "Korea-Japan GSOMIA"
        j = i
        while j < n - 1 and (lex.lookup(raws[j]) or _compound(lex, raws[j])) and (
            (lex.lookup(raws[j]) is None) or lex.lookup(raws[j]).kind == "country"  # type: ignore[union-attr]
        ):
            j += 1
        if j > i:
            inner = _phrase_hit(lex, raws, folded, j, n - j)
            if inner is not None and inner[0] == "entry":
                return (Piece(toks[j][0], toks[-1][1], "entry", entry=inner[1], ordinal=ordinal, ordinal_span=ordinal_span),)  # type: ignore[arg-type]
        cut = _owner_or_modifier_before(lex, raws, folded, i) if kind == "org" and ordinal is None else None
        if cut is not None:  # "Denmark's Halden Foods", "Former Brenna FK": the body is the rest
            rest = chunk[toks[cut][0] : toks[-1][1]]
            own = chunk[toks[i][0] : toks[cut - 1][1]]
            head = tuple(_shift(p, toks[i][0]) for p in analyse(own)) if raws[cut - 1].endswith(("’s", "'s")) else ()
            return head + tuple(_shift(p, toks[cut][0]) for p in analyse(rest))
        return (Piece(start, toks[-1][1], "named", kind=kind, ordinal=ordinal, ordinal_span=ordinal_span),)
    if ordinal is not None and pieces:
        first = pieces[0]
        pieces[0] = Piece(first.start, first.end, first.what, first.entry, first.title, first.ministry, first.kind,
                          first.modifier, first.qualifier, ordinal, ordinal_span, first.possessive)
    return tuple(pieces)


_BASED = re.compile(r"(?<=[a-z])-([a-z]+)$")


def _base_of_a_body(lex: Lexicon, chunk: str, toks: list, raws: list[str]) -> tuple[Piece, ...] | None:
    """"San Jose-based Orvane", "Leeds-based Carrow Foods": the words up to the hyphen
    are a place (the body's base), the name after it a body, never one person's name;
    "the Leeds-based firm" types only the place."""
    k = next((j for j, r in enumerate(raws) if "-" in r and (m := _BASED.search(r)) and m.group(1) in lex.base_suffixes), None)
    if k is None:
        return None
    i = k
    while i > 0 and fold_token(raws[i - 1]) not in lex.stop:
        i -= 1  # the place is the words right before "-based": "Halden and Lyon-based Corvex"
    a, b = toks[i][0], toks[k][1] - len(_BASED.search(raws[k]).group())  # type: ignore[union-attr]
    out = list(analyse(chunk[: toks[i - 1][1]])) if i > 0 else []  # "Halden" before "and"
    place = analyse(chunk[a:b])
    if len(place) == 1 and place[0].what == "entry" and place[0].end == b - a:
        out.append(_shift(place[0], a))
    else:
        out.append(Piece(a, b, "named", kind="place"))
    if k + 1 < len(toks):
        rest = chunk[toks[k + 1][0] : toks[-1][1]]
        after = analyse(rest)
        if len(after) == 1 and after[0].what == "run":  # an unknown name: the body based there
            after = (Piece(after[0].start, after[0].end, "named", kind="org"),)
        out.extend(_shift(p, toks[k + 1][0]) for p in after)
    return tuple(out)


def _name_of_the_body(lex: Lexicon, raws: list[str], folded: list[str], i: int, ordinal: int | None) -> int | None:
    """The index of "of" in "Marta Kovac of the Harbour Party": two or three capitalised
    words that are no head noun, title, known name or function word, then "of the" and a
    headed name of two words or more: a person of that body, not one name ("Bank of the
    West" opens with a head noun, "Friends of the Earth" with one word)."""
    n = len(folded)
    for j in (i + 2, i + 3):
        if j + 4 > n or folded[j] != "of" or folded[j + 1] != "the":
            continue
        words = range(i, j)
        if ordinal is not None or not all(raws[k][:1].isupper() and raws[k].replace("-", "").isalpha() for k in words):
            return None
        if any(folded[k] in lex.heads or folded[k] in lex.titles or folded[k] in lex.stop
               or lex.lookup(raws[k]) is not None for k in words):
            return None
        return j if _head_kind(lex, folded[j + 2 :]) is not None else None
    return None


def _owner_or_modifier_before(lex: Lexicon, raws: list[str], folded: list[str], i: int) -> int | None:
    """Where an organisation's name starts after a known owner written as a possessive
    ("Denmark's Halden Foods", "Spain's Orla Group") or a modifier ("Former Brenna FK"):
    the token after it, when the rest is still a headed name of two words or more."""
    n = len(folded)
    if n - i < 3:
        return None
    if folded[i] in lex.modifiers and folded[i] not in lex.heads and _head_kind(lex, folded[i + 1 :]) is not None:
        return i + 1
    if raws[i].endswith(("’s", "'s")) and lex.lookup(raws[i][:-2]) is not None and _head_kind(lex, folded[i + 1 :]) is not None:
        return i + 1
    return None


def _leading_noun_of_the(lex: Lexicon, raws: list[str], folded: list[str], i: int, ordinal: int | None) -> int | None:
    """"Coverage of the Venice Film Festival", "Tickets for the Cannes Film Festival": a
    chunk-opening word that is no head noun, known name or title, then "of the"/"for the"
    and a headed name of two words or more: the name starts after "the". A head noun
    first ("Bank of the West", "Museum of the Moving Image") keeps the whole name."""
    n = len(folded)
    if ordinal is not None or n - i < 4 or folded[i + 1] not in ("of", "for"):
        return None
    at = i + 3 if folded[i + 2] == "the" else i + 2  # "Shares of Halden Foods" too, a plural first
    if at == i + 2 and not folded[i].endswith("s"):
        return None  # "House of Commons Library": one name
    f = folded[i]
    if n - at < 2 or f in lex.heads or f in lex.titles or lex.lookup(raws[i]) is not None or _head_kind(lex, folded[at:]) is None:
        return None
    return at


def _is_name_part(lex: Lexicon, raws: list[str], folded: list[str], a: int, b: int) -> bool:
    """Tokens a..b are one known name or ministry, or a name ending in a head noun."""
    while b - a > 1 and (e := lex.lookup(raws[a])) is not None and e.kind == "country":
        a += 1  # "US Department of Justice": a country before the name
    if b - a < 1:
        return False
    hit = _phrase_hit(lex, raws, folded, a, b - a)
    if hit is not None and hit[0] in ("entry", "ministry"):
        return True
    last = lex.spelling.get(folded[b - 1], folded[b - 1])
    return b - a >= 2 and last in lex.heads


def _split_at_and(chunk: str, lex: Lexicon, toks: list, raws: list[str], folded: list[str], i: int) -> tuple[Piece, ...] | None:
    """"the US Department of Justice and the Securities and Exchange Commission": two
    names joined by "and", each known or ending in its own head noun, are two chunks."""
    n = len(toks)
    for j in range(i + 1, n - 1):
        if folded[j] != "and":
            continue
        k = j + 1 + (folded[j + 1] == "the")
        if _is_name_part(lex, raws, folded, i, j) and _is_name_part(lex, raws, folded, k, n):
            left, right = chunk[toks[i][0] : toks[j - 1][1]], chunk[toks[k][0] : toks[-1][1]]
            lp = tuple(_shift(p, toks[i][0]) for p in analyse(left))
            rp = tuple(_shift(p, toks[k][0]) for p in analyse(right))
            return lp + rp
    return None


def _shift(p: Piece, by: int) -> Piece:
    return Piece(p.start + by, p.end + by, p.what, p.entry, p.title, p.ministry, p.kind, p.modifier, p.qualifier,
                 p.ordinal, (p.ordinal_span[0] + by, p.ordinal_span[1] + by) if p.ordinal_span else None, p.possessive)


def _compound(lex: Lexicon, raw: str) -> list[str] | None:
    """Countries of a hyphenated compound ("Korea-US-Japan"), or None."""
    if "-" not in raw:
        return None
    parts = raw.split("-")
    out: list[str] = []
    for p in parts:
        c = lex.country_of(p)
        if c is None:
            return None
        out.append(c)
    return out


def _starts_title(lex: Lexicon, raws: list[str], folded: list[str], i: int) -> bool:
    """"Deputy Prime Minister", "Vice President": a modifier that begins a longer office
    title of its own is part of that title."""
    hit, size = _longest_hit(lex, raws, folded, i)
    # an office only: "Under Secretary" (a role) stays a modifier of "Secretary of State"
    return hit is not None and hit[0] == "title" and size > 1 and hit[1].office is not None  # type: ignore[union-attr]


def _titled(lex: Lexicon, raws: list[str], folded: list[str], i: int) -> bool:
    """Whether the words from ``i`` are a title phrase longer than one word ("Under Secretary")."""
    hit, size = _longest_hit(lex, raws, folded, i)
    return hit is not None and hit[0] == "title" and size > 1


def _decompose(lex: Lexicon, toks: list, raws: list[str], folded: list[str], i: int) -> list[Piece]:
    pieces: list[Piece] = []
    n = len(toks)
    run_start: int | None = None
    modifier: str | None = None

    def close_run(upto: int) -> None:
        nonlocal run_start
        if run_start is not None:
            # a run never ends on a connector ("Korea and")
            end = upto
            while end > run_start and folded[end - 1] in _CONNECTORS:
                end -= 1
            if end > run_start:
                what = "acronym" if end - run_start == 1 and acronym_key(raws[run_start]) else "run"
                pieces.append(Piece(toks[run_start][0], toks[end - 1][1], what))
            run_start = None

    while i < n:
        f = folded[i]
        if f in lex.ambiguous_modifiers and f in lex.openers and not _titled(lex, raws, folded, i):
            close_run(i)  # "Under President X": the preposition; "Under Secretary" is a title of its own
            i += 1
            continue
        if f in lex.modifiers and i + 1 < n and not _starts_title(lex, raws, folded, i):
            close_run(i)
            modifier = lex.modifiers[f]
            i += 1
            continue
        if lex.ranked_ordinal(folded, i):  # "First Vice Foreign Minister": the ordinal ranks the deputy
            close_run(i)
            modifier = "deputy"
            i += 1
            continue
        hit, size = _longest_hit(lex, raws, folded, i)
        if hit is None and "-" in raws[i]:  # "Vice-captain", "Ex-chairman": a modifier joined to a title
            pre, _, rest = f.partition(" ")
            if pre in lex.modifiers and rest in lex.titles:
                hit, size, modifier = ("title", lex.titles[rest]), 1, lex.modifiers[pre]
        if hit is None and _compound(lex, raws[i]) is not None:
            close_run(i)
            pieces.append(Piece(toks[i][0], toks[i][1], "compound"))
            i += 1
            continue
        if hit is None and f in lex.calendar and run_start is not None and folded[i - 1] not in _CONNECTORS:
            i += 1  # "Theresa May": a month after a name is the surname
            continue
        if hit is None and run_start is not None and len(raws[i]) == 2 and raws[i][0].isupper() and raws[i][1] == ".":
            i += 1  # a middle initial inside a name: "Ruth B. Osei"
            continue
        if hit is None and f in lex.stop and run_start is None:
            i += 1
            continue
        if hit is None and f in lex.stop:
            close_run(i)
            i += 1
            continue
        if hit is None:
            if run_start is None:
                run_start = i
            i += 1
            continue
        close_run(i)
        what, obj = hit
        span = (toks[i][0], toks[i + size - 1][1])
        poss = raws[i + size - 1].endswith(("’s", "'s"))
        if what == "entry":
            pieces.append(Piece(*span, "entry", entry=obj, possessive=poss))  # type: ignore[arg-type]
        elif what == "title":
            q = None
            if pieces and pieces[-1].what == "entry" and pieces[-1].entry.kind == "country" and pieces[-1].end >= span[0] - 2:  # type: ignore[union-attr]
                q = pieces[-1].entry.country  # type: ignore[union-attr]
            pieces.append(Piece(*span, "title", title=obj, modifier=modifier, qualifier=q))  # type: ignore[arg-type]
        else:
            q, start = None, span[0]
            if pieces and pieces[-1].what == "entry" and pieces[-1].entry.kind == "country" and pieces[-1].end >= span[0] - 2:  # type: ignore[union-attr]
                q, start = pieces[-1].entry.country, pieces[-1].start  # type: ignore[union-attr]
                pieces.pop()
            pieces.append(Piece(start, span[1], "ministry", ministry=obj, qualifier=q))  # type: ignore[arg-type]
        if not (what == "entry" and obj.kind == "country"):  # type: ignore[union-attr]
            modifier = None  # "Former British Prime Minister": the country does not end it
        i += size
    close_run(n)
    return _portfolios_after_titles(lex, toks, folded, _surname_like_a_place(toks, _titles_without_names(pieces)))


def _surname_like_a_place(toks: list, pieces: list[Piece]) -> list[Piece]:
    """"Defence Minister Ana Lima", "Assistant Manager Rui Santiago": after a title, a name
    word and then a place's or country's one-word name ending the chunk are one name."""
    if len(pieces) < 3 or pieces[-3].what != "title" or pieces[-2].start - pieces[-3].end > 1:
        return pieces
    if not _word_and_place(pieces[-2:], [t[0] for t in toks]):
        return pieces
    return pieces[:-2] + [Piece(pieces[-2].start, pieces[-1].end, "run")]


def surname_like_a_place(pieces: tuple[Piece, ...], chunk: str) -> bool:
    """The chunk is one name word and a place's one-word name ("Rui Santiago", "Ana Lima"):
    a name when a title stands before it (the caller's test)."""
    return _word_and_place(list(pieces), [m.start() for m in TOKEN.finditer(chunk)])


def given_name_like_a_place(pieces: tuple[Piece, ...], chunk: str) -> bool:
    """The chunk is a place's one-word name and one name word ("Sofia Antunes", "Milan
    Novak"): a given name that is also a city's name, then a surname; a name when a title
    stands before it (the caller's test), else the place and a body ("Sofia News")."""
    if len(pieces) != 2:
        return False
    first, run = pieces
    starts = [m.start() for m in TOKEN.finditer(chunk)]
    return (first.what == "entry" and first.entry is not None and first.entry.kind in ("place", "country")
            and run.what == "run" and run.start - first.end == 1 and not first.possessive
            and sum(1 for s in starts if first.start <= s < first.end) == 1
            and sum(1 for s in starts if run.start <= s < run.end) == 1)


def _word_and_place(two: list[Piece], starts: list[int]) -> bool:
    run, last = two
    return (run.what == "run" and last.what == "entry" and last.entry is not None
            and last.entry.kind in ("place", "country") and last.start - run.end == 1 and not last.possessive
            and sum(1 for s in starts if last.start <= s < last.end) == 1
            and sum(1 for s in starts if run.start <= s < run.end) == 1)


def _portfolios_after_titles(lex: Lexicon, toks: list, folded: list[str], pieces: list[Piece]) -> list[Piece]:
    """"Vice-Minister for Regional Affairs Kenji Ota": a title, "for" or "of", then words
    no table knows. The words before the name are the title's portfolio: the name starts at
    a given name, else it is the last two words. The portfolio is unknown, so the title
    denotes no national office."""
    out: list[Piece] = []
    idx = 0
    while idx < len(pieces):
        p = pieces[idx]
        nxt = pieces[idx + 1] if idx + 1 < len(pieces) else None
        if p.what != "title" or p.title is None or nxt is None or nxt.what != "run":
            out.append(p)
            idx += 1
            continue
        # "for Fisheries and Aquaculture Maria Lopez": a portfolio of two fields, joined by "and"
        joined = idx + 2 < len(pieces) and pieces[idx + 2].what == "run" and [
            folded[t] for t in range(len(toks)) if toks[t][0] >= nxt.end and toks[t][1] <= pieces[idx + 2].start] == ["and"]
        last = pieces[idx + 2] if joined else nxt
        words = [t for t in range(len(toks)) if nxt.start <= toks[t][0] and toks[t][1] <= last.end and folded[t] != "and"]
        between = [folded[t] for t in range(len(toks)) if toks[t][0] >= p.end and toks[t][1] <= nxt.start]
        if len(words) < 3 or between not in (["for"], ["of"], ["for", "the"], ["of", "the"]):
            out.append(p)
            idx += 1
            continue
        k = next((j for j in range(1, len(words) - 1)
                  if folded[words[j]] in lex.given_names or folded[words[j]] in lex.hypocorisms), len(words) - 2)
        if joined and toks[words[k]][0] < nxt.end:
            out.append(p)  # the name would hold "and": not a portfolio of two fields
            idx += 1
            continue
        title = TitleInfo(p.title.title, None, p.title.country, p.title.sort)
        out.append(Piece(p.start, toks[words[k - 1]][1], "title", title=title, modifier=p.modifier, qualifier=p.qualifier))
        out.append(Piece(toks[words[k]][0], last.end, "run"))
        idx += 3 if joined else 2
    return out


def _titles_without_names(pieces: list[Piece]) -> list[Piece]:
    """"John Major": a rank or role word after a name, with no name following, is a
    word of that name, not a title."""
    out: list[Piece] = []
    for idx, p in enumerate(pieces):
        nxt = pieces[idx + 1] if idx + 1 < len(pieces) else None
        if (p.what == "title" and p.title is not None and p.title.sort != "counterpart"
                and (nxt is None or nxt.what != "run") and out and out[-1].what == "run" and p.start - out[-1].end <= 1):
            out[-1] = Piece(out[-1].start, p.end, "run")
            continue
        out.append(p)
    return out
