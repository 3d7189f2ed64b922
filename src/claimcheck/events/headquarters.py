"""An organisation's seat and the place it was founded, as place attributes of the
organisation: "Corvex, headquartered in Lyon", "Halden Foods, which is based in Aarhus", "the
Lyon-based insurer" (in apposition to its name), "moved its head office from Nantes to Lyon",
"founded in Nantes in 1921". One claim per statement, subject ``hq:<organisation>`` (facet
``seat``) or ``founded:<organisation>`` (facet ``founded``), the place as its ``where``, so the
place rule compares two places for one organisation (checks/place.py). A seat stated in the
past ("was based in", "until 2016 ... headquartered in", "formerly based in") or planned ("plans
to move its headquarters to") is no claim: the seat before a move is never held against the
seat after it. The organisation is the capitalised name the phrase follows (an appositive or a
verb of being between), or after "X-based"; "It" or "the lender" opening the sentence is the
first name of the sentence before. Names are folded without generic company words ("Corvex
Bank" and "Corvex" are one), so the key holds across articles that name it more or less fully."""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..models import Claim, Mention, Source, SubjectRef, Where
from ..resources import load_resource
from ..segment import sentences_outside_excluded
from ..words import SubstringGate, alternation, scan


class HeadquartersExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    org: str | None  # None: no claim
    fact: str
    place: str | None


class HeadquartersTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    seat: list[str] = Field(min_length=1)
    moved: list[str] = []
    founded: list[str] = Field(min_length=1)
    present: list[str] = []
    past: list[str] = []
    former: list[str] = []
    refer: list[str] = []
    company_words: list[str] = []
    person_nouns: list[str] = []
    not_places: list[str] = []
    examples: list[HeadquartersExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> HeadquartersTable:
    return load_resource("events/headquarters.yaml", HeadquartersTable)


_WORD = r"[A-Z][\w&’'-]*"
_NAME = rf"{_WORD}(?:\s(?:of\s|de\s|and\s|&\s)?{_WORD})*"
_PLACE = rf"(?P<place>{_NAME})"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = table()
    seat = re.compile(rf"\b(?i:{alternation(t.seat, any_space=True)})\s+{_PLACE}")
    founded = re.compile(rf"\b(?i:{alternation(t.founded, any_space=True)})\s+(?:(?:19|20)\d\d\s+in\s+)?{_PLACE}")
    moved = re.compile(rf"\b(?i:{alternation(t.moved, any_space=True)})\s+(?:from\s+{_NAME}\s+)?to\s+{_PLACE}")
    # "Zurich and London-based": the place next to "-based" only
    based = re.compile(rf"\b(?P<place>{_WORD}(?:\s{_WORD}){{0,2}})-based\b")
    return seat, founded, moved, based


@lru_cache(maxsize=1)
def _gap() -> re.Pattern[str]:
    """What may stand between an organisation's name and the phrase: an appositive, a
    participle phrase and "and", "which is", a verb of being."""
    t = table()
    # ", founded in 1992 and headquartered in": a participle phrase coordinated before it
    return re.compile(rf"^\s*(?:,\s*(?:[^,;()]{{1,80}},\s*|[a-z]+ed\s+[^,;()]{{1,60}}?\s+and\s+)?)?(?:(?:which|that)\s+)?"
                      rf"(?:(?:{alternation(t.present + t.past, any_space=True)})\s+)?"
                      rf"(?:also\s+|still\s+|now\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _past_re() -> re.Pattern[str]:
    t = table()
    return re.compile(rf"(?<![\w-])(?:{alternation(t.past + t.former, any_space=True)})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _plan_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:will|would|plans?|planned|planning|intends?|to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _refer_re() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:(?i:it)\b|(?i:the)\s+(?:[a-z-]+\s+)?(?i:{alternation(table().refer)})\b)")


_NAME_RE = re.compile(_NAME)


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    return frozenset(table().not_places)
_DETERMINER = frozenset({"the", "a", "an", "its", "their", "it", "this", "that", "but", "and", "in", "on", "at", "by",
                         "for", "with", "until", "since", "after", "before", "when", "while", "as"})


def fold(name: str) -> str:
    """An organisation's name as a key: lower case, generic company words dropped ("Corvex
    Bank" -> corvex), kept whole if nothing else is left."""
    words = [w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in {"s"}]
    generic = set(table().company_words)
    kept = [w for w in words if w not in generic]
    return "-".join(kept or words)


def _clean(name: str) -> str:
    """A name without a determiner or a sentence-opening word before it."""
    words = name.split()
    while words and words[0].lower() in _DETERMINER:
        words = words[1:]
    return " ".join(words)


def _not_org(mentions: list[Mention], starts: list[int], a: int, b: int, person: bool = True) -> bool:
    """A person, place or country the entity layer knows is no organisation (with ``person``
    False a name taken for a person may be one: only organisations are "headquartered" or
    "founded", and an unknown company's name is often taken for a person's)."""
    kinds = {"person", "place", "country"} if person else {"place", "country"}
    i = bisect.bisect_right(starts, a) - 1
    for m in mentions[max(0, i - 1):i + 3]:
        if m.span[0] < b and a < m.span[1] and m.kind in kinds:
            return True
    return False


def _org_before(text: str, lo: int, at: int, mentions: list[Mention], starts: list[int], person: bool) -> str | None:
    """The name the phrase at ``at`` is said of: the last capitalised name before it in its
    sentence with only an appositive or a verb of being between."""
    best = None
    for m in _NAME_RE.finditer(text, lo, at):
        if _gap().match(text[m.end():at]) and not _not_org(mentions, starts, m.start(), m.end(), person):
            name = _clean(m.group())
            if name:
                best = name
                break  # the first name whose gap fits: names inside the appositive come later
    return best


def _main_org(ordered: list[Mention]) -> str | None:
    """The organisation an article names more often than any other, at least twice, by its
    shortest name ("Orvane" of "Orvane Technologies"): what a bare "the Lyon-based company"
    stands for. None when two are named as often, or another is named first."""
    counts = Counter(m.entity for m in ordered if m.kind == "org" and m.entity)
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    if next(m.entity for m in ordered if m.kind == "org" and m.entity) != top[0][0]:
        return None  # the body named first is another: which one the article is about is unclear
    return min((m.text for m in ordered if m.entity == top[0][0]), key=lambda t: (len(t), t))


def _place_at(mentions: list[Mention], starts: list[int], at: int) -> bool:
    """A place or country mention starts at ``at``."""
    i = bisect.bisect_left(starts, at)
    return i < len(mentions) and mentions[i].span[0] == at and mentions[i].kind in {"place", "country"}


def _company_noun(after: str) -> bool:
    """The noun an "X-based" compound qualifies is a company noun ("lender", "food group"),
    not a person's ("analyst", "fund manager")."""
    m = re.match(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{alternation(table().refer)})\b", after)
    return m is not None and not _person_after(after)


@lru_cache(maxsize=1)
def _person_re() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(table().person_nouns)})s?\b", re.IGNORECASE)


