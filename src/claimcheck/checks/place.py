"""claimcheck.check.place.v1: one place per occurrence, one seat and one founding place per
organisation (facets ``seat`` and ``founded``, events/headquarters.py), one site per named
facility (facet ``site``: "the X Bridge in Y", events/headquarters.py ``site_claims``).

Places are compared by entity id (``place:virtual`` for "by video" counts as a place).
Two reported places: the same or one within the other (the index's
``place_within(inner, outer)`` when it has one, else one name inside the other: "Washington"
/ "Washington, DC", but not a name joined to another by "and": "Eastvale" / "Eastvale and
Marsh" are two districts; else the gazetteer's geography, ``entities.gazetteer.nests``: a
town in its state, county, country or continent, a state in its country; a site such as a
hospital or a court against a town, ``gazetteer.site_in``) is a ``variant``; a physical place against ``place:virtual`` is a
``tension`` (a hybrid meeting would explain it); two other places are a ``conflict``.
A planned place that no report matches is a ``tension`` (a plan not kept); two plans
naming different places are a ``tension`` (the plan changed), a ``conflict`` when two sources
published within a few days of each other name them and neither says the plan changed
(checks/plan_window.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator

from rapidfuzz import fuzz

from ..entities import gazetteer
from ..entities.lexicon import lexicon
from ..models import Claim, Finding, Severity
from .context import CheckContext
from .date import is_plan
from .finding import describe_when, make_finding
from .plan_window import stated_together
from .registry import rule

RULE = "claimcheck.check.place.v1"
# Only an occurrence has one place: a thing may be agreed at several meetings. An
# organisation has one seat at a time and was founded in one place (events/headquarters.py).
PLACE_FACETS = frozenset({"occurrence", "seat", "founded", "site", "born", "located"})
_VERB = {"seat": "based in", "founded": "founded in", "site": "standing in", "born": "born in", "located": "at"}
VIRTUAL = "place:virtual"


def _detail(ctx: CheckContext, claim: Claim) -> str:
    w = claim.where
    where = f'where "{w.text}" = {w.entity}' if w else "no place stated"
    return f"{where}; {describe_when(ctx, claim)}"


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _within(ctx: CheckContext, a: list[Claim], b: list[Claim]) -> bool:
    """Place a lies within place b, or the other way round."""
    ea, eb = a[0].where.entity, b[0].where.entity  # type: ignore[union-attr]
    if _town_areas(a) and _town_areas(b):  # "X, Aurora" / "X in Isabela province": two areas of one town
        return _areas_nest({c.where.text for c in a if c.where}, {c.where.text for c in b if c.where})
    fn = getattr(ctx.index, "place_within", None)
    if callable(fn) and (fn(ea, eb) or fn(eb, ea)):
        return True
    ta = {_words(c.where.text) for c in a if c.where}
    tb = {_words(c.where.text) for c in b if c.where}
    if any(x and y and (_inside(x, y) or _inside(y, x) or _one_site(x, y)) for x in ta for y in tb):
        return True
    if VIRTUAL in (ea, eb):
        return False
    na, nb = _names(ctx, ea, a), _names(ctx, eb, b)
    if any(gazetteer.nests(x, y) or gazetteer.nests(y, x) for x in sorted(na) for y in sorted(nb)):
        return True
    return _may_hold(ctx, ea, na, nb) or _may_hold(ctx, eb, nb, na) or _area_may_hold(na, nb) \
        or _area_may_hold(nb, na) or gazetteer.site_in(na, nb) or gazetteer.site_in(nb, na)



def _town_areas(claims: list[Claim]) -> bool:
    """Claims that put a town in an area (events/town_sites.py): each place written is an
    area in some reading of it ("Aurora" is a province and a town)."""
    return all(c.subject.id.startswith("site:") and c.where is not None and c.where.text
               and gazetteer.may_be_area(c.where.text) for c in claims)


def _areas_nest(na: set[str], nb: set[str]) -> bool:
    """Two areas one town is put in may be one within the other, unless they are plainly two
    areas of one level: written with the same area noun ("Cuneo province" / "Asti
    province"), or known to the gazetteer as two different areas of one level of one country
    ("Aurora" / "Isabela": two provinces). A province against a region the gazetteer gives
    no code for may lie in it."""
    def base(name: str) -> str:
        words = name.split()
        return " ".join(words[:-1]) if len(words) > 1 and _words(words[-1]) in gazetteer.table().area_nouns else name

    def noun(name: str) -> str | None:
        words = _words(name).split()
        return words[-1] if len(words) > 1 and words[-1] in gazetteer.table().area_nouns else None

    for x in sorted(na):
        for y in sorted(nb):
            if _words(base(x)) == _words(base(y)):
                return True
            if noun(x) is not None and noun(x) == noun(y):
                continue  # two provinces
            rx = [r for r in gazetteer.readings(base(x)) if r.level < gazetteer.TOWN]
            ry = [r for r in gazetteer.readings(base(y)) if r.level < gazetteer.TOWN]
            if any(gazetteer.holds(o, i) for o in ry for i in rx) or any(gazetteer.holds(o, i) for o in rx for i in ry):
                return True
            if gazetteer.two_divisions(base(x), base(y)):
                continue  # two states of one country, known by their ISO type though no area code is
            if not any(a.level == b.level and a.country == b.country and a.area and b.area and a.area != b.area
                       for a in rx for b in ry):
                return True  # not known as two areas of one level: one may hold the other
    return False


def _area_noun(name: str) -> str | None:
    """The area noun a name no gazetteer knows whole ends on ("Valladolid province": province)."""
    words = _words(name).split()
    if len(words) < 2 or gazetteer.readings(name) or words[-1] not in gazetteer.table().area_nouns:
        return None
    return words[-1]


def _area_may_hold(inner: set[str], outer: set[str]) -> bool:
    """An area written with its noun that no gazetteer knows whole ("Valladolid province",
    "the Khumbu region") may hold a town of its country ("Medina del Campo", which the
    gazetteer puts in Spain, when the name "Valladolid" is read in Spain or not at all) or an
    area of another level ("Solukhumbu district" in "the Khumbu region"), and may lie in a
    country or state the gazetteer knows; two areas of one level (two provinces) and places of
    two countries do not nest."""
    def same_country(a: str, b: str) -> bool:
        ca, cb = gazetteer.countries_of(a), gazetteer.countries_of(b)
        return not ca or not cb or bool(ca & cb)

    for y in sorted(outer):
        noun = _area_noun(y)
        base = " ".join(y.split()[:-1])
        for x in sorted(inner):
            other = _area_noun(x)
            if noun is not None and other is not None:
                if other != noun and same_country(" ".join(x.split()[:-1]), base):
                    return True
            elif noun is not None and not gazetteer.is_area(x):
                if same_country(x, base):
                    return True  # a town in a region
            elif other is not None and noun is None and gazetteer.readings(y) and gazetteer.is_area(y):
                if same_country(" ".join(x.split()[:-1]), y):
                    return True  # a region in a country or state
    return False


def _may_hold(ctx: CheckContext, inner_id: str, inner: set[str], outer: set[str]) -> bool:
    """A place no gazetteer knows ("Pine Hollow") against an area (a county, a state, a
    country, a continent): it may lie there, unless the texts put it in another country."""
    if any(gazetteer.readings(x) or gazetteer.is_area(x) for x in inner):
        return False
    if not any(gazetteer.is_area(y) for y in outer):
        return False
    fn = getattr(ctx.index, "country_of", None)
    known = fn(inner_id) if callable(fn) else None
    if not known:
        return True
    areas = {cc for y in outer for cc in gazetteer.countries_of(y)}
    iso = gazetteer.iso_of(known)
    return not areas or not iso or iso in areas


def _names(ctx: CheckContext, entity: str, claims: list[Claim]) -> set[str]:
    """A place's written names: as the claims write it, and its entity's label."""
    out = {c.where.text for c in claims if c.where and c.where.text}
    ent = getattr(ctx.index, "entities", {}).get(entity)
    if ent is not None:
        out.add(ent.label)
    elif entity.startswith("country:"):  # a country read from its adjective alone ("the French-born chef")
        label = lexicon().country_labels.get(entity.split(":", 1)[1])
        if label:
            out.add(label)
    return out


def _one_site(a: str, b: str) -> bool:
    """"crescent hospital" / "crescent general hospital": one site noun last and the words of
    one name within the other's: one building named more or less fully."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1] or not gazetteer.site_noun(a):
        return False
    return set(wa) <= set(wb) or set(wb) <= set(wa)


def _inside(short: str, long: str) -> bool:
    """"washington" inside "washington dc"; not "leeds west" inside "leeds west and pudsey":
    a name joined to another by "and" is a third place (two merged districts), not a narrower one."""
    if f" {short} " not in f" {long} ":
        return False
    return f" {short} and " not in f" {long} " and f" and {short} " not in f" {long} "


SPELLING_RATIO = 85  # two place names this alike (rapidfuzz ratio, accents folded) are one name spelled two ways


_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})


