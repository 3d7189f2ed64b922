"""Titles written apart from the name they belong to: as the complement of an appointment
or a copula after the name ("Yvette Cooper becomes interior minister", "named David Roe as
foreign secretary", "Roe, who was appointed deputy prime minister") and before the name
with a comma ("Britain's new foreign minister, David Roe"). The title itself is recognised
by the title tables (`Lexicon.describe_title`), longest phrase first, with its modifiers
("former", "interim", "deputy"); the words in between are only cues and adjectives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from .lexicon import TitleInfo, lexicon
from .text import key

# after the name: an optional relative pronoun and auxiliary, then a verb of appointment or
# "as"; the title follows, after a determiner and ordinary adjectives
_AFTER = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|becomes|became|become)\s+)?"
    r"(?:(?:now|also|newly|officially|formally)\s+)?"
    r"(?:named|appointed|made|elected|sworn\s+in|confirmed|installed|chosen|picked|becomes|became|is|was|as"
    r"|(?:will|would|is\s+to|is\s+set\s+to)\s+become"
    # taking up a post: "will take charge as interim coach", "stepped in as acting chair"
    r"|(?:will\s+|would\s+|is\s+to\s+)?(?:(?:take|takes|took|taking)\s+(?:over|charge)|(?:step|steps|stepped)\s+in"
    r"|(?:serve|serves|served|act|acts|acted))"
    # "took charge for two games as", "stepped in for the final as": a short complement between
    r"(?:\s+(?:for|of|in)\s+[\w’' -]{1,30}?)?\s+as)\s+"
    r"(?:as\s+)?",
    re.IGNORECASE,
)
_FILLER = frozenset("the a an another new his her its their first female male youngest oldest incoming country's nation's"
                    " local current".split())  # "the local mayor": the place is the story's, no field of the post
# words that may open the clause before a title set off before the name ("with another interim chief, X,")
_LEAD_IN = frozenset("with by and to from for as of under after before including".split())
_WORDS = re.compile(r"[\w’'.-]+")
MAX_TITLE_WORDS = 7


@dataclass(frozen=True)
class TitlePhrase:
    text: str  # as written: text[span[0]:span[1]]
    span: tuple[int, int]
    info: TitleInfo
    norm: str | None = None  # the title it reads as, when other than the words ("chair of the board")


def _longest_title(text: str, start: int, limit: int, after_filler: bool = False) -> TitlePhrase | None:
    """The longest title phrase starting at the first word at or after ``start`` that is no
    filler word; None when the words there are not a title."""
    lex = lexicon()
    # the words up to the first that is no filler, and only as many after it as are read
    # (a title of MAX_TITLE_WORDS, after a field word or an owner's words), not the window's all
    found = _WORDS.finditer(text, start, min(len(text), limit))
    words: list[tuple[int, int, str]] = []
    for m in found:
        w = m.group()
        words.append((m.start(), m.end(), w))
        if not (w.casefold().replace("’", "'") in _FILLER or w.endswith(("'s", "’s", "s'", "s’"))
                or (w[:1].isupper() and lex.country_of(w) is not None)):
            break  # "the", "Britain's", "new", "UK" before it: not part of the title
    else:
        return None  # no word, or fillers only: no title
    i = len(words) - 1
    if after_filler and i == 0:
        return None  # "Acme Corp chief executive Jane Roe": a body before a title, not a complement
    words.extend((m.start(), m.end(), m.group()) for m in islice(found, _READ_AFTER))
    return _owned_title(text, words, i, after_filler)


_READ_AFTER = MAX_TITLE_WORDS + 4  # words after the first that is no filler: an owner's 3, then a title


def _owned_title(text: str, words: list[tuple[int, int, str]], i: int, after_filler: bool) -> TitlePhrase | None:
    """The title from word ``i`` (the first that is no filler), or after a field word or an
    owner's words there."""
    lex = lexicon()
    found = _title_at(text, words, i)
    for n in (1, 2):
        # "the sporting director of Vestby", "the civil aviation minister": one or two field words
        # before a head that takes a field (a minister's portfolio, a director's field)
        if found is not None or i + n >= len(words) or not all(_field_word(w) for _, _, w in words[i : i + n]):
            break
        head = _title_at(text, words, i + n)
        if head is not None and key(text[head.span[0] : head.span[1]]).split()[0] in _FIELD_HEADS | lex.portfolio_heads:
            found = TitlePhrase(text[words[i][0] : head.span[1]], (words[i][0], head.span[1]), head.info)
    if found is None and not after_filler:
        # "the defence ministry's secretary general": the owner's words, then the title
        owner = next((k for k in range(i, min(len(words), i + 4)) if words[k][2].endswith(("'s", "’s"))), None)
        # "X, and Chile's undersecretary, Y": a conjunction opens another person's phrase, no owner's name
        if owner is not None and owner + 1 < len(words) \
                and not any(w.casefold() in _CONJUNCTIONS for _, _, w in words[i:owner]):
            found = _title_at(text, words, owner + 1)
    return found