def _person_after(after: str) -> bool:
    """"a Singapore-based fund manager", "Moscow-based US lawyer X": a person's base."""
    return _person_re().match(after) is not None


def _first_name(text: str, lo: int, hi: int, mentions: list[Mention], starts: list[int]) -> str | None:
    """The first capitalised name of a sentence that is no person, place or country."""
    for m in _NAME_RE.finditer(text, lo, hi):
        name = _clean(m.group())
        if name and not _not_org(mentions, starts, m.end() - len(name), m.end()) and name.lower() not in _DETERMINER:
            return name
    return None


# words one of which every seat or founding phrase holds
_CUES = ("based", "quartered", "head", "found", "establish", "set up", "formed", "incorporated", "moved", "relocated")


def headquarters_claims(source: Source, mentions: list[Mention]) -> list[Claim]:
    out: list[Claim] = []
    text = source.text
    ordered = sorted(mentions, key=lambda m: m.span)
    starts = [m.span[0] for m in ordered]
    seat, founded, moved, based = _patterns()
    previous: tuple[int, int] | None = None
    low = text.lower()
    # the lower-cased text stands for each lower-cased sentence when no letter changed length
    gate = SubstringGate(_CUES, low) if len(low) == len(text) else None
    for _, (s, e) in sentences_outside_excluded(source):
        if not (gate.holds(s, e) if gate is not None else any(c in text[s:e].lower() for c in _CUES)):
            previous = (s, e)
            continue  # no phrase of a seat or a founding
        for fact, pattern in (("seat", moved), ("seat", seat), ("founded", founded), ("seat", based)):
            for m in pattern.finditer(text, s, e):
                claim = _claim(source, ordered, starts, fact, pattern is based, m, (s, e), previous)
                if claim is not None:
                    out.append(claim)
        previous = (s, e)
    seen: set[tuple[str, int]] = set()
    unique = []
    for c in out:  # "moved its headquarters to Lyon" is read once, not again as "headquarters ... in"
        if (c.subject.id, c.span[0]) not in seen:
            seen.add((c.subject.id, c.span[0]))
            unique.append(c)
    return unique


