"""A person's party, read from the syntax that joins a person mention to a party mention
in one sentence: after the name ("X of the Y Party", "X (Y Party)", "X, a member of the Y
Party", "X, the Y Party candidate,") or before it ("Y Party leader X", "the Y Party's X").

A party is an organisation mention whose name ends in a party head word
(``resources/claims/affiliations.yaml``). A phrase that makes the membership past ("a
former member of", "ex-Y Party") gives no claim: a former party is no conflict with a
current one; nor does a party that only backs or opposes the person ("backed by the Y
Party": no pattern reads it). Claims: subject the person, facet ``affiliation``, value
type ``name`` (the party's entity id, its words as written); compared by
``checks/affiliation.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from .entities.lexicon import lexicon
from .entities.text import key
from .frames import Draft, Sentence, SentenceDates
from .models import Actor, ClaimValue, Mention
from .resources import load_resource


class _Example(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    person: str
    party: str | None


class AffiliationTables(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    party_heads: list[str] = Field(min_length=1)
    member_nouns: list[str] = Field(min_length=1)
    past_words: list[str] = Field(min_length=1)
    team_member_heads: list[str] = Field(min_length=1)
    national_sides: list[str] = Field(default_factory=list)
    examples: list[_Example] = Field(min_length=1)


@lru_cache(maxsize=1)
def tables() -> AffiliationTables:
    return load_resource("claims/affiliations.yaml", AffiliationTables)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    t = tables()
    member = "|".join(re.escape(w) for w in sorted(t.member_nouns, key=len, reverse=True))
    lower = r"(?:[a-z][\w’'-]*\s+)"
    # name, then the party: "of the centre-left", ", a member of the", ", leader of the", " ("
    after = re.compile(
        rf"^(?:\s+(?:of|from)\s+the\s+{lower}{{0,2}}"
        rf"|,\s+(?:(?:the|a|an|its|their)\s+)?{lower}{{0,3}}(?:of|from|for)\s+the\s+{lower}{{0,2}}"
        rf"|\s*\(\s*(?:the\s+)?)$")
    # name, ", the ", the party, then a member noun: ", the Harbour Party candidate,"
    apposed = re.compile(rf"^,\s+(?:the|a|an)\s+{lower}{{0,2}}$")
    member_after = re.compile(rf"^\s+{lower}?(?:{member})\b", re.IGNORECASE)
    # the party, then the name: "Harbour Party leader X", "the Harbour Party's X"
    before = re.compile(rf"^(?:[’']s)?\s+(?:{lower}|[A-Z][a-z]+\s+){{0,3}}$")
    return after, apposed, member_after, before, frozenset(w.casefold() for w in t.past_words)


def is_party(m: Mention) -> bool:
    """An organisation whose name ends in a party head word ("the Reformist Party")."""
    if m.kind != "org":
        return False
    name = key(m.label or m.text).split()
    return bool(name) and name[-1] in tables().party_heads


def _words(text: str) -> list[str]:
    return [w.casefold().strip("(),") for w in re.findall(r"[\w’'()-]+", text)]


def _member_words(gap: str) -> bool:
    """The words between name and party say what the person is to it: a member noun or a
    title ("a member of", "leader of"), or nothing at all ("X of the Y Party")."""
    words = [w for w in _words(gap) if w not in ("the", "a", "an", "of", "from", "for", "its", "their")]
    lex = lexicon()
    members = set(tables().member_nouns)
    return not words or any(w in members or lex.titles.get(w) is not None for w in words)


def _past(text: str, start: int, end: int, past: frozenset[str]) -> bool:
    """A past word in the phrase, or a left marker glued to the party ("ex-Harbour Party")."""
    ws = _words(text[start:end])
    return any(w in past or any(w.startswith(p + "-") for p in past) for w in ws)


def holder_of(text: str, party: Mention, people: list[Mention]) -> Mention | None:
    """The person the sentence writes this party with, if any (patterns above)."""
    after, apposed, member_after, before, past = _patterns()
    pa, pb = party.span
    for m in sorted(people, key=lambda m: (min(abs(party.span[0] - m.span[1]), abs(m.span[0] - party.span[1])), m.span)):
        a, b = m.span
        if b <= pa and pa - b <= 80:
            gap = text[b:pa]
            tail = text[pb : pb + 40]
            if gap.lstrip().startswith("(") and after.match(gap):
                if re.match(r"\s*[),]", tail) and not _past(text, b, pa, past):
                    return m
                continue
            if after.match(gap) and "(" not in gap and _member_words(gap.split(",", 1)[-1] if "," in gap else ""):
                if not _past(text, b, pa, past) and not _past(text, max(0, pa - 4), pa + 1, past):
                    return m
                continue
            if apposed.match(gap) and member_after.match(tail) and not _past(text, b, pa, past):
                return m
        elif a >= pb and a - pb <= 50:
            gap = text[pb:a]
            if before.match(gap) and not _past(text, max(0, pa - 12), a, past):
                words = [w for w in _words(gap) if w not in ("'s", "’s", "s")]
                possessive = gap.startswith(("'s", "’s"))
                if (possessive and not words) or (words and _member_words(" ".join(words))):
                    return m
    return None


def affiliation_drafts(ex: SentenceDates) -> list[Draft]:
    drafts: list[Draft] = []
    for s in sorted(ex.sentences.values(), key=lambda s: s.index):
        drafts += _of_sentence(ex, s)
    return drafts


def _of_sentence(ex: SentenceDates, s: Sentence) -> list[Draft]:
    people = [m for m in s.mentions if m.kind == "person" and m.entity]
    if not people:
        return []
    found: list[tuple[Mention, str, tuple[int, int]]] = []
    for p in (m for m in s.mentions if m.entity and is_party(m)):
        m = holder_of(ex.text, p, people)
        if m is not None:
            found.append((m, p.label or p.text, p.span))
    bare: list[tuple[Mention, str, tuple[int, int]]] = []
    for m in people:  # "Harbour Party MP X": the party written inside the person's title
        inner = party_in_title(ex.text, m)
        lower = _LOWER_PARTY.match(ex.text, m.span[1], s.span[1])
        if lower is not None and not any(a <= lower.start(1) < b for _, _, (a, b) in found):
            # "Tom Ek of the Green party": no mention covers a party written with a lower-case head
            found.append((m, ex.text[lower.start(1) : lower.end()], (lower.start(1), lower.end())))
        if inner is not None:
            found.append((m, ex.text[inner[0] : inner[1]], inner))
        elif (short := bare_party(ex.text, m, s.mentions)) is not None:
            bare.append((m, ex.text[short[0] : short[1]], short))
    # a name without its head word ("Labour leader X", "X (Labour)") is of type "other": the
    # check reads it only as a party the corpus names in full ("the Labour Party")
    return [Draft(sentence=s, predicate="affiliation", facet="affiliation", subject_id=m.entity or "",
                  subject_label=m.label or m.text, subject_text=m.text, subject_span=m.span,
                  when=ex.sentence_date(s, s.span[1], lone=True),
                  who=[Actor(entity=m.entity, text=m.text, span=m.span)],
                  value=ClaimValue(type=kind, value=party_key(name), text=ex.text[a:b], span=(a, b)))
            for kind, group in (("name", found), ("other", bare)) for m, name, (a, b) in group]


_LOWER_PARTY = re.compile(r"\s+(?:of|from)\s+the\s+(?:[a-z][\w-]*\s+){0,2}((?:[A-Z][\w’'-]*\s+){1,4})party\b")
_PAREN = re.compile(r"\s*\(\s*([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s*\)")
_CAPS_BEFORE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*[ \t]+){0,1}[A-Z][\w’'-]*)[ \t]+$")


def bare_party(text: str, m: Mention, others: list[Mention] = []) -> tuple[int, int] | None:  # noqa: B006
    """The span of a party named without its head word: capitalised words right before a
    member title written before the name ("Labour leader X", "Green candidate X"), or alone
    in brackets after it ("X (Labour)"); None when they are a country, a title, or past."""
    lex = lexicon()
    t = tables()
    heads = set(t.party_heads)
    found: tuple[int, int] | None = None
    paren = _PAREN.match(text, m.span[1])
    if paren is not None:
        found = paren.span(1)
    elif m.title and m.title_span and m.title_span[1] <= m.span[0]:
        words = list(re.finditer(r"[\w’'-]+", text[m.title_span[0] : m.title_span[1]]))
        member = next((w for w in words if w.group().casefold() in t.member_nouns), None)
        if member is not None:
            at = m.title_span[0] + member.start()
            caps = _CAPS_BEFORE.search(text, max(0, at - 40), at)
            # not the title's own words ("Prime Minister", "Health Minister", "Vice Chair")
            if caps is not None and lex.describe_title(text[caps.start(1) : m.title_span[0] + member.end()]) is None:
                found = caps.span(1)
    if found is None:
        return None
    name = text[found[0] : found[1]]
    folded = key(name).split()
    if not folded or folded[-1] in heads or lex.country_of(name) is not None or lex.titles.get(key(name)) is not None \
            or name.endswith(("'s", "’s", "'")) or lex.lookup(name) is not None or key(name) in lex.portfolio_words \
            or any(w in lex.stop or w in lex.modifiers or lex.heads.get(w) == "org" for w in folded) \
            or any(lex.country_of(w) is not None or w.endswith(("'s", "’s")) for w in name.split()) \
            or any(o.kind in ("place", "country") and o.span[0] < found[1] and found[0] < o.span[1] for o in others):
        return None  # a country, a title word, a body's possessive, a known name, a portfolio, a body's head, a place
    _, _, _, _, past = _patterns()
    return None if _past(text, max(0, found[0] - 12), found[1], past) else found


def party_key(name: str) -> str:
    """The party's folded name, compared across sources ("the Harbour Party" = "Harbour Party")."""
    words = key(name).split()
    return " ".join(words[1:] if words and words[0] == "the" else words)


@lru_cache(maxsize=1)
def _title_party() -> re.Pattern[str]:
    heads = "|".join(re.escape(h.capitalize()) for h in tables().party_heads)
    return re.compile(rf"((?:[A-Z][\w’'-]*\s+){{1,4}}(?:{heads}))(?:[’']s)?\s+[A-Za-z]")


def party_in_title(text: str, m: Mention) -> tuple[int, int] | None:
    """The span of a party's name opening the title written before a name ("Harbour Party
    MP X", "Valley Party leader X"); None when there is none or it is past ("former ...")."""
    if not m.title or not m.title_span or m.title_span[1] > m.span[0]:
        return None
    a = m.title_span[0]
    found = _title_party().match(text, a, m.title_span[1])
    if found is None:
        return None
    _, _, _, _, past = _patterns()
    if _past(text, max(0, a - 12), found.end(1), past):
        return None
    return found.start(1), found.end(1)
