"""Lookup tables compiled once from the entity resources.

Every table is keyed by ``text.key`` (folded phrase) or, for acronyms written in
capitals, by the capitals themselves, so "US" is the country but "us" is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..cache import cached
from ..keys import parse
from ..models import EntityKind
from ..resources import resource_path
from . import schemas
from .text import acronym_key, fold_token, is_ordinal, key, slug, tokens

_LETTER_DIGIT = re.compile(r"(?<=[A-Za-z])-(?=\d)")  # G-20 -> G20
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


@dataclass(frozen=True)
class Entry:
    """One known name: what it names and how it can be used."""

    kind: EntityKind
    id: str  # full entity id, kind:slug
    label: str
    country: str | None = None  # the country it belongs to (or is)
    role: str = "name"  # name | demonym | capital | contextual | region


_MAX_DESCRIBED = 200_000  # title phrases remembered (``Lexicon.describe_title``)


@dataclass(frozen=True)
class TitleInfo:
    title: str  # normalised title ("Defense Secretary")
    office: str | None  # office key ("defense-minister") for a national office
    country: str | None = None  # country the title implies by itself ("Secretary of State")
    sort: str = "national"  # national | qualified (an office only with a country written) | role | honorific | courtesy | rank | counterpart


@dataclass(frozen=True)
class MinistryInfo:
    portfolio: str
    country: str | None  # implied country ("Pentagon")


@dataclass(frozen=True)
class SeriesInfo:
    id: str  # series:<slug>
    label: str
    cadence: str
    first: int | None


@dataclass
class Tradition:
    name: str
    countries: list[str]
    surname_first: bool
    surnames: frozenset[str]
    syllables: frozenset[str]
    given: frozenset[str]
    variants: dict[str, str] = field(default_factory=dict)


@dataclass
class Lexicon:
    names: dict[str, Entry] = field(default_factory=dict)  # folded phrase -> entry
    acronyms: dict[str, Entry] = field(default_factory=dict)  # capitals -> entry
    titles: dict[str, TitleInfo] = field(default_factory=dict)
    ministries: dict[str, MinistryInfo] = field(default_factory=dict)
    ministry_labels: dict[tuple[str, str], str] = field(default_factory=dict)  # (country, portfolio)
    series_by_key: dict[str, SeriesInfo] = field(default_factory=dict)
    series: dict[str, SeriesInfo] = field(default_factory=dict)  # id -> info
    country_labels: dict[str, str] = field(default_factory=dict)
    modifiers: dict[str, str] = field(default_factory=dict)
    ambiguous_modifiers: frozenset[str] = frozenset()  # "under", "senior": modifiers only inside a title
    rank_ordinals: frozenset[str] = frozenset()  # "first", "second": a rung of a rank ("second vice minister")
    openers: frozenset[str] = frozenset()  # "instead", "following": open a clause, never a name
    heads: dict[str, str] = field(default_factory=dict)  # head noun -> kind
    event_nouns: frozenset[str] = frozenset()
    numbered_bodies: frozenset[str] = frozenset()  # "the 7th Joint Commission": a session
    exercise_nouns: frozenset[str] = frozenset()
    locatives: frozenset[str] = frozenset()
    stop: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    calendar: frozenset[str] = frozenset()
    spelling: dict[str, str] = field(default_factory=dict)
    hypocorisms: dict[str, str] = field(default_factory=dict)  # short form -> formal
    sister_forms: dict[str, str] = field(default_factory=dict)  # a given name -> its group's first form
    given_names: frozenset[str] = frozenset()
    traditions: list[Tradition] = field(default_factory=list)
    suffixes: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    max_len: int = 1  # longest phrase in tokens
    title_last_words: frozenset[str] = frozenset()  # last word of every title, a fast filter
    role_verbs: dict[str, str] = field(default_factory=dict)  # "chairs" -> "chair"
    joint_roles: frozenset[str] = frozenset()  # "founder": held beside a post, never instead of it
    portfolio_heads: frozenset[str] = frozenset()  # "director": "sporting director" is a post of its own
    prefixes: frozenset[str] = frozenset()  # every word prefix of a name, title or ministry key
    office_labels: dict[str, str] = field(default_factory=dict)  # office key -> "Defense Minister"
    capital_places: dict[str, str] = field(default_factory=dict)  # country -> place id of its capital
    capital_names: dict[str, str] = field(default_factory=dict)  # country -> its capital's name
    portfolio_words: frozenset[str] = frozenset()  # "defense", "national defense", "foreign affairs" ...
    held_together: frozenset[frozenset[str]] = frozenset()  # pairs of offices often one minister's
    brand_heads: frozenset[str] = frozenset()  # "Vestby FK", "Halden Foods": a body also named by its first words
    leading_heads: dict[str, str] = field(default_factory=dict)  # "Radio X", "SC X": first word -> kind
    base_suffixes: frozenset[str] = frozenset()  # "based" in "Leeds-based Carrow Foods"
    descriptors: dict[str, str] = field(default_factory=dict)  # "telecom group X", "the X gang": noun -> kind
    named_after: dict[str, str] = field(default_factory=dict)  # "the X gang": noun -> kind
    place_of: frozenset[str] = frozenset()  # "the town of X": nouns before "of" naming a place
    calling: tuple[str, ...] = ()  # "a group calling itself X"
    # ``describe_title`` per phrase as written: readers ask about the same few phrases many
    # times (each name's following words, longest first); the tables are complete when asked
    _described: dict[str, TitleInfo | None] = field(default_factory=dict, repr=False, compare=False)

    # -- lookups -------------------------------------------------------------------

    def is_opener(self, word: str) -> bool:
        """A capitalised word that opens a clause rather than a name: "Instead",
        "Following", "Recently", "Analysing" (an -ly or -ing word that is no known name)."""
        f = fold_token(word)
        if f in self.openers or f in self.stop:
            return True
        return len(f) > 4 and f.endswith(("ly", "ing")) and self.lookup(word) is None

    def lookup(self, phrase: str) -> Entry | None:
        """A known name for ``phrase``; capitals are matched as acronyms first."""
        if " " not in phrase.strip():
            ak = acronym_key(phrase)
            if ak is not None:
                hit = self.acronyms.get(ak)
                if hit is not None:
                    return hit
        return self.names.get(key(phrase))

    def country_of(self, phrase: str) -> str | None:
        """The country a country name, abbreviation or demonym denotes."""
        e = self.lookup(phrase)
        if e is not None and e.kind == "country":
            return parse(e.id).name
        return None

    def series_key(self, phrase: str) -> str:
        """A series name folded for comparison: ordinals and years dropped, region and
        country adjectives folded to the name (a run of countries sorted, so
        "Korea-US-Japan" = "U.S.-Japan-Korea"), event nouns made one, spellings unified."""
        out: list[str] = []
        countries: list[str] = []
        for raw in tokens(_LETTER_DIGIT.sub("", phrase)):
            for part in raw.split("-"):
                tok = fold_token(part)
                if not tok:
                    continue
                e = self.lookup(part)
                if e is not None and e.kind == "country":
                    countries.append(parse(e.id).name)
                    continue
                if countries:
                    out += sorted(set(countries))
                    countries = []
                if tok in ("the", "annual", "of", "for", "on", "and") or is_ordinal(tok) or _YEAR.match(tok):
                    continue
                tok = self.spelling.get(tok, tok)
                if tok in self.event_nouns:
                    tok = "<event>"
                elif e is not None and e.role == "region":
                    tok = parse(e.id).name
                if out and out[-1] == tok == "<event>":
                    continue
                out.append(tok)
        if countries:
            out += sorted(set(countries))
        return " ".join(out)

    def ranked_ordinal(self, folded: list[str], i: int) -> bool:
        """The word at ``i`` is an ordinal that ranks the modifier after it ("first vice",
        "second deputy"): one rung of a ladder of deputies, part of the title's rank."""
        return folded[i] in self.rank_ordinals and i + 1 < len(folded) and folded[i + 1] in self.modifiers \
            and self.modifiers[folded[i + 1]] == "deputy"

    def describe_title(self, phrase: str) -> TitleInfo | None:
        """A title phrase with its modifiers applied: "former President" and "assistant
        secretary of defense" keep the title but denote no current national office."""
        try:
            return self._described[phrase]
        except KeyError:
            if len(self._described) >= _MAX_DESCRIBED:
                self._described.clear()  # a bound on a long run's memory
            found = self._described[phrase] = self._describe_title(phrase)
            return found

    def _describe_title(self, phrase: str) -> TitleInfo | None:
        whole = self.titles.get(key(phrase))
        if whole is not None:
            return whole  # "Deputy Prime Minister", "Vice President": an office of its own
        words = key(phrase).split()
        mods: list[str] = []
        while words and (words[0] in self.modifiers or self.ranked_ordinal(words, 0)):
            mods.append(words.pop(0))
        base = self.titles.get(" ".join(words))
        if base is None or not mods:
            return base
        return TitleInfo(" ".join(mods + [base.title]), None, base.country, base.sort)