def _claim(source: Source, ordered: list[Mention], starts: list[int], fact: str, is_based: bool, m: re.Match[str],
           sentence: tuple[int, int], previous: tuple[int, int] | None) -> Claim | None:
    text = source.text
    s, e = sentence
    place = _clean(m.group("place"))
    pb = m.end("place")
    pa = pb - len(place)
    dual = re.search(rf"(?P<other>{_WORD})\s*(?:\band|&|/)\s*$", text[max(s, pa - 40):pa]) if is_based else None
    if " and " in place or (dual is not None and _place_at(ordered, starts, max(s, pa - 40) + dual.start("other"))):
        return None  # "based in London and Hong Kong", "Zurich and London-based": two seats, no one to compare
    if not place or place.split()[0] in _not_places() or _not_org(ordered, starts, pa, pb) and not any(
            o.span[0] <= pa < o.span[1] and o.kind in {"place", "country"} for o in ordered):
        return None  # a person's name is no place
    before = text[max(s, m.start() - 40):m.start()]
    if fact == "seat" and (_past_re().search(before) or _plan_re().search(before)):
        return None  # a former seat, or a move not yet made
    name: str | None = None
    if is_based:
        after = re.match(rf"\s+({_NAME})", text[m.end():e])
        appos = re.search(rf"({_NAME}),\s+(?:the|a|an)\s+$", text[max(s, m.start() - 80):m.start()])
        if _person_after(text[m.end():min(e, m.end() + 60)]):
            return None
        if after is not None and not _not_org(ordered, starts, m.end() + after.start(1), m.end() + after.end(1)):
            name = _clean(after.group(1))
        elif appos is not None and _company_noun(text[m.end():e]):  # "the Porto-based lender", not "analyst"
            a = max(s, m.start() - 80)
            if not _not_org(ordered, starts, a + appos.start(1), a + appos.end(1)):
                name = _clean(appos.group(1))
        elif re.search(r"(?<![\w-])[Tt]he\s+$", text[max(s, pa - 4):pa]) \
                and _company_noun(text[m.end():e]):
            name = _main_org(ordered)  # "The Bergen-based carrier": the body the article is about
    else:
        # "based in" is said of people too; "headquartered", "founded" of organisations only
        strict = m.group().lower().startswith("based")
        name = _org_before(text, s, m.start(), ordered, starts, strict)
        if name is None and previous is not None and (r := _refer_re().match(text, s)) is not None \
                and _gap().match(text[r.end():m.start()]):
            name = _first_name(text, *previous, ordered, starts)  # "It was founded in ...": the last sentence's name
    if not name or fold(name) == fold(place):
        return None
    sid = f"{'hq' if fact == 'seat' else 'founded'}:{fold(name)}"
    where = next((o.entity for o in ordered if o.span == (pa, pb) and o.entity and o.kind in {"place", "country"}), None)
    where = where or "place:" + re.sub(r"\W+", "-", place.lower()).strip("-")
    cid = "c-" + hashlib.sha1(f"{source.id}|{fact}|{sid}|{s}|{pa}".encode()).hexdigest()[:12]
    label = f"{'seat' if fact == 'seat' else 'founding place'} of {name}"
    return Claim(
        id=cid, source=source.id, span=(s, e), quote=text[s:e], predicate=fact,
        subject=SubjectRef(id=sid, label=label, text=None, span=None),
        where=Where(entity=where, text=place, span=(pa, pb)), modality="reported", facet=fact,
    )