_CONJUNCTIONS = frozenset({"and", "or", "but", "&"})
_FIELD_HEADS = frozenset({"minister"})  # a portfolio before it: "the citizen protection minister"


def _field_word(w: str) -> bool:
    """A lower-case word that may name a post's field: no title word nor modifier."""
    lex = lexicon()
    return w.isalpha() and w.islower() and lex.titles.get(key(w)) is None and key(w) not in lex.modifiers \
        and w.casefold() not in _FILLER


def _title_at(text: str, words: list[tuple[int, int, str]], i: int) -> TitlePhrase | None:
    """The longest title phrase of the words from ``i``, if any."""
    lex = lexicon()
    for j in range(min(len(words), i + MAX_TITLE_WORDS), i, -1):
        a, b = words[i][0], words[j - 1][1]
        phrase = text[a:b].rstrip(".,")
        b = a + len(phrase)
        info = lex.describe_title(phrase)
        if info is not None and info.sort not in ("courtesy", "counterpart", "honorific"):
            return TitlePhrase(phrase, (a, b), info)
    return None


def title_after(text: str, end: int, limit: int) -> TitlePhrase | None:
    """A title given to the name that ends at ``end`` by the words after it."""
    m = _AFTER.match(text, end, limit)
    if m is not None and m.end() > end:
        return _longest_title(text, m.end(), limit)
    if text.startswith(" ", end):  # "named Rachel Roe the first female finance minister"
        return _longest_title(text, end + 1, limit, after_filler=True)
    return None


_APPOSITION = re.compile(r",\s+(?:\d{1,3},\s+)?(?:(?:now|currently|also)\s+)?")  # an age set off first: ", 54, the ..."
_APPOSITION_END = re.compile(r"\s*(?:[,.;:)]|$|\s(?:of|at|for|in|with|and|who|since|until)\b)")


def title_apposed(text: str, end: int, limit: int) -> TitlePhrase | None:
    """"Roe, the former chief executive of Acme, ...": a title set off by a comma after the
    name, which ends at punctuation or a preposition (not "Roe, CEO Jan Poe and ...")."""
    m = _APPOSITION.match(text, end, limit)
    if m is None:
        return None
    t = _longest_title(text, m.end(), limit)
    if t is None or t.info.sort not in ("national", "qualified", "role"):
        return None
    return t if _APPOSITION_END.match(text, t.span[1]) else None


_WHO_VERB = re.compile(r"\s*,\s*who\s+(?:now\s+|also\s+|currently\s+)?([a-z]+)\s+(?:over\s+)?((?:the|a|an|its|his|her)\s+[^,.;:]{1,60})")


def title_by_verb(text: str, end: int, limit: int) -> TitlePhrase | None:
    """"Jane Roe, who chairs the board": the post the verb names, with what it governs
    ("chair of the board"), spanning the verb phrase."""
    m = _WHO_VERB.match(text, end, limit)
    if m is None:
        return None
    title = lexicon().role_verbs.get(m.group(1))
    if title is None:
        return None
    info = lexicon().describe_title(title)
    if info is None:
        return None
    body = re.split(r"\s+(?:and|who|which|that|since|after|when|until)\s", m.group(2))[0].rstrip()
    start, stop = m.start(1), m.start(2) + len(body)
    return TitlePhrase(text[start:stop], (start, stop), info, norm=f"{title} of {body}")


_CLOSED = re.compile(r"\s*(?:[,.;:)]|$)")