def _add(table: dict[str, Entry], k: str, entry: Entry) -> None:
    # The first entry for a key wins: files are read in priority order.
    if k and k not in table:
        table[k] = entry


def _add_name(lex: Lexicon, phrase: str, entry: Entry) -> None:
    ak = acronym_key(phrase) if " " not in phrase else None
    if ak is not None:
        if ak not in lex.acronyms:
            lex.acronyms[ak] = entry
        return
    k = key(phrase)
    _add(lex.names, k, entry)
    lex.max_len = max(lex.max_len, len(phrase.split()) + phrase.count("-"))


def _title_forms(words: list[str]) -> list[tuple[str, str]]:
    """(title text, normalised title) for each usual way of writing a portfolio head."""
    main = words[0]
    out: list[tuple[str, str]] = []
    for w in words:
        out += [
            (f"{w} Minister", f"{main} Minister"),
            (f"Minister of {w}", f"{main} Minister"),
            (f"Minister for {w}", f"{main} Minister"),
            (f"{w} Secretary", f"{main} Secretary"),
            (f"Secretary of {w}", f"{main} Secretary"),
            (f"Secretary for {w}", f"{main} Secretary"),
            (f"Secretary of State for {w}", f"{main} Secretary"),
        ]
    return out


def _ministry_forms(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        out += [f"{w} Ministry", f"Ministry of {w}", f"Ministry for {w}", f"Department of {w}", f"{w} Department"]
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The entity tables' index, built from the shipped tables once per package version and
    kept with the cached resources (``claimcheck.cache``): loading it is a fifth of building
    it, a few hundredths of a second of every run's start."""
    return cached(f"entities-lexicon-{resource_path('entities')}", _build)


def _build() -> Lexicon:
    countries, titles, series, named, names, words = schemas.load_all()
    lex = Lexicon()
    # countries first: a country name outranks a place or org spelled the same
    for c in countries.countries:
        cid = f"country:{c.id}"
        lex.country_labels[c.id] = c.name
        for n in [c.name, *c.aliases]:
            _add_name(lex, n, Entry("country", cid, c.name, c.id))
        for d in c.demonyms:
            _add_name(lex, d, Entry("country", cid, c.name, c.id, role="demonym"))
        if c.capital:
            _add_name(lex, c.capital, Entry("country", cid, c.name, c.id, role="capital"))
            lex.capital_places[c.id] = f"place:{c.capital_place or slug(c.capital)}"
            lex.capital_names[c.id] = c.capital
        for n in c.contextual:
            _add_name(lex, n, Entry("country", cid, c.name, c.id, role="contextual"))
    for s in series.series:
        info = SeriesInfo(f"series:{s.id}", s.name, s.cadence, s.first)
        lex.series[info.id] = info
        for n in [s.name, *s.aliases]:
            _add_name(lex, n, Entry("series", info.id, s.name))
    for e in named.entries:
        for n in [e.name, *e.aliases]:
            _add_name(lex, n, Entry(e.kind, f"{e.kind}:{e.id}", e.name, e.country))
    for r in countries.regions:
        rid = f"place:{r.id}"
        for n in [r.name, *r.aliases]:
            _add_name(lex, n, Entry("place", rid, r.name, None, role="region"))
        for d in r.demonyms:
            _add_name(lex, d, Entry("place", rid, r.name, None, role="region"))
    # titles and ministries
    lex.portfolio_words = frozenset(w.lower() for p in titles.portfolios for w in p.words)
    lex.held_together = frozenset(frozenset({f"{p.id}-minister", f"{o}-minister"})
                                  for p in titles.portfolios for o in p.often_with)
    for p in titles.portfolios:
        office = f"{p.id}-minister"
        lex.office_labels[office] = f"{p.words[0]} Minister"
        for text, norm in _title_forms(p.words):
            lex.titles.setdefault(key(text), TitleInfo(norm, office))
        for w in p.words:
            # "defence chief" is a minister only with a country ("Japan's defence chief");
            # alone it is as often a company's or an agency's head ("the firm's finance chief")
            lex.titles.setdefault(key(f"{w} chief"), TitleInfo(f"{p.words[0]} Minister", office, sort="qualified"))
        for text, country in p.other_titles.items():
            lex.titles[key(text)] = TitleInfo(text, office, country or None)
        for text in _ministry_forms(p.words) + p.other_ministry_names:
            lex.ministries.setdefault(key(text), MinistryInfo(p.id, None))
        for text, country in p.implies.items():
            if key(text) in lex.ministries:
                lex.ministries[key(text)] = MinistryInfo(p.id, country)
        for country, label in p.official.items():
            lex.ministry_labels[(country, p.id)] = label
        lex.ministry_labels.setdefault(("", p.id), f"{p.words[0]} Ministry")
    for o in titles.offices:
        lex.office_labels[o.id] = o.titles[0]
        for t in o.titles:
            lex.titles.setdefault(key(t), TitleInfo(t, o.id, sort="qualified" if o.qualified else "national"))
    for r in titles.roles:
        lex.titles.setdefault(key(r), TitleInfo(r, None, sort="role"))
    for h in titles.courtesy:
        lex.titles.setdefault(key(h), TitleInfo(h.rstrip("."), None, sort="courtesy"))
    for h in titles.honorifics:
        lex.titles.setdefault(key(h), TitleInfo(h.rstrip("."), None, sort="honorific"))
    for r in titles.ranks:
        lex.titles.setdefault(key(r), TitleInfo(r, None, sort="rank"))
    lex.role_verbs = dict(titles.role_verbs)
    lex.joint_roles = frozenset(key(r) for r in titles.joint_roles)
    lex.portfolio_heads = frozenset(key(r) for r in titles.portfolio_heads)
    for c in titles.counterparts:
        lex.titles[key(c)] = TitleInfo(c, None, sort="counterpart")
    lex.modifiers = {key(k): v for k, v in titles.modifiers.items()}
    lex.ambiguous_modifiers = frozenset(key(k) for k in titles.ambiguous_modifiers)
    lex.rank_ordinals = frozenset(key(k) for k in titles.rank_ordinals)
    lex.title_last_words = frozenset(t.split()[-1] for t in lex.titles if t)
    prefixes: set[str] = set()
    for table in (lex.names, lex.titles, lex.ministries):
        for k in table:
            ws = k.split()
            for i in range(1, len(ws)):
                prefixes.add(" ".join(ws[:i]))
    lex.prefixes = frozenset(prefixes)
    for t in list(lex.titles) + list(lex.ministries):
        lex.max_len = max(lex.max_len, len(t.split()))
    # series keys after all names are known (region adjectives fold through them)
    lex.spelling = dict(words.spelling)
    lex.event_nouns = frozenset(words.event_nouns)
    lex.numbered_bodies = frozenset(words.numbered_bodies)
    for s in series.series:
        info = lex.series[f"series:{s.id}"]
        for n in [s.name, *s.aliases]:
            if acronym_key(n) is None:
                lex.series_by_key.setdefault(lex.series_key(n), info)
    for kind, heads in words.heads.items():
        for h in heads:
            lex.heads.setdefault(h, kind)
    bodies = schemas.load_bodies()
    lex.brand_heads = frozenset(bodies.brand_heads)
    for h in bodies.brand_heads:
        lex.heads.setdefault(h, "org")
    lex.leading_heads = {h: kind for kind, hs in bodies.leading_heads.items() for h in hs}
    lex.base_suffixes = frozenset(bodies.base_suffixes)
    lex.descriptors = {key(d): kind for kind, ds in bodies.descriptors.items() for d in ds}
    lex.named_after = {key(d): kind for kind, ds in bodies.named_after.items() for d in ds}
    lex.place_of = frozenset(key(w) for w in bodies.place_of)
    lex.calling = tuple(bodies.calling)
    lex.exercise_nouns = frozenset(words.exercise_nouns)
    lex.locatives = frozenset(words.locatives)
    lex.stop = frozenset(words.stop)
    lex.openers = frozenset(words.openers)
    lex.not_names = frozenset(words.not_names)
    lex.calendar = frozenset(words.calendar)
    for formal, shorts in names.hypocorisms.items():
        for s in shorts:
            lex.hypocorisms.setdefault(s, formal)
    for group in names.sister_forms:
        for w in group:
            lex.sister_forms.setdefault(w, group[0])
    lex.given_names = frozenset(names.given_names)
    lex.traditions = [
        Tradition(n, t.countries, t.surname_first, frozenset(t.surnames), frozenset(t.syllables), frozenset(t.given),
                  dict(t.variants))
        for n, t in names.traditions.items()
    ]
    lex.suffixes = frozenset(fold_token(s) for s in names.suffixes)
    lex.particles = frozenset(names.particles)
    return lex