# --- a facility's site ----------------------------------------------------------------------
# "the Dalanan River Bridge in the town of Santa Lucia", "Crescent General Hospital, a private
# hospital in the port city of Chittagong", "the port of Tilbury, in Essex", and "The
# 118-metre bridge in San Isidro" when the article names one bridge: a building or structure
# stands in one place, so two towns for one named facility disagree (checks/place.py, facet
# ``site``). An indefinite "a plant in X" may be another plant of the story: no claim.

# "in the town of", "in the port city of": an area noun between "in" and the name
_AREA_OF = r"(?:the\s+(?:[a-z]+\s+){1,2}of\s+)?"
# an appositive set off before the locative: ", a private hospital in"; a verb of being, with
# the place it is at before its town ("was at a sports ground in"); "in nearby Y", "on the east
# side of Y" (a part of the town is in it)
_SITE_GAP = (r"(?:,\s+(?:a|an|the)\s+[^,.;:()]{1,60}?)?,?\s+"
             r"(?:(?:is|was|are|were|remains|has\s+been)\s+(?:located\s+|situated\s+)?"
             r"(?:(?:in|at)\s+(?:a|an|the)\s+(?:(?!of\b)[\w’'-]+\s+){1,3}?(?=(?:in|at)\s))?)?"
             r"(?:(?:in|at)\s+(?:nearby\s+)?|on\s+the\s+(?:(?:north|south|east|west)[a-z-]*\s+)?"
             r"(?:side|edge|outskirts|fringes?)\s+of\s+)")


class SiteExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    key: str | None  # None: no claim
    place: str | None