def _folded(text: str) -> str:
    """Accents and the letters NFKD keeps whole ("Andøya" / "Andoya") folded to plain letters."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", _words(text).translate(_LETTERS))
                   if not unicodedata.combining(ch))


def _spelled_alike(a: list[Claim], b: list[Claim]) -> bool:
    """"Andøya" / "Andoya", "Vardhaven" / "Vardhafen": one name spelled two ways (same first
    letter, five letters or more, lengths at most one apart, accents folded), not two places
    ("Austria" / "Australia", "Slovakia" / "Slovenia" stay two)."""
    ta = {_folded(c.where.text) for c in a if c.where}
    tb = {_folded(c.where.text) for c in b if c.where}
    # two sites named alike but for their site noun ("X Stadion" / "X Stadium"): the names before it
    ta |= {" ".join(x.split()[:-1]) for x in ta if gazetteer.site_noun(x)}
    tb |= {" ".join(x.split()[:-1]) for x in tb if gazetteer.site_noun(x)}
    if any(x and y and x[0] == y[0] and min(len(x), len(y)) >= 5 and abs(len(x) - len(y)) <= 1
           and (x == y or fuzz.ratio(x, y) >= SPELLING_RATIO) for x in ta for y in tb):
        return True
    # an old name or a transliteration of one large town ("Chittagong" / "Chattogram")
    return any(gazetteer.one_town(c.where.text, d.where.text) for c in a for d in b if c.where and d.where)




_CAP = r"[A-Z][\w’'-]*"
_NAME = rf"{_CAP}(?:\s(?:de\s|del\s|do\s|da\s)?{_CAP}){{0,3}}"
_NAME_BEFORE = re.compile(rf"(?<![\w’'-])({_NAME})\s$")
_NAME_AFTER = re.compile(rf"\s+of\s+(?:the\s+)?({_NAME})")
_OWNER = re.compile(r"^.*[’']s\s+")


def _written_areas(ctx: CheckContext) -> dict[str, frozenset[str]]:
    """Names the articles write as an area ("Sierra Alta province", "the province of Sierra
    Alta", "Chattogram district"), each with the area nouns it is written with: each area noun
    found by ``str.find`` (no tokenising, no regex scan), the name read only next to it; once
    per run, when a pair of places asks."""
    nouns = sorted(set(gazetteer.table().area_nouns))
    out: dict[str, set[str]] = defaultdict(set)
    for src in ctx.sources.values():
        text = src.text or ""
        low = text.lower()
        if len(low) != len(text):
            continue
        for noun in nouns:
            at = low.find(noun)
            while at >= 0:
                end = at + len(noun)
                if at > 0 and low[at - 1] == " " and not low[end:end + 1].isalpha():
                    before = _NAME_BEFORE.search(text, max(0, at - 60), at)
                    if before is not None:
                        out[_words(_OWNER.sub("", before.group(1)))].add(noun)  # "India's Andhra Pradesh state"
                    after = _NAME_AFTER.match(text, end) if text[at].islower() else None  # not "Department of X"
                    if after is not None:
                        out[_words(after.group(1))].add(noun)
                at = low.find(noun, end)
    return {name: frozenset(ns) for name, ns in out.items()}


def _an_area(ctx: CheckContext, a: list[Claim], b: list[Claim]) -> bool:
    """One of two places the articles write as an area anywhere ("Sierra Alta" where one
    writes "Sierra Alta province"): it may hold the other. Not when both are written with one
    area noun ("the municipality of Eskdal", "Varne municipality"): two areas of one level,
    neither holds the other."""
    areas = ctx.shared("place.written_areas", _written_areas)
    na = {_words(c.where.text) for c in a if c.where and c.where.text}
    nb = {_words(c.where.text) for c in b if c.where and c.where.text}
    if not (na | nb) & areas.keys():
        return False
    return not _area_nouns(na, areas) & _area_nouns(nb, areas)


def _area_nouns(names: set[str], areas: dict[str, frozenset[str]]) -> set[str]:
    """The area nouns folded place names are written with, here ("x municipality") or elsewhere."""
    out: set[str] = set()
    for x in names:
        words = x.split()
        if len(words) > 1 and words[-1] in gazetteer.table().area_nouns:
            out.add(words[-1])
            x = " ".join(words[:-1])
        out |= areas.get(x, frozenset())
    return out


def _state_and_town(state: list[Claim], town: list[Claim]) -> bool:
    """The seat written as a state or province of a country ("the Delaware-based firm") and
    as a town of that country ("San Francisco-based"): where it is registered and where it
    is based may be meant."""
    sa = [r for c in state if c.where for r in gazetteer.readings(c.where.text)]
    tb = [r for c in town if c.where for r in gazetteer.readings(c.where.text)]
    if not sa or any(r.level != gazetteer.AREA for r in sa):
        return False
    return any(r.level == gazetteer.TOWN and r.country in {x.country for x in sa} for r in tb)


def _pairs(by_place: dict[str, list[Claim]]) -> Iterator[tuple[list[Claim], list[Claim]]]:
    keys = sorted(by_place)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            yield by_place[a], by_place[b]


@rule(RULE, "place")
def check_places(ctx: CheckContext) -> Iterator[Finding]:
    """Different places for one occurrence: conflict; plan vs outcome: tension."""
    for (sid, facet), claims in ctx.groups.items():
        if facet not in PLACE_FACETS:
            continue
        reported: dict[str, list[Claim]] = defaultdict(list)
        planned: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            if c.where is not None:
                (planned if is_plan(c) else reported)[c.where.entity].append(c)
        label = ctx.label(sid)
        # distinct places are few per occurrence: pairwise over distinct values only
        for a, b in _pairs(reported):
            pa, pb = a[0].where.entity, b[0].where.entity  # type: ignore[union-attr]
            if _within(ctx, a, b):
                sev: Severity = "variant"
                why = "one place lies within the other: the same place named more or less precisely."
            elif _spelled_alike(a, b):
                sev, why = "variant", "one place name spelled two ways."
            elif VIRTUAL in (pa, pb):
                sev, why = "tension", "held virtually and in a place: only a hybrid meeting fits both."
            elif _an_area(ctx, a, b) and not (_town_areas(a) and _town_areas(b)):
                sev, why = "variant", "one place is written as an area elsewhere: it may hold the other."
            elif facet == "seat" and (_state_and_town(a, b) or _state_and_town(b, a)):
                sev, why = "tension", ("a state against a town of another: a company is often registered in one "
                                       "state and based in a town elsewhere, two scopes of one word.")
            else:
                sev, why = "conflict", "one occurrence is held in one place."
            yield make_finding(
                ctx, rule=RULE, kind="place", severity=sev, subject=sid, claims=a + b, detail=_detail,
                summary=f"{label}: {_VERB.get(facet, 'held in')} {pa} or {pb}",
                reason=why if facet == "occurrence" or sev != "conflict" else
                "a building or structure stands in one place." if facet == "site" else
                "a person is born in one place." if facet == "born" else
                "one action of one thing at one time has one place." if facet == "located" else "an organisation has one "
                "seat at a time and was founded in one place.",
            )
        for a, b in _pairs(planned):
            if _within(ctx, a, b):
                continue
            together = stated_together(ctx, a, b) and not _spelled_alike(a, b)
            yield make_finding(
                ctx, rule=RULE, kind="place", severity="conflict" if together else "tension", subject=sid,
                claims=a + b, detail=_detail,
                summary=f"{label}: planned in {a[0].where.entity} or {b[0].where.entity}",  # type: ignore[union-attr]
                reason="two sources published days apart name different places for the plan, and neither says "
                       "it changed: both cannot be the plan." if together else
                       "two plans name different places: the plan changed.",
            )
        if reported:
            outcome = [c for cs in reported.values() for c in cs]
            for place, plan in sorted(planned.items()):
                if place in reported or any(_within(ctx, plan, cs) for cs in reported.values()):
                    continue
                yield make_finding(
                    ctx, rule=RULE, kind="place", severity="tension", subject=sid, claims=plan + outcome,
                    detail=_detail, summary=f"{label}: planned in {place}, held in {', '.join(sorted(reported))}",
                    reason="a planned place that differs from where it was held: a plan not kept.",
                )