def title_before(text: str, start: int, floor: int, end: int | None = None) -> TitlePhrase | None:
    """"Britain's new foreign minister, David Roe": a title, a comma, then the name. With the
    name's ``end`` given and the name closed by punctuation (an apposition on both sides), a
    preposition may open the clause: "... with another interim chief, Jane Roe, ..."."""
    courtesy = _COURTESY_BEFORE.search(text, max(floor, start - 8), start)
    if courtesy is not None and lexicon().titles.get(key(courtesy.group(1))) is not None \
            and lexicon().titles[key(courtesy.group(1))].sort == "courtesy":
        start = courtesy.start(1)  # "the board's medical officer, Dr. Jane Roe": the courtesy opens the name
    head = text[max(floor, start - 80):start]
    if not head.endswith(", "):
        return None
    base = start - len(head)
    # the clause opens after a sentence, a semicolon, a comma or a closing quote ('," Acme's CFO, X')
    cut = max(head.rfind(". "), head.rfind("; "), head.rfind(", ", 0, len(head) - 2), head.rfind('" '),
              head.rfind("” "))
    begin = base + (cut + 2 if cut >= 0 else 0)
    begin = max(begin, base + head.rfind("\n") + 1)  # a paragraph opens a clause too
    # only fillers ("Britain's new") may stand before the title, which ends at the comma
    t = _longest_title(text, begin, start - 2)
    if t is None and end is not None and _CLOSED.match(text, end):
        lead = _WORDS.match(text, begin)
        if lead is not None and lead.group().casefold() in _LEAD_IN:
            t = _longest_title(text, lead.end(), start - 2)
    t = _to_comma(text, t, start)
    if t is None and end is not None and _CLOSED.match(text, end):
        # set off on both sides after a determiner: "was headed by the Secretary of Agriculture, X, who"
        for d in reversed(list(_DETERMINER.finditer(text, begin, start - 2))):
            t = _to_comma(text, _longest_title(text, d.start(), start - 2), start)
            if t is not None:
                break
    if t is None and end is not None and _CLOSED.match(text, end):
        # or after a verb, with an owner's possessive: "summoned Peru's ambassador, X, to the
        # ministry": the nearest word that opens an owner's name and a title ending at the comma
        for w in reversed(list(_WORDS.finditer(text, max(begin, start - 2 - _OWNER_REACH), start - 2))):
            if w.group().endswith(("'s", "’s")) and w.group()[:1].isupper():
                t = _to_comma(text, _longest_title(text, w.start(), start - 2), start)
                break
    return t


_OWNER_REACH = 60  # characters before the comma in which an owner's possessive opens the title
_COURTESY_BEFORE = re.compile(r"(?<=, )([A-Z][a-z]{1,3}\.?) $")
_DETERMINER = re.compile(r"\b(?:the|The|its|Its|his|His|her|Her|their|Their)\s")


def _to_comma(text: str, t: TitlePhrase | None, start: int) -> TitlePhrase | None:
    """The title if it ends at the comma before the name at ``start``, taking in a body or a
    field named after it ("the Minister of Infrastructure, X", "The sporting director of
    Vestby, X"); else None."""
    if t is not None and t.span[1] < start - 2 and _OF_NAME.fullmatch(text, t.span[1], start - 2):
        t = TitlePhrase(text[t.span[0] : start - 2], (t.span[0], start - 2), t.info)
    return t if t is not None and t.span[1] == start - 2 else None


_CAP = r"[A-Z][\w&’'.-]*"
# "of Infrastructure", "for Fisheries and Aquaculture", "of the Harbour Authority"; a field in
# lower case ("of infrastructure", "for fisheries and aquaculture")
_OF_NAME = re.compile(rf"\s+(?:of|for|at)\s+(?:(?:the\s+)?{_CAP}(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?{_CAP}){{0,5}}"
                      rf"|(?:the\s+)?[a-z]+[’']?(?:\s+(?:and\s+)?[a-z]+[’']?){{0,2}})"  # "for mobility", "of the pilots' union"
                      rf"|\s+in\s+{_CAP}(?:\s+{_CAP}){{0,2}}")  # where the post is held: "ambassador in Ottawa", "consul in Lagos"


_AND_BEFORE = re.compile(r"\s+(?:and|&)\s+$")
_AND_AFTER = re.compile(r"\s+(?:and|&)\s+")


def title_coordinated(text: str, span: tuple[int, int], floor: int, ceiling: int) -> TitlePhrase | None:
    """The title joined to the one at ``span`` by "and": "chairman and chief executive Jane
    Roe", "Roe is chairman and CEO": the person holds both. Before it, the longest title
    ending right before "and" (no more than a title's words, within the sentence); after it,
    the title right after "and", ending at punctuation, a preposition or the name. Only posts
    of bodies: national offices joined by "and" are often two people's ("talks between the
    president and Prime Minister X")."""
    lex = lexicon()
    own = lex.describe_title(text[span[0] : span[1]])
    if own is None or own.sort != "role":
        return None
    head = text[max(floor, span[0] - 80) : span[0]]
    m = _AND_BEFORE.search(head)
    if m is not None:
        stop = span[0] - len(head) + m.start()
        words = [w for w in _WORDS.finditer(text, max(floor, stop - 60), stop)]
        for i in range(max(0, len(words) - MAX_TITLE_WORDS), len(words)):
            phrase = text[words[i].start() : stop]
            info = lex.describe_title(phrase)
            if info is not None and info.sort == "role":
                return TitlePhrase(phrase, (words[i].start(), stop), info)
    m = _AND_AFTER.match(text, span[1], ceiling)
    if m is not None:
        t = _longest_title(text, m.end(), min(ceiling, m.end() + 60))
        if t is not None and t.span[0] == m.end() and t.info.sort == "role":
            return t
    return None