class SiteTable(BaseModel):
    """resources/events/sites.yaml: the nouns of a thing read with no name, keyed by kind."""
    model_config = ConfigDict(extra="forbid", defer_build=True)
    unnamed: dict[str, str] = Field(min_length=1)
    ignore: list[str] = []
    moved: list[str] = []
    incidental: list[str] = []
    generic_owners: list[str] = []
    examples: list[SiteExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def site_table() -> SiteTable:
    return load_resource("events/sites.yaml", SiteTable)


@lru_cache(maxsize=1)
def _site_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """Site nouns (one pass over the text finds them), what follows one ("in Y", "of X, in Y"),
    a facility's capitalised name ending right before it, a definite "the ... " before it."""
    from ..entities.gazetteer import table as places

    nouns = tuple(sorted(set(places().site_nouns) | set(site_table().unnamed), key=lambda w: (-len(w), w)))
    noun = re.compile(rf"(?<![\w-])(?:{alternation([n.capitalize() for n in nouns] + list(nouns))})(?![\w-])")
    areas = alternation(list(places().area_nouns))
    # "in the O'Higgins region": a definite area written with its noun
    definite_area = rf"(?:the\s+(?={_NAME}\s+(?:{areas})(?![\w-])))?"
    tail = re.compile(rf"(?:\s+of\s+(?P<name>{_WORD}(?:\s{_WORD}){{0,3}}))?" + _SITE_GAP + _AREA_OF + definite_area + _PLACE)
    # no "and" inside: "Hylands Park in Essex and Weston Park in ..." is two parks
    name_before = re.compile(rf"(?:{_WORD}\s(?:(?:of|de)\s)?){{0,4}}{_WORD}\s$")
    definite = re.compile(r"(?<![\w-])[Tt]he\s+(?:[a-z0-9][\w-]*\s+){0,3}$")
    return noun, tail, name_before, definite, nouns


# "the Las Brisas substation", "the Sunset Ridge mobile home park": a name, then at most two
# lower-case words, before a lower-case site noun
_NAMED_LOWER = re.compile(rf"(?<![\w-])[Tt]he\s+(?P<name>{_WORD}(?:\s(?:(?:of|de|del)\s)?{_WORD}){{0,3}})\s+"
                          r"(?P<mods>(?:[a-z][\w-]*\s+){0,2})$")
# "the main shelter", "its factory", "the institute's ice core laboratory", "Trellco's plant":
# a determiner or an owner, then at most three lower-case words
_OWNED = re.compile(r"(?<![\w’'-])(?:(?P<det>[Tt]he|[Ii]ts|[Tt]heir)|(?P<owner>[\w-]+)[’']s)\s+"
                    r"(?P<mods>(?:[a-z0-9][\w-]*\s+){0,3})$")


@lru_cache(maxsize=1)
def _area_after() -> re.Pattern[str]:
    from ..entities.gazetteer import table as places

    return re.compile(rf"\s+(?:{alternation(list(places().area_nouns))})(?![\w-])")


def _named_sites(mentions: list[Mention], nouns: tuple[str, ...]) -> dict[str, set[str]]:
    """Per site noun, the facilities the article names with it ("Dalanan River Bridge")."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        words = m.text.split()
        if len(words) >= 2 and m.kind in {"place", "org", "thing"} and words[-1].lower() in nouns:
            out.setdefault(words[-1].lower(), set()).add(m.entity or m.text)
    return out


def site_claims(source: Source, mentions: list[Mention]) -> list[Claim]:
    """Where a named facility stands (facet ``site``): one claim per statement. The site nouns
    are found by one pass over the text; each is read at its own position only."""
    text = source.text
    _, tail_re, name_re, definite_re, nouns = _site_patterns()
    sentences = [span for _, span in sentences_outside_excluded(source)]
    if not sentences:
        return []
    ordered = sorted(mentions, key=lambda m: m.span)
    starts = [m.span[0] for m in ordered]
    firsts = [a for a, _ in sentences]
    sites: dict[str, set[str]] | None = None
    unnamed: set[str] = set()
    out: list[Claim] = []
    words = scan(text)
    for i in words.positions(frozenset(nouns)):
        n_start, n_end = words.starts[i], words.ends[i]
        k = bisect.bisect_right(firsts, n_start) - 1
        if k < 0 or n_end > sentences[k][1] or text.startswith("-", n_end) or text[n_start - 1:n_start] == "-":
            continue  # outside the text's sentences (excluded), or part of a compound
        s, e = sentences[k]
        m = tail_re.match(text, n_end, e)
        if m is None:
            continue
        head = words.lowers[i]
        if m.group("name"):  # "the port of Tilbury, in Essex"
            if definite_re.search(text, max(s, n_start - 40), n_start) is None:
                continue
            subject = _site_subject(f"{head} of {m.group('name')}", m.start("name"), m.end("name"), True,
                                    ordered, starts)
        elif text[n_start].isupper():  # "the Dalanan River Bridge in ..."
            before = name_re.search(text, max(s, n_start - 80), n_start)
            if before is None:
                continue
            subject = _site_subject(text[before.start():n_end], before.start(), n_end, False, ordered, starts)
        elif head not in site_table().incidental and \
                (lower := _NAMED_LOWER.search(text, max(s, n_start - 80), n_start)) is not None:
            # "the Las Brisas substation in ...": the name and its noun, the words between left out
            subject = _site_subject(f"{lower.group('name')} {head}", lower.start("name"), lower.end("name"), True,
                                    ordered, starts)
        else:  # "The 118-metre bridge in ...": the article's one named bridge, else one of its kind
            owned = _OWNED.search(text, max(s, n_start - 60), n_start)
            if owned is None:
                continue
            if sites is None:
                sites = _named_sites(ordered, nouns)
            named = sites.get(head, set())
            if len(named) == 1 and owned.group("det") and owned.group("det").lower() == "the":
                subject = (next(iter(named)), next(iter(named)).split(":", 1)[-1].replace("-", " "))
            elif not named and head in site_table().unnamed and \
                    not _former_re().search(text, max(s, owned.start() - 40), owned.start()):
                subject = _unnamed_subject(head, owned)
                if subject is not None:
                    unnamed.add(subject[0])
            else:
                subject = None
        claim = _site_claim(source, ordered, starts, m, subject, (s, e)) if subject else None
        if claim is not None:
            out.append(claim)
    return _one_place_each(out, unnamed)


def _one_place_each(claims: list[Claim], unnamed: set[str]) -> list[Claim]:
    """An article that puts a thing of one kind, named by no name, in two places speaks of two
    of them ("the shelter in A ... the shelter in B"): none of its claims is kept."""
    places: dict[str, set[str]] = {}
    for c in claims:
        if c.subject.id in unnamed and c.where is not None:
            places.setdefault(c.subject.id, set()).add(c.where.entity)
    return [c for c in claims if len(places.get(c.subject.id, ())) <= 1]


@lru_cache(maxsize=1)
def _former_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(table().former, any_space=True)})(?![\w-])", re.IGNORECASE)


def _unnamed_subject(head: str, owned: re.Match[str]) -> tuple[str, str] | None:
    """A thing named by no name, as (key, label): its kind, the words written before its noun
    (what tells two of a kind apart: "the main shelter"), and its owner when the owner is named
    ("Trellco's factory"); the story's own when it has none or a generic one ("the company's
    factory", "its factory"). None for a thing said to be a former or a planned one."""
    t = site_table()
    mods = [w for w in owned.group("mods").split() if w not in t.ignore and not any(ch.isdigit() for ch in w)]
    if any(w in t.moved for w in mods):
        return None  # "the old factory in X": not where it stands now
    owner = owned.group("owner")
    kind = t.unnamed[head]
    if owner and owner[0].isupper():
        key = f"{fold(owner)}-{'-'.join(mods + [kind])}"
        return f"site:{key}", f"{owner}'s {' '.join(mods + [head])}"
    if owner and owner.lower() not in t.generic_owners:
        return None  # "the prosecutor's office": someone's, not the story's
    return f"site:the-{'-'.join(mods + [kind])}", f"the {' '.join(mods + [head])}"


def _site_subject(written: str, a: int, b: int, of_name: bool, ordered: list[Mention],
                  starts: list[int]) -> tuple[str, str] | None:
    """The facility a name at ``a``..``b`` names, as (key, label): the entity of its mention,
    else a slug of the name; None for a name that is a month, a weekday or a person's."""
    name = _clean(written)
    if not name or name.split()[0] in _not_places() or (not of_name and len(name.split()) < 2):
        return None  # "The Hospital in X": no name before the noun
    a = b - len(name) if not of_name else a
    i = bisect.bisect_right(starts, a) - 1
    if of_name and any(o.span[0] < b and a < o.span[1] and o.kind in {"person", "country"}
                       for o in ordered[max(0, i - 1):i + 3]):
        return None  # "the hospital of Saint X": a person's name is no facility's; a name ending on a
        # site noun is the facility's whatever the entity layer took it for ("Vesta Oil Refinery")
    i = bisect.bisect_left(starts, a)
    ent = None if of_name else next((o.entity for o in ordered[max(0, i - 1):i + 2] if o.entity and o.span[0] <= a
                                     and b <= o.span[1] and o.kind in {"place", "org", "thing"}), None)
    return ent or "site:" + re.sub(r"\W+", "-", name.lower()).strip("-"), name


def _site_claim(source: Source, ordered: list[Mention], starts: list[int], m: re.Match[str],
                subject: tuple[str, str], sentence: tuple[int, int]) -> Claim | None:
    text = source.text
    s, e = sentence
    place = _clean(m.group("place"))
    poss = re.search(r"[’']s\s+", place)
    if poss is not None:
        place = place[poss.end():]  # "Chattogram's Sitakunda": the place within the area
    pb = m.end("place")
    pa = pb - len(place)
    if not place or place.split()[0] in _not_places() or " and " in place:
        return None
    area = _area_after().match(text, pb, e)
    if area is not None:  # "in Chattogram district": the area, not its town
        pb = area.end()
        place = text[pa:pb]
    if _not_org(ordered, starts, pa, pb) and not any(o.span[0] <= pa < o.span[1] and o.kind in {"place", "country"}
                                                      for o in ordered):
        return None  # "at Crescent Hospital in Ward 5": a person's or body's name is no place
    key, label = subject
    sid = "site:" + key.split(":", 1)[-1] if not key.startswith("site:") else key
    where = next((o.entity for o in ordered if o.span == (pa, pb) and o.entity and o.kind in {"place", "country"}), None)
    where = where or "place:" + re.sub(r"\W+", "-", place.lower()).strip("-")
    if where.split(":", 1)[-1] == sid.split(":", 1)[-1]:
        return None
    cid = "c-" + hashlib.sha1(f"{source.id}|site|{sid}|{s}|{pa}".encode()).hexdigest()[:12]
    return Claim(
        id=cid, source=source.id, span=(s, e), quote=text[s:e], predicate="site",
        subject=SubjectRef(id=sid, label=f"site of {label}", text=None, span=None),
        where=Where(entity=where, text=place, span=(pa, pb)), modality="reported", facet="site",
    )


__all__ = ["fold", "headquarters_claims", "site_claims", "site_table", "table"]
